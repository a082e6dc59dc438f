"""Settings remembered between runs (QSettings): recent database files, the projector's screen,
the projector theme, the app's language and window geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    def __init__(self, path: str | Path | None = None) -> None:
        """``path``: an INI file to use instead of the platform's settings store (tests, portable use)."""
        if path is None:
            self._qs = QSettings("forumdesk", "forumdesk")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default):
        value = self._qs.value(key, default)
        return default if value is None else value

    # recent database files, most recent first
    def recent_files(self) -> list[str]:
        value = self._get("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value]

    def add_recent_file(self, path: str | Path) -> None:
        path = str(Path(path).expanduser().resolve())
        recent = [p for p in self.recent_files() if p != path]
        self._qs.setValue("files/recent", [path, *recent][:MAX_RECENT])

    @property
    def projector_screen(self) -> str:
        return str(self._get("projector/screen", ""))

    @projector_screen.setter
    def projector_screen(self, name: str) -> None:
        self._qs.setValue("projector/screen", name)

    @property
    def theme(self) -> str:
        return str(self._get("projector/theme", "light"))

    @theme.setter
    def theme(self, name: str) -> None:
        self._qs.setValue("projector/theme", name)

    @property
    def timer_seconds(self) -> int:
        return int(self._get("console/timer_seconds", 120))

    @timer_seconds.setter
    def timer_seconds(self, seconds: int) -> None:
        self._qs.setValue("console/timer_seconds", int(seconds))

    @property
    def erase_reminder_days(self) -> int:
        """Remind at start-up of forums older than this that still hold typed texts; 0: never."""
        return int(self._get("privacy/erase_reminder_days", 90))

    @erase_reminder_days.setter
    def erase_reminder_days(self, days: int) -> None:
        self._qs.setValue("privacy/erase_reminder_days", max(0, int(days)))

    @property
    def language(self) -> str:
        """The app's language picked in Settings ▸ Language ("": follow the system)."""
        return str(self._get("app/language", ""))

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("app/language", code)

    def geometry(self, window: str) -> QByteArray | None:
        value = self._qs.value(f"windows/{window}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, window: str, data: QByteArray) -> None:
        self._qs.setValue(f"windows/{window}", data)

    def sync(self) -> None:
        self._qs.sync()
