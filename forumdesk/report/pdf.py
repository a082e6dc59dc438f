"""The partner recap as a PDF: cover, one-page summary, contents (when long), a section per
question, notes from the room, the employer's commitments and how the data was handled.

Every piece of text that came from an attendee, the facilitator or the scribe goes through
``fonts.markup`` (escaped, font fallback, placeholders), never straight into a Paragraph.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from forumdesk.domain import kinds
from forumdesk.report import answers_pdf, charts, fonts, since_last_time, wording
from forumdesk.report.answers_pdf import answer_name as _answer_name
from forumdesk.report.asked import asked_section
from forumdesk.report.content import ForumContent, NoteView, QuestionView
from forumdesk.report.guard import Guarded, Warnings
from forumdesk.report.layout import Heading, NumberedCanvas, RecapDocument
from forumdesk.report.paragraphs import bidi_markup, user_paragraph
from forumdesk.report.styles import (
    ACCENT,
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    MUTED,
    PANEL,
    ROOM,
    ROOM_LIGHT,
    RULE,
    styles,
)

SUMMARY_THEMES = 6
SUMMARY_QUOTES = 4
SUMMARY_QUOTE_CHARS = 260
TOP_WORDS = 12
TOC_THRESHOLD_PAGES = 4
CHART_VIEWS = ("bars", "histogram")  # results views with a chart: keep its heading with it

Progress = Callable[[float], None]  # fraction of the PDF done, 0..1


def m(text: str) -> str:
    """Shorthand: user text to safe markup."""
    return fonts.markup(text)


def _date_text(iso: str) -> str:
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _figures(items: list[tuple[str, str]]) -> Table:
    """A row of key figures: big number over a small label, on a light panel."""
    s = styles()
    cells = [[Paragraph(value, s["figure"]), Paragraph(label, s["figure_label"])] for value, label in items]
    table = Table([cells], colWidths=[CONTENT_WIDTH / len(items)] * len(items))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    return table


def _note_box(note: NoteView, warnings: Warnings) -> Table:
    s = styles()
    text = Guarded(lambda: user_paragraph(note.text, s["note"]), f"note {note.id}", s["note"], warnings)
    # splitInRow: a note of many lines is taller than a page and must continue on the next one.
    table = Table([[[Paragraph("ROOM NOTE", s["note_label"]), text]]], colWidths=[CONTENT_WIDTH], splitInRow=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), ROOM_LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ROOM),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    table.spaceAfter = 6
    return table


class _Rule(Flowable):
    def __init__(self, width: float = CONTENT_WIDTH, colour=RULE, thickness: float = 0.6, space: float = 6) -> None:
        super().__init__()
        self.width, self.colour, self.thickness, self.space = width, colour, thickness, space

    def wrap(self, available_width, available_height):
        return self.width, self.space * 2

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


class RecapBuilder:
    def __init__(self, content: ForumContent) -> None:
        self.c = content
        self.s = styles()
        self.warnings = Warnings()  # sentences for the facilitator: what could not be drawn
        themes = content.theme_counts()
        self.theme_names = {theme.id: theme.name for theme, _ in themes}
        self.theme_order = [theme.id for theme, _ in themes]

    # ------------------------------------------------------------ sections

    def heading(self, text: str, level: int, prefix: str = "") -> Heading:
        style = self.s["h1"] if level == 0 else self.s["h2"]
        width = CONTENT_WIDTH - style.leftIndent - style.rightIndent - stringWidth(prefix, style.fontName, style.fontSize)
        markup = f"{prefix}{bidi_markup(text, style, width)}"
        return Heading(markup, style, toc_markup=markup, outline=fonts.outline(prefix + text))

    @staticmethod
    def _numbered_prompt(view: QuestionView, style, width: float) -> str:
        """"Q3. " and the prompt, as markup for a Paragraph ``width`` points wide."""
        prefix = f"Q{view.number}. "
        width -= stringWidth(prefix, style.fontName, style.fontSize)
        return prefix + bidi_markup(view.question.prompt, style, width)

    def cover(self) -> list:
        c, s = self.c, self.s
        forum = c.forum
        story: list = [
            Paragraph(bidi_markup(forum.title, s["cover_title"], CONTENT_WIDTH), s["cover_title"]),
            Paragraph(bidi_markup(c.partner.name, s["cover_partner"], CONTENT_WIDTH), s["cover_partner"]),
            Paragraph(m(" · ".join(x for x in (c.partner.kind.label, forum.venue) if x)), s["cover_meta"]),
            *[Paragraph(bidi_markup(line, s["cover_meta"], CONTENT_WIDTH), s["cover_meta"])
              for line in wording.organiser_lines(c)],
        ]
        figures = wording.participation(c)
        if len(figures) < 4:
            figures.append((f"{len(c.general_notes) + sum(len(q.notes) for q in c.questions):,}", "notes from the room"))
        story += [
            Spacer(1, 16 * mm),
            _figures([(value, m(label)) for value, label in figures]),
            Spacer(1, 14 * mm),
            Paragraph(
                "This recap shares what the room told us, in its own words, and what we will do about it. "
                "Every answer was given anonymously from attendees' own phones.", s["cover_meta"]),
        ]
        return story

    def summary(self) -> list:
        c, s = self.c, self.s
        inner: list = []
        if c.answer_count == 0:
            inner.append(Paragraph(
                "No answers were recorded for this forum, so there is nothing to summarise yet."
                + (" The notes taken in the room follow." if not c.is_empty else ""), s["body"]))
        else:
            guarded = len(c.small_group_questions)
            intro = (f"{_plural(c.answer_count, 'answer')} to {_plural(len(c.recap_questions), 'question')} "
                     f"were given anonymously during the forum.")
            if guarded:
                intro += (f" {_plural(guarded, 'question')} received fewer than {c.k} answers and "
                          "{} summarised only by count.".format("is" if guarded == 1 else "are"))
            inner.append(Paragraph(intro, s["body"]))
        if c.forum.takeaways:
            inner.append(Paragraph("Three things we heard", s["h3"]))
            inner += [Paragraph(bidi_markup(text, s["point"], CONTENT_WIDTH - 11), s["point"], bulletText=f"{i}.")
                      for i, text in enumerate(c.forum.takeaways, start=1)]
        if c.recap_questions:
            # Not kept with the table (a long table would move whole to the next page): only
            # with room for its first rows; the table then runs on, repeating its header row.
            inner += [CondPageBreak(30 * mm), Paragraph("At a glance", ParagraphStyle(
                "GlanceHeading", parent=s["h3"], keepWithNext=0))]
            inner.append(self.glance())
        themes = [(t, n) for t, n in c.theme_counts() if n][:SUMMARY_THEMES]
        inner.append(Paragraph("Top themes", s["h3"]))
        if themes:
            names, counts = [t.name for t, _ in themes], [n for _, n in themes]
            inner.append(charts.bar_rows(names, counts, phone_label="Answers"))
            inner.append(self.figures(wording.count_figures(
                c.t, c.t.gettext("Answers the facilitator grouped under each theme: {items}."), names, counts)))
        else:
            inner.append(Paragraph("No answers were grouped into themes.", s["small"]))
        starred = c.starred()[:SUMMARY_QUOTES]
        inner.append(Paragraph("In their words", s["h3"]))
        if starred:
            for view, answer in starred:
                text = answer.text or ""
                if len(text) > SUMMARY_QUOTE_CHARS:
                    text = text[:SUMMARY_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
                inner.append(Guarded(
                    lambda text=text: user_paragraph(text, s["summary_quote"], prefix="\u201c", suffix="\u201d"),
                    _answer_name(view, answer), s["summary_quote"], self.warnings))
                inner.append(Paragraph(self._numbered_prompt(view, s["attribution"], CONTENT_WIDTH), s["attribution"]))
        else:
            inner.append(Paragraph("No answers were highlighted by the facilitator.", s["small"]))
        if c.commitments:
            inner.append(Paragraph("What we will do", s["h3"]))
            # On the overview page itself, with who and by when: the page a director reads.
            for item in c.commitments:
                detail = wording.commitment_detail(item)
                inner.append(Paragraph(m(item.text) + (f' <font color="#{MUTED.hexval()[2:]}">— {m(detail)}</font>'
                                                        if detail else ""), s["point"], bulletText="\u2022"))
        # Never shrunk to fit one page (its type would shrink with it): a long overview goes on.
        return [self.heading("What we heard", 0), *inner, PageBreak()]

    def headline(self, view: QuestionView) -> str:
        return wording.headline(view, self.c.k, self.theme_names, m)

    def glance(self) -> Table:
        s = self.s
        rows = [[Paragraph("<b>Question</b>", s["cell"]), Paragraph("<b>Answers</b>", s["cell_right"]),
                 Paragraph("<b>What stood out</b>", s["cell"])]]
        for view in self.c.recap_questions:
            rows.append([Paragraph(self._numbered_prompt(view, s["cell"], CONTENT_WIDTH * 0.5 - 9), s["cell"]),
                         Paragraph(f"&lt; {self.c.k}" if view.small_group and view.responses else f"{view.responses:,}",
                                   s["cell_right"]),
                         Paragraph(self.headline(view), s["cell"])])
        table = Table(rows, colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.12, CONTENT_WIDTH * 0.38],
                      repeatRows=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        return table

    def contents(self) -> list:
        toc = TableOfContents(levelStyles=[self.s["toc1"], self.s["toc2"]], dotsMinLevel=0)
        toc.rightColumnWidth = 40
        return [Paragraph("Contents", self.s["h1"]), toc, PageBreak()]

    def question(self, view: QuestionView) -> list:
        s, q = self.s, view.question
        guarded = view.small_group and view.responses
        meta = [q.kind.label, f"fewer than {self.c.k} responses" if guarded else _plural(view.responses, "response")]
        kind = kinds.of(q.kind)
        room_total = sum(view.results.room_counts) if kind.room_counts else 0
        if room_total:
            meta.append(f"{room_total:,} hands counted in the room")
        head = [CondPageBreak(90 * mm if kind.results_view in CHART_VIEWS else 45 * mm),
                self.heading(q.prompt, 1, prefix=f"Q{view.number}. "),
                Paragraph(" · ".join(meta), s["meta"])]
        body: list = []
        if not view.asked:
            body.append(Paragraph("This question was not asked during the forum.", s["guard"]))
        elif view.responses == 0:
            body.append(Paragraph("No answers were given to this question.", s["guard"]))
        elif view.small_group:
            body.append(Paragraph(
                f"Fewer than {self.c.k} answers. To protect the anonymity of a small group, this recap "
                "shows no breakdown or quotes for this question.", s["guard"]))
        if view.small_group and room_total:
            labels = [view.choice_label(i) for i in range(len(q.choices))]
            body.append(charts.bar_rows(labels, None, view.results.room_counts))
            body.append(self.figures(wording.room_figures(self.c.t, labels, view.results.room_counts)))
        elif not view.small_group:
            body += self._results(view)
        if view.small_group and view.notes:
            # A room note on a small group's question would say what those few people said.
            notes: list = [Paragraph(f"{_plural(len(view.notes), 'note from the room', 'notes from the room')} "
                                     "on this question {} left out for the same reason.".format(
                                         "is" if len(view.notes) == 1 else "are"), s["guard"])]
        else:
            notes = [_note_box(n, self.warnings) for n in view.notes]
        return head + body + notes + [Spacer(1, 4 * mm)]

    def _results(self, view: QuestionView) -> list:
        """The question's section body, drawn by the renderer its kind's ``results_view`` names."""
        renderers = {"bars": self._bars, "histogram": self._histogram, "cloud": self._cloud, "wall": self._wall}
        return renderers[kinds.of(view.question.kind).results_view](view)

    def figures(self, text: str) -> Flowable:
        """The numbers of the chart above it, as one sentence (``wording``'s figures; plain text
        with the attendees' labels in it, so escaped and put in reading order here)."""
        return Guarded(lambda: user_paragraph(text, self.s["small"]), "the figures of a chart", self.s["small"],
                       self.warnings)

    def _facts(self, view: QuestionView) -> list:
        """The kind's own sentences about its results ("people could pick several choices…")."""
        facts = kinds.of(view.question.kind).recap_facts(view.question, view.responses)
        return [Paragraph(m(fact), self.s["small"]) for fact in facts]

    def _bars(self, view: QuestionView) -> list:
        s, q, r = self.s, view.question, view.results
        room = r.room_counts if any(r.room_counts) else None
        chart = charts.bar_rows(list(q.choices), r.choice_counts, room, percent_of=view.responses)
        t = self.c.t
        out: list = [chart, self.figures(wording.choice_figures(t, list(q.choices), r.choice_counts, view.responses))]
        if room:
            out.append(self.figures(wording.room_figures(t, list(q.choices), room)))
        out += self._facts(view)
        if room:
            out.append(Paragraph("Room counts are a show of hands taken by the facilitator; they are "
                                 "shown separately and not added to the phone answers.", s["small"]))
        return out

    def _histogram(self, view: QuestionView) -> list:
        s, q, r = self.s, view.question, view.results
        assert q.scale is not None
        mean = f"{r.mean:.1f}" if r.mean is not None else "–"
        return [charts.rating_chart(r.rating_distribution, q.scale),
                self.figures(wording.rating_figures(self.c.t, r.rating_distribution, q.scale)),
                Paragraph(f"Average <b>{mean}</b> on a scale from {q.scale.min} to {q.scale.max}, "
                          f"from {_plural(view.responses, 'answer')}.", s["body"]), *self._facts(view)]

    def _cloud(self, view: QuestionView) -> list:
        words = view.results.words[:TOP_WORDS]
        out = [Paragraph("Most frequent words", self.s["h3"])]
        if words:
            labels, counts = [w for w, _ in words], [n for _, n in words]
            out.append(charts.bar_rows(labels, counts, phone_label="Times given"))
            out.append(self.figures(wording.count_figures(
                self.c.t, self.c.t.gettext("Times each word was given: {items}."), labels, counts)))
        return out + self._facts(view) + self._answers(view, show_all_heading="Every answer", flowing=True)

    def _wall(self, view: QuestionView) -> list:
        out = []
        frequent = [f"{m(w)} ({n})" for w, n in view.results.words[:8] if n > 1]
        if frequent:
            out.append(Paragraph("<b>Frequent words:</b> " + ", ".join(frequent), self.s["small"]))
        return out + self._facts(view) + self._answers(view)

    def _answers(self, view: QuestionView, show_all_heading: str = "Answers", flowing: bool = False) -> list:
        """Text answers under their first theme (themes in order of size), then the rest: the most
        representative of each group here, every other one in the appendix (``answers_pdf``)."""
        return answers_pdf.section(self, view, show_all_heading, flowing)

    def room_notes(self) -> list:
        if not self.c.general_notes:
            return []
        return [CondPageBreak(60 * mm), self.heading("Notes from the room", 0),
                Paragraph("What was said aloud during the forum, as noted by the facilitator or a scribe.",
                          self.s["meta"]),
                *[_note_box(n, self.warnings) for n in self.c.general_notes], Spacer(1, 6 * mm)]

    def commitments(self) -> list:
        s = self.s
        out: list = [PageBreak(), self.heading("What we will do", 0)]
        if not self.c.commitments:
            out.append(Paragraph("No commitments have been recorded for this forum yet.", s["body"]))
            return out
        out.append(Paragraph(
            f"In response to what we heard, we commit to the following. We will report back to "
            f"{m(self.c.partner.name)} on our progress.", s["body"]))
        rows = [[Paragraph(f"{i}", s["commitment_number"]),
                 [Guarded(lambda item=item: user_paragraph(item.text, s["commitment"]), f"commitment {i}",
                          s["commitment"], self.warnings),
                  *([Paragraph(m(wording.commitment_detail(item)), s["small"])] if wording.commitment_detail(item)
                    else [])]]
                for i, item in enumerate(self.c.commitments, start=1)]
        table = Table(rows, colWidths=[14 * mm, CONTENT_WIDTH - 14 * mm], splitInRow=1)  # long ones go on
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ("LEFTPADDING", (1, 0), (1, -1), 10),
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ]))
        out += [Spacer(1, 3 * mm), table]
        return out

    def data_handling(self) -> list:
        """Only what the code guarantees; SECURITY.md says the same and tests back each sentence."""
        c, s = self.c, self.s
        points = [f"<b>{m(lead)}</b> {m(text)}" for lead, text in wording.data_handling(c)]
        out: list = [CondPageBreak(80 * mm), Spacer(1, 8 * mm), self.heading("How this information was handled", 0)]
        out += [Paragraph(p, s["point"], bulletText="\u2022") for p in points]
        out.append(Spacer(1, 4 * mm))
        out.append(_Rule())
        out.append(Paragraph(f"Exported on {_date_text(c.exported_at.date().isoformat())} with forumdesk.",
                             s["small"]))
        return out

    def story(self, with_contents: bool) -> list:
        # The overview is page 2, before the contents: a director reads it without the rest.
        story = self.cover() + [NextPageTemplate("body"), PageBreak()] + self.summary()
        if with_contents:
            story += self.contents()
        if self.c.recap_questions:
            story.append(self.heading("Question by question", 0))
            story.append(Paragraph(
                "Each question with the number of answers it received. Text answers are grouped by the "
                "themes the facilitator identified, followed by the remaining answers. "
                "\u2605 marks answers the facilitator highlighted.", self.s["meta"]))
            story += answers_pdf.intro(self)
            for view in self.c.recap_questions:
                story += self.question(view)
        else:
            story.append(self.heading("Question by question", 0))
            story.append(Paragraph("This forum has no questions.", self.s["body"]))
        story += self.room_notes()
        story += since_last_time.section(self)  # issue 19: commitments followed up from earlier forums
        story += asked_section(self.c.asked, self.heading, self.s)
        story += self.commitments()
        story += self.data_handling()
        story += answers_pdf.appendix(self)
        return story


