"""The attendee HTTP API and pages of docs/api.md, as thin aiohttp handlers.

Each handler checks the join code against the forum being served, reads and checks its input, and
calls one service (answers go through the group committer). Errors are ``{"error": "<sentence>"}``
with the contract's status; nothing a phone sends can produce a 500 or a traceback.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import NamedTuple

from aiohttp import web
from multidict import CIMultiDict

from forumdesk.domain.codes import normalise_code
from forumdesk.services import (
    AlreadyAnswered,
    InvalidInput,
    NotFound,
    QuestionClosed,
    ServiceError,
    Services,
    Submission,
    SubmitOutcome,
    SubmitStatus,
)
from forumdesk.web.committer import GroupCommitter, StorageUnavailable
from forumdesk.web.config import ServerConfig
from forumdesk.web.limits import RateLimiter, retry_after_header
from forumdesk.web.parsing import BadBody, parse_answer
from forumdesk.web.publisher import StatePublisher
from forumdesk.web.sse import StreamHub, chunk
from forumdesk.web.static import StaticFiles

log = logging.getLogger(__name__)

JSON = "application/json"
PAGE_CSP = "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

NOT_FOUND_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<title>Forum not found</title></head><body><main><h1>Forum not found</h1>"
    "<p>There is no forum with that code. Check the code shown on the screen and "
    '<a href="/">enter it again</a>.</p></main></body></html>'
)


BUG_SENTENCE = "Something went wrong on the facilitator's laptop; please try again."  # a 500, never details
_GET = frozenset({"GET", "HEAD"})
_POST = frozenset({"POST"})


def _segment(part: str) -> bool:
    """A path segment a route can match: not empty, no braces (aiohttp's default for {name})."""
    return bool(part) and "{" not in part and "}" not in part


def _unquote(value: str) -> str:
    """A matched part of the path as aiohttp hands it over: %2F and %25 decoded as well."""
    return value.replace("%2F", "/").replace("%25", "%") if "%" in value else value


def secure(response: web.StreamResponse) -> None:
    """Headers every response carries (call before it is prepared)."""
    headers = response.headers
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    if headers.get("Content-Type", "").startswith("text/html"):
        headers["Content-Security-Policy"] = PAGE_CSP
        headers["X-Frame-Options"] = "DENY"


class Reply(Exception):
    """Raised by a handler's helpers to answer at once with ``response``."""

    def __init__(self, response: web.StreamResponse) -> None:
        super().__init__(response.status)
        self.response = response


def json_reply(status: int, body: bytes | str, headers: dict[str, str] | None = None) -> web.Response:
    if isinstance(body, str):
        body = body.encode("utf-8")
    response = web.Response(status=status, body=body, content_type=JSON, headers=headers)
    response.headers["Cache-Control"] = "no-store"
    return response


def error_reply(status: int, sentence: str, headers: dict[str, str] | None = None) -> web.Response:
    return json_reply(status, error_body(sentence), headers)


STORED = b'{"status":"stored"}'
DUPLICATE = b'{"status":"duplicate"}'
_ACK_HEADERS = CIMultiDict({"Content-Type": JSON, "Cache-Control": "no-store"})  # what json_reply sets

_SERVICE_STATUS: list[tuple[type[ServiceError], int]] = [
    (NotFound, 404),
    (QuestionClosed, 409),
    (AlreadyAnswered, 409),
    (InvalidInput, 400),
]


class Plain(NamedTuple):
    """A JSON reply as status, body and extra headers: rendered by aiohttp (``render``) or written
    as bytes by the direct path (fastpath.py), with the same content either way."""

    status: int
    body: bytes
    headers: dict[str, str] | None = None


def error_body(sentence: str, code: str | None = None) -> bytes:
    """``{"error": sentence}``, with the service's stable ``code`` (e.g. "question_closed") when given."""
    body = {"error": sentence} if code is None else {"error": sentence, "code": code}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def render(reply: Plain) -> web.Response:
    if reply.headers is None and reply.status in (200, 201):
        return web.Response(status=reply.status, body=reply.body, headers=_ACK_HEADERS)
    return json_reply(reply.status, reply.body, reply.headers)


_STORED_REPLY = Plain(201, STORED)
_DUPLICATE_REPLY = Plain(200, DUPLICATE)


def outcome_reply(outcome: SubmitOutcome | StorageUnavailable) -> Plain:
    """What a phone hears once its answer's batch has committed (or could not be)."""
    if isinstance(outcome, StorageUnavailable):
        return Plain(503, error_body(str(outcome)), {"Retry-After": "5"})
    if outcome.error is not None:
        status = next((code for kind, code in _SERVICE_STATUS if isinstance(outcome.error, kind)), 400)
        return Plain(status, error_body(str(outcome.error), outcome.error.code))
    return _STORED_REPLY if outcome.status is SubmitStatus.STORED else _DUPLICATE_REPLY


@dataclass
class Runtime:
    """What the handlers share; built on the server's loop by AttendeeServer."""

    services: Services
    forum_id: int
    config: ServerConfig
    hub: StreamHub
    publisher: StatePublisher
    committer: GroupCommitter
    executor: Executor
    static: StaticFiles


class AttendeeRoutes:
    def __init__(self, runtime: Runtime) -> None:
        self.rt = runtime
        cfg = runtime.config
        self.client_limit = RateLimiter(cfg.client_burst, cfg.client_refill_per_second, cfg.max_tracked_clients)
        self.ip_answer_limit = RateLimiter(cfg.ip_answer_burst, cfg.ip_answer_refill_per_second, cfg.max_tracked_clients)
        self.wrong_code_limit = RateLimiter(cfg.wrong_code_burst, cfg.wrong_code_refill_per_second,
                                            cfg.max_tracked_clients)
        self._results_cache: dict[int, tuple[float, int, bytes]] = {}

    def request_factory(self):
        """How aiohttp's low-level ``web.Server`` should build requests for ``handle``.

        The server (server.py) is aiohttp's low-level one with ``handle`` as its only handler, not
        a web.Application: the router, middleware chain and response signal of an Application
        were about a tenth of the event loop's work per answer when 2,000 arrive at once
        (benchmarks/phones.py), and seven fixed routes need none of them."""
        loop = asyncio.get_running_loop()
        max_size = self.rt.config.max_body_bytes

        def make_request(message, payload, protocol, writer, task) -> web.BaseRequest:
            return web.BaseRequest(message, payload, protocol, writer, task, loop, client_max_size=max_size)

        return make_request

    # ------------------------------------------------------------ routing and errors

    def _route(self, request: web.BaseRequest):
        """The handler for this method and path, and what the path carries, as aiohttp's router
        matched them: on the path with %2F kept encoded, a {code} being one non-empty segment."""
        path = request.rel_url.path_safe
        method = request.method
        if path == "/":
            return self._allow(method, _GET, self.index), ()
        if path.startswith("/static/"):
            return self._allow(method, _GET, self.static_file), (_unquote(path[8:]),)
        parts = path.split("/")
        if not all(_segment(part) for part in parts[1:]):
            raise web.HTTPNotFound()
        count = len(parts)
        if count == 3 and parts[1] == "j":
            return self._allow(method, _GET, self.join_page), (_unquote(parts[2]),)
        if count >= 5 and parts[1] == "api" and parts[2] == "f":
            code = _unquote(parts[3])
            if count == 5:
                name = parts[4]
                if name == "answers":
                    return self._allow(method, _POST, self.answers), (code,)
                if name == "state":
                    return self._allow(method, _GET, self.state), (code,)
                if name == "events":
                    return self._allow(method, _GET, self.events), (code,)
            elif count == 6 and parts[4] == "results":
                return self._allow(method, _GET, self.results), (code, _unquote(parts[5]))
        raise web.HTTPNotFound()

    @staticmethod
    def _allow(method: str, allowed: frozenset[str], handler):
        if method not in allowed:
            raise web.HTTPMethodNotAllowed(method, allowed)
        return handler

    async def handle(self, request: web.BaseRequest) -> web.StreamResponse:
        try:
            handler, args = self._route(request)
            response = await handler(request, *args)
        except Reply as reply:
            response = reply.response
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            response = self.http_error(request.path, exc)
        except (asyncio.CancelledError, ConnectionError):
            raise
        except Exception as exc:
            # A bug, not bad input: say so without details (the details could quote the phone).
            log.error("a request failed unexpectedly: %s", type(exc).__name__)
            response = error_reply(500, BUG_SENTENCE)
        if not response.prepared:  # an event stream has its headers already
            secure(response)
        return response

    def http_error(self, path: str, exc: web.HTTPException) -> web.Response:
        """The reply to a refusal aiohttp expresses as an exception (404, 405, 413...): a sentence
        in JSON under /api/, the not-found page or a line of text elsewhere."""
        status = exc.status
        if path.startswith("/api/"):
            sentences = {
                404: "There is nothing at this address.",
                405: "This address does not accept that kind of request.",
                413: f"The request is too large (the limit is {self.rt.config.max_body_bytes} bytes).",
            }
            sentence = sentences.get(status, "This request cannot be handled.")
            headers = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
            return error_reply(status, sentence, headers)
        if status == 404:
            return self._page_not_found()
        return web.Response(status=status, text=f"{status} {exc.reason}", content_type="text/plain")

    @staticmethod
    def _page_not_found() -> web.Response:
        response = web.Response(status=404, text=NOT_FOUND_PAGE, content_type="text/html")
        response.headers["Cache-Control"] = "no-store"
        return response

    def served_snapshot(self, remote: str | None, code: str, *, page: bool = False):
        """The served forum's snapshot when ``code`` is its code; else a 404 (or 429 when this
        address has guessed too many codes)."""
        snapshot = self.rt.publisher.snapshot
        code = normalise_code(code)
        if snapshot is not None and code == snapshot.code:
            return snapshot
        wait = self.wrong_code_limit.take(remote)
        if wait:
            raise Reply(error_reply(429, "Too many wrong codes; please wait a little and try again.",
                                    {"Retry-After": retry_after_header(wait)}))
        if page:
            raise Reply(self._page_not_found())
        raise Reply(error_reply(404, "There is no forum with that code."))

    # ------------------------------------------------------------ pages and files

    # Each page and file has a synchronous core that the direct path (fastpath.py) calls too.

    async def index(self, request: web.BaseRequest) -> web.StreamResponse:
        return self.index_page(request.headers.get("If-None-Match"))

    def index_page(self, if_none_match: str | None) -> web.Response:
        return self.rt.static.response("index.html", if_none_match)

    async def join_page(self, request: web.BaseRequest, code: str) -> web.StreamResponse:
        return self.attendee_page(request.remote, code, request.headers.get("If-None-Match"))

    def attendee_page(self, remote: str | None, code: str, if_none_match: str | None) -> web.Response:
        try:
            self.served_snapshot(remote, code, page=True)
        except Reply as reply:
            if reply.response.status != 404:
                raise
            # A wrong code: the attendee page itself, with a 404 status, so the phone shows its own
            # "forum not found" view in the phone's language with a way back to the code page.
            response = self.rt.static.response("attendee.html")
            response.set_status(404)
            response.headers["Cache-Control"] = "no-store"
            return response
        return self.rt.static.response("attendee.html", if_none_match)

    async def static_file(self, request: web.BaseRequest, path: str) -> web.StreamResponse:
        return self.rt.static.response(path, request.headers.get("If-None-Match"))

    # ------------------------------------------------------------ state and events

    async def state(self, request: web.BaseRequest, code: str) -> web.StreamResponse:
        await self.rt.publisher.fresh()
        snapshot = self.served_snapshot(request.remote, code)
        etag = self.rt.publisher.etag
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag, "Cache-Control": "no-cache"})
        response = json_reply(200, snapshot.body, {"ETag": etag})
        response.headers["Cache-Control"] = "no-cache"
        return response

    async def events(self, request: web.BaseRequest, code: str) -> web.StreamResponse:
        self.served_snapshot(request.remote, code)
        if request.version < (1, 1):
            return error_reply(400, "Live updates need HTTP/1.1; the page will ask for the state instead.")
        response = web.StreamResponse(headers={
            "Content-Type": "text/event-stream; charset=utf-8",
            "Cache-Control": "no-store",
            "X-Accel-Buffering": "no",
        })
        response.enable_chunked_encoding()
        secure(response)
        await self.rt.publisher.fresh()
        await response.prepare(request)
        transport = request.transport
        if transport is None or transport.is_closing():
            return response
        hub = self.rt.hub
        stream = hub.add(transport, asyncio.get_running_loop())
        # From here on the stream gets raw chunks: first the reconnect delay and the current state,
        # then every broadcast. Both happen on this loop, so nothing can come in between.
        opening = b"retry: %d\n\n" % self.rt.config.retry_ms + self.rt.publisher.event
        if hub.send(stream, chunk(opening)):
            try:
                await stream.closed
            finally:
                hub.remove(stream)
        # A dropped phone's transport is already closed; aiohttp then skips the end of the body quietly.
        return response

    # ------------------------------------------------------------ answers

    async def answers(self, request: web.BaseRequest, code: str) -> web.StreamResponse:
        snapshot = self.served_snapshot(request.remote, code)
        cfg = self.rt.config
        if request.content_type != JSON:
            # Only JSON: a web page elsewhere can post a form (text/plain, urlencoded, multipart) to
            # this address from an attendee's browser without asking, but not a JSON request.
            raise Reply(error_reply(415, "Answers must be sent as JSON (Content-Type: application/json)."))
        if request.content_length is not None and request.content_length > cfg.max_body_bytes:
            raise Reply(error_reply(413, f"The answer is too large (the limit is {cfg.max_body_bytes} bytes)."))
        refused = self.network_limit(request.remote)
        if refused is not None:
            return render(refused)
        try:
            if request.content.is_eof():  # the usual case: the whole small body has already arrived
                raw = await request.read()
            else:  # a body still on its way gets a deadline, so a stalled sender cannot hold on forever
                async with asyncio.timeout(cfg.body_read_timeout):
                    raw = await request.read()
        except TimeoutError:
            # Answer, then close at once: aiohttp would otherwise linger, reading the rest of a
            # body that is not coming.
            response = error_reply(408, "The answer arrived too slowly; please send it again.")
            response.force_close()
            secure(response)
            await response.prepare(request)
            await response.write_eof()
            if request.transport is not None:
                request.transport.close()
            return response
        except web.HTTPRequestEntityTooLarge:
            raise Reply(error_reply(413, f"The answer is too large (the limit is {cfg.max_body_bytes} bytes).")) from None
        except (asyncio.CancelledError, ConnectionResetError):
            raise
        except Exception:  # a broken chunked body, a connection that died mid-body
            return error_reply(400, "The answer could not be read; please send it again.")
        taken = self.take_answer(snapshot, raw)
        if isinstance(taken, Plain):
            return render(taken)
        try:
            # The committer gives up on an answer after cfg.answer_timeout (StorageUnavailable).
            outcome: SubmitOutcome = await taken
        except StorageUnavailable as exc:
            return render(outcome_reply(exc))
        return render(outcome_reply(outcome))

    # The steps of an answer that the direct path (fastpath.py) shares with the handler above.

    def network_limit(self, remote: str | None) -> Plain | None:
        """A 429 when this address has sent too many answers lately (off for rooms by default)."""
        wait = self.ip_answer_limit.take(remote)
        if wait:
            return Plain(429, error_body("Too many answers from this network; please wait a little."),
                         {"Retry-After": retry_after_header(wait)})
        return None

    def take_answer(self, snapshot, raw: bytes) -> Plain | asyncio.Future[SubmitOutcome]:
        """Check a body and queue it for the next commit: the committer's future, or the reply
        when the body is refused (400) or its phone sends too quickly (429)."""
        try:
            body = parse_answer(raw, self.rt.config.max_json_depth)
        except BadBody as exc:
            return Plain(400, error_body(str(exc)))
        wait = self.client_limit.take(body.client_id)
        if wait:
            return Plain(429, error_body("You are sending answers very quickly; please wait a moment."),
                         {"Retry-After": retry_after_header(wait)})
        return self.rt.committer.submit(Submission(
            forum_id=snapshot.forum_id, question_id=body.question_id, submission_id=body.submission_id,
            payload=body.payload, client_id=body.client_id))

    # ------------------------------------------------------------ results

    async def results(self, request: web.BaseRequest, code: str, text: str) -> web.StreamResponse:
        await self.rt.publisher.fresh()
        snapshot = self.served_snapshot(request.remote, code)
        question_id = int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None
        if question_id is None or question_id not in snapshot.question_ids:
            return error_reply(404, "This question does not exist.")
        if question_id not in snapshot.revealed_ids:
            return error_reply(403, "The results of this question have not been revealed yet.")
        now = time.monotonic()
        cached = self._results_cache.get(question_id)
        if cached and cached[1] == self.rt.publisher.event_id and now - cached[0] < 1.0:
            return json_reply(200, cached[2])
        try:
            results = await asyncio.get_running_loop().run_in_executor(
                self.rt.executor, self.rt.services.answers.results, question_id)
        except NotFound:
            return error_reply(404, "This question does not exist.")
        body = json.dumps(results.to_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._results_cache[question_id] = (now, self.rt.publisher.event_id, body)
        return json_reply(200, body)
