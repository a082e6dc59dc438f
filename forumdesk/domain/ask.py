"""Questions the room asks (issue 18): an item, its review status, and the check of its text.

An item's text is checked like an open answer (cleaned, not empty, within a length limit) and
masked with :func:`forumdesk.domain.privacy.mask_contacts` wherever it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from forumdesk.domain.rules import InvalidAnswer, clean_text

MAX_ASK_LENGTH = 300  # a question to the partner, not an essay; the phone counts down to it


class AskMode(StrEnum):
    OFF = "off"  # no asking in this forum
    REVIEW = "review"  # the facilitator approves each item before the room sees it (the default)
    DIRECT = "direct"  # items are shown as they come


class AskStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class AskSettings:
    mode: AskMode = AskMode.OFF
    is_open: bool = False

    @property
    def on(self) -> bool:
        return self.mode is not AskMode.OFF


@dataclass
class AskItem:
    forum_id: int
    submission_id: str
    text: str
    created_at: str
    status: AskStatus = AskStatus.PENDING
    answered: bool = False
    starred: bool = False
    votes: int = 0
    theme_ids: tuple[int, ...] = field(default_factory=tuple)
    id: int | None = None

    @property
    def shown(self) -> bool:
        return self.status is AskStatus.APPROVED


def clean_ask_text(payload: dict[str, Any]) -> str:
    """The item's text, cleaned; raises InvalidAnswer with a sentence for the phone."""
    text = payload.get("text")
    if not isinstance(text, str):
        raise InvalidAnswer("Please type a question.")
    text = clean_text(text)
    if not text:
        raise InvalidAnswer("Your question is empty.")
    if len(text) > MAX_ASK_LENGTH:
        raise InvalidAnswer(f"Your question is {len(text)} characters long; the limit is {MAX_ASK_LENGTH}.")
    return text


def ranked(items: list[AskItem]) -> list[AskItem]:
    """Shown items, most votes first; among equals, the earlier one first."""
    return sorted((i for i in items if i.shown), key=lambda i: (-i.votes, i.id or 0))
