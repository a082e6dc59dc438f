"""Who may open another event stream: a bound per client address, and a reserve of file
descriptors kept for phones that have not connected yet.

An event stream holds its connection (one file descriptor) for as long as the page is open. A
script on the room's Wi-Fi opening streams it never reads would otherwise take every descriptor,
and the OS would then refuse new phones' connections before the server could say anything. So a
new stream is refused, with a reply and ``Connection: close`` (the descriptor is freed at once):

- 429 when its address already holds ``per_address`` streams (each phone on a Wi-Fi has its own
  address; a few tabs are fine);
- 503 when fewer than ``reserve`` descriptors are left under the open-file limit. The phone keeps
  working by asking for the state now and then, and tries the stream again after Retry-After.

Addresses are counted in memory only and never stored or logged.
"""

from __future__ import annotations

import os
import sys

from aiohttp import web

from forumdesk.web.replies import error_reply


def open_file_limit() -> int | None:
    """The process's soft open-file limit, or None where there is none to speak of (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return None if soft == resource.RLIM_INFINITY else soft


def open_files_now() -> int:
    """Descriptors open in this process right now (Linux, macOS); a modest guess elsewhere."""
    for folder in ("/proc/self/fd", "/dev/fd"):
        if sys.platform != "win32" and os.path.isdir(folder):
            try:
                return len(os.listdir(folder))
            except OSError:
                continue
    return 64


class StreamGate:
    """Counts open streams per address (on the event loop only)."""

    def __init__(self, per_address: int, reserve: int, limit: int | None, baseline: int) -> None:
        self.per_address = per_address
        self.reserve = reserve
        self.limit = limit
        self.baseline = baseline  # descriptors open before the first connection (database, logs, ...)
        self._by_address: dict[str, int] = {}
        self.refused = 0

    def admit(self, remote: str | None, connections: int) -> web.Response | None:
        """None when a stream from ``remote`` may open (then call ``opened``); else the refusal.
        ``connections`` is how many connections the server holds now, this one included."""
        key = remote or ""
        if self._by_address.get(key, 0) >= self.per_address:
            return self._refuse(error_reply(
                429, "Too many live connections from this network; the page will check for updates instead.",
                {"Retry-After": "30"}, code="too_many_streams"))
        if self.limit is not None and self.baseline + connections > self.limit - self.reserve:
            return self._refuse(error_reply(
                503, "The server is very busy; the page will check for updates instead and try again.",
                {"Retry-After": "10"}, code="server_busy"))
        return None

    def _refuse(self, response: web.Response) -> web.Response:
        self.refused += 1
        response.force_close()  # its descriptor is freed as soon as the reply is written
        return response

    def opened(self, remote: str | None) -> None:
        key = remote or ""
        self._by_address[key] = self._by_address.get(key, 0) + 1

    def closed(self, remote: str | None) -> None:
        key = remote or ""
        left = self._by_address.get(key, 0) - 1
        if left > 0:
            self._by_address[key] = left
        else:
            self._by_address.pop(key, None)
