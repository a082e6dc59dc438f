"""Helpers for the console tests: open a console on a real database and act on it like a user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import TIMEOUT_MS


def open_console(qtbot, services, bridge, forum_id: int, settings, server_factory=None, **kwargs):
    from forumdesk.ui.console import ConsoleWindow

    console = ConsoleWindow(services, bridge, forum_id, settings, server_factory, **kwargs)
    if server_factory is None:  # with a server, the ``windows`` fixture closes it after the server stops
        qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow, timeout=TIMEOUT_MS)
    return console


def go_to(qtbot, console, question_id: int) -> None:
    """Click the question in the console's question list."""
    from ui_helpers import TIMEOUT_MS as wait

    for row in range(console.question_list.count()):
        item = console.question_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == question_id:
            rect = console.question_list.visualItemRect(item)
            qtbot.mouseClick(console.question_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.waitUntil(lambda: console.session.forum.current_question_id == question_id, timeout=wait)
            console.driver.leave_welcome()
            return
    raise AssertionError(f"question {question_id} is not in the list")


def type_into(qtbot, widget, text: str) -> None:
    """Click into ``widget``, select what it holds and type ``text`` (as a user replaces a value)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
