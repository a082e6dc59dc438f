"""The one bridge from service events (published on any thread, often the server's) to Qt signals
on the GUI thread.

Answers are batched: the publishing thread only appends to a list under a lock and, for the first
answer of a batch, wakes the GUI thread; the GUI thread then waits ``BATCH_MS`` and delivers the
whole batch in one signal. 2,000 answers a minute become a handful of repaints a second.
Other events are rare and are forwarded one by one (queued). No widget is touched off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from forumdesk.services.events import Event, EventBus, EventKind

log = logging.getLogger(__name__)

BATCH_MS = 60


class EventBridge(QObject):
    answers_stored = Signal(list)  # [Answer], oldest first
    answer_changed = Signal(object)  # Answer
    forum_changed = Signal(int)
    forum_deleted = Signal(int)
    questions_changed = Signal(int)
    notes_changed = Signal(int)
    room_counts_changed = Signal(int, int)  # forum id, question id
    themes_changed = Signal(int)
    same_answers_changed = Signal(int, int)  # forum id, question id: near-duplicates accepted as the same
    commitments_changed = Signal(int)
    partners_changed = Signal()
    votes_refused = Signal(int, int, int)  # forum id, question id, votes refused from one address
    ask_changed = Signal(int)  # forum id: the room's questions (settings, items, votes)

    # internal, emitted on the publishing thread and delivered queued on the GUI thread
    _wake = Signal()
    _event = Signal(object)

    def __init__(self, events: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: list = []
        self._woken = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(BATCH_MS)
        self._flush_timer.timeout.connect(self.flush)
        self._wake.connect(self._on_wake)
        self._event.connect(self._dispatch)
        self.last_flush_at = 0.0  # time.monotonic() of the last batch, for the load benchmark
        self._unsubscribe = events.subscribe(self._on_event)

    def close(self) -> None:
        self._unsubscribe()
        self._flush_timer.stop()

    # ---------------------------------------------------------------- any thread

    def _on_event(self, event: Event) -> None:
        if event.kind is EventKind.ANSWER_STORED:
            with self._lock:
                self._pending.append(event.data["answer"])
                wake, self._woken = not self._woken, True
            if wake:
                self._wake.emit()
        else:
            self._event.emit(event)

    # ---------------------------------------------------------------- GUI thread

    @Slot()
    def _on_wake(self) -> None:
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    @Slot()
    def flush(self) -> None:
        """Deliver the answers stored since the last batch (also callable directly)."""
        with self._lock:
            batch, self._pending = self._pending, []
            self._woken = False
        if batch:
            self.last_flush_at = time.monotonic()
            self.answers_stored.emit(batch)

    @Slot(object)
    def _dispatch(self, event: Event) -> None:
        kind, forum_id = event.kind, event.forum_id
        if kind is EventKind.ANSWER_CHANGED:
            self.flush()  # keep order: an answer is stored before it is changed
            self.answer_changed.emit(event.data["answer"])
        elif kind is EventKind.FORUM_CHANGED:
            self.forum_changed.emit(forum_id or 0)
        elif kind is EventKind.FORUM_DELETED:
            self.forum_deleted.emit(forum_id or 0)
        elif kind is EventKind.QUESTIONS_CHANGED:
            self.questions_changed.emit(forum_id or 0)
        elif kind is EventKind.NOTES_CHANGED:
            self.notes_changed.emit(forum_id or 0)
        elif kind is EventKind.ROOM_COUNTS_CHANGED:
            self.room_counts_changed.emit(forum_id or 0, int(event.data.get("question_id", 0)))
        elif kind is EventKind.THEMES_CHANGED:
            self.themes_changed.emit(forum_id or 0)
        elif kind is EventKind.SAME_ANSWERS_CHANGED:
            self.same_answers_changed.emit(forum_id or 0, int(event.data.get("question_id", 0)))
        elif kind is EventKind.COMMITMENTS_CHANGED:
            self.commitments_changed.emit(forum_id or 0)
        elif kind is EventKind.PARTNERS_CHANGED:
            self.partners_changed.emit()
        elif kind is EventKind.VOTES_REFUSED:
            self.votes_refused.emit(forum_id or 0, int(event.data.get("question_id", 0)),
                                    int(event.data.get("refused", 0)))
        elif kind is EventKind.ASK_CHANGED:
            self.ask_changed.emit(forum_id or 0)
