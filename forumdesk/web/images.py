"""``GET /api/f/{code}/image/{question}``: a content slide's image (docs/api.md, section 4).

Only a slide the room has been shown has its image served (the state snapshot lists them,
``ForumSnapshot.images``); any other id is the same 404 as an unknown one, so slides still to
come cannot be peeked at. An image is read from the database once and shared by every phone
(a room asks for the same picture at the same instant). It is named by its hash, which is its
ETag; the page asks for ``?v=<hash>``, which may be kept for a year.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import Executor
from typing import TYPE_CHECKING

from aiohttp import web

from forumdesk.domain.images import SlideImage
from forumdesk.services import NotFound
from forumdesk.web.replies import error_reply

if TYPE_CHECKING:
    from forumdesk.web.routes import AttendeeApi

KEPT = 4  # images held in memory (a forum shows a few; each is at most 5 MB)
FOREVER = "public, max-age=31536000, immutable"


class ImageFiles:
    def __init__(self, api: AttendeeApi, executor: Executor | None = None) -> None:
        self.api = api
        self.executor = executor
        self._read: dict[str, asyncio.Future[SlideImage]] = {}  # by hash, oldest first

    async def image(self, request: web.Request) -> web.StreamResponse:
        await self.api.rt.publisher.fresh()
        snapshot = self.api.served_snapshot(request)
        text = request.match_info["question"]
        question_id = int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None
        sha = snapshot.images.get(question_id) if question_id is not None else None
        if sha is None:
            return error_reply(404, "There is no such image.", code="unknown_image")
        etag = f'"{sha}"'
        versioned = request.query.get("v") == sha
        headers = {"ETag": etag, "Cache-Control": FOREVER if versioned else "no-cache"}
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers=headers)
        try:
            image = await self._get(sha)
        except NotFound:
            return error_reply(404, "There is no such image.", code="unknown_image")
        return web.Response(body=image.data, content_type=image.media_type, headers=headers)

    async def _get(self, sha: str) -> SlideImage:
        future = self._read.get(sha)
        if future is None or (future.done() and future.exception() is not None):
            loop = asyncio.get_running_loop()
            future = asyncio.ensure_future(loop.run_in_executor(self.executor, self.api.rt.services.images.get, sha))
            self._read[sha] = future
            while len(self._read) > KEPT:
                self._read.pop(next(iter(self._read)))
        return await asyncio.shield(future)
