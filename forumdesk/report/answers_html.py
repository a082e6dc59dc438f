"""Text answers in the HTML recap: the few that represent each theme in a question's section, and
every other one in the appendix at the end (issue 13 item 6; the choice is ``report.digest``'s,
the same as the PDF's). Every attendee text is escaped; "×N" says how many answers said the same.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from forumdesk.domain import kinds
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
    out = f'<li dir="auto">{_e(entry.text)}'
    if entry.count > 1:
        title = recap.c.t.ngettext("given {n} time", "given {n} times", entry.count)
        out += f' <span class="times" title="{_e(title)}">\u00d7{entry.count:,}</span>'
    if entry.starred:
        out += ' <span aria-label="highlighted">★</span>'
    return out + "</li>"


def _title(recap: HtmlRecap, group: Group, only: bool, all_heading: str, count: int) -> str:
    if group.theme_id is None:
        title = _e("Other answers" if not only else all_heading)
    else:
        title = f'Theme: <span dir="auto">{_e(recap.theme_names[group.theme_id])}</span>'
    return f'<h4>{title} <span class="meta">({count:,})</span></h4>'


def section(recap: HtmlRecap, view: QuestionView, all_heading: str) -> str:
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
    out = ['<section aria-labelledby="appendix"><h2 id="appendix">'
           f'{_e(t.gettext("Appendix: every other answer"))}</h2><p class="meta">'
           + _e(t.gettext("The answers the question-by-question part did not show, under the same themes. As in "
                          "the rest of this recap, answers the facilitator hid are left out, identifying details "
                          "are masked, and a question with fewer than {k} answers shows none.", k=recap.c.k))
           + "</p>"]
    for found in digests:
        view = found.view
        out.append(f'<h3 id="appendix-q{view.number}">Q{view.number}. '
                   f'<span dir="auto">{_e(view.question.prompt)}</span></h3>')
        for group in found.groups:
            if group.rest:
                out.append(_title(recap, group, len(found.groups) == 1, "Answers", sum(e.count for e in group.rest)))
                out.append('<ul class="answers">' + "".join(_item(recap, e) for e in group.rest) + "</ul>")
    out.append("</section>")
    return "".join(out)
