"""Issue 12 item 12: the timer is seen by phones, and closes the question at zero when the
facilitator ticked "Close at zero"."""

from __future__ import annotations

import pytest
from console_helpers import open_console, type_into
from PySide6.QtCore import Qt
from ui_helpers import TIMEOUT_MS, http, post_answer

pytestmark = pytest.mark.gui


def phone_state(server) -> dict:
    status, state = http("GET", f"http://127.0.0.1:{server.port}/api/f/{server.code}/state")
    assert status == 200
    return state


def test_the_timer_reaches_phones_and_closes_the_question_at_zero(qtbot, services, forum, settings, server_factory,
                                                                   bridge, windows):
    services.forums.start_forum(forum.id)
    console = open_console(qtbot, services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    question = console.session.current_question()
    assert question.is_open and phone_state(server)["timer"] is None

    # WHEN the facilitator sets a 5-second timer, ticks "Close at zero" and presses T
    type_into(qtbot, console.timer_spin, "5")
    qtbot.keyClick(console.timer_spin, Qt.Key.Key_Escape)  # back to the presenter keys
    qtbot.mouseClick(console.controls.timer_closes, Qt.MouseButton.LeftButton)
    assert console.controls.timer_closes.isChecked()
    qtbot.keyClick(console.answer_list, Qt.Key.Key_T)

    # THEN phones see a running timer that closes the question, ending about 5 s from the server's now
    qtbot.waitUntil(lambda: phone_state(server)["timer"] is not None, timeout=TIMEOUT_MS)
    timer = phone_state(server)["timer"]
    assert timer["closes"] is True
    assert 0 < timer["ends_at_ms"] - timer["now_ms"] <= 5_000
    # AND the console and the projector count down
    assert console.driver.timer_running and console.controls.timer_label.text().startswith("0:0")

    # WHEN it reaches zero THEN the question closes: in the database, in the console, for phones
    qtbot.waitUntil(lambda: not services.forums.question(question.id).is_open, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not console.session.current_question().is_open, timeout=TIMEOUT_MS)
    state = phone_state(server)
    assert state["timer"] is None and state["questions"][0]["open"] is False
    # (an answer sent now is taken as late, within the grace period for phones that were offline)
    assert post_answer(server, question.id, text="Too late")[0] == 201
    qtbot.waitUntil(lambda: len(services.answers.answers(forum.id)) == 1, timeout=TIMEOUT_MS)
    assert services.answers.answers(forum.id)[0].late
    assert console.controls.timer_label.text() == "0:00" and not console.driver.timer_running


def test_a_timer_without_close_at_zero_leaves_the_question_open(qtbot, services, forum, settings, server_factory,
                                                               bridge, windows):
    services.forums.start_forum(forum.id)
    console = open_console(qtbot, services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    question = console.session.current_question()
    type_into(qtbot, console.timer_spin, "5")
    qtbot.keyClick(console.timer_spin, Qt.Key.Key_Escape)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_T)
    assert services.timers.state_view(forum.id, question.id)["closes"] is False
    # WHEN it is paused (T) THEN phones no longer see it counting
    qtbot.keyClick(console.answer_list, Qt.Key.Key_T)
    assert services.timers.state_view(forum.id, question.id) is None and not console.driver.timer_running
    # WHEN it resumes and reaches zero THEN the question stays open
    qtbot.keyClick(console.answer_list, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: console.controls.timer_label.text() == "0:00", timeout=TIMEOUT_MS)
    assert services.forums.question(question.id).is_open
