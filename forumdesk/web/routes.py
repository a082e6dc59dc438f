"""The attendee HTTP API and pages of docs/api.md, on one ``aiohttp.web.Application``.

Each handler checks the join code against the forum being served, reads and checks its input, and
calls one service (answers go through the group committer, results through the shared cache).
Two middlewares wrap every handler: ``replies`` turns refusals into ``{"error": "<sentence>"}``
with the contract's status and a bug into a generic 500 (never a traceback), and ``take_turns``
lets other connections run between two requests pipelined on one connection. A response signal
adds the security headers to every reply.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from dataclasses import dataclass

from aiohttp import web

from forumdesk.domain.codes import normalise_code
from forumdesk.services import Event, EventKind, NotFound, Services, Submission, SubmitStatus
from forumdesk.web.asking import AskApi
from forumdesk.web.committer import GroupCommitter, StorageUnavailable
from forumdesk.web.config import ServerConfig
from forumdesk.web.connections import StreamGate
from forumdesk.web.images import ImageFiles
from forumdesk.web.limits import RateLimiter, retry_after_header
from forumdesk.web.parsing import BadBody, parse_answer
from forumdesk.web.publisher import StatePublisher
from forumdesk.web.replies import (
    BUG_SENTENCE,
    JSON,
    Reply,
    error_reply,
    http_error,
    json_reply,
    outcome_reply,
    page_not_found,
    secure,
)
from forumdesk.web.results import ResultsCache
from forumdesk.web.sse import StreamHub, chunk, ping_event
from forumdesk.web.static import StaticFiles, languages, pick_language, subresources
from forumdesk.web.votes import VOTES_CODE, VOTES_RETRY_AFTER, VOTES_SENTENCE, VoteLimit

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Runtime:
    """What the handlers share; built on the server's loop by AttendeeServer."""

    services: Services
    forum_id: int
    config: ServerConfig
    hub: StreamHub
    publisher: StatePublisher
    committer: GroupCommitter
    executor: Executor  # the state builder's thread
    static: StaticFiles
    results: ResultsCache
    gate: StreamGate
    connections: Callable[[], int]  # connections the server holds now
    ask_writer: Executor | None = None  # writes the room's questions and upvotes (None: the loop's default)


def build_app(runtime: Runtime) -> web.Application:
    api = AttendeeApi(runtime)
    app = web.Application(client_max_size=runtime.config.max_body_bytes,
                          middlewares=[api.replies, take_turns])
    app.router.add_get("/", api.index)
    app.router.add_get("/static/{name:.+}", api.static_file)
    app.router.add_get("/j/{code}", api.join_page)
    app.router.add_post("/api/f/{code}/answers", api.answers)
    app.router.add_get("/api/f/{code}/state", api.state)
    app.router.add_get("/api/f/{code}/events", api.events)
    app.router.add_get("/api/f/{code}/results/{question}", api.results)
    app.router.add_get("/api/f/{code}/image/{question}", ImageFiles(api).image)
    asking = AskApi(api)
    app.router.add_post("/api/f/{code}/ask", asking.ask)
    app.router.add_post("/api/f/{code}/ask/{item}/upvote", asking.upvote)
    app.on_response_prepare.append(_secure)
    return app


async def _secure(request: web.Request, response: web.StreamResponse) -> None:
    secure(response)


@web.middleware
async def take_turns(request: web.Request, handler: Handler) -> web.StreamResponse:
    """One turn of the event loop before each request. aiohttp answers the requests pipelined on a
    connection one after the other, and requests that never wait (the state, a refusal) would
    otherwise let one connection's batch run as one long step while every other phone waits."""
    await asyncio.sleep(0)
    return await handler(request)


