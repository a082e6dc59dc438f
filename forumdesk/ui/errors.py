"""Turning failures into sentences the facilitator can act on, and a banner to show them."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from forumdesk.services import ServiceError
from forumdesk.storage import StoreError

log = logging.getLogger(__name__)


def is_read_only(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError | StoreError) and ("readonly" in text or "read-only" in text)


def explain(exc: BaseException) -> str:
    """One or two sentences: what happened and what to do."""
    if isinstance(exc, ServiceError | StoreError) and not is_read_only(exc):
        return str(exc)
    if is_read_only(exc):
        return ("The database file has become read-only, so this change was not saved (everything saved before is "
                "safe). Use File ▸ Save a backup copy… to write it somewhere writable and open that copy, or fix the "
                "file's permissions.")
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc).lower():
        return "The database is busy (another program is using it). Try again in a moment."
    if isinstance(exc, sqlite3.Error):
        return f"The database could not be written ({exc}). Save a backup copy, then restart forumdesk."
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}. Check the disk and the file's permissions, then try again."
    return f"Something went wrong: {exc}"


def run_guarded(parent: QWidget | None, action: Callable[[], Any], on_error: Callable[[str], None] | None = None) -> Any:
    """Run a quick service call; on failure show why (dialog, or ``on_error``) and return None."""
    try:
        return action()
    except (ServiceError, StoreError, sqlite3.Error, OSError) as exc:
        log.warning("action failed: %s", exc)
        message = explain(exc)
        window = parent.window() if parent is not None else None
        if on_error is not None:
            on_error(message)
        elif window is not None and hasattr(window, "show_problem"):
            window.show_problem(message, "error")  # a banner: the console is never blocked by a dialog
        else:
            QMessageBox.warning(parent, "forumdesk", message)
        return None


class Banner(QFrame):
    """A coloured strip at the top of a window: what happened, what to do, an optional button."""

    action_clicked = Signal()

    STYLES = {
        "error": "background:#fde8e8; color:#7f1d1d; border:1px solid #f5b5b5;",
        "warning": "background:#fff4d6; color:#713f12; border:1px solid #f3d58a;",
        "info": "background:#e5efff; color:#1e3a8a; border:1px solid #b8cff8;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.action_clicked)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.clicked.connect(self.hide)
        self.lasting: str | None = None  # the problem shown until it clears (no Dismiss button)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_message(self, text: str, level: str = "warning", action: str = "") -> None:
        self.lasting = None
        self.dismiss_button.show()
        self.setStyleSheet(f"#banner {{{self.STYLES.get(level, '')} border-radius:6px;}}")
        self.label.setText(text)
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.show()

    def set_lasting(self, problem: str, cleared: str = "") -> None:
        """Show ``problem`` as an error that stays (it cannot be dismissed) for as long as it lasts;
        called again with the same text, nothing changes (so it can be called on every poll, and
        comes back if another message replaced it). An empty ``problem`` ends it: ``cleared`` is
        shown instead (as information), or the banner hides."""
        if problem:
            if problem != self.lasting or self.isHidden():
                self.show_message(problem, "error")
                self.lasting = problem
                self.dismiss_button.hide()
        elif cleared:
            self.show_message(cleared, "info")
        elif self.lasting is not None:
            self.lasting = None
            self.hide()
