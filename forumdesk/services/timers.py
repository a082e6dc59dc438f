"""The per-question countdown the facilitator starts (T in the console), kept in memory.

A timer belongs to one question of one forum. It runs, pauses and resumes; phones see a running
timer in the state document (``state_view``) and count down themselves from ``ends_at_ms``. When
the facilitator chose so, the question closes at zero: a ``threading.Timer`` calls
``ForumService.set_open`` on its own thread, so this works wherever the services run (the app or
``forumdesk serve``), not only while a console window is open.

Nothing is stored: a timer does not survive a restart, and needs no schema change. Every change
bumps the forum's state version and publishes FORUM_CHANGED, so phones get it at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.services.forums import ForumService
from forumdesk.storage import Store

log = logging.getLogger(__name__)

MIN_MS = 1_000
MAX_MS = 3_600_000


@dataclass(frozen=True)
class QuestionTimer:
    forum_id: int
    question_id: int
    duration_ms: int
    closes: bool  # close the question for answers at zero
    running: bool
    left_ms: int  # when paused (or finished): what is left; when running: what was left at ``started_at``
    started_at: float = 0.0  # time.monotonic() when it last started running
    ends_at_ms: int = 0  # wall clock (ms since the epoch) at which it reaches zero, while running

    def remaining_ms(self, now: float | None = None) -> int:
        if not self.running:
            return self.left_ms
        elapsed = ((time.monotonic() if now is None else now) - self.started_at) * 1000
        return max(0, int(self.left_ms - elapsed))


class TimerService:
    def __init__(self, store: Store, events: EventBus, forums: ForumService,
                 wall_ms: Callable[[], int] = lambda: int(time.time() * 1000)) -> None:
        self.store, self.events, self.forums = store, events, forums
        self.wall_ms = wall_ms
        self._timers: dict[int, QuestionTimer] = {}
        self._alarms: dict[int, threading.Timer] = {}
        self._ringing: set[threading.Thread] = set()  # alarms at zero, still writing
        self._closed = False
        self._lock = threading.Lock()

    # ------------------------------------------------------------ queries

    def timer(self, forum_id: int) -> QuestionTimer | None:
        with self._lock:
            return self._timers.get(forum_id)

    def state_view(self, forum_id: int, current_question_id: int | None) -> dict | None:
        """What phones see: ``{"ends_at_ms", "now_ms", "closes"}`` for a running timer of the
        current question, else None. ``now_ms`` lets a phone correct for its own clock."""
        timer = self.timer(forum_id)
        if timer is None or not timer.running or timer.question_id != current_question_id:
            return None
        return {"ends_at_ms": timer.ends_at_ms, "now_ms": self.wall_ms(), "closes": timer.closes}

    # ------------------------------------------------------------ the facilitator's controls

    def start(self, forum_id: int, question_id: int, duration_ms: int, closes: bool = False) -> QuestionTimer:
        """Start a fresh countdown of ``duration_ms`` for the question (replacing any other)."""
        duration_ms = max(MIN_MS, min(MAX_MS, int(duration_ms)))
        timer = QuestionTimer(forum_id, question_id, duration_ms, closes, running=False, left_ms=duration_ms)
        return self._run(timer)

    def resume(self, forum_id: int) -> QuestionTimer | None:
        timer = self.timer(forum_id)
        if timer is None or timer.running or timer.left_ms <= 0:
            return timer
        return self._run(timer)

    def pause(self, forum_id: int) -> QuestionTimer | None:
        with self._lock:
            timer = self._timers.get(forum_id)
            if timer is None or not timer.running:
                return timer
            timer = self._timers[forum_id] = replace(timer, running=False, left_ms=timer.remaining_ms(), ends_at_ms=0)
            self._cancel_alarm(forum_id)
        self._changed(forum_id)
        return timer

    def set_closes(self, forum_id: int, closes: bool) -> None:
        """Change whether the running (or paused) timer closes its question at zero."""
        with self._lock:
            timer = self._timers.get(forum_id)
            if timer is None or timer.closes == closes:
                return
            self._timers[forum_id] = replace(timer, closes=closes)
        self._changed(forum_id)

    def cancel(self, forum_id: int) -> None:
        with self._lock:
            had = self._timers.pop(forum_id, None) is not None
            self._cancel_alarm(forum_id)
        if had:
            self._changed(forum_id)

    def close(self) -> None:
        """Stop every alarm and wait for one that is closing its question (the services are
        closing: the database must not be closed under it)."""
        with self._lock:
            self._closed = True
            for forum_id in list(self._alarms):
                self._cancel_alarm(forum_id)
            self._timers.clear()
            ringing = list(self._ringing)
        for alarm in ringing:
            if alarm is not threading.current_thread():
                alarm.join(timeout=10)

    # ------------------------------------------------------------ inside

    def _run(self, timer: QuestionTimer) -> QuestionTimer:
        with self._lock:
            self._cancel_alarm(timer.forum_id)
            timer = replace(timer, running=True, started_at=time.monotonic(),
                            ends_at_ms=self.wall_ms() + timer.left_ms)
            self._timers[timer.forum_id] = timer
            alarm = threading.Timer(timer.left_ms / 1000, self._at_zero, args=(timer,))
            alarm.daemon = True
            alarm.name = "forumdesk-question-timer"
            self._alarms[timer.forum_id] = alarm
            alarm.start()
        self._changed(timer.forum_id)
        return timer

    def _cancel_alarm(self, forum_id: int) -> None:
        alarm = self._alarms.pop(forum_id, None)
        if alarm is not None:
            alarm.cancel()

    def _at_zero(self, started: QuestionTimer) -> None:
        """On the alarm's thread: the timer reached zero (unless it was paused, restarted or cancelled)."""
        with self._lock:
            if self._closed or self._timers.get(started.forum_id) is not started:
                return
            self._timers[started.forum_id] = replace(started, running=False, left_ms=0, ends_at_ms=0)
            self._alarms.pop(started.forum_id, None)
            self._ringing.add(threading.current_thread())
        try:
            if started.closes and self.forums.question(started.question_id).is_open:
                self.forums.set_open(started.question_id, False)
        except Exception as exc:  # a locked or deleted database must not kill the alarm thread silently
            log.warning("the question could not be closed when its timer reached zero: %s", exc)
        try:
            self._changed(started.forum_id)
        finally:
            with self._lock:
                self._ringing.discard(threading.current_thread())

    def _changed(self, forum_id: int) -> None:
        try:
            with self.store.write() as repo:
                repo.bump_forum_version(forum_id)
        except Exception as exc:  # phones then see it with the next change
            log.warning("the timer change could not be published: %s", exc)
            return
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum_id))
