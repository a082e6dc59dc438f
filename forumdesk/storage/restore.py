"""Putting a backup copy back in place of the database file, without losing the current one."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from forumdesk.storage.db import Store, StoreError, check_existing_file
from forumdesk.storage.errors import failure


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace ``db_path`` with the contents of ``backup``.

    The backup is checked first, read-only (a damaged, foreign or newer file is refused and
    nothing changes; the backup itself is never modified). The current database, if any, is
    first copied aside as ``<name>-before-restore-<time>.sqlite`` and that path is returned. A copy
    from an older version is migrated after it is in place. Close every connection to
    ``db_path`` before calling this.
    """
    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise StoreError("{backup} does not exist.", backup=backup)
    check_existing_file(backup)
    kept = None
    if db_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}.sqlite")
        current = Store.open(db_path)
        try:
            current.backup_to(kept)
        finally:
            current.close()
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(db_path)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise failure(exc) from exc
    Store.open(db_path).close()  # brings a copy from an older version up to date
    return kept