def write_pdf(content: ForumContent, path: str | os.PathLike[str], progress: Progress | None = None,
              warnings: list[str] | None = None) -> int:
    """Write the recap to ``path``; returns the number of pages. A sentence for each piece of text
    that could not be drawn (and was replaced by a notice) is appended to ``warnings``."""
    builder = RecapBuilder(content)
    forum = content.forum
    kicker = _date_text(forum.date) if forum.date else "Listening forum"

    reported = [0.0]  # never let the bar go backwards when a short recap is built a second time

    def document(total_flowables: int, passes: float) -> RecapDocument:
        done = [0]

        def step() -> None:
            done[0] += 1
            if progress and done[0] % 25 == 0:
                fraction = min(0.99, done[0] / (total_flowables * passes))
                if fraction > reported[0]:
                    reported[0] = fraction
                    progress(fraction)

        return RecapDocument(str(path), title=forum.title, partner=content.partner.name, kicker=kicker,
                             author=forum.organiser,
                             footer=" · ".join(x for x in ("Listening forum recap", _date_text(forum.date)) if x),
                             on_flowable=step)

    # With contents first: most recaps are long enough to need them (multiBuild lays out twice).
    story = builder.story(with_contents=True)
    doc = document(len(story), 2.2)
    doc.multiBuild(story, canvasmaker=NumberedCanvas)
    pages = doc.page
    if pages - 1 <= TOC_THRESHOLD_PAGES:  # short enough without its contents page: build it again without
        story = builder.story(with_contents=False)
        doc = document(len(story), 1)
        doc.build(story, canvasmaker=NumberedCanvas)
        pages = doc.page
    if progress:
        progress(1.0)
    if warnings is not None:
        warnings.extend(builder.warnings)
    return pages
