"""The facilitator's whole path, as a user: prepare a forum from a set, run it with a real
attendee server, and watch phones' answers reach the console and the projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import TIMEOUT_MS, get_results, post_answer

from forumdesk.domain import QuestionKind
from forumdesk.ui.forum_editor import ForumEditor
from forumdesk.ui.main_window import MainWindow
from forumdesk.ui.question_editor import QuestionEditor
from forumdesk.ui.slides import SlideKind

pytestmark = pytest.mark.gui


def prepare_forum(qtbot, services, partner) -> int:
    editor = ForumEditor(services)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT_MS)
    # GIVEN a new forum built from the candidate-pool set
    qtbot.keyClicks(editor.title_edit, "Careers fair debrief")
    editor.partner_combo.setCurrentIndex(editor.partner_combo.findData(partner.id))
    editor.add_set("candidate-pool")
    from_set = [q.prompt for q in services.sets.get("candidate-pool").questions]
    assert editor.question_list.count() == len(from_set)

    # WHEN the second question is moved up with the keyboard
    editor.question_list.setFocus()
    editor.question_list.setCurrentRow(1)
    qtbot.keyClick(editor.question_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    # AND the (new) second question is reworded in the question editor
    form = QuestionEditor(editor.questions()[1])
    qtbot.addWidget(form)
    form.prompt_edit.clear()
    qtbot.keyClicks(form.prompt_edit, "What gets you excited about an offer?")
    editor.replace_question(1, form.question())
    # AND the questions are saved as a set, then the forum is saved
    assert editor.save_as_set("Careers fair questions") is not None
    forum = editor.save()

    # THEN the order, the edit and the set are all stored
    assert forum is not None
    prompts = [q.prompt for q in services.forums.questions(forum.id)]
    assert prompts[0] == from_set[1]
    assert prompts[1] == "What gets you excited about an offer?"
    assert prompts[2:] == from_set[2:]
    saved = services.sets.get("careers-fair-questions")
    assert [q.prompt for q in saved.questions] == prompts
    return forum.id


def test_prepare_and_run_a_forum(qtbot, services, partner, settings, server_factory, windows):
    forum_id = prepare_forum(qtbot, services, partner)
    main = MainWindow(services, settings, server_factory=server_factory)
    windows.append(main)
    main.show()
    main.select_forum(forum_id)

    # WHEN the facilitator runs it and starts the server
    console = main.run_forum()
    qtbot.waitExposed(console)
    projector = console.driver.show_window()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow, timeout=TIMEOUT_MS)
    console.actions["start"].trigger()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    assert console.server_panel.url_label.text() == server.join_url
    assert projector.slide.kind is SlideKind.WELCOME and projector.slide.join_url == server.join_url

    # AND moves from the welcome slide to the first question (a text question) with the keyboard
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Right)
    first = console.session.current_question()
    assert projector.slide.kind is SlideKind.QUESTION and projector.slide.question.id == first.id
    assert first.is_open

    # AND phones answer it over HTTP
    texts = ["Growth", "Fair pay", "A kind manager"]
    for text in texts:
        assert post_answer(server, first.id, text=text)[0] == 201

    # THEN the answers show in the console, newest first, and the count on the projector
    qtbot.waitUntil(lambda: console.filter.rowCount() == 3, timeout=TIMEOUT_MS)
    assert [console.filter.index(r, 0).data() for r in range(3)] == list(reversed(texts))
    qtbot.waitUntil(lambda: projector.slide.answer_count == 3, timeout=TIMEOUT_MS)

    # WHEN results are revealed (R): the projector shows them and phones can fetch them
    assert get_results(server, first.id)[0] != 200
    qtbot.keyClick(console.answer_list, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.RESULTS, timeout=TIMEOUT_MS)
    status, results = get_results(server, first.id)
    assert status == 200 and results["responses"] == 3


def test_moderation_reaches_the_projector(qtbot, services, forum, settings, server_factory, bridge, windows):
    from forumdesk.ui.console import ConsoleWindow

    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.show()
    qtbot.waitExposed(console)
    projector = console.driver.show_window()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow, timeout=TIMEOUT_MS)
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    question = console.session.current_question()
    assert question.kind is QuestionKind.OPEN_TEXT and question.is_open
    for text in ["Show the salary", "Answer every applicant", "Shorter interviews"]:
        assert post_answer(server, question.id, text=text)[0] == 201
    qtbot.waitUntil(lambda: console.filter.rowCount() == 3, timeout=TIMEOUT_MS)
    console.toggle_reveal()
    qtbot.waitUntil(lambda: len(projector.slide.wall) == 3, timeout=TIMEOUT_MS)

    def wall() -> list[str]:
        return [a.content.text for a in projector.slide.wall]

    # WHEN the facilitator hides the newest answer (H)
    console.answer_list.setFocus()
    console.answer_list.select_row(0)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_H)
    # THEN it leaves the projector but stays in the console
    qtbot.waitUntil(lambda: "Shorter interviews" not in wall(), timeout=TIMEOUT_MS)
    assert console.filter.rowCount() == 3

    # WHEN the oldest answer is starred (S) THEN it comes first on the wall
    console.answer_list.select_row(2)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: wall() == ["Show the salary", "Answer every applicant"], timeout=TIMEOUT_MS)

    # WHEN a theme is created and the starred answer tagged with it
    console.themes_panel.entry.setText("Pay transparency")
    qtbot.keyClick(console.themes_panel.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(console.session.themes) == 1, timeout=TIMEOUT_MS)
    console.tag_selected(console.session.themes[0].id)
    qtbot.waitUntil(lambda: console.selected_answer().theme_ids == (console.session.themes[0].id,),
                    timeout=TIMEOUT_MS)

    # WHEN the scribe presses Ctrl+N, types a note and Enter THEN it is stored on the current question
    qtbot.keyClick(console.answer_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert console.notes_panel.note_box.hasFocus()
    qtbot.keyClicks(console.notes_panel.note_box, "Lots of nodding about salaries")
    qtbot.keyClick(console.notes_panel.note_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.notes_panel.notes.count() == 1, timeout=TIMEOUT_MS)
    notes = services.answers.notes(forum.id)
    assert [(n.text, n.question_id) for n in notes] == [("Lots of nodding about salaries", question.id)]

    # WHEN Right (or Space) moves on THEN the projector shows the next question, a choice question
    console.answer_list.setFocus()
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: projector.slide.question is not None and projector.slide.question.kind
                    is QuestionKind.SINGLE_CHOICE, timeout=TIMEOUT_MS)
    choice = console.session.current_question()
    assert projector.slide.kind is SlideKind.QUESTION

    # AND a room count is entered for it (show of hands) and an answer comes from a phone
    console.room_panel.spins[1].setValue(7)
    qtbot.mouseClick(console.room_panel.save_button, Qt.MouseButton.LeftButton)
    assert post_answer(server, choice.id, choices=[1])[0] == 201
    qtbot.waitUntil(lambda: services.answers.room_counts(choice.id) == {1: 7}, timeout=TIMEOUT_MS)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.RESULTS and projector.slide.results is not None
                    and projector.slide.results.choice_counts == [0, 1, 0], timeout=TIMEOUT_MS)
    assert projector.slide.results.room_counts == [0, 7, 0]

    # WHEN B is pressed THEN the projector goes blank; B again brings it back
    qtbot.keyClick(console.answer_list, Qt.Key.Key_B)
    assert projector.slide.kind is SlideKind.BLANK
    qtbot.keyClick(console.answer_list, Qt.Key.Key_B)
    assert projector.slide.kind is SlideKind.RESULTS

    # AND keys pressed while the projector window has the focus (one screen, full screen) work too
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.slide.kind is SlideKind.BLANK
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.slide.kind is SlideKind.RESULTS

    # WHEN Left goes back THEN the first question is current again
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: projector.slide.question.id == question.id, timeout=TIMEOUT_MS)

    # WHEN T starts the timer THEN the projector shows it counting down
    console.toggle_reveal()
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.QUESTION, timeout=TIMEOUT_MS)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_T)
    assert console.driver.timer_running and projector.slide.timer_text.startswith(("2:00", "1:5"))

    # WHEN the server is stopped THEN phones can no longer reach it
    console.actions["stop"].trigger()
    qtbot.waitUntil(lambda: not console.server_panel.running and not console.server_panel.busy,
                    timeout=TIMEOUT_MS)
    assert not server.running
    console.close()
