"""Turning failures into sentences the facilitator can act on, and a banner to show them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from forumdesk.services import ServiceError
from forumdesk.storage import StoreError
from forumdesk.ui.language import tr

log = logging.getLogger(__name__)


def explain(exc: BaseException) -> str:
    """One or two sentences: what happened and what to do. Storage's failures (StorageFailure,
    a StoreError) already carry their sentence for the facilitator."""
    if isinstance(exc, ServiceError | StoreError):
        return str(exc)
    if isinstance(exc, OSError):
        return tr("{problem}. Check the disk and the file's permissions, then try again.").format(
            problem=exc.strerror or exc)
    return tr("Something went wrong: {problem}").format(problem=exc)


def run_guarded(parent: QWidget | None, action: Callable[[], Any], on_error: Callable[[str], None] | None = None) -> Any:
    """Run a quick service call; on failure show why (dialog, or ``on_error``) and return None."""
    try:
        return action()
    except (ServiceError, StoreError, OSError) as exc:
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
        self.dismiss_button = QPushButton(tr("Dismiss"))
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
