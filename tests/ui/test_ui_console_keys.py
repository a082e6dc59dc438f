"""Issue 12 item 13: Esc always returns to the presenter keys; the timer box does not swallow
Right/Space; Ctrl+T puts the cursor in the theme entry; tagging has keys (1-9)."""

from __future__ import annotations

import pytest
from console_helpers import open_console, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import TIMEOUT_MS

from forumdesk.services import Submission

pytestmark = pytest.mark.gui


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the keyboard: it goes to whatever has the focus."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_esc_returns_to_presenter_keys_from_every_entry(qtbot, services, forum, settings, bridge):
    services.forums.start_forum(forum.id)
    console = open_console(qtbot, services, bridge, forum.id, settings)
    questions = services.forums.questions(forum.id)
    console.driver.leave_welcome()
    console.answer_list.setFocus()

    def current() -> int:
        return console.session.forum.current_question_id

    # WHEN the scribe presses Ctrl+N, types a note and Enter, then Esc
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert console.notes_panel.note_box.hasFocus()
    qtbot.keyClicks(console.notes_panel.note_box, "Nods all round")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(console.session.notes) == 1, timeout=TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_Escape)
    # THEN the note box no longer has the cursor and Right moves to the next question
    assert not console.notes_panel.note_box.hasFocus()
    press(qtbot, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: current() == questions[1].id, timeout=TIMEOUT_MS)

    # WHEN the facilitator types a timer length THEN Space and Right still move on, Left goes back
    type_into(qtbot, console.timer_spin, "45")
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: current() == questions[2].id, timeout=TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: current() == questions[3].id, timeout=TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: current() == questions[2].id, timeout=TIMEOUT_MS)
    assert console.timer_spin.value() == 45
    # AND Esc leaves the timer box too
    press(qtbot, Qt.Key.Key_Escape)
    assert not console.timer_spin.hasFocus()

    # WHEN a room count box has the cursor (Ctrl+R) THEN Esc leaves it too
    press(qtbot, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: current() == questions[1].id, timeout=TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert console.room_panel.spins[0].hasFocus()
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: current() == questions[0].id, timeout=TIMEOUT_MS)


def test_ctrl_t_focuses_the_theme_entry_and_digits_tag(qtbot, services, forum, settings, bridge):
    services.forums.start_forum(forum.id)
    first = services.forums.questions(forum.id)[0]
    services.answers.submit(Submission(forum.id, first.id, "s-1", {"text": "Publish the salary bands"}))
    console = open_console(qtbot, services, bridge, forum.id, settings)
    qtbot.waitUntil(lambda: console.filter.rowCount() == 1, timeout=TIMEOUT_MS)
    console.answer_list.setFocus()

    # WHEN Ctrl+T is pressed THEN the theme entry has the cursor; two themes are typed
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert console.themes_panel.entry.hasFocus()
    for name in ("Pay", "Workload"):
        qtbot.keyClicks(console.themes_panel.entry, name)
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(console.session.themes) == 2, timeout=TIMEOUT_MS)
    assert not console.driver.timer_running  # the T went to the entry's shortcut, not the timer

    # WHEN Esc, an answer is selected and 2 is pressed THEN it is tagged with the second theme
    press(qtbot, Qt.Key.Key_Escape)
    console.answer_list.select_row(0)
    press(qtbot, Qt.Key.Key_2)
    workload = console.session.themes[1]
    assert workload.name == "Workload"
    qtbot.waitUntil(lambda: services.answers.answers(forum.id)[0].theme_ids == (workload.id,), timeout=TIMEOUT_MS)
    # AND 2 again untags it
    press(qtbot, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: services.answers.answers(forum.id)[0].theme_ids == (), timeout=TIMEOUT_MS)
