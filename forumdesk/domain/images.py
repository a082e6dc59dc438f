"""The image a content slide may show (issue 18 item 3): a file the facilitator chose, checked here
and copied into the database, so the slide is shown offline and moves with the forum.

An image is known by the SHA-256 of its bytes: two slides showing the same file share one copy,
and the hash is its version for the phones' caches. Only the formats every phone and Qt read
are taken, recognised by their first bytes (never by the file's name).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from forumdesk.i18n import LocalizedError

MAX_IMAGE_BYTES = 5 * 1024 * 1024

# (media type, what the file starts with); WebP is RIFF....WEBP, checked apart.
_SIGNATURES = (
    ("image/png", b"\x89PNG\r\n\x1a\n"),
    ("image/jpeg", b"\xff\xd8\xff"),
    ("image/gif", b"GIF87a"),
    ("image/gif", b"GIF89a"),
)
MEDIA_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


class InvalidImage(LocalizedError, ValueError):
    """A file that cannot be a slide's image. ``str(exc)`` is a sentence for the facilitator, in the
    process-wide language; ``exc.text`` the message to carry on (forumdesk/i18n.py)."""


@dataclass(frozen=True)
class SlideImage:
    media_type: str
    data: bytes = b""
    sha256: str = ""

    @classmethod
    def from_bytes(cls, data: bytes, size: int | None = None) -> SlideImage:
        """The image in ``data``, or InvalidImage saying why not (``size``: the whole file's, when
        only its beginning was read)."""
        return cls(check_image(data, size), bytes(data), hashlib.sha256(data).hexdigest())


def media_type_of(data: bytes) -> str | None:
    """The image format ``data`` starts with (PNG, JPEG, GIF or WebP), or None."""
    for media_type, start in _SIGNATURES:
        if data.startswith(start):
            return media_type
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def check_image(data: bytes, size: int | None = None) -> str:
    """The media type of an acceptable image; raises InvalidImage with a sentence otherwise."""
    if not data:
        raise InvalidImage("The file is empty.")
    if len(data) > MAX_IMAGE_BYTES:
        megabytes = max(size or 0, len(data)) / (1024 * 1024)
        raise InvalidImage("The image is {size} MB; a slide's image can be at most {limit} MB. Save a smaller "
                           "copy and choose it again.", size=round(megabytes, 1),
                           limit=MAX_IMAGE_BYTES // (1024 * 1024))
    media_type = media_type_of(data)
    if media_type is None:
        raise InvalidImage("This file is not a PNG, JPEG, GIF or WebP image.")
    return media_type
