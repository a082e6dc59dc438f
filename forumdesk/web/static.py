"""The phone page's files, served only from one folder (resources/web by default).

A request names a file relative to that folder; anything that resolves outside it, a hidden file,
or a name the OS cannot even represent is a plain 404. Small files are kept in memory and
re-read when they change on disk.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from aiohttp import web

from forumdesk.paths import resource

MAX_CACHED = 512 * 1024
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".webmanifest": "application/manifest+json",
    ".txt": "text/plain; charset=utf-8",
}


class StaticFiles:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._cache: dict[Path, tuple[int, int, bytes]] = {}  # path -> (mtime_ns, size, bytes)

    def resolve(self, name: str) -> Path | None:
        """The file ``name`` names inside the root, or None."""
        if not name or "\x00" in name or "\\" in name:
            return None
        parts = name.split("/")
        if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
            return None
        try:
            path = self.root.joinpath(*parts).resolve()
        except (OSError, ValueError):
            return None
        if not path.is_relative_to(self.root):
            return None
        try:
            if not path.is_file():
                return None
        except (OSError, ValueError):
            return None
        return path

    def response(self, name: str, if_none_match: str | None = None) -> web.Response:
        """The file ``name`` (a 304 when ``if_none_match`` is its ETag); HTTPNotFound if there is none."""
        path = self.resolve(name)
        if path is None:
            raise web.HTTPNotFound()
        try:
            stat = path.stat()
            cached = self._cache.get(path)
            if cached and cached[0] == stat.st_mtime_ns and cached[1] == stat.st_size:
                data = cached[2]
            else:
                data = path.read_bytes()
                if len(data) <= MAX_CACHED:
                    self._cache[path] = (stat.st_mtime_ns, stat.st_size, data)
        except OSError:
            raise web.HTTPNotFound() from None
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if if_none_match == etag:
            return web.Response(status=304, headers=headers)
        suffix = path.suffix.lower()
        content_type = _TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        headers["Content-Type"] = content_type
        return web.Response(body=data, headers=headers)


def default_root() -> Path:
    return resource("web")
