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
from forumdesk.report import answers_html, since_last_time, wording
from forumdesk.report.asked import html_asked_section
from forumdesk.report.content import ForumContent, QuestionView
from forumdesk.report.wording import commitment_detail, organiser_lines, participation
from forumdesk.report.wording import date_text as _date_text

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
caption{text-align:left;color:var(--muted);font-size:.9rem;padding-bottom:.25rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--rule)}
thead th{border-bottom:2px solid var(--accent)}
tbody th{font-weight:400}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.table-wrap{overflow-x:auto}
svg{display:block;max-width:100%;height:auto}
figure{margin:.75rem 0}
blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid var(--accent)}
.note{background:var(--room-light);border-left:3px solid var(--room);padding:.5rem .75rem;margin:.5rem 0}
.note-label{color:var(--room);font-weight:700;font-size:.85rem;margin:0}
.guard{font-style:italic}
ul.answers li{margin:.25rem 0}
.times{color:var(--muted);font-weight:700;white-space:nowrap}
@media print{main{max-width:none;padding:0}h2{break-before:page}h2.keep{break-before:auto}
h3,figure,table{break-inside:avoid}a{color:inherit}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _dir(text: str) -> str:
    """``dir="auto"`` on attendee text: Hebrew or Arabic answers read right to left."""
    return f'<span dir="auto">{_e(text)}</span>'


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}-{self.n}"


def bar_chart(ids: _Ids, title: str, labels: list[str], series: list[tuple[str, list[int], str]],
              *, value_heading: str = "Answers", item_heading: str = "Item") -> str:
    """Horizontal bars as inline SVG (a picture for sighted readers, hidden from nobody: it has a
    title) followed by the data table carrying the same numbers. Drawn 420 units wide so its
    labels stay readable on a phone; two series get a legend (the table has the full labels)."""
    chart_id = ids("chart")
    row_h, bar_h, label_w, width = 10 + 14 * len(series), 12, 150, 420
    legend_h = 22 if len(series) > 1 else 0
    height = legend_h + row_h * len(labels) + 6
    peak = max([max(values, default=0) for _, values, _ in series] + [1])
    space = width - label_w - 44
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-labelledby="{chart_id}-t" xmlns="http://www.w3.org/2000/svg">',
             f'<title id="{chart_id}-t">{_e(title)} (the table below gives the numbers)</title>']
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
                         f'fill="#1F2A30">{value:,}</text>')
    parts.append("</svg>")
    head = "".join(f'<th scope="col" class="n">{_e(name if len(series) > 1 else value_heading)}</th>'
                   for name, _, _ in series)
    rows = "".join(
        f'<tr><th scope="row">{_dir(label)}</th>'
        + "".join(f'<td class="n">{(values[i] if i < len(values) else 0):,}</td>' for _, values, _ in series)
        + "</tr>"
        for i, label in enumerate(labels))
    table = (f'<div class="table-wrap"><table><caption>{_e(title)}: the numbers</caption>'
             f'<thead><tr><th scope="col">{_e(item_heading)}</th>{head}</tr></thead><tbody>{rows}</tbody></table></div>')
    return f'<figure>{"".join(parts)}</figure>{table}'


PHONE = ("Answers from phones", "#1D5C63")
ROOM = ("Room count (show of hands)", "#8A4B00")


