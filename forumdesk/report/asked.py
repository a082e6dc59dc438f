"""The recap's section "What the room asked" (issue 18): the room's own questions the facilitator
let through, answered and not yet answered, most votes first. Hidden and pending items are left
out; texts are masked (contact details) and escaped for reportlab like answers."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from forumdesk.domain.privacy import mask_contacts
from forumdesk.report import fonts
from forumdesk.services import Services


@dataclass(frozen=True)
class AskedView:
    text: str  # masked
    votes: int
    answered: bool


def gather_asked(services: Services, forum_id: int) -> list[AskedView]:
    return [AskedView(mask_contacts(i.text), i.votes, i.answered) for i in services.ask.shown(forum_id)]


def asked_section(asked: list[AskedView], heading, styles) -> list:
    """Flowables for the section, or nothing when the room asked nothing (``heading`` is the
    builder's, so the section is in the contents and the outline)."""
    if not asked:
        return []
    out: list = [CondPageBreak(60 * mm), heading("What the room asked", 0),
                 Paragraph("Questions attendees asked from their phones, with the votes of the room.", styles["meta"])]
    for title, group in (("Answered", [a for a in asked if a.answered]),
                         ("Not yet answered", [a for a in asked if not a.answered])):
        if not group:
            continue
        out.append(Paragraph(f"{title} <font color='#5F6B73' size='8'>({len(group):,})</font>", styles["h3"]))
        for item in group:
            votes = "1 vote" if item.votes == 1 else f"{item.votes:,} votes"
            out.append(Paragraph(f"{fonts.markup(item.text)} <font color='#5F6B73'>({votes})</font>", styles["body"]))
    out.append(Spacer(1, 6 * mm))
    return out


def html_asked_section(asked: list[AskedView], escape) -> str:
    """The same section for the HTML recap (``escape``: its escaping of attendee text)."""
    if not asked:
        return ""
    out = ['<section aria-labelledby="asked"><h2 id="asked">What the room asked</h2><p class="meta">Questions '
           "attendees asked from their phones, with the votes of the room.</p>"]
    for title, group in (("Answered", [a for a in asked if a.answered]),
                         ("Not yet answered", [a for a in asked if not a.answered])):
        if group:
            votes = ["1 vote" if a.votes == 1 else f"{a.votes:,} votes" for a in group]
            out.append(f'<h3>{title} <span class="meta">({len(group):,})</span></h3><ul>' + "".join(
                f'<li><span dir="auto">{escape(a.text)}</span> <span class="meta">({v})</span></li>'
                for a, v in zip(group, votes, strict=True)) + "</ul>")
    return "".join(out) + "</section>"
