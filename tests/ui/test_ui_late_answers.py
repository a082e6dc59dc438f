"""The console says when answers arrived late (issue 12, item 2): phones that were offline send
their answers after the facilitator moved on; they are kept, and the question shows
"2 late answers" in the console's question list and heading."""

from __future__ import annotations

import pytest
from ui_helpers import TIMEOUT_MS, post_answer

from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.forum_editor import ForumEditor

pytestmark = pytest.mark.gui


def test_the_console_shows_how_many_answers_came_late(qtbot, services, forum, settings, server_factory, bridge,
                                                        windows):
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.show()
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    first = console.session.current_question()
    assert post_answer(server, first.id, text="On time")[0] == 201

    # WHEN the facilitator moves on, and then two phones that were offline send their answers
    console.actions["next"].trigger()  # Question ▸ Next question: from the welcome slide to question 1
    console.actions["next"].trigger()  # and on to question 2
    qtbot.waitUntil(lambda: not services.forums.question(first.id).is_open, timeout=TIMEOUT_MS)
    assert post_answer(server, first.id, text="Written in the lift")[0] == 201
    assert post_answer(server, first.id, text="Written in the basement")[0] == 201

    # THEN the question list counts them as late
    item = console.question_list.item(0)
    qtbot.waitUntil(lambda: "2 late answers" in item.text(), timeout=TIMEOUT_MS)
    assert "3 answers · 2 late answers" in item.text()
    # AND back on that question, the heading says so too
    console.actions["prev"].trigger()
    qtbot.waitUntil(lambda: console.session.current_question().id == first.id, timeout=TIMEOUT_MS)
    assert "3 answers · 2 late answers" in console.controls.heading.text()
    # AND an answer that came in time is not counted
    assert "late" not in console.question_list.item(1).text()


def test_the_forum_editor_sets_how_long_late_answers_are_taken(qtbot, services, forum):
    editor = ForumEditor(services, forum.id)
    qtbot.addWidget(editor)
    assert editor.late_spin.value() == 10  # the default
    # WHEN the facilitator types 3 in the field and saves
    editor.late_spin.lineEdit().selectAll()
    qtbot.keyClicks(editor.late_spin.lineEdit(), "3")
    assert editor.save() is not None
    # THEN the forum takes late answers for 3 minutes, and the editor shows it next time
    assert services.forums.forum(forum.id).late_grace_minutes == 3
    again = ForumEditor(services, forum.id)
    qtbot.addWidget(again)
    assert again.late_spin.value() == 3


def test_the_forum_editor_lets_attendees_change_their_votes(qtbot, services, forum):
    # Issue 18 item 2: the setting is off by default; ticking it and saving turns it on.
    from PySide6.QtCore import Qt

    editor = ForumEditor(services, forum.id)
    qtbot.addWidget(editor)
    assert not editor.changeable_check.isChecked()
    qtbot.mouseClick(editor.changeable_check, Qt.MouseButton.LeftButton)
    assert editor.save() is not None
    assert services.forums.forum(forum.id).changeable_votes is True
    again = ForumEditor(services, forum.id)
    qtbot.addWidget(again)
    assert again.changeable_check.isChecked()
