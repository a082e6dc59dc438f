"""The recap's "Since last time" section (issue 19 item 2): the commitments made at the partner's
earlier forums that came along to this one, each with its status, owner, date and what was done.
Kept apart from pdf.py so the recap's main module only calls it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from forumdesk.report.guard import Guarded
from forumdesk.report.paragraphs import user_paragraph
from forumdesk.report.styles import ACCENT_LIGHT, CONTENT_WIDTH, RULE


def section(builder) -> list:
    """Flowables for the section, or nothing when no commitment came along (``builder`` is the
    recap's story builder: its content ``c``, styles ``s``, ``warnings`` and ``heading``)."""
    follow_ups = builder.c.since_last_time
    if not follow_ups:
        return []
    s, warnings = builder.s, builder.warnings
    out: list = [CondPageBreak(60 * mm), builder.heading("Since last time", 0), Paragraph(
        "What we committed to at our earlier forums together, and what has happened since.", s["meta"])]
    rows = [[Paragraph("We said", s["small"]), Paragraph("Status", s["small"]), Paragraph("What we did", s["small"])]]
    for i, item in enumerate(follow_ups, start=1):
        c = item.commitment
        made = f"{item.forum_title}" + (f", {item.forum_date}" if item.forum_date else "")
        who = " · ".join(x for x in (c.owner, f"by {c.due_date}" if c.due_date else "") if x)
        rows.append([
            Guarded(lambda c=c: user_paragraph(c.text, s["body"]), f"commitment {i} carried over", s["body"], warnings),
            Guarded(lambda st=item.status_label, who=who: user_paragraph(f"{st}\n{who}".strip(), s["small"]),
                    f"status of commitment {i}", s["small"], warnings),
            Guarded(lambda o=c.outcome, made=made: user_paragraph(f"{o}\n(promised at {made})".strip(), s["body"]),
                    f"outcome of commitment {i}", s["body"], warnings),
        ])
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.4], repeatRows=1,
                  splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
    ]))
    return out + [table, Spacer(1, 6 * mm)]
