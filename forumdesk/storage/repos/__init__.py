"""Reading and writing domain objects: the only place that holds SQL.

Services never see a connection: ``store.repo`` is the calling thread's :class:`Repository` (for
reads and single statements) and ``with store.write() as repo:`` is one inside a write
transaction. Every method raises :class:`~forumdesk.storage.errors.StorageFailure`, never an
``sqlite3`` error.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from forumdesk.storage.errors import failure
from forumdesk.storage.repos._sql import now_iso
from forumdesk.storage.repos.answers import AnswerRepo
from forumdesk.storage.repos.ask import AskRepo
from forumdesk.storage.repos.forums import ForumRepo
from forumdesk.storage.repos.privacy import PrivacyRepo
from forumdesk.storage.repos.room import RoomRepo
from forumdesk.storage.repos.transfer import TransferRepo

_C = TypeVar("_C", bound=type)


def _translated(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            raise failure(exc) from exc

    return call


def _translating(cls: _C) -> _C:
    """Wrap every public method (the class's and its bases') so SQLite errors leave as StorageFailure."""
    seen: set[str] = set()
    for klass in cls.__mro__[:-1]:  # not object
        for name, value in vars(klass).items():
            if name.startswith("_") or name in seen or not callable(value):
                continue
            seen.add(name)
            setattr(cls, name, _translated(value))
    return cls


@_translating
class Repository(ForumRepo, AnswerRepo, RoomRepo, TransferRepo, AskRepo, PrivacyRepo):
    """Every read and write of the domain, on one thread's connection."""


__all__ = ["Repository", "now_iso"]
