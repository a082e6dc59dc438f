"""Upvotes in groups: every upvote that arrives while the previous group is being written goes into
the next one, written in one transaction (``AskService.upvote_many``) on the ask writer thread.
A room upvoting at once is then a few dozen commits instead of thousands, and one state rebuild
per group (the same idea as the answers' GroupCommitter)."""

from __future__ import annotations

import asyncio
from concurrent.futures import Executor

from forumdesk.services import NotFound, Services, SubmitStatus

MAX_BATCH = 500


class UpvoteBatcher:
    def __init__(self, services: Services, forum_id: int, executor: Executor | None) -> None:
        self.services, self.forum_id, self.executor = services, forum_id, executor
        self._pending: list[tuple[int, str, asyncio.Future]] = []
        self._writing = False

    async def upvote(self, item_id: int, client_id: str) -> SubmitStatus | NotFound:
        future = asyncio.get_running_loop().create_future()
        self._pending.append((item_id, client_id, future))
        if not self._writing:
            self._writing = True
            asyncio.get_running_loop().create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._pending:
                batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
                votes = [(item_id, client_id) for item_id, client_id, _ in batch]
                try:
                    outcomes = await loop.run_in_executor(self.executor, self.services.ask.upvote_many,
                                                          self.forum_id, votes)
                except Exception as exc:  # storage trouble: each waiting phone hears it
                    for *_, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                for (*_, future), outcome in zip(batch, outcomes, strict=True):
                    if not future.done():
                        future.set_result(outcome)
        finally:
            self._writing = False
