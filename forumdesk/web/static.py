"""The phone page's files, served only from one folder (resources/web by default).

A request names a file relative to that folder; anything that resolves outside it, a hidden file,
or a name the OS cannot even represent is a plain 404. Files go out through aiohttp's
``FileResponse`` (ETag, 304, ranges, sendfile). At start-up every text file gets a gzip copy beside
it (``app.js.gz``), which ``FileResponse`` sends instead to a phone that accepts gzip: the page
loads in about a third of the bytes on a weak Wi-Fi, with no compression work per request.
"""

from __future__ import annotations

import gzip
import logging
import os
import re
import tempfile
from pathlib import Path

from aiohttp import web

from forumdesk.paths import resource

log = logging.getLogger(__name__)

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
# Already compressed formats (png, woff2) gain nothing from gzip.
COMPRESSIBLE = frozenset({".html", ".js", ".mjs", ".css", ".json", ".svg", ".webmanifest", ".txt"})


def content_type(path: Path) -> str:
    return _TYPES.get(path.suffix.lower(), "application/octet-stream")


def precompress(root: Path) -> int:
    """Write ``<file>.gz`` beside every compressible file under ``root`` whose copy is missing or
    stale (a copy carries its original's modification time). Returns how many were written; a
    folder that cannot be written (an installed, read-only copy) is served uncompressed, with
    one line in the log. Also a build step: ``python -m forumdesk.web.static [folder]``."""
    written = 0
    try:
        files = [p for p in root.rglob("*") if p.suffix.lower() in COMPRESSIBLE and p.is_file()]
    except OSError:
        return 0
    for path in files:
        packed = path.with_name(path.name + ".gz")
        try:
            stat = path.stat()
            if packed.is_file() and packed.stat().st_mtime_ns == stat.st_mtime_ns:
                continue
            data = gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)
            fd, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.utime(temporary, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            os.replace(temporary, packed)
            written += 1
        except OSError as exc:
            log.info("the phone page's files are served uncompressed (%s)", type(exc).__name__)
            return written
    return written


class StaticFiles:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

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

    def response(self, name: str) -> web.FileResponse:
        """The file ``name`` (its gzip copy to a phone that accepts it; 304 for a matching
        If-None-Match); HTTPNotFound if there is none."""
        path = self.resolve(name)
        if path is None:
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": content_type(path), "Cache-Control": "no-cache"})

    def body(self, name: str) -> bytes:
        """The file's bytes, for the rare reply that is not a plain file (a page with a 404 status)."""
        path = self.resolve(name)
        if path is None:
            raise web.HTTPNotFound()
        try:
            return path.read_bytes()
        except OSError:
            raise web.HTTPNotFound() from None


_SUBRESOURCE = re.compile(r'<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="(/static/[^"?#]+)"')


def subresources(page: Path) -> list[tuple[str, str]]:
    """The scripts and style sheets a page loads, as (path, "script" or "style"), in its order."""
    try:
        text = page.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    found = []
    for match in _SUBRESOURCE.finditer(text):
        path = match.group(1)
        found.append((path, "style" if path.endswith(".css") else "script"))
    return found


def languages(root: Path) -> list[str]:
    """The phone page's languages: the i18n/<lang>.json files there are."""
    try:
        return sorted(p.stem for p in (root / "i18n").glob("*.json"))
    except OSError:
        return []


def pick_language(accept_language: str, available: list[str], fallback: str = "en") -> str | None:
    """The first of the phone's languages (Accept-Language, in its order) the page has, as the
    page's own script picks it from navigator.languages; else ``fallback`` (the forum's language)
    if the page has it, else English if there is English."""
    for part in accept_language.split(","):
        primary = part.split(";")[0].strip().lower().split("-")[0]
        if primary in available:
            return primary
    for other in (fallback, "en"):
        if other in available:
            return other
    return None


def default_root() -> Path:
    return resource("web")


if __name__ == "__main__":  # the build step: precompress the shipped (or a given) folder
    import sys

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default_root()
    print(f"{precompress(folder)} files compressed in {folder}")
