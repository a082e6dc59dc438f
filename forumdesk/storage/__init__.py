"""The SQLite file: opening it safely, migrating it, and reading and writing domain objects.

Only this package talks SQL or sees an ``sqlite3`` error (an import-linter contract says so).
"""

from forumdesk.storage.db import LATEST_VERSION, Store
from forumdesk.storage.errors import Problem, StorageFailure, StoreError, classify
from forumdesk.storage.repos import Repository, now_iso

__all__ = [
    "LATEST_VERSION",
    "Problem",
    "Repository",
    "StorageFailure",
    "Store",
    "StoreError",
    "classify",
    "now_iso",
]
