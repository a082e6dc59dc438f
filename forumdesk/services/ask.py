"""The room's own questions (issue 18): asking, upvoting, and the facilitator's review.

Phones reach :meth:`AskService.ask` and :meth:`AskService.upvote` through the attendee server;
the console and ``forumdesk serve`` moderate. Every change publishes ``ASK_CHANGED`` (phones see
it) and a new item also ``ASK_ITEM_ADDED`` (the console and ``serve``'s stdout).
"""

from __future__ import annotations

import hashlib
import hmac

from forumdesk.domain import InvalidAnswer
from forumdesk.domain.ask import AskItem, AskMode, AskSettings, AskStatus, clean_ask_text, ranked
from forumdesk.domain.privacy import mask_contacts
from forumdesk.services.answers import SubmitStatus
from forumdesk.services.errors import InvalidInput, NotFound, QuestionClosed
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.storage import Store, now_iso


class AskingClosed(QuestionClosed):
    code = "ask_closed"


def upvote_hash(key: bytes, item_id: int, client_id: str) -> bytes:
    """A keyed hash that says "some phone upvoted this item" and nothing else; the "ask:" prefix
    keeps it apart from the answers' device hashes under the same forum key."""
    return hmac.new(key, f"ask:{item_id}:{client_id}".encode(), hashlib.sha256).digest()[:16]


def public_view(item: AskItem) -> dict:
    """What phones and the projector see of an item: masked text, votes, answered."""
    return {"id": item.id, "text": mask_contacts(item.text), "votes": item.votes, "answered": item.answered}


class AskService:
    def __init__(self, store: Store, events: EventBus) -> None:
        self.store = store
        self.events = events

    # ------------------------------------------------------------ settings

    def settings(self, forum_id: int) -> AskSettings:
        return self.store.repo.ask_settings(forum_id)

    def set_mode(self, forum_id: int, mode: AskMode | str) -> AskSettings:
        return self._change_settings(forum_id, mode=AskMode(mode))

    def set_open(self, forum_id: int, is_open: bool) -> AskSettings:
        return self._change_settings(forum_id, is_open=is_open)

    def _change_settings(self, forum_id: int, mode: AskMode | None = None, is_open: bool | None = None) -> AskSettings:
        with self.store.write() as repo:
            if repo.get_forum(forum_id) is None:
                raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
            current = repo.ask_settings(forum_id)
            mode = current.mode if mode is None else mode
            if is_open and mode is AskMode.OFF:
                raise InvalidInput("Asking is off for this forum; turn it on before opening it.")
            settings = AskSettings(mode, bool(current.is_open if is_open is None else is_open) and mode is not AskMode.OFF)
            repo.set_ask_settings(forum_id, settings)
        self._changed(forum_id)
        return settings

    # ------------------------------------------------------------ from phones

    def ask(self, forum_id: int, submission_id: str, text_payload: dict) -> tuple[SubmitStatus, AskItem]:
        """Store a new item (review-first forums keep it pending). Raises AskingClosed, InvalidInput."""
        try:
            text = clean_ask_text(text_payload)
        except InvalidAnswer as exc:
            raise InvalidInput(str(exc)) from exc
        with self.store.write() as repo:
            existing = repo.ask_submission_taken(submission_id)
            if existing is not None and existing.forum_id == forum_id:
                return SubmitStatus.DUPLICATE, existing
            settings = repo.ask_settings(forum_id)
            if not settings.is_open:
                raise AskingClosed("Questions from the room are closed just now.")
            if existing is not None:  # another forum's id: a phone cannot pick it on purpose
                raise InvalidInput("submission_id must be a new random id.")
            status = AskStatus.APPROVED if settings.mode is AskMode.DIRECT else AskStatus.PENDING
            item = AskItem(forum_id=forum_id, submission_id=submission_id, text=text, created_at=now_iso(True),
                           status=status)
            item.id = repo.insert_ask_item(item)
        self.events.publish(Event(EventKind.ASK_ITEM_ADDED, forum_id, {"item": item}))
        self._changed(forum_id)
        return SubmitStatus.STORED, item

    def upvote(self, forum_id: int, item_id: int, client_id: str) -> SubmitStatus:
        """Count one upvote per phone per shown item. Raises NotFound for an unknown or hidden item."""
        outcome = self.upvote_many(forum_id, [(item_id, client_id)])[0]
        if isinstance(outcome, NotFound):
            raise outcome
        return outcome

    def upvote_many(self, forum_id: int, votes: list[tuple[int, str]]) -> list[SubmitStatus | NotFound]:
        """A batch of (item id, client id) upvotes in one transaction (group commit, as answers):
        one outcome each, in order, exactly as if sent one after the other; one ASK_CHANGED."""
        outcomes: list[SubmitStatus | NotFound] = []
        with self.store.write() as repo:
            key = repo.forum_device_key(forum_id)
            items: dict[int, AskItem | None] = {}
            for item_id, client_id in votes:
                if item_id not in items:
                    items[item_id] = repo.get_ask_item(item_id)
                item = items[item_id]
                if item is None or item.forum_id != forum_id or not item.shown:
                    outcomes.append(NotFound("This question is not on the list."))
                elif repo.add_upvote(item_id, upvote_hash(key, item_id, client_id)):
                    outcomes.append(SubmitStatus.STORED)
                else:
                    outcomes.append(SubmitStatus.DUPLICATE)
        if SubmitStatus.STORED in outcomes:
            self._changed(forum_id)
        return outcomes

    # ------------------------------------------------------------ reading and moderating

    def items(self, forum_id: int) -> list[AskItem]:
        """Every item of the forum, pending and hidden too, oldest first (the console's list)."""
        return self.store.repo.list_ask_items(forum_id)

    def shown(self, forum_id: int) -> list[AskItem]:
        """The items the room sees, most votes first."""
        return ranked(self.items(forum_id))

    def item(self, item_id: int) -> AskItem:
        item = self.store.repo.get_ask_item(item_id)
        if item is None:
            raise NotFound("There is no asked question with id {item_id}.", item_id=item_id)
        return item

    def approve(self, item_id: int) -> AskItem:
        return self._flags(item_id, status=AskStatus.APPROVED)

    def hide(self, item_id: int) -> AskItem:
        return self._flags(item_id, status=AskStatus.HIDDEN)

    def set_answered(self, item_id: int, answered: bool = True) -> AskItem:
        return self._flags(item_id, answered=answered)

    def set_starred(self, item_id: int, starred: bool) -> AskItem:
        return self._flags(item_id, starred=starred)

    def tag(self, item_id: int, theme_id: int, tagged: bool = True) -> AskItem:
        item = self.item(item_id)
        with self.store.write() as repo:
            repo.tag_ask_item(item_id, theme_id, tagged)
        self._changed(item.forum_id)
        return self.item(item_id)

    def _flags(self, item_id: int, **flags) -> AskItem:
        with self.store.write() as repo:
            if repo.get_ask_item(item_id) is None:
                raise NotFound("There is no asked question with id {item_id}.", item_id=item_id)
            repo.set_ask_item_flags(item_id, **flags)
        item = self.item(item_id)
        self._changed(item.forum_id)
        return item

    def _changed(self, forum_id: int) -> None:
        self.events.publish(Event(EventKind.ASK_CHANGED, forum_id))
