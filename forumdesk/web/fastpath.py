"""A direct path, in front of aiohttp, for what a room's phones ask for most.

aiohttp spends about 30 µs of event-loop CPU on each request here (benchmarks/http_floor.py), which
is most of the server's work when a whole room answers in the same second, and it capped how many
answers per second group commit could take. This protocol sits in front of aiohttp on every
connection and answers by itself only requests it cannot mistake:

- ``POST /api/f/{code}/answers`` with ``Content-Type: application/json`` and a body of at most
  ``max_body_bytes``, declared by a single ``Content-Length``, for the served forum's code;
- ``GET`` of the state (while it is up to date), of ``/``, of the attendee page ``/j/{code}`` and
  of the phone page's files under ``/static/``, through the same code as routes.py.

Only in HTTP/1.1, with a request line of plain characters (no percent-encoding, no query, no dot
segments) and a header block that passes a strict pattern (no folding, no Transfer-Encoding,
Expect, Content-Encoding or Connection: close, nothing outside printable ASCII). A browser loads
the page and its files on the same kept-alive connections it later posts answers on, which is why
those are served here too. Anything else (the event stream, results, anything unusual) goes to
aiohttp with the connection (``transport.set_protocol``) and every unread byte: aiohttp then
answers exactly as it always did, for the rest of that connection. Replies keep the order of
requests: nothing is read while an answer waits for its commit, and nothing while the phone does
not read its replies.

An answer takes the same steps as in routes.py (``network_limit``, ``take_answer``,
``outcome_reply``): the same checks, the same group committer, and the phone hears "stored" only
once its batch has committed. Nothing about the phone (address, user agent) is kept or logged.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from email.utils import formatdate
from http import HTTPStatus

from aiohttp import web

from forumdesk.domain.codes import normalise_code
from forumdesk.web.committer import StorageUnavailable
from forumdesk.web.routes import BUG_SENTENCE, AttendeeRoutes, Plain, Reply, error_body, outcome_reply, secure

# A path of plain characters only: no percent-encoding, no query, nothing aiohttp would decode.
_REQUEST_LINE = re.compile(rb"(GET|POST) (/[A-Za-z0-9._~!$&'()*+,;=:@/-]{0,2000}) HTTP/1\.1")
_HEADER = re.compile(rb"([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?)?[ \t]*")
log = logging.getLogger(__name__)

_MAX_HEAD = 8190  # aiohttp's own limit for a request line or a header block
_REFUSED_HEADERS = frozenset({b"transfer-encoding", b"expect", b"content-encoding", b"upgrade"})
_PAUSE_ABOVE = 64 * 1024  # unread bytes kept while an answer waits for its commit


def _could_be_ours(partial: bytes) -> bool:
    """Whether an incomplete head may still become a request the direct path takes (else aiohttp
    gets it at once, whatever it turns out to be)."""
    if not any(start[:len(partial)] == partial[:len(start)] for start in (b"GET /", b"POST /")):
        return False
    if partial.count(b"\n") != partial.count(b"\r\n"):
        return False  # a bare LF: never a strict head
    line_end = partial.find(b"\r\n")
    return line_end < 0 or _REQUEST_LINE.fullmatch(partial[:line_end]) is not None


def _reason(status: int) -> bytes:
    try:
        return HTTPStatus(status).phrase.encode("ascii")
    except ValueError:
        return b"Unknown"


_SECURITY = b"X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n"  # as routes.secure()
_date_cache: tuple[int, bytes] = (0, b"")


def _date() -> bytes:
    global _date_cache
    now = int(time.time())
    if _date_cache[0] != now:
        _date_cache = (now, formatdate(now, usegmt=True).encode("ascii"))
    return _date_cache[1]


def http_reply(status: int, body: bytes, headers: dict[str, str] | None = None, *,
               cache: bytes = b"no-store") -> bytes:
    """A complete HTTP/1.1 JSON response with the headers routes.py gives the same reply."""
    parts = [b"HTTP/1.1 %d %s\r\n" % (status, _reason(status))]
    if status != 304:
        parts.append(b"Content-Type: application/json\r\n")
    parts.append(b"Cache-Control: %s\r\n" % cache)
    parts.append(_SECURITY)
    for name, value in (headers or {}).items():
        parts.append(b"%s: %s\r\n" % (name.encode("ascii"), value.encode("ascii")))
    if status != 304:
        parts.append(b"Content-Length: %d\r\n" % len(body))
    parts.append(b"Date: %s\r\n\r\n" % _date())
    parts.append(body)
    return b"".join(parts)


def serialize(response: web.Response) -> bytes:
    """A complete aiohttp Response (status, headers, body in memory) as HTTP/1.1 bytes."""
    body = response.body if isinstance(response.body, bytes) else b""
    parts = [b"HTTP/1.1 %d %s\r\n" % (response.status, response.reason.encode("latin-1"))]
    for name, value in response.headers.items():
        if name.lower() not in ("content-length", "date", "transfer-encoding", "connection"):
            parts.append(b"%s: %s\r\n" % (name.encode("latin-1"), value.encode("latin-1")))
    if response.status not in (204, 304):
        parts.append(b"Content-Length: %d\r\n" % len(body))
    parts.append(b"Date: %s\r\n\r\n" % _date())
    if response.status not in (204, 304):
        parts.append(body)
    return b"".join(parts)


class FastServer(web.Server):
    """aiohttp's low-level server, with the direct path in front of each connection."""

    def __init__(self, routes: AttendeeRoutes, handler, **kwargs) -> None:
        super().__init__(handler, **kwargs)
        self.routes = routes
        self.direct: set[FastConnection] = set()  # connections the direct path still holds
        self.served = 0  # requests answered by the direct path (tests read it)
        self.answers = 0  # of which answers
        self.closing = False  # the server is stopping: no new requests on the direct path

    def __call__(self) -> FastConnection:
        return FastConnection(self, super().__call__)

    def close_direct(self) -> None:
        """Close the connections the direct path holds (server stopping); replies already written
        are sent first."""
        self.closing = True
        for connection in list(self.direct):
            connection.close()


