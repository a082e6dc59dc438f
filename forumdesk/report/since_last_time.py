"""The recap's "Since last time" section (issue 19 item 2): the commitments made at the partner's
earlier forums that came along to this one, each with its status, owner, date and what was done.
Kept apart from pdf.py so the recap's main module only calls it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from forumdesk.i18n import Message, Translator
from forumdesk.report import wording
from forumdesk.report.guard import Guarded
from forumdesk.report.paragraphs import user_paragraph
from forumdesk.report.styles import ACCENT_LIGHT, CONTENT_WIDTH, RULE


def _intro(t: Translator) -> str:
    return t.gettext("What we committed to at our earlier forums together, and what has happened since.")


def _headings(t: Translator) -> list[str]:
    return [t.gettext("We said"), t.gettext("Status"), t.gettext("What we did")]


def section(builder) -> list:
    """Flowables for the section, or nothing when no commitment came along (``builder`` is the
    recap's story builder: its content ``c``, styles ``s``, ``warnings`` and ``heading``)."""
    follow_ups = builder.c.since_last_time
    if not follow_ups:
        return []
    s, warnings, t = builder.s, builder.warnings, builder.c.t
    out: list = [CondPageBreak(60 * mm), builder.heading(t.gettext("Since last time"), 0),
                 user_paragraph(_intro(t), s["meta"])]
    rows = [[user_paragraph(text, s["small"]) for text in _headings(t)]]
    for i, (said, status, done) in enumerate(wording.follow_up_rows(builder.c), start=1):
        rows.append([
            Guarded(lambda said=said: user_paragraph(said, s["body"]), Message("Commitment {number} carried over", number=i), s["body"],
                    warnings),
            Guarded(lambda status=status: user_paragraph(status, s["small"]), Message("The status of commitment {number}", number=i), s["small"],
                    warnings),
            Guarded(lambda done=done: user_paragraph(done, s["body"]), Message("The outcome of commitment {number}", number=i), s["body"],
                    warnings),
        ])
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.4], repeatRows=1,
                  splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
    ]))
    return out + [table, Spacer(1, 6 * mm)]


def html_section(content, escape) -> str:
    """The same section for the HTML recap (``escape``: its escaping of attendee text)."""
    if not content.since_last_time:
        return ""
    t = content.t

    def cell(text: str) -> str:
        return "<br>".join(f'<span dir="auto">{escape(line)}</span>' for line in text.split("\n") if line)

    rows = "".join(f"<tr><td>{cell(said)}</td><td>{cell(status)}</td><td>{cell(done)}</td></tr>"
                   for said, status, done in wording.follow_up_rows(content))
    head = "".join(f'<th scope="col">{escape(text)}</th>' for text in _headings(t))
    return ('<section aria-labelledby="since"><h2 id="since">' + escape(t.gettext("Since last time")) + f'</h2>'
            f'<p class="meta">{escape(_intro(t))}</p><div class="table-wrap"><table>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></section>")
