"""``POST /api/f/{code}/ask`` and ``POST /api/f/{code}/ask/{id}/upvote`` (docs/api.md, section 5).

The writes run on the server's ask writer thread (never SQLite on the loop). Refusals are a 400
with a sentence, 404 for an item the room cannot see, 409 while asking is closed, 429 with
Retry-After from the same per-phone limit as answers.
"""

from __future__ import annotations

import asyncio
import functools
import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from forumdesk.services import InvalidInput, NotFound, QuestionClosed, SubmitStatus
from forumdesk.web.limits import retry_after_header
from forumdesk.web.parsing import _ID, BadBody, parse_json_object
from forumdesk.web.replies import JSON, error_reply, json_reply
from forumdesk.web.upvotes import UpvoteBatcher

if TYPE_CHECKING:
    from forumdesk.web.routes import AttendeeApi

_MAX_ITEM_ID = 2**63 - 1


def _random_id(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise BadBody(f"{name} must be a random id such as a UUID.")
    return value


class AskApi:
    def __init__(self, api: AttendeeApi) -> None:
        self.api = api
        self.upvotes = UpvoteBatcher(api.rt.services, api.rt.forum_id, api.rt.ask_writer)

    async def _body(self, request: web.Request) -> dict[str, Any] | web.Response:
        cfg = self.api.rt.config
        if request.content_type != JSON:
            return error_reply(415, "Questions must be sent as JSON (Content-Type: application/json).",
                               code="not_json")
        if request.content_length is not None and request.content_length > cfg.max_body_bytes:
            return error_reply(413, f"The question is too large (the limit is {cfg.max_body_bytes} bytes).",
                               code="too_large")
        try:
            async with asyncio.timeout(cfg.body_read_timeout):
                raw = await request.read()
        except TimeoutError:
            return error_reply(408, "The question arrived too slowly; please send it again.", code="too_slow")
        except web.HTTPRequestEntityTooLarge:
            return error_reply(413, f"The question is too large (the limit is {cfg.max_body_bytes} bytes).",
                               code="too_large")
        except (asyncio.CancelledError, ConnectionResetError):
            raise
        except Exception:
            return error_reply(400, "The question could not be read; please send it again.", code="unreadable")
        try:
            data = parse_json_object(raw, cfg.max_json_depth)
            _random_id(data, "client_id")
        except BadBody as exc:
            return error_reply(400, str(exc), code="malformed_answer")
        wait = self.api.client_limit.take(data["client_id"])
        if wait:
            return error_reply(429, "You are sending very quickly; please wait a moment.",
                               {"Retry-After": retry_after_header(wait)}, code="too_fast")
        return data

    async def _write(self, fn, *args):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.api.rt.ask_writer, functools.partial(fn, *args))

    async def ask(self, request: web.Request) -> web.StreamResponse:
        snapshot = self.api.served_snapshot(request)
        data = await self._body(request)
        if isinstance(data, web.Response):
            return data
        try:
            submission_id = _random_id(data, "submission_id")
        except BadBody as exc:
            return error_reply(400, str(exc), code="malformed_answer")
        try:
            status, item = await self._write(self.api.rt.services.ask.ask, snapshot.forum_id, submission_id,
                                             {"text": data.get("text")})
        except QuestionClosed as exc:
            return error_reply(409, exc.english, code=exc.code)
        except InvalidInput as exc:
            return error_reply(400, exc.english, code="invalid_question")
        body = json.dumps({"status": status.value, "id": item.id})
        return json_reply(201 if status is SubmitStatus.STORED else 200, body)

    async def upvote(self, request: web.Request) -> web.StreamResponse:
        self.api.served_snapshot(request)
        text = request.match_info["item"]
        item_id = int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else 0
        if not 1 <= item_id <= _MAX_ITEM_ID:
            return error_reply(404, "This question is not on the list.", code="unknown_ask_item")
        data = await self._body(request)
        if isinstance(data, web.Response):
            return data
        status = await self.upvotes.upvote(item_id, data["client_id"])
        if isinstance(status, NotFound):
            return error_reply(404, status.english, code="unknown_ask_item")
        return json_reply(201 if status is SubmitStatus.STORED else 200, json.dumps({"status": status.value}))
