"""The partner recap as one accessible HTML file, beside the PDF (issue 17 item 2).

Built from the same ``ForumContent`` as the PDF (``report.content.gather``), so masking, hidden
answers and the small-group guard are the content model's decisions, never made again here.

- One self-contained file: the style sheet is inline, the charts are inline SVG; no script, no
  font, no image is fetched (a partner may open it offline, and nothing phones home).
- Semantic: ``lang`` set, one ``h1``, ``h2`` per section, ``h3`` per question, lists for lists.
  Each chart is an SVG with ``role="img"`` and a title, followed by a data table with the same
  numbers, so a screen reader (or a printout in black and white) loses nothing.
- Every piece of text is escaped with ``html.escape``: attendee text is hostile.
- Readable on a phone (viewport, fluid widths) and printable (a print style sheet).
"""

from __future__ import annotations

import os
from html import escape

from forumdesk.domain import kinds
from forumdesk.i18n import Translator
from forumdesk.report import answers_html, since_last_time, wording
from forumdesk.report.asked import html_asked_section
from forumdesk.report.charts import phones_label, room_label
from forumdesk.report.content import ForumContent, QuestionView
from forumdesk.report.wording import commitment_detail, date_text, organiser_lines, participation

SUMMARY_THEMES = 6
SUMMARY_QUOTES = 4
TOP_WORDS = 12

# Colours chosen for at least 4.5:1 against their background (text) and 3:1 (bars).
_CSS = """
:root{--ink:#1F2A30;--muted:#4F5A61;--accent:#1D5C63;--room:#8A4B00;--rule:#CDD6DA;--panel:#F4F6F7;
--room-light:#FBF1E4}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);
background:#fff}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.9rem;line-height:1.2;color:var(--accent);margin:1rem 0 .25rem}
h2{font-size:1.4rem;color:var(--accent);border-bottom:2px solid var(--accent);margin-top:2.5rem}
h3{font-size:1.1rem;margin:1.75rem 0 .25rem}
h4{font-size:1rem;margin:1rem 0 .25rem}
p,li{overflow-wrap:anywhere}
.meta{color:var(--muted);font-size:.95rem;margin-top:0}
.partner{font-size:1.25rem;margin:.25rem 0}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem;padding:0;list-style:none}
.figures li{background:var(--panel);border-top:3px solid var(--accent);padding:.5rem .75rem}
.figures strong{display:block;font-size:1.6rem;color:var(--accent)}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
caption{text-align:start;color:var(--muted);font-size:.9rem;padding-bottom:.25rem}
th,td{text-align:start;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--rule)}
thead th{border-bottom:2px solid var(--accent)}
tbody th{font-weight:400}
td.n,th.n{text-align:end;font-variant-numeric:tabular-nums}
.table-wrap{overflow-x:auto}
svg{display:block;max-width:100%;height:auto}
figure{margin:.75rem 0}
blockquote{margin:.5rem 0;padding-inline-start:.75rem;border-inline-start:3px solid var(--accent)}
.note{background:var(--room-light);border-inline-start:3px solid var(--room);padding:.5rem .75rem;margin:.5rem 0}
.note-label{color:var(--room);font-weight:700;font-size:.85rem;margin:0}
.guard{font-style:italic}
ul.answers li{margin:.25rem 0}
.times{color:var(--muted);font-weight:700;white-space:nowrap}
@media print{main{max-width:none;padding:0}h2{break-before:page}h2.keep{break-before:auto}
h3,figure,table{break-inside:avoid}a{color:inherit}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _dir(text: str) -> str:
    """``dir="auto"`` on attendee text: Hebrew or Arabic answers read right to left."""
    return f'<span dir="auto">{_e(text)}</span>'


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}-{self.n}"


def bar_chart(ids: _Ids, t: Translator, title: str, labels: list[str], series: list[tuple[str, list[int], str]],
              *, value_heading: str | None = None) -> str:
    """Horizontal bars as inline SVG (a picture for sighted readers, hidden from nobody: it has a
    title) followed by the data table carrying the same numbers. Drawn 420 units wide so its
    labels stay readable on a phone; two series get a legend (the table has the full labels).
    In a right-to-left recap the SVG is drawn as it is (bars grow to the right) and the table
    follows the page's direction."""
    chart_id = ids("chart")
    svg_title = t.gettext("{title} (the table below gives the numbers)", title=title)
    item = t.gettext("Item")
    row_h, bar_h, label_w, width = 10 + 14 * len(series), 12, 150, 420
    legend_h = 22 if len(series) > 1 else 0
    height = legend_h + row_h * len(labels) + 6
    peak = max([max(values, default=0) for _, values, _ in series] + [1])
    space = width - label_w - 44
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-labelledby="{chart_id}-t" xmlns="http://www.w3.org/2000/svg" direction="ltr">',
             f'<title id="{chart_id}-t">{_e(svg_title)}</title>']
    x = 0
    for name, _, colour in series if legend_h else []:
        parts.append(f'<rect x="{x}" y="4" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{x + 14}" y="13" font-size="11" fill="#1F2A30">{_e(name)}</text>')
        x += 24 + 6 * len(name)
    for row, label in enumerate(labels):
        y = legend_h + row * row_h + 4
        short = label if len(label) <= 24 else label[:23] + "…"
        parts.append(f'<text x="0" y="{y + 12}" font-size="12" fill="#1F2A30">{_e(short)}</text>')
        for index, (_, values, colour) in enumerate(series):
            value = values[row] if row < len(values) else 0
            bar_y = y + index * 14
            bar_w = max(1.0, space * value / peak) if value else 0
            parts.append(f'<rect x="{label_w}" y="{bar_y}" width="{bar_w:.1f}" height="{bar_h}" fill="{colour}"/>')
            parts.append(f'<text x="{label_w + bar_w + 4:.1f}" y="{bar_y + 10}" font-size="11" '
                         f'fill="#1F2A30">{_e(t.format_number(value))}</text>')
    parts.append("</svg>")
    value_heading = value_heading or t.gettext("Answers")
    head = "".join(f'<th scope="col" class="n">{_e(name if len(series) > 1 else value_heading)}</th>'
                   for name, _, _ in series)
    rows = "".join(
        f'<tr><th scope="row">{_dir(label)}</th>'
        + "".join(f'<td class="n">{_e(t.format_number(values[i] if i < len(values) else 0))}</td>'
                  for _, values, _ in series)
        + "</tr>"
        for i, label in enumerate(labels))
    caption = _e(t.gettext("{title}: the numbers", title=title))
    table = (f'<div class="table-wrap"><table><caption>{caption}</caption><thead><tr>'
             f'<th scope="col">{_e(item)}</th>{head}</tr></thead><tbody>{rows}</tbody></table></div>')
    return f'<figure>{"".join(parts)}</figure>{table}'


