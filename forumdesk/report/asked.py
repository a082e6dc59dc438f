"""The recap's section "What the room asked" (issue 18): the room's own questions the facilitator
let through, answered and not yet answered, most votes first. Hidden and pending items are left
out; texts are masked (contact details) and escaped for reportlab like answers."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from forumdesk.domain.privacy import find_contacts, mask_matches
from forumdesk.i18n import Translator, translator
from forumdesk.report import fonts
from forumdesk.report.paragraphs import user_paragraph
from forumdesk.services import Services


@dataclass(frozen=True)
class AskedView:
    text: str  # masked
    votes: int
    answered: bool
    details_masked: int = 0  # how many identifying details the mask replaced (the recap counts them)


def gather_asked(services: Services, forum_id: int) -> list[AskedView]:
    views = []
    for item in services.ask.shown(forum_id):
        found = find_contacts(item.text)
        views.append(AskedView(mask_matches(item.text, found), item.votes, item.answered, len(found)))
    return views


def _groups(asked: list[AskedView], t: Translator) -> list[tuple[str, list[AskedView]]]:
    return [(title, group) for title, group in (
        (t.gettext("Answered"), [a for a in asked if a.answered]),
        (t.gettext("Not yet answered"), [a for a in asked if not a.answered])) if group]


def _intro(t: Translator) -> str:
    return t.gettext("Questions attendees asked from their phones, with the votes of the room.")


def _votes(t: Translator, votes: int) -> str:
    return t.ngettext("{n} vote", "{n} votes", votes)


def asked_section(asked: list[AskedView], heading, styles, t: Translator | None = None) -> list:
    """Flowables for the section, or nothing when the room asked nothing (``heading`` is the
    builder's, so the section is in the contents and the outline)."""
    if not asked:
        return []
    t = t or translator("en")
    out: list = [CondPageBreak(60 * mm), heading(t.gettext("What the room asked"), 0),
                 user_paragraph(_intro(t), styles["meta"])]
    for title, group in _groups(asked, t):
        out.append(user_paragraph(title, styles["h3"],
                                  suffix=f" <font color='#5F6B73' size='8'>({t.format_number(len(group))})</font>"))
        for item in group:
            out.append(user_paragraph(item.text, styles["body"],
                                      suffix=f" <font color='#5F6B73'>({fonts.markup(_votes(t, item.votes))})</font>"))
    out.append(Spacer(1, 6 * mm))
    return out


def html_asked_section(asked: list[AskedView], escape, t: Translator) -> str:
    """The same section for the HTML recap (``escape``: its escaping of attendee text)."""
    if not asked:
        return ""
    out = ['<section aria-labelledby="asked"><h2 id="asked">' + escape(t.gettext("What the room asked")) + f'</h2>'
           f'<p class="meta">{escape(_intro(t))}</p>']
    for title, group in _groups(asked, t):
        out.append(f'<h3>{escape(title)} <span class="meta">({t.format_number(len(group))})</span></h3><ul>' + "".join(
            f'<li><span dir="auto">{escape(a.text)}</span> <span class="meta">({escape(_votes(t, a.votes))})</span></li>'
            for a in group) + "</ul>")
    return "".join(out) + "</section>"
