"""A small thread-safe publish/subscribe hub. The server and the UI subscribe with plain callbacks.

Callbacks run on the thread that published the event; a subscriber that needs another thread (the
Qt bridge, the event loop) hands the event over itself. A failing subscriber is logged and never
stops the others or the publisher.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class EventKind(StrEnum):
    ANSWER_STORED = "answer_stored"  # data: answer (domain Answer)
    ANSWER_CHANGED = "answer_changed"  # hidden, starred, themes; data: answer
    FORUM_CHANGED = "forum_changed"  # anything phones see: current question, open/closed, revealed, title
    FORUM_ENDED = "forum_ended"  # published after FORUM_CHANGED when a forum stops taking answers
    FORUM_DELETED = "forum_deleted"
    QUESTIONS_CHANGED = "questions_changed"
    NOTES_CHANGED = "notes_changed"
    ROOM_COUNTS_CHANGED = "room_counts_changed"  # data: question_id
    THEMES_CHANGED = "themes_changed"
    SAME_ANSWERS_CHANGED = "same_answers_changed"  # near-duplicates accepted as the same; data: question_id
    COMMITMENTS_CHANGED = "commitments_changed"
    PARTNERS_CHANGED = "partners_changed"
    # The attendee server refused many votes from one address on one question (a script rotating
    # client ids); data: question_id, refused. Never the address (docs/architecture.md section 7).
    VOTES_REFUSED = "votes_refused"
    ASK_CHANGED = "ask_changed"  # the room's questions: settings, an item, a vote (phones see it)
    ASK_ITEM_ADDED = "ask_item_added"  # data: item (domain AskItem), before ASK_CHANGED


@dataclass(frozen=True)
class Event:
    kind: EventKind
    forum_id: int | None = None
    data: dict[str, Any] = field(default_factory=dict)


Subscriber = Callable[[Event], None]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Add a subscriber; returns a function that removes it."""
        with self._lock:
            self._subscribers = [*self._subscribers, callback]

        def unsubscribe() -> None:
            with self._lock:
                self._subscribers = [s for s in self._subscribers if s is not callback]

        return unsubscribe

    def publish(self, event: Event) -> None:
        for callback in self._subscribers:  # a snapshot: the list is replaced, never mutated
            try:
                callback(event)
            except Exception:
                log.exception("an event subscriber failed on %s", event.kind)