class HtmlRecap:
    def __init__(self, content: ForumContent) -> None:
        self.c = content
        self.ids = _Ids()
        themes = content.theme_counts()
        self.theme_names = {theme.id: theme.name for theme, _ in themes}
        self.theme_order = [theme.id for theme, _ in themes]

    def cover(self) -> str:
        c, forum = self.c, self.c.forum
        meta = " · ".join(x for x in (c.partner.kind.label, forum.venue, _date_text(forum.date) if forum.date else "")
                          if x)
        figures = participation(c)
        if len(figures) < 4:
            figures.append((f"{len(c.general_notes) + sum(len(q.notes) for q in c.questions):,}", "notes from the room"))
        items = "".join(f"<li><strong>{_e(value)}</strong> {_e(label)}</li>" for value, label in figures)
        who = "".join(f'<p dir="auto">{_e(line)}</p>' for line in organiser_lines(c))
        return (f'<header><p class="meta">Listening forum recap</p><h1 dir="auto">{_e(forum.title)}</h1>'
                f'<p class="partner" dir="auto">{_e(c.partner.name)}</p><p class="meta">{_e(meta)}</p>{who}'
                f'<ul class="figures" aria-label="Key figures">{items}</ul>'
                "<p>This recap shares what the room told us, in its own words, and what we will do about it. "
                "Every answer was given anonymously from attendees' own phones.</p></header>")

    def summary(self) -> str:
        c = self.c
        out = ['<section aria-labelledby="heard"><h2 id="heard" class="keep">What we heard</h2>']
        if c.answer_count == 0:
            out.append("<p>No answers were recorded for this forum, so there is nothing to summarise yet.</p>")
        else:
            guarded = len(c.small_group_questions)
            intro = (f"{_plural(c.answer_count, 'answer')} to {_plural(len(c.recap_questions), 'question')} "
                     "were given anonymously during the forum.")
            if guarded:
                intro += (f" {_plural(guarded, 'question')} received fewer than {c.k} answers and "
                          f"{'is' if guarded == 1 else 'are'} summarised only by count.")
            out.append(f"<p>{_e(intro)}</p>")
        if c.forum.takeaways:
            out.append("<h3>Three things we heard</h3><ol>"
                       + "".join(f'<li dir="auto">{_e(t)}</li>' for t in c.forum.takeaways) + "</ol>")
        if c.recap_questions:
            out.append(self.glance())
        themes = [(t, n) for t, n in c.theme_counts() if n][:SUMMARY_THEMES]
        out.append("<h3>Top themes</h3>")
        if themes:
            out.append(bar_chart(self.ids, "Number of answers the facilitator grouped under each theme",
                                 [t.name for t, _ in themes], [(PHONE[0], [n for _, n in themes], PHONE[1])]))
        else:
            out.append("<p>No answers were grouped into themes.</p>")
        out.append("<h3>In their words</h3>")
        starred = c.starred()[:SUMMARY_QUOTES]
        if starred:
            out += [f'<blockquote><p dir="auto">{_e(a.text or "")}</p><footer class="meta">'
                    f'Q{v.number}. <span dir="auto">{_e(v.question.prompt)}</span></footer></blockquote>'
                    for v, a in starred]
        else:
            out.append("<p>No answers were highlighted by the facilitator.</p>")
        if c.commitments:  # who does what by when, on the overview itself
            out.append('<h3>What we will do</h3><ul>' + "".join(
                f'<li><span dir="auto">{_e(item.text)}</span>'
                + (f' <span class="meta" dir="auto">— {_e(commitment_detail(item))}</span>' if commitment_detail(item)
                   else "") + "</li>" for item in c.commitments) + "</ul>")
        out.append("</section>")
        return "".join(out)

    def glance(self) -> str:
        rows = []
        for view in self.c.recap_questions:
            count = f"fewer than {self.c.k}" if view.small_group and view.responses else f"{view.responses:,}"
            rows.append(f'<tr><th scope="row">Q{view.number}. {_dir(view.question.prompt)}</th>'
                        f'<td class="n">{count}</td><td>{self.headline(view)}</td></tr>')
        return ('<h3>At a glance</h3><div class="table-wrap"><table><caption>Each question, its number of answers '
                'and what stood out</caption><thead><tr><th scope="col">Question</th><th scope="col" class="n">'
                'Answers</th><th scope="col">What stood out</th></tr></thead><tbody>'
                + "".join(rows) + "</tbody></table></div>")

    def headline(self, view: QuestionView) -> str:
        """The same facts as the PDF's "what stood out", as escaped HTML."""
        return wording.headline(view, self.c.k, self.theme_names, _dir)

    def question(self, view: QuestionView) -> str:
        q, kind = view.question, kinds.of(view.question.kind)
        guarded = view.small_group and view.responses
        meta = [q.kind.label, f"fewer than {self.c.k} responses" if guarded else _plural(view.responses, "response")]
        room_total = sum(view.results.room_counts) if kind.room_counts else 0
        if room_total:
            meta.append(f"{room_total:,} hands counted in the room")
        out = [f'<section aria-labelledby="q{view.number}"><h3 id="q{view.number}">Q{view.number}. '
               f'{_dir(q.prompt)}</h3><p class="meta">{_e(" · ".join(meta))}</p>']
        if not view.asked:
            out.append('<p class="guard">This question was not asked during the forum.</p>')
        elif view.responses == 0:
            out.append('<p class="guard">No answers were given to this question.</p>')
        elif view.small_group:
            out.append(f'<p class="guard">Fewer than {self.c.k} answers. To protect the anonymity of a small group, '
                       "this recap shows no breakdown or quotes for this question.</p>")
        if view.small_group and room_total:
            out.append(bar_chart(self.ids, f"Q{view.number}: room count", list(q.choices),
                                 [(ROOM[0], view.results.room_counts, ROOM[1])], value_heading=ROOM[0]))
        elif not view.small_group:
            out.append(self.results(view))
        out += [self.note(n.text) for n in view.notes]
        out.append("</section>")
        return "".join(out)

    def results(self, view: QuestionView) -> str:
        q, r = view.question, view.results
        name = kinds.of(q.kind).results_view
        facts = "".join(f"<p>{_e(f)}</p>" for f in kinds.of(q.kind).recap_facts(q, view.responses))
        if name == "bars":
            series = [(PHONE[0], r.choice_counts, PHONE[1])]
            if any(r.room_counts):
                series.append((ROOM[0], r.room_counts, ROOM[1]))
            out = bar_chart(self.ids, f"Q{view.number}: answers per choice", list(q.choices), series) + facts
            if len(series) > 1:
                out += ("<p>Room counts are a show of hands taken by the facilitator; they are shown separately "
                        "and not added to the phone answers.</p>")
            return out
        if name == "histogram" and q.scale is not None:
            values = list(range(q.scale.min, q.scale.max + 1))
            mean = f"{r.mean:.1f}" if r.mean is not None else "–"
            return (bar_chart(self.ids, f"Q{view.number}: answers per rating",
                              [wording.rating_label(self.c.t, v, q.scale) for v in values],
                              [(PHONE[0], [r.rating_distribution.get(v, 0) for v in values], PHONE[1])])
                    + f"<p>Average <strong>{mean}</strong> on a scale from {q.scale.min} to {q.scale.max}, "
                    f"from {_plural(view.responses, 'answer')}.</p>" + facts)
        out = ""
        if name == "cloud":
            words = r.words[:TOP_WORDS]
            out += "<h4>Most frequent words</h4>"
            if words:
                out += bar_chart(self.ids, f"Q{view.number}: most frequent words", [w for w, _ in words],
                                 [(PHONE[0], [n for _, n in words], PHONE[1])], value_heading="Times given")
        else:
            frequent = [f"{_dir(w)} ({n})" for w, n in r.words[:8] if n > 1]
            if frequent:
                out += "<p><strong>Frequent words:</strong> " + ", ".join(frequent) + "</p>"
        return out + facts + self.answers(view, "Every answer" if name == "cloud" else "Answers")

    def answers(self, view: QuestionView, all_heading: str) -> str:
        """Text answers under their first theme (themes in order of size), then the rest: the most
        representative of each group here, every other one in the appendix (``answers_html``)."""
        return answers_html.section(self, view, all_heading)

    @staticmethod
    def note(text: str) -> str:
        return f'<aside class="note"><p class="note-label">Room note</p><p dir="auto">{_e(text)}</p></aside>'

    def commitments(self) -> str:
        c = self.c
        out = ['<section aria-labelledby="commit"><h2 id="commit">What we will do</h2>']
        if not c.commitments:
            out.append("<p>No commitments have been recorded for this forum yet.</p></section>")
            return "".join(out)
        out.append(f"<p>In response to what we heard, we commit to the following. We will report back to "
                   f'<span dir="auto">{_e(c.partner.name)}</span> on our progress.</p><ol>')
        for item in c.commitments:
            detail = commitment_detail(item)
            out.append(f'<li><span dir="auto">{_e(item.text)}</span>'
                       + (f'<br><span class="meta" dir="auto">{_e(detail)}</span>' if detail else "") + "</li>")
        out.append("</ol></section>")
        return "".join(out)

    def data_handling(self) -> str:
        c = self.c
        points = [f"<strong>{_e(lead)}</strong> {_e(text)}" for lead, text in wording.data_handling(c)]
        items = "".join(f"<li>{p}</li>" for p in points)
        return (f'<section aria-labelledby="data"><h2 id="data" class="keep">How this information was handled</h2>'
                f'<ul>{items}</ul><p class="meta">Exported on {_e(_date_text(c.exported_at.date().isoformat()))} '
                "with forumdesk.</p></section>")

    def document(self) -> str:
        c = self.c
        body = [self.cover(), self.summary(), '<section aria-labelledby="qbq"><h2 id="qbq">Question by question</h2>']
        if c.recap_questions:
            body.append('<p class="meta">Each question with the number of answers it received. Text answers are '
                        "grouped by the themes the facilitator identified, followed by the remaining answers. "
                        "★ marks answers the facilitator highlighted.</p>")
            body.append(answers_html.intro(self))
            body += [self.question(v) for v in c.recap_questions]
        else:
            body.append("<p>This forum has no questions.</p>")
        body.append("</section>")
        if c.general_notes:
            body.append('<section aria-labelledby="notes"><h2 id="notes">Notes from the room</h2>'
                        '<p class="meta">What was said aloud during the forum, as noted by the facilitator or a '
                        "scribe.</p>" + "".join(self.note(n.text) for n in c.general_notes) + "</section>")
        body += [since_last_time.html_section(c, _e), html_asked_section(c.asked, _e), self.commitments(),
                 self.data_handling(), answers_html.appendix(self)]
        title = f"{c.forum.title} — recap"
        return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                # No request may leave the file: nothing is loaded from anywhere, by rule.
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                "style-src 'unsafe-inline'; img-src data:\">"
                f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
                f"<body><main>{''.join(body)}</main></body></html>\n")


def write_html(content: ForumContent, path: str | os.PathLike[str]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(HtmlRecap(content).document())
