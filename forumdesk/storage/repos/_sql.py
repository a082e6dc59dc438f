"""Small helpers shared by the repositories: rows as dicts, one row, the server clock."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlite_utils


def now_iso(rounded_to_minute: bool = False) -> str:
    now = datetime.now(UTC)
    if rounded_to_minute:
        now = now.replace(second=0, microsecond=0)
    return now.isoformat(timespec="seconds")


def query_rows(db: sqlite_utils.Database, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
    return list(db.query(sql, params))


def query_one(db: sqlite_utils.Database, sql: str, params: tuple | list = ()) -> dict[str, Any] | None:
    rows = query_rows(db, sql, params)
    return rows[0] if rows else None


class RepoBase:
    """A repository bound to one thread's connection (see ``Store.repo`` and ``Store.write``)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
