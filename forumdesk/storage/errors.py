"""What went wrong with the database file, in the facilitator's words.

SQLite reports trouble as ``sqlite3.Error`` with an error name (``SQLITE_FULL``...). Only storage
sees those: every repository call and every write transaction turns them into
:class:`StorageFailure`, which carries a :class:`Problem` (full, read-only, busy, I/O, can't open,
corrupt) and sentences the layers above show as they are. The web and UI layers never import
``sqlite3`` (an import-linter contract holds them to it).
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from forumdesk.i18n import N_, LocalizedError, Message, _


class StoreError(LocalizedError):
    """The database file cannot be used. ``str(exc)`` is one sentence for the user, in the
    process-wide language; ``exc.english`` the same in English (forumdesk/i18n.py)."""


class Problem(StrEnum):
    """Why the file cannot be written just now; the value is SQLite's error name prefix."""

    FULL = "SQLITE_FULL"
    READ_ONLY = "SQLITE_READONLY"
    BUSY = "SQLITE_BUSY"
    LOCKED = "SQLITE_LOCKED"
    IO = "SQLITE_IOERR"
    CANT_OPEN = "SQLITE_CANTOPEN"
    CORRUPT = "SQLITE_CORRUPT"

    @property
    def for_answers(self) -> str:
        """For the facilitator while phones are answering (the answers are safe on the phones), in
        the process-wide language."""
        return _(_FOR_ANSWERS[self])

    @property
    def for_change(self) -> str:
        """For the facilitator whose own change (a note, a question...) was not saved."""
        return str(self.change_message)

    @property
    def change_message(self) -> Message:
        return Message(_FOR_CHANGE[self])


# Each sentence whole (not built from parts), so that every language can word it its own way.
_FOR_ANSWERS = {
    Problem.FULL: N_("The disk is full, so answers cannot be saved. Free some space on this computer. Phones keep "
                     "their answers and send them again by themselves once it is fixed."),
    Problem.READ_ONLY: N_("The database file has become read-only, so answers cannot be saved. Make the file or its "
                          "drive writable again. Phones keep their answers and send them again by themselves once "
                          "it is fixed."),
    Problem.BUSY: N_("The database file is locked by another program, so answers cannot be saved. Close that "
                     "program. Phones keep their answers and send them again by themselves once it is fixed."),
    Problem.LOCKED: N_("The database file is locked, so answers cannot be saved. Phones keep their answers and send "
                       "them again by themselves once it is fixed."),
    Problem.IO: N_("The disk reported an error, so answers cannot be saved. Check the drive. Phones keep their "
                   "answers and send them again by themselves once it is fixed."),
    Problem.CANT_OPEN: N_("The database file cannot be opened any more, so answers cannot be saved. Check that its "
                          "drive is still there. Phones keep their answers and send them again by themselves once "
                          "it is fixed."),
    Problem.CORRUPT: N_("The database file is damaged, so answers cannot be saved. Stop the forum and restore a "
                        "backup. Phones keep their answers and send them again by themselves once it is fixed."),
}

_BUSY_CHANGE = N_("The database is busy (another program is using it), so this change was not saved. Try again in "
                  "a moment.")
_FOR_CHANGE = {
    Problem.FULL: N_("The disk is full, so this change was not saved (everything saved before is safe). Free some "
                     "space on this computer and try again."),
    Problem.READ_ONLY: N_("The database file has become read-only, so this change was not saved (everything saved "
                          "before is safe). Use File ▸ Save a backup copy… to write it somewhere writable and open "
                          "that copy, or fix the file's permissions."),
    Problem.BUSY: _BUSY_CHANGE,
    Problem.LOCKED: _BUSY_CHANGE,
    Problem.IO: N_("The disk reported an error, so this change was not saved. Check the drive, save a backup copy, "
                   "then restart forumdesk."),
    Problem.CANT_OPEN: N_("The database file cannot be opened any more, so this change was not saved. Check that "
                          "its drive is still there, then restart forumdesk."),
    Problem.CORRUPT: N_("The database file is damaged, so this change was not saved. Save a backup copy, then "
                        "restore an earlier backup (File ▸ Restore a backup…)."),
}


class StorageFailure(StoreError):
    """SQLite could not read or write the file. ``str(exc)`` is one sentence for the facilitator;
    ``problem`` says why when SQLite named a known cause (None for anything else), ``name`` is
    SQLite's own error name for the logs (never anything the phones sent)."""

    def __init__(self, message: str | Message, problem: Problem | None, name: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.name = name


def classify(exc: BaseException) -> Problem | None:
    """The problem behind ``exc``, or what it was raised from (a failed ROLLBACK after the disk
    filled up is raised from the INSERT that filled it); None when it is not one of them."""
    current: BaseException | None = exc
    for _step in range(8):
        if current is None:
            break
        if isinstance(current, StorageFailure) and current.problem is not None:
            return current.problem
        if isinstance(current, sqlite3.Error):
            name = getattr(current, "sqlite_errorname", "") or ""
            for problem in Problem:
                if name.startswith(problem.value):
                    return problem
        current = current.__cause__ or current.__context__
    return None


def failure(exc: sqlite3.Error) -> StorageFailure:
    """The StorageFailure to raise (``from exc``) for an error SQLite reported."""
    problem = classify(exc)
    name = getattr(exc, "sqlite_errorname", "") or type(exc).__name__
    if problem is not None:
        return StorageFailure(problem.change_message, problem, name)
    message = Message("The database could not be read or written ({reason}). Save a backup copy, then restart "
                      "forumdesk.", reason=exc)
    return StorageFailure(message, None, name)


__all__ = ["Problem", "StoreError", "StorageFailure", "classify", "failure"]
