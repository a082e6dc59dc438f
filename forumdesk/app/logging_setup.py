"""Logging: warnings to stderr, everything from INFO up to a rotating file in the user log folder.

Nothing forumdesk logs contains an IP address, a user agent or answer text (see SECURITY.md); the
attendee server's access log is off.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from forumdesk.paths import user_log_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(to_file: bool = True) -> Path | None:
    root = logging.getLogger()
    if getattr(root, "_forumdesk_configured", False):
        return None
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("forumdesk: %(levelname)s: %(message)s"))
    root.addHandler(console)
    logging.getLogger("aiohttp.access").disabled = True  # would log client addresses
    path = None
    if to_file and not os.environ.get("FORUMDESK_NO_LOG_FILE"):
        try:
            folder = user_log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "forumdesk.log"
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
            handler.setFormatter(logging.Formatter(FORMAT))
            root.addHandler(handler)
        except OSError:
            path = None  # a read-only home must not stop the app
    root._forumdesk_configured = True  # type: ignore[attr-defined]
    return path
