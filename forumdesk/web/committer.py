"""Group commit: answers that arrive together are written in one transaction.

Request handlers put a submission on a queue and await a future. One writer thread takes whatever
has accumulated, stores it with ``AnswerService.submit_many`` (one transaction, synchronous=FULL)
and only then resolves the futures, in one hop to the event loop per batch. The event loop never
waits on an fsync, and a phone hears "stored" only once its answer is on disk.

With ``group_commit=False`` every answer gets its own transaction: the baseline the benchmark
compares against.

When the database cannot be written (disk full, file turned read-only, a disk error, locked by
another program) the batch rolls back, every phone in it gets StorageUnavailable (a 503: it keeps
the answer and sends it again) and ``problem`` holds one sentence for the facilitator. The next
batch that commits clears it: service resumes by itself once the cause is gone.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from forumdesk.services import AnswerService, Submission, SubmitOutcome
from forumdesk.storage import classify

log = logging.getLogger(__name__)


class StorageUnavailable(Exception):
    """The database could not take the answer (disk full, read-only, locked): try again later."""


_STOP = object()
_SWEEP_SECONDS = 1.0
_TOO_LATE = "Your answer could not be saved in time; it will be sent again."


def storage_problem(exc: BaseException) -> tuple[str, str] | None:
    """(SQLite error name, sentence for the facilitator) when ``exc`` means the file cannot be
    written (storage classifies it); None for anything else."""
    problem = classify(exc)
    if problem is None:
        return None
    return getattr(exc, "name", "") or problem.value, problem.for_answers


class _OnWriter:
    """A call to run on the writer thread between batches (see GroupCommitter.call_on_writer)."""

    __slots__ = ("fn", "future")

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.future: concurrent.futures.Future = concurrent.futures.Future()

    def run(self) -> None:
        try:
            self.future.set_result(self.fn())
        except BaseException as exc:  # handed to the caller, never kills the writer
            self.future.set_exception(exc)


class GroupCommitter:
    def __init__(self, answers: AnswerService, loop: asyncio.AbstractEventLoop, *,
                 max_batch: int = 2000, group_commit: bool = True, timeout: float | None = None) -> None:
        self._answers = answers
        self._loop = loop
        self._max_batch = max_batch if group_commit else 1
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        # Answers still waiting for their commit, oldest first, for ``timeout`` (one timer for all
        # of them, not one per answer: asyncio.wait_for per request was a measurable share of the
        # event loop's work in a burst).
        self._timeout = timeout
        self._waiting: collections.deque[tuple[float, asyncio.Future]] = collections.deque()
        self._sweeper: asyncio.TimerHandle | None = None
        self._thread = threading.Thread(target=self._run, name="forumdesk-answer-writer", daemon=True)
        self.batches = 0
        self.stored = 0
        self.problem: str | None = None  # why answers cannot be saved right now (one sentence), or None

    def start(self) -> None:
        self._thread.start()

    def submit(self, submission: Submission) -> asyncio.Future[SubmitOutcome]:
        """Queue an answer (call on the event loop). The future gets the outcome after the commit,
        or StorageUnavailable."""
        loop = self._loop
        future: asyncio.Future[SubmitOutcome] = loop.create_future()
        self._queue.put((submission, future))
        if self._timeout is not None:
            self._waiting.append((loop.time() + self._timeout, future))
            if self._sweeper is None:
                self._sweeper = loop.call_later(_SWEEP_SECONDS, self._sweep)
        return future

    def _sweep(self) -> None:
        """On the loop, about once a second while answers wait: a phone whose answer has waited
        longer than ``timeout`` gets StorageUnavailable (a 503; it sends the answer again, and if it
        was stored meanwhile, hears "duplicate"). Answered ones are forgotten on the way."""
        now = self._loop.time()
        waiting = self._waiting
        while waiting:
            deadline, future = waiting[0]
            if not future.done():
                if deadline > now:
                    break
                future.set_exception(StorageUnavailable(_TOO_LATE))
            waiting.popleft()
        self._sweeper = self._loop.call_later(_SWEEP_SECONDS, self._sweep) if waiting else None

    def call_on_writer(self, fn: Callable[[], Any]) -> concurrent.futures.Future:
        """Run ``fn`` on the writer thread between two batches (any thread may call this). It sees the
        writer's own database connection as ``store.db``; tests use it to make that connection
        refuse writes (``PRAGMA max_page_count``, ``PRAGMA query_only``) the way a full disk would."""
        call = _OnWriter(fn)
        self._queue.put(call)
        return call.future

    def stop(self) -> None:
        """Store everything queued so far, then end the writer thread (blocks until it has)."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join()

    # ------------------------------------------------------------ writer thread

    def _run(self) -> None:
        stopping = False
        while not stopping:
            item = self._queue.get()
            if item is _STOP:
                break
            if isinstance(item, _OnWriter):
                item.run()
                continue
            batch = [item]
            calls: list[_OnWriter] = []
            while len(batch) < self._max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stopping = True
                    break
                if isinstance(item, _OnWriter):
                    calls.append(item)
                    break
                batch.append(item)
            results = self._store(batch)
            for call in calls:
                call.run()
            self.batches += 1
            try:
                self._loop.call_soon_threadsafe(_resolve, batch, results)
            except RuntimeError:  # the loop is already closed: nobody is waiting any more
                pass
        # Anything that arrived after the stop request is still written: it may have been sent by
        # a phone that is about to retry, and a duplicate is harmless while a loss is not.
        leftovers = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, _OnWriter):
                item.run()
            elif item is not _STOP:
                leftovers.append(item)
        if leftovers:
            results = self._store(leftovers)
            try:
                self._loop.call_soon_threadsafe(_resolve, leftovers, results)
            except RuntimeError:
                pass

    def _store(self, batch: list) -> list[SubmitOutcome | Exception]:
        submissions = [submission for submission, _ in batch]
        results: list[SubmitOutcome | Exception] = []
        if self._max_batch == 1:
            for submission in submissions:
                results.extend(self._store_isolated([submission]))
        else:
            try:
                results.extend(self._answers.submit_many(submissions))
                self._storage_works()
            except Exception as exc:  # the whole transaction rolled back
                if self._storage_failed(exc, len(submissions)):
                    # The file cannot be written at all: storing them one by one would fail too.
                    return [_unavailable() for _ in submissions]
                log.warning("a batch of %d answers could not be stored (%s); storing them one by one",
                            len(submissions), type(exc).__name__)
                results = []
                for submission in submissions:
                    results.extend(self._store_isolated([submission]))
        self.stored += sum(1 for r in results if isinstance(r, SubmitOutcome) and r.answer is not None)
        return results

    def _store_isolated(self, submissions: list[Submission]) -> list[SubmitOutcome | Exception]:
        try:
            results = list(self._answers.submit_many(submissions))
        except Exception as exc:
            if not self._storage_failed(exc, len(submissions)):
                # Only the exception's type is logged: its message could quote what the phone sent.
                log.error("an answer could not be stored: %s", type(exc).__name__)
            return [_unavailable() for _ in submissions]
        self._storage_works()
        return results

    def _storage_failed(self, exc: Exception, count: int) -> bool:
        """Note a full, read-only or failing database (True). Storage has already ended the
        failed transaction (or ends it before the next one)."""
        found = storage_problem(exc)
        if found is None:
            return False
        name, sentence = found
        if self.problem != sentence:
            log.error("answers cannot be saved (%s); phones are told to send them again", name)
        self.problem = sentence
        log.debug("%d answers refused for now (%s)", count, name)
        return True

    def _storage_works(self) -> None:
        if self.problem is not None:
            log.warning("answers are being saved again")
            self.problem = None


def _unavailable() -> StorageUnavailable:
    return StorageUnavailable("Your answer could not be saved just now; it will be sent again.")


def _resolve(batch: list, results: list) -> None:
    for (_, future), result in zip(batch, results, strict=True):
        if future.done():  # the phone went away while its answer was being stored
            continue
        if isinstance(result, Exception):
            future.set_exception(result)
        else:
            future.set_result(result)
