"""Text answers in the PDF recap: the few that represent each theme in a question's section, and
every other one in the appendix at the end (issue 13 item 6; the choice is ``report.digest``'s).

Each text is drawn once with "×N" when N answers said the same; stars mark what the facilitator
highlighted. Attendee text goes through ``user_paragraph`` inside ``Guarded``, as everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph

from forumdesk.domain import kinds
from forumdesk.i18n import Message
from forumdesk.report import fonts, rtl, wording
from forumdesk.report.content import AnswerView, QuestionView
from forumdesk.report.digest import Digest, Entry, Group, digest, intro_sentences
from forumdesk.report.guard import Guarded, Warnings
from forumdesk.report.paragraphs import user_paragraph
from forumdesk.report.styles import MUTED, ROOM_TEXT, SMALL_SIZE

if TYPE_CHECKING:
    from forumdesk.report.pdf import RecapBuilder

_MUTED = f"#{MUTED.hexval()[2:]}"  # text: 4.5:1, not the rule's grey


def answer_name(view: QuestionView, answer: AnswerView) -> Message:
    """How the facilitator finds the answer again: its number and its question's."""
    return Message("Answer {id} to Q{number}", id=answer.id, number=view.number)


def marks(entry: Entry | AnswerView) -> str:
    """Trusted markup after a text: "×N" when N answers said it, a star when highlighted."""
    count = entry.count if isinstance(entry, Entry) else 1
    out = f' <font color="{_MUTED}"><b>\u00d7{count:,}</b></font>' if count > 1 else ""
    if entry.starred:
        out += f' <font color="#{ROOM_TEXT.hexval()[2:]}">\u2605</font> '
    return out


def quote(entry: Entry | AnswerView, what: Message, style: ParagraphStyle, warnings: Warnings) -> Flowable:
    text = entry.text or ""
    if style.alignment == TA_RIGHT and not rtl.base_is_rtl(text):
        # Left-to-right text in a right-to-left recap: the dash before it, on its right. (Text read
        # from the right gets the dash at the right of its first line from BidiParagraph.)
        style = ParagraphStyle(style.name, parent=style, leftIndent=0, rightIndent=style.leftIndent)
        return Guarded(lambda: user_paragraph(text, style, prefix="\u2013 ", suffix=marks(entry)), what, style,
                       warnings)
    return Guarded(lambda: user_paragraph(text, style, suffix=marks(entry), bulletText="\u2013"),
                   what, style, warnings)


def _appendix_style(s: dict) -> ParagraphStyle:
    return ParagraphStyle("AppendixQuote", parent=s["quote"], fontSize=SMALL_SIZE + 0.5, leading=11.5,
                          spaceAfter=2)


def digest_of(builder: RecapBuilder, view: QuestionView) -> Digest:
    """The question's digest, made once per recap (the recap may be laid out twice)."""
    cache = builder.__dict__.setdefault("_digests", {})
    if view.number not in cache:
        cache[view.number] = digest(view, builder.theme_order)
    return cache[view.number]


def _group_heading(builder: RecapBuilder, group: Group, only: bool, all_heading: str | None, count: int) -> Flowable:
    t = builder.c.t
    theme = builder.theme_names[group.theme_id] if group.theme_id is not None else None
    title = wording.answers_heading(t, theme, not only, all_heading)
    return user_paragraph(title, builder.s["h3"],
                          suffix=f" <font color='#5F6B73' size='8'>({t.format_number(count)})</font>")


def _entries(builder: RecapBuilder, view: QuestionView, found: list[Entry], style: ParagraphStyle,
             flowing: bool) -> list:
    if flowing:
        # A few words each: one flowing line of them reads better than a long list.
        sep = f" <font color='{_MUTED}'>|</font> "
        return [Paragraph(sep.join(fonts.markup(e.text) + marks(e) for e in found), builder.s["words"])]
    return [quote(e, answer_name(view, e.first), style, builder.warnings) for e in found]


def section(builder: RecapBuilder, view: QuestionView, all_heading: str | None = None,
            flowing: bool = False) -> list:
    """The question's text answers in its own section: per group, its representative entries and
    how many more the appendix holds."""
    t, s = builder.c.t, builder.s
    found = digest_of(builder, view)
    out: list = []
    for group in found.groups:
        if not group.shown:
            continue
        out.append(_group_heading(builder, group, len(found.groups) == 1, all_heading, group.total))
        out += _entries(builder, view, group.shown, s["quote"], flowing)
        more = sum(e.count for e in group.rest)
        if more:
            out.append(user_paragraph(t.ngettext("{n} more answer in the appendix.",
                                                 "{n} more answers in the appendix.", more), s["small"]))
    return out


def _has_text_answers(view: QuestionView) -> bool:
    return not view.small_group and kinds.of(view.question.kind).text_answers


def _digests(builder: RecapBuilder) -> list[Digest]:
    return [digest_of(builder, v) for v in builder.c.recap_questions if _has_text_answers(v)]


def intro(builder: RecapBuilder) -> list:
    """What "×N" means and where the other answers are, when the recap has either."""
    return [user_paragraph(sentence, builder.s["meta"]) for sentence in intro_sentences(builder.c.t, _digests(builder))]


def appendix(builder: RecapBuilder) -> list:
    """Every visible answer the question-by-question part did not show, under the same headings;
    nothing when it showed them all."""
    t, s = builder.c.t, builder.s
    digests = [d for d in _digests(builder) if d.in_appendix]
    if not digests:
        return []
    style = _appendix_style(s)
    out: list = [PageBreak(), builder.heading(t.gettext("Appendix: every other answer"), 0), user_paragraph(
        t.gettext("The answers the question-by-question part did not show, under the same themes. As in the "
                  "rest of this recap, answers the facilitator hid are left out, identifying details are "
                  "masked, and a question with fewer than {k} answers shows none.", k=t.format_number(builder.c.k)),
        s["meta"])]
    for found in digests:
        view = found.view
        flowing = kinds.of(view.question.kind).results_view == "cloud"
        heading = builder.heading(view.question.prompt, 1, prefix=f"Q{view.number}. ")
        heading.toc_markup = None  # a bookmark; the contents list the appendix once, keeping them short
        out.append(heading)
        for group in found.groups:
            if group.rest:
                out.append(_group_heading(builder, group, len(found.groups) == 1, None,
                                          sum(e.count for e in group.rest)))
                out += _entries(builder, view, group.rest, style, flowing)
    return out
