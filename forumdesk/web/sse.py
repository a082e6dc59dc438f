"""Server-sent event streams to phones: one serialised event, the same bytes to every stream.

Events are written straight to each connection's transport, already framed as an HTTP/1.1 chunk
(aiohttp sends stream responses chunked), so a broadcast to thousands of phones is one loop of
non-blocking ``transport.write`` calls with no per-phone coroutine, JSON or framing work. A phone
whose unsent bytes pass ``buffer_limit`` (it stopped reading, or vanished without closing) is
dropped; EventSource reconnects by itself and gets the current state first.

Everything here runs on the server's event loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket

log = logging.getLogger(__name__)


def chunk(data: bytes) -> bytes:
    """``data`` framed as one chunk of a ``Transfer-Encoding: chunked`` body."""
    return b"%x\r\n%s\r\n" % (len(data), data)


def state_event(event_id: int, body: bytes) -> bytes:
    # The body is compact JSON: no raw newline can appear in it, so one data: line carries it.
    return b"id: %d\nevent: state\ndata: %s\n\n" % (event_id, body)


def ping_event(now_ms: int, run: str) -> bytes:
    """The heartbeat, unframed. EventSource never shows comment lines to the page, so it is also a
    tiny named event ("ping"): the phone page counts it as a sign of life and reconnects a stream
    that stays silent longer than a few heartbeats. Its data is the laptop's clock when it is sent
    and the server run (``{"now_ms": ..., "run": ...}``): fresher than the ``now_ms`` of a state
    built at the last change, the phone counts the facilitator's countdown down with it."""
    return b": keep-alive\nevent: ping\ndata: %s\n\n" % json.dumps({"now_ms": now_ms, "run": run}).encode()


class Stream:
    """One phone's open event stream."""

    __slots__ = ("transport", "closed")

    def __init__(self, transport: asyncio.Transport, closed: asyncio.Future[None]) -> None:
        self.transport = transport
        self.closed = closed  # resolved when the stream must end (dropped or server stopping)


class StreamHub:
    def __init__(self, buffer_limit: int, socket_sndbuf: int | None = None) -> None:
        self.buffer_limit = buffer_limit
        self.socket_sndbuf = socket_sndbuf
        self._streams: set[Stream] = set()
        self.count = 0  # len(self._streams), readable from any thread
        self.dropped = 0  # streams dropped because their phone stopped reading

    def add(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> Stream:
        if self.socket_sndbuf:
            sock = transport.get_extra_info("socket")
            if sock is not None:
                try:
                    # A small kernel buffer keeps a phone that stops reading from holding megabytes
                    # of kernel memory before the bound below notices it.
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, self.socket_sndbuf)
                except OSError:
                    pass
        stream = Stream(transport, loop.create_future())
        self._streams.add(stream)
        self.count = len(self._streams)
        return stream

    def remove(self, stream: Stream) -> None:
        self._streams.discard(stream)
        self.count = len(self._streams)
        if not stream.closed.done():
            stream.closed.set_result(None)

    def send(self, stream: Stream, framed: bytes) -> bool:
        """Write an already framed chunk to one stream; drops it when it is over its bound."""
        transport = stream.transport
        if transport.is_closing():
            self.remove(stream)
            return False
        transport.write(framed)
        if transport.get_write_buffer_size() > self.buffer_limit:
            self.drop(stream)
            return False
        return True

    def broadcast(self, framed: bytes) -> int:
        """Send the same bytes to every stream; returns how many took them."""
        over: list[Stream] = []
        sent = 0
        limit = self.buffer_limit
        for stream in self._streams:
            transport = stream.transport
            if transport.is_closing():
                over.append(stream)
                continue
            transport.write(framed)
            if transport.get_write_buffer_size() > limit:
                over.append(stream)
            else:
                sent += 1
        for stream in over:
            if stream.transport.is_closing():
                self.remove(stream)
            else:
                self.drop(stream)
        return sent

    def drop(self, stream: Stream) -> None:
        """Cut a phone that does not keep up: its queued bytes are discarded, not kept."""
        self.dropped += 1
        stream.transport.abort()
        self.remove(stream)

    def close_all(self) -> None:
        """End every stream (server stopping); each handler then finishes its response."""
        for stream in list(self._streams):
            self.remove(stream)
