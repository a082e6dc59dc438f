"""Opening the one SQLite file that holds everything, safely, with a connection per thread.

A file that is not SQLite, is damaged, or was written by a newer forumdesk is refused before
anything is written to it, so it stays byte-for-byte as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from forumdesk.storage.errors import StorageFailure, StoreError, failure
from forumdesk.storage.migrations import LATEST_VERSION, migrate, user_version
from forumdesk.storage.repos import Repository

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def check_existing_file(path: Path) -> None:
    """Refuse, without writing anything, a file that forumdesk must not open."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise StoreError("{path} cannot be read: permission denied.", path=path) from exc
    except OSError as exc:
        raise StoreError("{path} cannot be read: {reason}.", path=path, reason=exc.strerror) from exc
    if not header:
        return  # an empty file is an empty database
    if header != SQLITE_HEADER:
        raise StoreError("{path} is not a forumdesk database (it is not an SQLite file); it was left untouched.", path=path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError("{path} cannot be opened: {reason}.", path=path, reason=exc) from exc
    try:
        version = user_version(conn)
        if version > LATEST_VERSION:
            raise StoreError(
                "{path} was written by a newer version of forumdesk (data format {version}; this "
                "version reads up to {latest}). Update forumdesk to open it; the file was left untouched.",
                path=path, version=version, latest=LATEST_VERSION,
            )
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise StoreError("{path} is damaged ({result}); it was left untouched.", path=path, result=result)
    except sqlite3.DatabaseError as exc:
        raise StoreError("{path} is damaged or is not a forumdesk database ({reason}); it was left untouched.", path=path, reason=exc) from exc
    finally:
        conn.close()


def check_db_path(path: Path) -> None:
    """Raise StoreError unless ``path`` is a usable database file or a place to create one."""
    if path.is_dir():
        raise StoreError("{path} is a folder, not a database file.", path=path)
    if path.exists():
        check_existing_file(path)
        if not os.access(path, os.W_OK):
            raise StoreError("{path} is read-only; copy it somewhere writable or change its permissions.", path=path)
        return
    parent = path.parent
    if not parent.is_dir():
        raise StoreError("Cannot create {path}: the folder {parent} does not exist.", path=path, parent=parent)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise StoreError("Cannot create {path}: the folder {parent} is not writable.", path=path, parent=parent)


class Store:
    """The database file, with one SQLite connection per thread that uses it.

    Use :meth:`open`; then ``store.repo`` (the calling thread's :class:`Repository`) for reads
    and ``with store.write() as repo:`` for writes. Both raise StorageFailure, never an sqlite3
    error. ``store.db`` and ``store.transaction()`` hand out the raw sqlite_utils handle: for
    storage itself and for tests that provoke SQLite errors.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Store:
        path = Path(path).expanduser()
        check_db_path(path)
        is_new = not path.exists()
        store = cls(path)
        try:
            migrate(store.db)
        except sqlite3.Error as exc:
            store.close()
            if is_new:
                raise StoreError("Cannot create {path}: {reason}.", path=path, reason=exc) from exc
            raise StoreError("{path} could not be prepared: {reason}.", path=path, reason=exc) from exc
        return store

    def _connect(self) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves so a transaction is exactly as
        # long as we mean it to be.
        conn = sqlite3.connect(
            self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        with self._lock:
            self._all.append(conn)
        return conn

    @property
    def db(self) -> sqlite_utils.Database:
        """The calling thread's database handle."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite_utils.Database(self._connect())
            self._local.db = db
        return db

    @property
    def repo(self) -> Repository:
        """The calling thread's repository, outside any explicit transaction (reads, single writes)."""
        repo = getattr(self._local, "repo", None)
        if repo is None:
            repo = self._local.repo = Repository(self.db)
        return repo

    @contextmanager
    def write(self) -> Iterator[Repository]:
        """A write transaction on the calling thread's repository; committed (and synced to disk)
        when the block ends without error, rolled back otherwise. SQLite's errors (also from BEGIN
        and COMMIT) leave as StorageFailure."""
        try:
            with self.transaction():
                yield self.repo
        except StorageFailure:
            raise
        except sqlite3.Error as exc:
            raise failure(exc) from exc

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """A write transaction on the raw handle; committed (and synced to disk) when the block
        ends without error. Raises sqlite3 errors as they are (see :meth:`write`)."""
        db = self.db
        conn = db.conn
        if conn.in_transaction:
            # A ROLLBACK that failed last time (see below) left one open: end it before beginning.
            _rollback(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
            conn.execute("COMMIT")
        except BaseException:
            # After some errors (disk full, I/O error) SQLite has already rolled back; and a failed
            # COMMIT can leave the transaction open. A ROLLBACK that fails must not hide the real error.
            if conn.in_transaction:
                _rollback(conn)
            raise

    def close(self) -> None:
        """Close every thread's connection (call once, when the app stops)."""
        with self._lock:
            connections, self._all = self._all, []
        for conn in connections:
            try:
                conn.close()
            except sqlite3.Error:  # pragma: no cover - closing is best effort
                log.warning("a database connection did not close cleanly")
        self._local = threading.local()

    def backup_to(self, target: str | os.PathLike[str]) -> None:
        """Write a consistent copy of the whole database to ``target`` (SQLite backup API)."""
        try:
            dest = sqlite3.connect(target)
            try:
                self.db.conn.backup(dest)
            finally:
                dest.close()
        except sqlite3.Error as exc:
            raise failure(exc) from exc


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        log.warning("a rollback failed (%s); it is tried again before the next write",
                    getattr(exc, "sqlite_errorname", "") or type(exc).__name__)


__all__ = ["LATEST_VERSION", "Repository", "StorageFailure", "Store", "StoreError", "check_db_path", "check_existing_file"]
