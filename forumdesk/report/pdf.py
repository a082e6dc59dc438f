"""The partner recap as a PDF: cover, one-page summary, contents (when long), a section per
question, notes from the room, the employer's commitments and how the data was handled.

Every piece of text that came from an attendee, the facilitator or the scribe goes through
``fonts.markup`` (escaped, font fallback, placeholders), never straight into a Paragraph.
"""

from __future__ import annotations

import os
from collections.abc import Callable

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
from forumdesk.i18n import Message
from forumdesk.report import answers_pdf, charts, fonts, rtl, since_last_time, wording
from forumdesk.report.answers_pdf import answer_name as _answer_name
from forumdesk.report.asked import asked_section
from forumdesk.report.blocks import Rule, figures_panel, note_box
from forumdesk.report.content import ForumContent, QuestionView
from forumdesk.report.guard import NOTICE, Guarded, Warnings
from forumdesk.report.layout import Heading, RecapDocument, numbered_canvas
from forumdesk.report.paragraphs import bidi_markup, user_paragraph
from forumdesk.report.styles import (
    ACCENT,
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    MUTED,
    RULE,
    rtl_styles,
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


class RecapBuilder:
    def __init__(self, content: ForumContent) -> None:
        self.c = content
        self.t = content.t  # the recap's language: every sentence below goes through it
        self.s = rtl_styles(styles()) if self.t.rtl else styles()
        self.warnings = Warnings(self.t.gettext(NOTICE))  # sentences for the facilitator: what could not be drawn
        themes = content.theme_counts()
        self.theme_names = {theme.id: theme.name for theme, _ in themes}
        self.theme_order = [theme.id for theme, _ in themes]

    # ------------------------------------------------------------ sections

    def say(self, text: str, style: str, **kwargs) -> Flowable:
        """A sentence of the recap (translated, perhaps holding a name or an answer) as a paragraph:
        escaped, and laid out right to left when it is Arabic or Hebrew. In a right-to-left recap a
        bullet or number goes on the right, before the text as it is read."""
        bullet = kwargs.pop("bulletText", None)
        # Left-to-right text in a right-to-left recap: the bullet as a prefix, drawn on its right.
        # (Right-to-left text takes the bullet as such: BidiParagraph draws it on the right.)
        if bullet and self.t.rtl and not rtl.base_is_rtl(text):
            return user_paragraph(text, self.s[f"{style}_rtl_point"] if f"{style}_rtl_point" in self.s else self.s[style],
                                  prefix=f"{m(bullet)} " + kwargs.pop("prefix", ""), **kwargs)
        return user_paragraph(text, self.s[style], bulletText=bullet, **kwargs)

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
            self.say(" · ".join(x for x in (wording.partner_kind_label(self.t, c.partner.kind), forum.venue) if x),
                     "cover_meta"),
            *[self.say(line, "cover_meta") for line in wording.organiser_lines(c)],
        ]
        story += [
            Spacer(1, 16 * mm),
            figures_panel(wording.participation(c), s),
            Spacer(1, 14 * mm),
            self.say(self.t.gettext(
                "This recap shares what the room told us, in its own words, and what we will do about it. "
                "Every answer was given anonymously from attendees' own phones."), "cover_meta"),
        ]
        return story

    def summary(self) -> list:
        c, s, t = self.c, self.s, self.t
        inner: list = []
        if c.answer_count == 0:
            empty = t.gettext("No answers were recorded for this forum, so there is nothing to summarise yet.")
            if not c.is_empty:
                empty += " " + t.gettext("The notes taken in the room follow.")
            inner.append(self.say(empty, "body"))
        else:
            inner.append(self.say(wording.summary_intro(c), "body"))
        if c.forum.takeaways:
            inner.append(self.say(t.gettext("Three things we heard"), "h3"))
            inner += [self.say(text, "point", bulletText=f"{i}.")
                      for i, text in enumerate(c.forum.takeaways, start=1)]
        if c.recap_questions:
            # Not kept with the table (a long table would move whole to the next page): only
            # with room for its first rows; the table then runs on, repeating its header row.
            inner += [CondPageBreak(30 * mm), self.say(t.gettext("At a glance"), "glance_heading")]
            inner.append(self.glance())
        themes = [(theme, n) for theme, n in c.theme_counts() if n][:SUMMARY_THEMES]
        inner.append(self.say(t.gettext("Top themes"), "h3"))
        if themes:
            names, counts = [theme.name for theme, _ in themes], [n for _, n in themes]
            inner.append(charts.bar_rows(names, counts, phone_label=t.gettext("Answers"), t=t))
            inner.append(self.figures(wording.count_figures(
                t, t.gettext("Answers the facilitator grouped under each theme: {items}."), names, counts)))
        else:
            inner.append(self.say(t.gettext("No answers were grouped into themes."), "small"))
        starred = c.starred()[:SUMMARY_QUOTES]
        inner.append(self.say(t.gettext("In their words"), "h3"))
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
            inner.append(self.say(t.gettext("No answers were highlighted by the facilitator."), "small"))
        if c.commitments:
            inner.append(self.say(t.gettext("What we will do"), "h3"))
            # On the overview page itself, with who and by when: the page a director reads.
            for item in c.commitments:
                detail = wording.commitment_detail(t, item)
                inner.append(self.say(item.text, "point", bulletText="\u2022",
                                      suffix=f' <font color="#{MUTED.hexval()[2:]}">— {m(detail)}</font>' if detail
                                      else ""))
        # Never shrunk to fit one page (its type would shrink with it): a long overview goes on.
        return [self.heading(t.gettext("What we heard"), 0), *inner, PageBreak()]

    def headline(self, view: QuestionView) -> str:
        """What stood out, as plain text (``say`` escapes it)."""
        return wording.headline(view, self.c.k, self.theme_names, self.t)

    def glance(self) -> Table:
        s, t = self.s, self.t
        rows = [[self.say(t.gettext("Question"), "cell_head"), self.say(t.gettext("Answers"), "cell_head_right"),
                 self.say(t.gettext("What stood out"), "cell_head")]]
        for view in self.c.recap_questions:
            rows.append([Paragraph(self._numbered_prompt(view, s["cell"], CONTENT_WIDTH * 0.5 - 9), s["cell"]),
                         self.say(f"< {t.format_number(self.c.k)}" if view.small_group and view.responses
                                  else t.format_number(view.responses), "cell_right"),
                         self.say(self.headline(view), "cell")])
        widths = [CONTENT_WIDTH * 0.48, CONTENT_WIDTH * 0.14, CONTENT_WIDTH * 0.38]
        if self.t.rtl:  # read from the right: the question first, on the right
            rows, widths = [row[::-1] for row in rows], widths[::-1]
        table = Table(rows, colWidths=widths,
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
        return [self.say(self.t.gettext("Contents"), "h1"), toc, PageBreak()]

    def question(self, view: QuestionView) -> list:
        q = view.question
        kind = kinds.of(q.kind)
        room_total = sum(view.results.room_counts) if kind.room_counts else 0
        head = [CondPageBreak(90 * mm if kind.results_view in CHART_VIEWS else 45 * mm),
                self.heading(q.prompt, 1, prefix=f"Q{view.number}. "),
                self.say(wording.question_meta(self.c, view), "meta")]
        body: list = []
        guard = wording.question_guard(self.c, view)
        if guard:
            body.append(self.say(guard, "guard"))
        if view.small_group and room_total:
            labels = [view.choice_label(i) for i in range(len(q.choices))]
            body.append(charts.bar_rows(labels, None, view.results.room_counts, t=self.t))
            body.append(self.figures(wording.room_figures(self.c.t, labels, view.results.room_counts)))
        elif not view.small_group:
            body += self._results(view)
        if view.small_group and view.notes:
            # A room note on a small group's question would say what those few people said.
            notes: list = [self.say(wording.guarded_notes(self.t, len(view.notes)), "guard")]
        else:
            notes = [note_box(n, self.warnings, self.s, self.t) for n in view.notes]
        return head + body + notes + [Spacer(1, 4 * mm)]

    def _results(self, view: QuestionView) -> list:
        """The question's section body, drawn by the renderer its kind's ``results_view`` names."""
        renderers = {"bars": self._bars, "histogram": self._histogram, "cloud": self._cloud, "wall": self._wall}
        return renderers[kinds.of(view.question.kind).results_view](view)

    def figures(self, text: str) -> Flowable:
        """The numbers of the chart above it, as one sentence (``wording``'s figures; plain text
        with the attendees' labels in it, so escaped and put in reading order here)."""
        return Guarded(lambda: user_paragraph(text, self.s["small"]), Message("The figures of a chart"), self.s["small"],
                       self.warnings)

    def _facts(self, view: QuestionView) -> list:
        """The kind's own sentences about its results ("people could pick several choices…")."""
        return [self.say(fact, "small") for fact in wording.recap_facts(self.t, view)]

    def _bars(self, view: QuestionView) -> list:
        q, r, t = view.question, view.results, self.t
        room = r.room_counts if any(r.room_counts) else None
        chart = charts.bar_rows(list(q.choices), r.choice_counts, room, percent_of=view.responses, t=t)
        out: list = [chart, self.figures(wording.choice_figures(t, list(q.choices), r.choice_counts, view.responses))]
        if room:
            out.append(self.figures(wording.room_figures(t, list(q.choices), room)))
        out += self._facts(view)
        if room:
            out.append(self.say(wording.room_counts_note(t), "small"))
        return out

    def _histogram(self, view: QuestionView) -> list:
        q, r = view.question, view.results
        assert q.scale is not None
        return [charts.rating_chart(r.rating_distribution, q.scale, t=self.t),
                self.figures(wording.rating_figures(self.t, r.rating_distribution, q.scale)),
                self.say(wording.average_sentence(self.t, view), "body"), *self._facts(view)]

    def _cloud(self, view: QuestionView) -> list:
        words = view.results.words[:TOP_WORDS]
        t = self.t
        out = [self.say(t.gettext("Most frequent words"), "h3")]
        if words:
            labels, counts = [w for w, _ in words], [n for _, n in words]
            out.append(charts.bar_rows(labels, counts, phone_label=t.gettext("Times given"), t=t))
            out.append(self.figures(wording.count_figures(
                t, t.gettext("Times each word was given: {items}."), labels, counts)))
        return out + self._facts(view) + self._answers(view, show_all_heading=t.gettext("Every answer"), flowing=True)

    def _wall(self, view: QuestionView) -> list:
        out = []
        frequent = wording.frequent_words(self.t, view)
        if frequent:
            out.append(self.say(frequent, "small"))
        return out + self._facts(view) + self._answers(view)

    def _answers(self, view: QuestionView, show_all_heading: str | None = None, flowing: bool = False) -> list:
        """Text answers under their first theme (themes in order of size), then the rest: the most
        representative of each group here, every other one in the appendix (``answers_pdf``)."""
        return answers_pdf.section(self, view, show_all_heading, flowing)

    def room_notes(self) -> list:
        if not self.c.general_notes:
            return []
        return [CondPageBreak(60 * mm), self.heading(self.t.gettext("Notes from the room"), 0),
                self.say(wording.notes_intro(self.t), "meta"),
                *[note_box(n, self.warnings, self.s, self.t) for n in self.c.general_notes], Spacer(1, 6 * mm)]

    def commitments(self) -> list:
        s, t = self.s, self.t
        out: list = [PageBreak(), self.heading(t.gettext("What we will do"), 0)]
        if not self.c.commitments:
            out.append(self.say(t.gettext("No commitments have been recorded for this forum yet."), "body"))
            return out
        out.append(self.say(wording.commitments_intro(self.c), "body"))
        rows = [[Paragraph(t.format_number(i), s["commitment_number"]),
                 [Guarded(lambda item=item: user_paragraph(item.text, s["commitment"]), Message("Commitment {number}", number=i),
                          s["commitment"], self.warnings),
                  *([self.say(wording.commitment_detail(t, item), "small")] if wording.commitment_detail(t, item)
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
        c = self.c
        out: list = [CondPageBreak(80 * mm), Spacer(1, 8 * mm),
                     self.heading(self.t.gettext("How this information was handled"), 0)]
        # The lead in bold before the sentence; right to left, the lead joins the sentence's words,
        # so the line breaking (done there word by word) keeps it first.
        out += [self.say(f"{lead} {text}", "point", bulletText="\u2022") if self.t.rtl
                else self.say(text, "point", bulletText="\u2022", prefix=f"<b>{m(lead)}</b> ")
                for lead, text in wording.data_handling(c)]
        out.append(Spacer(1, 4 * mm))
        out.append(Rule())
        out.append(self.say(wording.exported_line(c), "small"))
        return out

    def story(self, with_contents: bool) -> list:
        # The overview is page 2, before the contents: a director reads it without the rest.
        story = self.cover() + [NextPageTemplate("body"), PageBreak()] + self.summary()
        if with_contents:
            story += self.contents()
        t = self.t
        if self.c.recap_questions:
            story.append(self.heading(t.gettext("Question by question"), 0))
            story.append(self.say(wording.questions_intro(t), "meta"))
            story += answers_pdf.intro(self)
            for view in self.c.recap_questions:
                story += self.question(view)
        else:
            story.append(self.heading(t.gettext("Question by question"), 0))
            story.append(self.say(t.gettext("This forum has no questions."), "body"))
        story += self.room_notes()
        story += since_last_time.section(self)  # issue 19: commitments followed up from earlier forums
        story += asked_section(self.c.asked, self.heading, self.s, t)
        story += self.commitments()
        story += self.data_handling()
        story += answers_pdf.appendix(self)
        return story


def write_pdf(content: ForumContent, path: str | os.PathLike[str], progress: Progress | None = None,
              warnings: list[str] | None = None) -> int:
    """Write the recap to ``path``; returns the number of pages. A sentence for each piece of text
    that could not be drawn (and was replaced by a notice) is appended to ``warnings``."""
    builder = RecapBuilder(content)
    forum, t = content.forum, content.t
    kicker = wording.date_text(t, forum.date) if forum.date else t.gettext("Listening forum")
    canvas = numbered_canvas(t)

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
                             footer=" · ".join(x for x in (t.gettext("Listening forum recap"),
                                                           wording.date_text(t, forum.date) if forum.date else "") if x),
                             on_flowable=step, t=t)

    # With contents first: most recaps are long enough to need them (multiBuild lays out twice).
    story = builder.story(with_contents=True)
    doc = document(len(story), 2.2)
    doc.multiBuild(story, canvasmaker=canvas)
    pages = doc.page
    if pages - 1 <= TOC_THRESHOLD_PAGES:  # short enough without its contents page: build it again without
        story = builder.story(with_contents=False)
        doc = document(len(story), 1)
        doc.build(story, canvasmaker=canvas)
        pages = doc.page
    if progress:
        progress(1.0)
    if warnings is not None:
        warnings.extend(builder.warnings)
    return pages
