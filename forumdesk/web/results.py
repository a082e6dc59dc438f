"""Revealed results for ``GET .../results/{id}``: computed once per change, shared by every request.

A question's results depend on its visible answers, its room counts and the question itself. Each
change the services publish bumps a counter (per question for answers, moderation and room counts;
for the whole forum when questions or the forum change, which covers a reveal). A request awaits
the computation for the current counters: the first one starts it on the results thread, the ones
that arrive meanwhile share it, and later ones get the finished bytes until the next change. The
state builder's thread is never used, so a crowd asking for results cannot hold up the next
question on the phones.
"""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import Executor

from forumdesk.services import Event, EventKind, Services

# a question's results change with its answers, its room counts and the answers counted as the same
RESULTS_EVENTS = frozenset({EventKind.ANSWER_STORED, EventKind.ANSWER_CHANGED, EventKind.ROOM_COUNTS_CHANGED,
                           EventKind.SAME_ANSWERS_CHANGED})
_WHOLE_FORUM = frozenset({EventKind.FORUM_CHANGED, EventKind.QUESTIONS_CHANGED})


class ResultsCache:
    def __init__(self, services: Services, forum_id: int, loop: asyncio.AbstractEventLoop,
                 executor: Executor) -> None:
        self.services = services
        self.forum_id = forum_id
        self.loop = loop
        self.executor = executor
        self._lock = threading.Lock()  # service events arrive on any thread
        self._generation = 0
        self._changes: dict[int, int] = {}
        self._entries: dict[int, tuple[tuple[int, int], asyncio.Future[bytes]]] = {}
        self.computed = 0  # computations started (how many times the results were read from the database)
        self.waiting = 0  # requests waiting for a computation right now
        self._unsubscribe = services.events.subscribe(self.on_service_event)

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def on_service_event(self, event: Event) -> None:
        """Any thread, before the service returns to its caller: a request after a change sees it."""
        if event.forum_id != self.forum_id:
            return
        if event.kind in RESULTS_EVENTS:
            answer = event.data.get("answer")
            question_id = answer.question_id if answer is not None else event.data.get("question_id")
            with self._lock:
                self._changes[question_id] = self._changes.get(question_id, 0) + 1
        elif event.kind in _WHOLE_FORUM:
            with self._lock:
                self._generation += 1

    def _key(self, question_id: int) -> tuple[int, int]:
        with self._lock:
            return self._generation, self._changes.get(question_id, 0)

    async def body(self, question_id: int) -> bytes:
        """The results as JSON bytes (on the loop). Raises NotFound when the question is gone."""
        key = self._key(question_id)
        entry = self._entries.get(question_id)
        if entry is None or entry[0] != key:
            self.computed += 1
            future = asyncio.ensure_future(self.loop.run_in_executor(self.executor, self._compute, question_id))
            entry = (key, future)
            self._entries[question_id] = entry
            future.add_done_callback(lambda done, q=question_id, e=entry: self._forget_failure(q, e))
        # Shielded: a phone that hangs up cancels its own wait, never the computation others share.
        self.waiting += 1
        try:
            return await asyncio.shield(entry[1])
        finally:
            self.waiting -= 1

    def _forget_failure(self, question_id: int, entry: tuple) -> None:
        future = entry[1]
        if (future.cancelled() or future.exception() is not None) and self._entries.get(question_id) is entry:
            del self._entries[question_id]  # the next request tries again

    def _compute(self, question_id: int) -> bytes:
        results = self.services.answers.results(question_id)
        return json.dumps(results.to_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