class AttendeeApi:
    def __init__(self, runtime: Runtime) -> None:
        self.rt = runtime
        cfg = runtime.config
        self.client_limit = RateLimiter(cfg.client_burst, cfg.client_refill_per_second, cfg.max_tracked_clients)
        self.ip_answer_limit = RateLimiter(cfg.ip_answer_burst, cfg.ip_answer_refill_per_second, cfg.max_tracked_clients)
        self.wrong_code_limit = RateLimiter(cfg.wrong_code_burst, cfg.wrong_code_refill_per_second,
                                            cfg.max_tracked_clients)
        self.votes = VoteLimit(cfg.votes_per_address, cfg.repeated_vote_alarm, cfg.max_tracked_clients)
        self._languages = languages(runtime.static.root)
        # Read once at start-up, like the page's gzip copies.
        self._page_files = [f"<{path}>; rel=preload; as={kind}"
                            for path, kind in subresources(runtime.static.root / "attendee.html")]

    # ------------------------------------------------------------ errors

    @web.middleware
    async def replies(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except Reply as reply:
            return reply.response
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            return http_error(request.path, exc, self.rt.config.max_body_bytes)
        except (asyncio.CancelledError, ConnectionError):
            raise
        except Exception as exc:
            # A bug, not bad input: say so without details (the details could quote the phone).
            log.error("a request failed unexpectedly: %s", type(exc).__name__)
            return error_reply(500, BUG_SENTENCE, code="server_error")

    def served_snapshot(self, request: web.Request, *, page: bool = False):
        """The served forum's snapshot when the path's code is its code; else a 404 (or 429 when
        this address has guessed too many codes)."""
        snapshot = self.rt.publisher.snapshot
        code = normalise_code(request.match_info["code"])
        if snapshot is not None and code == snapshot.code:
            return snapshot
        wait = self.wrong_code_limit.take(request.remote)
        if wait:
            raise Reply(error_reply(429, "Too many wrong codes; please wait a little and try again.",
                                    {"Retry-After": retry_after_header(wait)}, code="too_many_wrong_codes"))
        if page:
            raise Reply(page_not_found())
        raise Reply(error_reply(404, "There is no forum with that code.", code="unknown_forum"))

    # ------------------------------------------------------------ pages and files

    async def index(self, request: web.Request) -> web.StreamResponse:
        return self.rt.static.response("index.html")

    async def join_page(self, request: web.Request) -> web.StreamResponse:
        try:
            snapshot = self.served_snapshot(request, page=True)
        except Reply as reply:
            if reply.response.status != 404:
                raise
            # A wrong code: the attendee page itself, with a 404 status, so the phone shows its own
            # "forum not found" view in the phone's language with a way back to the code page.
            response = web.Response(status=404, body=self.rt.static.body("attendee.html"),
                                    content_type="text/html", charset="utf-8")
            response.headers["Cache-Control"] = "no-store"
            return response
        response = self.rt.static.response("attendee.html")
        response.headers["Link"] = self._preloads(request, snapshot.language)
        return response

    def _preloads(self, request: web.Request, forum_language: str) -> str:
        """Everything the page needs before it can show a question, named up front so a phone
        fetches it all at once: its scripts (which a browser on a slow link otherwise fetches one
        after the other, as late-body scripts get a low priority) and what they will ask for (the
        strings in the phone's language, else the forum's, then the state). With 300 ms round trips that is about
        four round trips fewer before the first question shows (benchmarks/throttled_phone.py)."""
        links = list(self._page_files)
        language = pick_language(request.headers.get("Accept-Language", ""), self._languages, forum_language)
        if language is not None:
            links.append(f"</static/i18n/{language}.json>; rel=preload; as=fetch; crossorigin")
        links.append(f"</api/f/{request.match_info['code']}/state>; rel=preload; as=fetch; crossorigin")
        return ", ".join(links)

    async def static_file(self, request: web.Request) -> web.StreamResponse:
        return self.rt.static.response(request.match_info["name"])

    # ------------------------------------------------------------ state and events

    async def state(self, request: web.Request) -> web.StreamResponse:
        await self.rt.publisher.fresh()
        snapshot = self.served_snapshot(request)
        etag = self.rt.publisher.etag
        # The laptop's clock now, on the reply and on a 304 alike: the body may be a copy built at
        # the last change (or the phone's cached one), so its timer's now_ms can be old.
        now = str(self.rt.services.timers.wall_ms())
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag, "Cache-Control": "no-cache", "X-Now-Ms": now})
        response = json_reply(200, snapshot.body, {"ETag": etag, "X-Now-Ms": now})
        response.headers["Cache-Control"] = "no-cache"
        return response

    async def events(self, request: web.Request) -> web.StreamResponse:
        self.served_snapshot(request)
        if request.version != (1, 1):  # the stream is chunked, which only HTTP/1.1 has (aiohttp raises otherwise)
            return error_reply(400, "Live updates need HTTP/1.1; the page will ask for the state instead.",
                               code="http_1_1_needed")
        remote = request.remote
        gate = self.rt.gate
        refused = gate.admit(remote, self.rt.connections())
        if refused is not None:
            return refused
        gate.opened(remote)  # counted from here, so streams opening at the same moment count too
        try:
            return await self._stream(request)
        finally:
            gate.closed(remote)

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={
            "Content-Type": "text/event-stream; charset=utf-8",
            "Cache-Control": "no-store",
            "X-Accel-Buffering": "no",
        })
        response.enable_chunked_encoding()
        await self.rt.publisher.fresh()
        await response.prepare(request)
        transport = request.transport
        if transport is None or transport.is_closing():
            return response
        hub = self.rt.hub
        stream = hub.add(transport, asyncio.get_running_loop())
        try:
            # From here on the stream gets raw chunks: first the reconnect delay, a ping with the
            # laptop's clock now (the state's own now_ms is as old as the last change: a phone
            # joining mid-countdown counts from the ping) and the current state, then every
            # broadcast. All happen on this loop, so nothing comes in between.
            publisher = self.rt.publisher
            opening = (b"retry: %d\n\n" % self.rt.config.retry_ms
                       + ping_event(self.rt.services.timers.wall_ms(), publisher.run) + publisher.event)
            if hub.send(stream, chunk(opening)):
                await stream.closed
        finally:
            hub.remove(stream)
        # A dropped phone's transport is already closed; aiohttp then skips the end of the body quietly.
        return response

    # ------------------------------------------------------------ answers

    async def answers(self, request: web.Request) -> web.StreamResponse:
        snapshot = self.served_snapshot(request)
        cfg = self.rt.config
        if request.content_type != JSON:
            # Only JSON: a web page elsewhere can post a form (text/plain, urlencoded, multipart) to
            # this address from an attendee's browser without asking, but not a JSON request.
            return error_reply(415, "Answers must be sent as JSON (Content-Type: application/json).",
                               code="not_json")
        too_large = f"The answer is too large (the limit is {cfg.max_body_bytes} bytes)."
        if request.content_length is not None and request.content_length > cfg.max_body_bytes:
            return error_reply(413, too_large, code="too_large")
        wait = self.ip_answer_limit.take(request.remote)
        if wait:  # off for rooms by default (see config.py)
            return error_reply(429, "Too many answers from this network; please wait a little.",
                               {"Retry-After": retry_after_header(wait)}, code="too_many_from_network")
        try:
            if request.content.is_eof():  # the usual case: the whole small body has already arrived
                raw = await request.read()
            else:  # a body still on its way gets a deadline, so a stalled sender cannot hold on forever
                async with asyncio.timeout(cfg.body_read_timeout):
                    raw = await request.read()
        except TimeoutError:
            return await self._too_slow(request)
        except web.HTTPRequestEntityTooLarge:
            return error_reply(413, too_large, code="too_large")
        except (asyncio.CancelledError, ConnectionResetError):
            raise
        except Exception:  # a broken chunked body, a connection that died mid-body
            return error_reply(400, "The answer could not be read; please send it again.", code="unreadable")
        try:
            body = parse_answer(raw, cfg.max_json_depth)
        except BadBody as exc:
            return error_reply(400, str(exc), code="malformed_answer")
        wait = self.client_limit.take(body.client_id)
        if wait:
            return error_reply(429, "You are sending answers very quickly; please wait a moment.",
                               {"Retry-After": retry_after_header(wait)}, code="too_fast")
        vote = body.question_id in snapshot.vote_ids
        if vote and not self.votes.take(request.remote, body.question_id):
            return self._vote_refused(snapshot.forum_id, request.remote, body.question_id)
        stored = False
        try:
            # The committer gives up on an answer after cfg.answer_timeout (StorageUnavailable).
            outcome = await self.rt.committer.submit(Submission(
                forum_id=snapshot.forum_id, question_id=body.question_id, submission_id=body.submission_id,
                payload=body.payload, client_id=body.client_id))
            stored = outcome.status is SubmitStatus.STORED
        except StorageUnavailable as exc:
            return outcome_reply(exc)
        finally:
            if vote and not stored:
                self.votes.give_back(request.remote, body.question_id)
        return outcome_reply(outcome)

    def _vote_refused(self, forum_id: int, remote: str | None, question_id: int) -> web.StreamResponse:
        """429: this address has used its votes on this question (web/votes.py). Many refusals from
        one address tell the facilitator someone is voting repeatedly (without the address)."""
        if self.votes.refused(remote, question_id):
            self.rt.services.events.publish(Event(EventKind.VOTES_REFUSED, forum_id, {
                "question_id": question_id, "refused": self.votes.alarm_after}))
        return error_reply(429, VOTES_SENTENCE, {"Retry-After": VOTES_RETRY_AFTER}, code=VOTES_CODE)

    @staticmethod
    async def _too_slow(request: web.Request) -> web.StreamResponse:
        """408, then close at once: aiohttp would otherwise linger, reading the rest of a body
        that is not coming."""
        response = error_reply(408, "The answer arrived too slowly; please send it again.", code="too_slow")
        response.force_close()
        await response.prepare(request)
        await response.write_eof()
        if request.transport is not None:
            request.transport.close()
        return response

    # ------------------------------------------------------------ results

    async def results(self, request: web.Request) -> web.StreamResponse:
        await self.rt.publisher.fresh()
        snapshot = self.served_snapshot(request)
        text = request.match_info["question"]
        question_id = int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None
        if question_id is None or question_id not in snapshot.question_ids:
            return error_reply(404, "This question does not exist.", code="unknown_question")
        if question_id not in snapshot.revealed_ids:
            return error_reply(403, "The results of this question have not been revealed yet.",
                               code="results_not_revealed")
        try:
            body = await self.rt.results.body(question_id)
        except NotFound:
            return error_reply(404, "This question does not exist.", code="unknown_question")
        return json_reply(200, body)
