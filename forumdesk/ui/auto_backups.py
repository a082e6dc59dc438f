"""Automatic backups while the app runs: a :class:`BackupScheduler` for the open database (a copy
every few minutes while a console's server takes answers, and one when a forum ends), rebuilt when
the facilitator switches to another database file.

The copies are written on the scheduler's own threads; the GUI thread only looks at
``BackupService.last_error`` (an attribute, no disk access) on a timer and says when a copy
could not be written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from forumdesk.services import BackupScheduler, BackupService, Services
from forumdesk.services.backups import DEFAULT_INTERVAL_S

log = logging.getLogger(__name__)

POLL_MS = 2000


class AutoBackups(QObject):
    failed = Signal(str)  # a sentence: the automatic backup could not be written, and where

    def __init__(self, is_running: Callable[[], bool], interval_s: float = DEFAULT_INTERVAL_S,
                 parent: QObject | None = None) -> None:
        """``is_running`` is called on the scheduler's thread: it must only read plain attributes."""
        super().__init__(parent)
        self.is_running = is_running
        self.interval_s = interval_s
        self.scheduler: BackupScheduler | None = None
        self.service: BackupService | None = None
        self._reported: str | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check)

    def start(self, services: Services) -> None:
        """Back up ``services``' database from now on (the previous scheduler must be detached)."""
        if self.scheduler is not None:
            raise RuntimeError("detach or stop the previous backup scheduler first")
        self.service = services.backups
        self._reported = None
        self.scheduler = BackupScheduler(services.backups, services.events, self.is_running, self.interval_s)
        self.scheduler.start()
        self._poll.start()

    def detach(self) -> BackupScheduler | None:
        """Stop watching and hand back the running scheduler, for the caller to stop off the GUI
        thread (``BackupScheduler.stop`` waits for a copy in progress) before closing its database."""
        self.check()
        self._poll.stop()
        scheduler, self.scheduler, self.service = self.scheduler, None, None
        return scheduler

    def stop(self) -> None:
        """Stop now, waiting for a copy in progress (the app is quitting)."""
        scheduler = self.detach()
        if scheduler is not None:
            scheduler.stop()

    def check(self) -> None:
        """Report a failed backup once (and again if a later one fails after a success)."""
        error = self.service.last_error if self.service is not None else None
        if error and error != self._reported:
            log.warning("automatic backup failed: %s", error)
            self.failed.emit(error)
        self._reported = error