class FastConnection(asyncio.Protocol):
    __slots__ = ("server", "make_handler", "transport", "buffer", "waiting", "reading_paused", "writing_paused",
                 "idle", "remote", "deadline")

    def __init__(self, server: FastServer, make_handler: Callable[[], asyncio.Protocol]) -> None:
        self.server = server
        self.make_handler = make_handler
        self.transport: asyncio.Transport | None = None
        self.buffer = b""
        self.waiting = False  # an answer of this connection waits for its commit
        self.reading_paused = False
        self.writing_paused = False  # the phone does not read its replies: stop taking requests
        self.idle: asyncio.TimerHandle | None = None  # the keep-alive timer, or the body's deadline
        self.remote: str | None = None
        self.deadline: float | None = None  # when a body on its way must have arrived

    # ------------------------------------------------------------ asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        peer = transport.get_extra_info("peername")
        self.remote = peer[0] if isinstance(peer, (tuple, list)) and peer else None  # memory only, for rate limits
        self.server.direct.add(self)
        self._start_idle()

    def data_received(self, data: bytes) -> None:
        self._cancel_timer()
        self.buffer += data
        self._serve()

    def connection_lost(self, exc: Exception | None) -> None:
        self.server.direct.discard(self)
        self._cancel_timer()
        self.transport = None

    def eof_received(self) -> bool:
        return False  # nothing more will come: close once the replies are written (as aiohttp does)

    def pause_writing(self) -> None:
        self.writing_paused = True
        self._flow()
        self._start_idle()  # a phone that stops reading its replies is let go like an idle one

    def resume_writing(self) -> None:
        self.writing_paused = False
        self._flow()
        self._serve()

    def _flow(self) -> None:
        """Read from the phone only while its replies are read and what waits here stays small."""
        transport = self.transport
        if transport is None:
            return
        stop = self.writing_paused or (self.waiting and len(self.buffer) > _PAUSE_ABOVE)
        if stop and not self.reading_paused:
            self.reading_paused = True
            transport.pause_reading()
        elif not stop and self.reading_paused:
            self.reading_paused = False
            transport.resume_reading()

    # ------------------------------------------------------------ serving

    def _serve(self) -> None:
        """Answer the complete requests at the front of the buffer, in order, until one needs a
        commit or is not ours. A bug gets a 500 and the connection closed, never a traceback."""
        if self.server.closing:
            return
        try:
            self._serve_buffer()
        except Exception as exc:
            # Only the exception's type is logged: its message could quote what the phone sent.
            log.error("a request failed unexpectedly: %s", type(exc).__name__)
            self._write(http_reply(500, error_body(BUG_SENTENCE), {"Connection": "close"}))
            self.close()

    def _serve_buffer(self) -> None:
        while self.buffer and not self.waiting and not self.writing_paused and self.transport is not None:
            head_end = self.buffer.find(b"\r\n\r\n", 0, _MAX_HEAD + 4)
            if head_end < 0:
                if len(self.buffer) > _MAX_HEAD or not _could_be_ours(self.buffer):
                    self._hand_over()  # oversized, or not a request of ours: aiohttp's answer
                else:
                    self._start_idle()  # the rest of the head is on its way (let go if it never comes)
                return
            request = self._parse(head_end)
            if request is None:
                self._hand_over()
                return
            method, path, length, if_none_match = request
            routes = self.server.routes
            body_start = head_end + 4
            if method == b"GET":
                response = self._get(path, if_none_match) if not length else None
                if response is None:
                    self._hand_over()  # the event stream, results, anything else: aiohttp's
                    return
                self.buffer = self.buffer[body_start:]
                self.server.served += 1
                self._write(response)
                continue
            parts = path.split("/")
            snapshot = routes.rt.publisher.snapshot
            if (len(parts) != 5 or parts[1:3] != ["api", "f"] or parts[4] != "answers" or snapshot is None
                    or normalise_code(parts[3]) != snapshot.code):
                self._hand_over()  # aiohttp's 404 or 405, and its count of wrong codes
                return
            if length is None or length > routes.rt.config.max_body_bytes:
                self._hand_over()  # no length, or too large: aiohttp's 411 or 413
                return
            if len(self.buffer) - body_start < length:
                self._await_body()  # the head came first: the body follows at once, or in time
                return
            self.deadline = None
            raw = self.buffer[body_start:body_start + length]
            self.buffer = self.buffer[body_start + length:]
            self.server.served += 1
            self.server.answers += 1
            refused = routes.network_limit(self.remote)
            taken = refused if refused is not None else routes.take_answer(snapshot, raw)
            if isinstance(taken, Plain):
                self._write(http_reply(*taken))
                continue
            self.waiting = True
            taken.add_done_callback(self._committed)
        if not self.buffer and not self.waiting:
            self._start_idle()
        self._flow()

    def _await_body(self) -> None:
        """Wait for the rest of a body, as long as routes.py would (then the same 408, and close)."""
        loop = asyncio.get_running_loop()
        if self.deadline is None:
            self.deadline = loop.time() + self.server.routes.rt.config.body_read_timeout
        self._cancel_timer()
        self.idle = loop.call_at(self.deadline, self._too_slow)

    def _too_slow(self) -> None:
        self.idle = None
        self._write(http_reply(408, error_body("The answer arrived too slowly; please send it again."),
                               {"Connection": "close"}))
        self.close()

    def _parse(self, head_end: int) -> tuple[bytes, str, int | None, str | None] | None:
        """(method, path, Content-Length, If-None-Match) of a head the direct path takes, else None."""
        lines = self.buffer[:head_end].split(b"\r\n")
        line = _REQUEST_LINE.fullmatch(lines[0])
        if line is None:
            return None
        method, path = line.groups()
        length: int | None = None
        content_type = None
        if_none_match = None
        hosts = 0
        for raw in lines[1:]:
            header = _HEADER.fullmatch(raw)
            if header is None:
                return None
            name = header.group(1).lower()
            value = header.group(2) or b""
            if name in _REFUSED_HEADERS:
                return None
            if name == b"content-length":
                if length is not None or not value.isdigit() or len(value) > 9:
                    return None
                length = int(value)
            elif name == b"content-type":
                if content_type is not None:
                    return None
                content_type = value.split(b";", 1)[0].strip().lower()
            elif name == b"connection":
                if value.lower() != b"keep-alive":
                    return None
            elif name == b"if-none-match":
                if if_none_match is not None:
                    return None
                if_none_match = value.decode("ascii")
            elif name == b"host":
                hosts += 1
        if hosts != 1:
            return None  # HTTP/1.1 needs exactly one Host: aiohttp refuses the rest
        if method == b"POST" and content_type != b"application/json":
            return None  # aiohttp's 415
        return method, path.decode("ascii"), length, if_none_match

    def _get(self, path: str, if_none_match: str | None) -> bytes | None:
        """The reply to a GET the direct path serves (pages, files, the state), else None."""
        routes = self.server.routes
        if "/." in path or "//" in path:
            return None  # dot segments and empty ones: aiohttp normalises those, so it decides
        if path.startswith("/api/f/"):
            parts = path.split("/")
            snapshot = routes.rt.publisher.snapshot
            if (len(parts) != 5 or parts[4] != "state" or snapshot is None or not routes.rt.publisher.is_fresh
                    or normalise_code(parts[3]) != snapshot.code):
                return None
            etag = routes.rt.publisher.etag
            if if_none_match == etag:
                return http_reply(304, b"", {"ETag": etag}, cache=b"no-cache")
            return http_reply(200, snapshot.body, {"ETag": etag}, cache=b"no-cache")
        try:
            if path == "/":
                response = routes.index_page(if_none_match)
            elif path.startswith("/static/"):
                response = routes.rt.static.response(path[8:], if_none_match)
            elif path.startswith("/j/") and path.count("/") == 2 and len(path) > 3:
                response = routes.attendee_page(self.remote, path[3:], if_none_match)
            else:
                return None
        except Reply as reply:
            response = reply.response
        except web.HTTPException as exc:
            response = routes.http_error(path, exc)
        secure(response)
        return serialize(response)

    def _committed(self, future: asyncio.Future) -> None:
        self.waiting = False
        if future.cancelled():  # not expected: nothing cancels the committer's futures
            self.close()
            return
        error = future.exception()
        if error is not None and not isinstance(error, StorageUnavailable):
            self.close()  # not expected: the committer only ever fails with StorageUnavailable
            return
        self._write(http_reply(*outcome_reply(error if error is not None else future.result())))
        self._serve()

    def _write(self, data: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)

    def _hand_over(self) -> None:
        """From here on aiohttp serves this connection, starting with the bytes not yet answered."""
        transport = self.transport
        self.server.direct.discard(self)
        self._cancel_timer()
        if transport is None or transport.is_closing():
            return
        handler = self.make_handler()
        transport.set_protocol(handler)
        handler.connection_made(transport)
        if self.writing_paused:
            handler.pause_writing()  # the transport will tell the new protocol when to resume
        if self.reading_paused:
            self.reading_paused = False
            transport.resume_reading()
        data, self.buffer = self.buffer, b""
        self.transport = None
        if data:
            handler.data_received(data)

    def _start_idle(self) -> None:
        self._cancel_timer()
        if self.transport is not None:
            loop = asyncio.get_running_loop()
            self.idle = loop.call_later(self.server.routes.rt.config.keepalive_timeout, self.close)

    def _cancel_timer(self) -> None:
        if self.idle is not None:
            self.idle.cancel()
            self.idle = None

    def close(self) -> None:
        self._cancel_timer()
        if self.transport is not None:
            self.transport.close()
