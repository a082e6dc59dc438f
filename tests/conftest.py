"""Shared test set-up: Qt offscreen, a fresh database file per test, and (on request) no Qt at all."""

from __future__ import annotations

import importlib.abc
import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if os.environ.get("FORUMDESK_BLOCK_QT"):

    class _BlockQt(importlib.abc.MetaPathFinder):
        """Make PySide6 unimportable, to prove the layers below the UI do not need it."""

        def find_spec(self, fullname, path=None, target=None):
            if fullname.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{fullname} is blocked for this test run")
            return None

    sys.meta_path.insert(0, _BlockQt())


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "forumdesk.sqlite"


@pytest.fixture
def services(db_path):
    from forumdesk.services import Services

    svc = Services.open(db_path)
    yield svc
    svc.close()


@pytest.fixture
def partner(services):
    return services.forums.create_partner("Riverside University")

