"""Where forumdesk finds its shipped resources and keeps its user data.

Every layer may use this module; it has no dependencies beyond the standard library and
platformdirs. Resources are located relative to this file (or the frozen bundle), never the
current working directory.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "forumdesk"
DB_FILENAME = "forumdesk.sqlite"


@cache
def resources_dir() -> Path:
    """The folder holding question sets, the phone page, fonts and icons.

    Looked up in order: a PyInstaller bundle (``sys._MEIPASS``), the installed wheel
    (``forumdesk/resources`` inside the package) and the source tree or editable install
    (``resources/`` next to the package).
    """
    here = Path(__file__).resolve().parent
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "forumdesk" / "resources")
        candidates.append(Path(frozen) / "resources")
    candidates.append(here / "resources")
    candidates.append(here.parent / "resources")
    for candidate in candidates:
        if (candidate / "question_sets").is_dir():
            return candidate
    raise FileNotFoundError("forumdesk's resources folder is missing from this installation")


def resource(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. ``resource("web", "index.html")``."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / DB_FILENAME
