"""Automatic copies of the database: every few minutes while a forum runs, and when one ends.

Copies are made with SQLite's backup API (consistent even while answers arrive), kept in
rotation in a backups folder next to the database, and can be restored with
:func:`forumdesk.storage.restore.restore_backup`.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.storage import Store

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 300
DEFAULT_KEEP = 24


def interval_from_env() -> float:
    """Seconds between automatic backups: FORUMDESK_BACKUP_INTERVAL_S when it is a positive number,
    else the default (used by the app and by ``forumdesk serve`` alike)."""
    try:
        seconds = float(os.environ.get("FORUMDESK_BACKUP_INTERVAL_S", DEFAULT_INTERVAL_S))
    except ValueError:
        return DEFAULT_INTERVAL_S
    return seconds if seconds > 0 else DEFAULT_INTERVAL_S


class BackupService:
    def __init__(self, store: Store, folder: Path | None = None, keep: int = DEFAULT_KEEP) -> None:
        self.store = store
        self.folder = folder or store.path.parent / "backups"
        self.keep = keep
        self._lock = threading.Lock()
        self.last_error: str | None = None

    def backups(self) -> list[Path]:
        """Existing copies of this database (not of another one with a longer name), newest first."""
        if not self.folder.is_dir():
            return []
        own = re.compile(re.escape(self.store.path.stem) + r"-\d{8}-\d{6}-\d{6}-[a-z-]+\.sqlite")
        return sorted((p for p in self.folder.iterdir() if own.fullmatch(p.name)), key=lambda p: p.name,
                      reverse=True)

    def backup_now(self, reason: str = "auto") -> Path | None:
        """Write a copy now and drop the oldest beyond ``keep``. Returns the copy, or None (and
        remembers ``last_error``) when it could not be written — a failed backup never stops a forum."""
        with self._lock:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            target = self.folder / f"{self.store.path.stem}-{stamp}-{reason}.sqlite"
            partial = target.with_suffix(".partial")
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self.store.backup_to(partial)
                partial.replace(target)
            except Exception as exc:  # disk full, read-only folder, ...
                try:
                    partial.unlink(missing_ok=True)
                except OSError:
                    pass
                self.last_error = f"The automatic backup could not be written to {self.folder}: {exc}."
                log.warning("backup failed: %s", exc)
                return None
            self.last_error = None
            for old in self.backups()[self.keep :]:
                old.unlink(missing_ok=True)
            return target


class BackupScheduler:
    """Runs :meth:`BackupService.backup_now` every ``interval_s`` while ``is_running()`` says a forum
    runs, and once each time a forum ends. Start it once; stop it when the app or server stops."""

    def __init__(
        self,
        service: BackupService,
        events: EventBus,
        is_running: Callable[[], bool],
        interval_s: float = DEFAULT_INTERVAL_S,
    ) -> None:
        self.service = service
        self.interval_s = interval_s
        self.is_running = is_running
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._copies: list[threading.Thread] = []
        self._unsubscribe = events.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        if event.kind is EventKind.FORUM_ENDED:
            # Off the publisher's thread: a backup of a large file must not delay the caller.
            copy = threading.Thread(target=self.service.backup_now, args=("forum-ended",), daemon=True)
            self._copies = [t for t in self._copies if t.is_alive()] + [copy]
            copy.start()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="forumdesk-backups", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            if self.is_running():
                self.service.backup_now("auto")

    def stop(self) -> None:
        """Stop, after any copy in progress has finished (so the database can be closed safely)."""
        self._unsubscribe()
        self._stop.set()
        for thread in [self._thread, *self._copies]:
            if thread is not None:
                thread.join(timeout=30)
        self._thread, self._copies = None, []