PHONE_COLOUR = "#1D5C63"
ROOM_COLOUR = "#8A4B00"


class HtmlRecap:
    def __init__(self, content: ForumContent) -> None:
        self.c = content
        self.t = content.t  # the recap's language: every sentence below goes through it
        self.ids = _Ids()
        themes = content.theme_counts()
        self.theme_names = {theme.id: theme.name for theme, _ in themes}
        self.theme_order = [theme.id for theme, _ in themes]

    def phones(self, values: list[int]) -> tuple[str, list[int], str]:
        return (phones_label(self.t), values, PHONE_COLOUR)

    def room(self, values: list[int]) -> tuple[str, list[int], str]:
        return (room_label(self.t), values, ROOM_COLOUR)

    def cover(self) -> str:
        c, forum, t = self.c, self.c.forum, self.t
        meta = " · ".join(x for x in (wording.partner_kind_label(t, c.partner.kind), forum.venue,
                                      date_text(t, forum.date) if forum.date else "") if x)
        items = "".join(f"<li><strong>{_e(value)}</strong> {_e(label)}</li>" for value, label in participation(c))
        who = "".join(f'<p dir="auto">{_e(line)}</p>' for line in organiser_lines(c))
        key_figures = t.gettext("Key figures")
        return ('<header><p class="meta">' + _e(t.gettext("Listening forum recap")) + f'</p>'
                f'<h1 dir="auto">{_e(forum.title)}</h1>'
                f'<p class="partner" dir="auto">{_e(c.partner.name)}</p><p class="meta">{_e(meta)}</p>{who}'
                f'<ul class="figures" aria-label="{_e(key_figures)}">{items}</ul>'
                "<p>" + _e(t.gettext(
                    "This recap shares what the room told us, in its own words, and what we will do about it. "
                    "Every answer was given anonymously from attendees' own phones.")) + "</p></header>")

    def summary(self) -> str:
        c, t = self.c, self.t
        out = ['<section aria-labelledby="heard"><h2 id="heard" class="keep">' + _e(t.gettext("What we heard")) + '</h2>']
        if c.answer_count == 0:
            empty = t.gettext("No answers were recorded for this forum, so there is nothing to summarise yet.")
            out.append(f"<p>{_e(empty)}</p>")
        else:
            out.append(f"<p>{_e(wording.summary_intro(c))}</p>")
        if c.forum.takeaways:
            out.append("<h3>" + _e(t.gettext('Three things we heard')) + "</h3><ol>"
                       + "".join(f'<li><span dir="auto">{_e(text)}</span></li>' for text in c.forum.takeaways) + "</ol>")
        if c.recap_questions:
            out.append(self.glance())
        themes = [(theme, n) for theme, n in c.theme_counts() if n][:SUMMARY_THEMES]
        out.append("<h3>" + _e(t.gettext('Top themes')) + "</h3>")
        if themes:
            out.append(bar_chart(self.ids, t, t.gettext("Number of answers the facilitator grouped under each theme"),
                                 [theme.name for theme, _ in themes], [self.phones([n for _, n in themes])]))
        else:
            out.append("<p>" + _e(t.gettext('No answers were grouped into themes.')) + "</p>")
        out.append("<h3>" + _e(t.gettext('In their words')) + "</h3>")
        starred = c.starred()[:SUMMARY_QUOTES]
        if starred:
            out += [f'<blockquote><p dir="auto">{_e(a.text or "")}</p><footer class="meta">'
                    f'<bdi dir="ltr">Q{v.number}.</bdi> <span dir="auto">{_e(v.question.prompt)}</span></footer></blockquote>'
                    for v, a in starred]
        else:
            out.append("<p>" + _e(t.gettext('No answers were highlighted by the facilitator.')) + "</p>")
        if c.commitments:  # who does what by when, on the overview itself
            out.append("<h3>" + _e(t.gettext('What we will do')) + "</h3><ul>" + "".join(
                f'<li><span dir="auto">{_e(item.text)}</span>'
                + (f' <span class="meta" dir="auto">— {_e(commitment_detail(t, item))}</span>'
                   if commitment_detail(t, item) else "") + "</li>" for item in c.commitments) + "</ul>")
        out.append("</section>")
        return "".join(out)

    def glance(self) -> str:
        t = self.t
        caption = t.gettext("Each question, its number of answers and what stood out")
        rows = []
        for view in self.c.recap_questions:
            count = (t.gettext("fewer than {k}", k=t.format_number(self.c.k)) if view.small_group and view.responses
                     else t.format_number(view.responses))
            rows.append(f'<tr><th scope="row"><bdi dir="ltr">Q{view.number}.</bdi> {_dir(view.question.prompt)}</th>'
                        f'<td class="n">{_e(count)}</td><td dir="auto">{_e(self.headline(view))}</td></tr>')
        heads = [t.gettext("Question"), t.gettext("Answers"), t.gettext("What stood out")]
        return ("<h3>" + _e(t.gettext("At a glance")) + '</h3><div class="table-wrap"><table><caption>'
                f'{_e(caption)}</caption><thead><tr><th scope="col">{_e(heads[0])}</th>'
                f'<th scope="col" class="n">{_e(heads[1])}</th><th scope="col">{_e(heads[2])}</th></tr></thead><tbody>'
                + "".join(rows) + "</tbody></table></div>")

    def headline(self, view: QuestionView) -> str:
        """The same facts as the PDF's "what stood out", as plain text."""
        return wording.headline(view, self.c.k, self.theme_names, self.t)

    def question(self, view: QuestionView) -> str:
        q, kind, t = view.question, kinds.of(view.question.kind), self.t
        room_total = sum(view.results.room_counts) if kind.room_counts else 0
        out = [f'<section aria-labelledby="q{view.number}"><h3 id="q{view.number}"><bdi dir="ltr">Q{view.number}.</bdi> '
               f'{_dir(q.prompt)}</h3><p class="meta">{_e(wording.question_meta(self.c, view))}</p>']
        guard = wording.question_guard(self.c, view)
        if guard:
            out.append(f'<p class="guard">{_e(guard)}</p>')
        if view.small_group and room_total:
            out.append(bar_chart(self.ids, t, t.gettext("Q{number}: room count", number=view.number), list(q.choices),
                                 [self.room(view.results.room_counts)], value_heading=room_label(t)))
        elif not view.small_group:
            out.append(self.results(view))
        if view.small_group and view.notes:
            out.append(f'<p class="guard">{_e(wording.guarded_notes(t, len(view.notes)))}</p>')
        else:
            out += [self.note(n.text) for n in view.notes]
        out.append("</section>")
        return "".join(out)

    def results(self, view: QuestionView) -> str:
        q, r, t = view.question, view.results, self.t
        name = kinds.of(q.kind).results_view
        facts = "".join(f"<p>{_e(f)}</p>" for f in wording.recap_facts(t, view))
        if name == "bars":
            series = [self.phones(r.choice_counts)]
            if any(r.room_counts):
                series.append(self.room(r.room_counts))
            out = bar_chart(self.ids, t, t.gettext("Q{number}: answers per choice", number=view.number),
                            list(q.choices), series) + facts
            if len(series) > 1:
                out += f"<p>{_e(wording.room_counts_note(t))}</p>"
            return out
        if name == "histogram" and q.scale is not None:
            values = list(range(q.scale.min, q.scale.max + 1))
            return (bar_chart(self.ids, t, t.gettext("Q{number}: answers per rating", number=view.number),
                              [wording.rating_label(t, v, q.scale) for v in values],
                              [self.phones([r.rating_distribution.get(v, 0) for v in values])])
                    + f"<p>{_e(wording.average_sentence(t, view))}</p>" + facts)
        out = ""
        if name == "cloud":
            words = r.words[:TOP_WORDS]
            out += "<h4>" + _e(t.gettext('Most frequent words')) + "</h4>"
            if words:
                out += bar_chart(self.ids, t, t.gettext("Q{number}: most frequent words", number=view.number),
                                 [w for w, _ in words], [self.phones([n for _, n in words])],
                                 value_heading=t.gettext("Times given"))
        else:
            frequent = wording.frequent_words(t, view)
            if frequent:
                out += f'<p dir="auto">{_e(frequent)}</p>'
        return out + facts + self.answers(view, t.gettext("Every answer") if name == "cloud" else None)

    def answers(self, view: QuestionView, all_heading: str | None) -> str:
        """Text answers under their first theme (themes in order of size), then the rest: the most
        representative of each group here, every other one in the appendix (``answers_html``)."""
        return answers_html.section(self, view, all_heading)

    def note(self, text: str) -> str:
        label = self.t.gettext("Room note")
        return f'<aside class="note"><p class="note-label">{_e(label)}</p><p dir="auto">{_e(text)}</p></aside>'


    def commitments(self) -> str:
        c, t = self.c, self.t
        out = ['<section aria-labelledby="commit"><h2 id="commit">' + _e(t.gettext("What we will do")) + '</h2>']
        if not c.commitments:
            out.append("<p>" + _e(t.gettext('No commitments have been recorded for this forum yet.')) + "</p></section>")
            return "".join(out)
        out.append(f"<p>{_e(wording.commitments_intro(c))}</p><ol>")
        for item in c.commitments:
            detail = commitment_detail(t, item)
            out.append(f'<li><span dir="auto">{_e(item.text)}</span>'
                       + (f'<br><span class="meta" dir="auto">{_e(detail)}</span>' if detail else "") + "</li>")
        out.append("</ol></section>")
        return "".join(out)

    def data_handling(self) -> str:
        c, t = self.c, self.t
        points = [f"<strong>{_e(lead)}</strong> {_e(text)}" for lead, text in wording.data_handling(c)]
        items = "".join(f"<li>{p}</li>" for p in points)
        return ('<section aria-labelledby="data"><h2 id="data" class="keep">'
                + _e(t.gettext("How this information was handled")) + "</h2>"
                f'<ul>{items}</ul><p class="meta">{_e(wording.exported_line(c))}</p></section>')

    def document(self) -> str:
        c, t = self.c, self.t
        body = [self.cover(), self.summary(),
                '<section aria-labelledby="qbq"><h2 id="qbq">' + _e(t.gettext("Question by question")) + '</h2>']
        if c.recap_questions:
            body.append(f'<p class="meta">{_e(wording.questions_intro(t))}</p>')
            body.append(answers_html.intro(self))
            body += [self.question(v) for v in c.recap_questions]
        else:
            body.append("<p>" + _e(t.gettext('This forum has no questions.')) + "</p>")
        body.append("</section>")
        if c.general_notes:
            body.append('<section aria-labelledby="notes"><h2 id="notes">' + _e(t.gettext("Notes from the room")) + f'</h2>'
                        f'<p class="meta">{_e(wording.notes_intro(t))}</p>'
                        + "".join(self.note(n.text) for n in c.general_notes) + "</section>")
        body += [since_last_time.html_section(c, _e), html_asked_section(c.asked, _e, t), self.commitments(),
                 self.data_handling(), answers_html.appendix(self)]
        title = t.gettext("{title} — recap", title=c.forum.title)
        direction = "rtl" if t.rtl else "ltr"
        return (f'<!DOCTYPE html>\n<html lang="{t.code}" dir="{direction}"><head><meta charset="utf-8">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                # No request may leave the file: nothing is loaded from anywhere, by rule.
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                "style-src 'unsafe-inline'; img-src data:\">"
                f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
                f"<body><main>{''.join(body)}</main></body></html>\n")


def write_html(content: ForumContent, path: str | os.PathLike[str]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(HtmlRecap(content).document())
