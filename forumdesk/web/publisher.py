"""Keeps the phones' view of the forum current: rebuilds the state when the services say something
changed, serialises it once and pushes the same bytes to every event stream.

Service events arrive on whatever thread published them; they hop to the event loop with
``call_soon_threadsafe``. Database reads run on a one-thread executor so the loop never touches
SQLite. Changes phones must see at once (current question, open, revealed) are pushed immediately;
new answers to a revealed question refresh its results at most every ``results_refresh`` seconds.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from concurrent.futures import Executor

from forumdesk.services import Event, EventKind, NotFound, Services
from forumdesk.web.results import RESULTS_EVENTS
from forumdesk.web.sse import StreamHub, chunk, ping_event, state_event
from forumdesk.web.state import ForumSnapshot, build_snapshot

log = logging.getLogger(__name__)

_URGENT = frozenset({EventKind.FORUM_CHANGED, EventKind.QUESTIONS_CHANGED, EventKind.FORUM_DELETED})
# The room's questions (issue 18) change with every upvote: their changes are gathered for this
# long, so a room upvoting at once gets a few new lists a second, not one broadcast per upvote.
ASK_COALESCE_S = 0.25


class StatePublisher:
    def __init__(self, services: Services, forum_id: int, hub: StreamHub, loop: asyncio.AbstractEventLoop,
                 executor: Executor, *, results_refresh: float = 2.0, heartbeat: float = 15.0) -> None:
        self.services = services
        self.forum_id = forum_id
        self.hub = hub
        self.loop = loop
        self.executor = executor
        self.results_refresh = results_refresh
        self.heartbeat = heartbeat
        self.snapshot: ForumSnapshot | None = None
        # A random id for this server run, in the state and its ETag: the event counter starts
        # again at 1 with every start, and a phone holding "1" from the last run must not get 304
        # for a different state (issue 12).
        self.run = secrets.token_hex(6)
        self.event_id = 0
        self.event = b""  # the current state as one SSE event, unframed
        self.framed_event = b""  # the same, framed as a chunk, ready for any stream
        self._urgent = False
        self._results = False
        self._results_pending = False  # read and written from other threads; a hint, races are harmless
        self._timer: asyncio.TimerHandle | None = None
        self._ask_timer: asyncio.TimerHandle | None = None
        self._building = False
        self._rebuild_task: asyncio.Task | None = None
        self._heartbeat_task: asyncio.Task | None = None
        self._unsubscribe = None
        # Read-your-writes: an urgent change bumps ``_requested`` on the publishing thread before
        # returning to its caller; ``fresh()`` waits until a build that started after it is out.
        self._requested = 0
        self._built = 0
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []

    # ------------------------------------------------------------ life cycle (on the loop)

    async def start(self) -> None:
        self._unsubscribe = self.services.events.subscribe(self.on_service_event)
        generation = self._requested
        await self._build_and_publish()
        self._mark_built(generation)
        self._heartbeat_task = self.loop.create_task(self._heartbeats())

    async def stop(self) -> None:
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        # Read-your-writes: an urgent change bumps ``_requested`` on the publishing thread before
        # returning to its caller; ``fresh()`` waits until a build that started after it is out.
        self._requested = 0
        self._built = 0
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []
        if self._timer:
            self._timer.cancel()
        if self._ask_timer:
            self._ask_timer.cancel()
            self._ask_timer = None
        for task in (self._heartbeat_task, self._rebuild_task):
            if task and not task.done():
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError:
                    pass
                except Exception:  # already logged by the task itself
                    pass

    # ------------------------------------------------------------ from any thread

    def on_service_event(self, event: Event) -> None:
        if event.forum_id != self.forum_id:
            return
        if event.kind is EventKind.ASK_CHANGED:
            self._requested += 1  # read-your-writes as for urgent changes, after the short gathering
            try:
                self.loop.call_soon_threadsafe(self._request_ask)
            except RuntimeError:  # the loop has closed: the server is gone
                pass
            return
        if event.kind in _URGENT:
            urgent = True
            self._requested += 1
        elif event.kind in RESULTS_EVENTS:
            snapshot = self.snapshot
            answer = event.data.get("answer")
            question_id = answer.question_id if answer is not None else event.data.get("question_id")
            if snapshot is None or question_id not in snapshot.revealed_ids or self._results_pending:
                return
            self._results_pending = True
            urgent = False
        else:
            return
        try:
            self.loop.call_soon_threadsafe(self._request, urgent)
        except RuntimeError:  # the loop has closed: the server is gone
            pass

    # ------------------------------------------------------------ on the loop

    def _request_ask(self) -> None:
        if self._ask_timer is None:
            self._ask_timer = self.loop.call_later(ASK_COALESCE_S, self._ask_due)

    def _ask_due(self) -> None:
        self._ask_timer = None
        self._request(True)

    def _request(self, urgent: bool) -> None:
        if urgent:
            self._urgent = True
        else:
            self._results = True
        if self._building:
            return  # the running rebuild looks at the flags again when it ends
        if self._urgent:
            if self._timer:
                self._timer.cancel()
                self._timer = None
            self._start_rebuild()
        elif self._timer is None:
            self._timer = self.loop.call_later(self.results_refresh, self._start_rebuild)

    def _start_rebuild(self) -> None:
        self._timer = None
        if not self._building:
            self._building = True
            self._rebuild_task = self.loop.create_task(self._rebuild())

    async def _rebuild(self) -> None:
        # One build covers every change so far (urgent or results). Urgent changes that arrive
        # during it trigger another build at once; results-only changes wait for the timer.
        try:
            while True:
                self._urgent = False
                self._results = False
                self._results_pending = False
                generation = self._requested
                await self._build_and_publish()
                self._mark_built(generation)
                if not self._urgent:
                    break
        finally:
            self._building = False
        if self._results and self._timer is None:
            self._timer = self.loop.call_later(self.results_refresh, self._start_rebuild)

    def _mark_built(self, generation: int) -> None:
        self._built = max(self._built, generation)
        waiting, self._waiters = self._waiters, []
        for target, future in waiting:
            if target <= self._built:
                if not future.done():
                    future.set_result(None)
            else:
                self._waiters.append((target, future))

    @property
    def etag(self) -> str:
        """The HTTP ETag of the current state."""
        return f'"{self.run}-{self.event_id}"'

    @property
    def is_fresh(self) -> bool:
        """Whether the state already reflects every change published so far (what ``fresh()``
        waits for), so a request can be answered without waiting."""
        return self._built >= self._requested

    async def fresh(self, timeout: float = 5.0) -> None:
        """Return once the state reflects every change published before this call (a request that
        follows a facilitator's click sees that click). Gives up quietly after ``timeout``."""
        target = self._requested
        if self._built >= target:
            return
        future = self.loop.create_future()
        self._waiters.append((target, future))
        try:
            await asyncio.wait_for(future, timeout)
        except TimeoutError:
            pass

    async def _build_and_publish(self) -> None:
        try:
            snapshot = await self.loop.run_in_executor(self.executor, build_snapshot, self.services, self.forum_id,
                                                           self.run)
        except NotFound:
            log.info("the forum being served was deleted; closing the phones' streams")
            self.snapshot = None
            self.hub.close_all()
            return
        except Exception as exc:
            log.warning("the phones' view of the forum could not be refreshed: %s", type(exc).__name__)
            return
        self.publish(snapshot)

    def publish(self, snapshot: ForumSnapshot) -> None:
        previous = self.snapshot
        self.snapshot = snapshot
        if previous is not None and previous.body == snapshot.body:
            return  # nothing phones can see has changed
        self.event_id += 1
        self.event = state_event(self.event_id, snapshot.body)
        self.framed_event = chunk(self.event)
        self.hub.broadcast(self.framed_event)

    async def _heartbeats(self) -> None:
        while True:
            await asyncio.sleep(self.heartbeat)
            self.hub.broadcast(chunk(ping_event(self.services.timers.wall_ms(), self.run)))
