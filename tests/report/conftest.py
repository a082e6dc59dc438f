"""Fixtures for the report tests."""

from __future__ import annotations

import pytest
from report_helpers import RichForum, build_rich_forum


@pytest.fixture
def rich_forum(services) -> RichForum:
    return build_rich_forum(services)
