"""Issue 12 item 7 (console side): ending a forum says so and offers the export; taking answers
again in an ended forum is asked first."""

from __future__ import annotations

import pytest
from console_helpers import open_console
from PySide6.QtCore import Qt
from ui_helpers import TIMEOUT_MS, answer_next_dialog, post_answer

from forumdesk.domain import ForumState
from forumdesk.report import export_forum
from forumdesk.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def test_ending_offers_export_and_reopening_asks(qtbot, services, forum, settings, server_factory, bridge, windows):
    console = open_console(qtbot, services, bridge, forum.id, settings, server_factory, exporter=export_forum)
    windows.append(console)
    console.actions["start"].trigger()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    question = console.session.current_question()
    assert post_answer(console.server_panel.server, question.id, text="More feedback after interviews")[0] == 201
    assert console.banner.isHidden()

    # WHEN the facilitator ends the forum (and confirms)
    asked = answer_next_dialog("Yes")
    console.actions["end"].trigger()
    qtbot.waitUntil(lambda: not console.server_panel.running and not console.server_panel.busy, timeout=TIMEOUT_MS)
    assert asked  # it asked before ending

    # THEN the console says it ended and offers the export
    assert services.forums.forum(forum.id).state is ForumState.ENDED
    qtbot.waitUntil(lambda: console.banner.isVisible(), timeout=TIMEOUT_MS)
    assert "ended" in console.banner.label.text()
    assert console.banner.button.isVisible() and console.banner.button.text() == "Export the recap…"
    # WHEN Export is clicked THEN the export dialog opens for this forum
    qtbot.mouseClick(console.banner.button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in console.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].forum_id == forum.id
    dialogs[0].reject()

    # WHEN "Start taking answers" is chosen on the ended forum THEN it asks first; No keeps it ended
    asked = answer_next_dialog("No")
    console.actions["start"].trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT_MS)
    assert "ended" in asked[0]
    assert not console.server_panel.running and not console.server_panel.busy
    assert services.forums.forum(forum.id).state is ForumState.ENDED
    # AND opening a question (O) asks too; No keeps it closed
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow, timeout=TIMEOUT_MS)
    asked = answer_next_dialog("No")
    console.answer_list.setFocus()
    qtbot.keyClick(console.answer_list, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT_MS)
    assert not services.forums.question(question.id).is_open

    # WHEN the facilitator confirms THEN the forum runs again and the banner goes
    answer_next_dialog("Yes")
    console.server_panel.start_button.click()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: services.forums.forum(forum.id).state is ForumState.RUNNING, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: console.banner.isHidden() or "ended" not in console.banner.label.text(),
                    timeout=TIMEOUT_MS)
