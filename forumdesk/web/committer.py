"""Group commit: answers that arrive together are written in one transaction.

Request handlers put a submission on a queue and await a future. One writer thread takes whatever
has accumulated, stores it with ``AnswerService.submit_many`` (one transaction, synchronous=FULL)
and only then resolves the futures, in one hop to the event loop per batch. The event loop never
waits on an fsync, and a phone hears "stored" only once its answer is on disk.

With ``group_commit=False`` every answer gets its own transaction: the baseline the benchmark
compares against.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading

from forumdesk.services import AnswerService, Submission, SubmitOutcome

log = logging.getLogger(__name__)


class StorageUnavailable(Exception):
    """The database could not take the answer (disk full, read-only, locked): try again later."""


_STOP = object()


class GroupCommitter:
    def __init__(self, answers: AnswerService, loop: asyncio.AbstractEventLoop, *,
                 max_batch: int = 2000, group_commit: bool = True) -> None:
        self._answers = answers
        self._loop = loop
        self._max_batch = max_batch if group_commit else 1
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="forumdesk-answer-writer", daemon=True)
        self.batches = 0
        self.stored = 0

    def start(self) -> None:
        self._thread.start()

    def submit(self, submission: Submission) -> asyncio.Future[SubmitOutcome]:
        """Queue an answer (call on the event loop). The future gets the outcome after the commit,
        or StorageUnavailable."""
        future: asyncio.Future[SubmitOutcome] = self._loop.create_future()
        self._queue.put((submission, future))
        return future

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
            batch = [item]
            while len(batch) < self._max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stopping = True
                    break
                batch.append(item)
            results = self._store(batch)
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
            if item is not _STOP:
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
            except Exception as exc:  # the whole transaction rolled back: find out who is to blame
                log.warning("a batch of %d answers could not be stored (%s); storing them one by one",
                            len(submissions), type(exc).__name__)
                results = []
                for submission in submissions:
                    results.extend(self._store_isolated([submission]))
        self.stored += sum(1 for r in results if isinstance(r, SubmitOutcome) and r.answer is not None)
        return results

    def _store_isolated(self, submissions: list[Submission]) -> list[SubmitOutcome | Exception]:
        try:
            return list(self._answers.submit_many(submissions))
        except Exception as exc:
            # Only the exception's type is logged: its message could quote what the phone sent.
            log.error("an answer could not be stored: %s", type(exc).__name__)
            return [StorageUnavailable("Your answer could not be saved just now; it will be sent again.")
                    for _ in submissions]


def _resolve(batch: list, results: list) -> None:
    for (_, future), result in zip(batch, results, strict=True):
        if future.done():  # the phone went away while its answer was being stored
            continue
        if isinstance(result, Exception):
            future.set_exception(result)
        else:
            future.set_result(result)
