"""The SQLite file: opening it safely, migrating it, and reading and writing domain objects."""

from forumdesk.storage.db import LATEST_VERSION, Store, StoreError

__all__ = ["LATEST_VERSION", "Store", "StoreError"]
