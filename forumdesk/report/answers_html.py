"""Text answers in the HTML recap: the few that represent each theme in a question's section, and
every other one in the appendix at the end (issue 13 item 6; the choice is ``report.digest``'s,
the same as the PDF's). Every attendee text is escaped; "×N" says how many answers said the same.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from forumdesk.domain import kinds
from forumdesk.report import wording
from forumdesk.report.content import QuestionView
from forumdesk.report.digest import Digest, Entry, Group, digest, intro_sentences

if TYPE_CHECKING:
    from forumdesk.report.html import HtmlRecap


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def digest_of(recap: HtmlRecap, view: QuestionView) -> Digest:
    cache = recap.__dict__.setdefault("_digests", {})
    if view.number not in cache:
        cache[view.number] = digest(view, recap.theme_order)
    return cache[view.number]


def _item(recap: HtmlRecap, entry: Entry) -> str:
    t = recap.c.t
    # dir on the text, not the item: an item's own direction would put its marker outside the list
    out = f'<li><span dir="auto">{_e(entry.text)}</span>'
    if entry.count > 1:
        title = t.ngettext("given {n} time", "given {n} times", entry.count)
        out += f' <span class="times" title="{_e(title)}">\u00d7{_e(t.format_number(entry.count))}</span>'
    if entry.starred:
        highlighted = t.gettext("highlighted")
        out += f' <span aria-label="{_e(highlighted)}">★</span>'
    return out + "</li>"


def _title(recap: HtmlRecap, group: Group, only: bool, all_heading: str | None, count: int) -> str:
    t = recap.c.t
    theme = recap.theme_names[group.theme_id] if group.theme_id is not None else None
    title = wording.answers_heading(t, theme, not only, all_heading)
    return f'<h4 dir="auto">{_e(title)} <span class="meta">({_e(t.format_number(count))})</span></h4>'


def section(recap: HtmlRecap, view: QuestionView, all_heading: str | None) -> str:
    """The question's text answers in its own section, with a link to the rest in the appendix."""
    t, found = recap.c.t, digest_of(recap, view)
    out = []
    for group in found.groups:
        if not group.shown:
            continue
        out.append(_title(recap, group, len(found.groups) == 1, all_heading, group.total))
        out.append('<ul class="answers">' + "".join(_item(recap, e) for e in group.shown) + "</ul>")
        more = sum(e.count for e in group.rest)
        if more:
            link = t.ngettext("{n} more answer in the appendix.", "{n} more answers in the appendix.", more)
            out.append(f'<p class="meta"><a href="#appendix-q{view.number}">{_e(link)}</a></p>')
    return "".join(out)


def _digests(recap: HtmlRecap) -> list[Digest]:
    return [digest_of(recap, v) for v in recap.c.recap_questions
            if not v.small_group and kinds.of(v.question.kind).text_answers]


def intro(recap: HtmlRecap) -> str:
    """What "×N" means and where the other answers are, when the recap has either."""
    return "".join(f'<p class="meta">{_e(sentence)}</p>' for sentence in intro_sentences(recap.c.t, _digests(recap)))


def appendix(recap: HtmlRecap) -> str:
    """Every visible answer the questions' sections did not show; nothing when they showed all."""
    t = recap.c.t
    digests = [d for d in _digests(recap) if d.in_appendix]
    if not digests:
        return ""
    out = ['<section aria-labelledby="appendix"><h2 id="appendix">' + _e(t.gettext("Appendix: every other answer"))
           + '</h2><p class="meta">'
           + _e(t.gettext("The answers the question-by-question part did not show, under the same themes. As in "
                          "the rest of this recap, answers the facilitator hid are left out, identifying details "
                          "are masked, and a question with fewer than {k} answers shows none.", k=t.format_number(recap.c.k)))
           + "</p>"]
    for found in digests:
        view = found.view
        out.append(f'<h3 id="appendix-q{view.number}"><bdi dir="ltr">Q{view.number}.</bdi> '
                   f'<span dir="auto">{_e(view.question.prompt)}</span></h3>')
        for group in found.groups:
            if group.rest:
                out.append(_title(recap, group, len(found.groups) == 1, None, sum(e.count for e in group.rest)))
                out.append('<ul class="answers">' + "".join(_item(recap, e) for e in group.rest) + "</ul>")
    out.append("</section>")
    return "".join(out)
