"""Live privacy as the facilitator sees it (issue 14): answers posted by phones over HTTP reach the
projector's wall masked (unless the facilitator kept them) and, in a review-first forum, only once
approved with Y; the console says when someone is voting repeatedly (one address refused many
votes, web/votes.py), without saying which address."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from ui_helpers import TIMEOUT_MS, every_kind, get_results, http, post_answer

from forumdesk.domain import kinds
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.slides import paint_slide
from forumdesk.ui.slides.common import LayoutPainter
from forumdesk.ui.theme import LIGHT

pytestmark = pytest.mark.gui


def test_the_console_says_when_someone_votes_repeatedly(qtbot, services, forum, settings, server_factory, bridge,
                                                         windows):
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.show()
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    vote = next(q for q in console.session.questions if kinds.of(q.kind).one_answer_per_phone)
    services.forums.set_current(forum.id, vote.id)
    number = console.session.index_of(vote.id) + 1
    payload = {"choices": [0]} if vote.choices else {"rating": vote.scale.min}
    # WHEN a script on one address votes 30 times, a new client id each time
    statuses = [post_answer(server, vote.id, **payload)[0] for _ in range(30)]
    assert statuses.count(201) == 3 and statuses.count(429) == 27
    # THEN the banner tells the facilitator, with the question and without any address
    qtbot.waitUntil(lambda: "voting repeatedly" in console.banner.label.text(), timeout=TIMEOUT_MS)
    text = console.banner.label.text()
    assert console.banner.isVisibleTo(console)
    assert f"on question {number}" in text and "127.0.0" not in text


def drawn_texts(projector) -> str:
    """Every text the projector's current slide draws, as the painter sees it (not pixels)."""
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    painter = LayoutPainter(image)
    try:
        paint_slide(painter, image.rect().toRectF(), LIGHT, projector.slide)
    finally:
        painter.end()
    return "\n".join(box.text for box in painter.boxes)


def run_console(qtbot, services, forum_id, settings, server_factory, bridge, windows):
    console = ConsoleWindow(services, bridge, forum_id, settings, server_factory)
    windows.append(console)
    console.show()
    qtbot.waitExposed(console)
    projector = console.driver.show_window()
    console.activateWindow()  # the keys act in the console, where the facilitator types them
    qtbot.waitUntil(console.isActiveWindow, timeout=TIMEOUT_MS)
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    return console, projector, console.server_panel.server


CONTACTS = ["Write to jane.doe@example.com about mentoring", "Mentoring, call me on 06 12 34 56 78",
            "More mentoring"]


def test_the_wall_and_the_phones_results_never_show_contact_details(qtbot, services, forum, settings,
                                                                      server_factory, bridge, windows):
    console, projector, server = run_console(qtbot, services, forum.id, settings, server_factory, bridge, windows)
    question = console.session.current_question()
    for text in CONTACTS:
        assert post_answer(server, question.id, text=text)[0] == 201
    qtbot.waitUntil(lambda: console.filter.rowCount() == 3, timeout=TIMEOUT_MS)
    console.toggle_reveal()
    qtbot.waitUntil(lambda: len(projector.slide.wall) == 3, timeout=TIMEOUT_MS)
    # THEN the wall shows the answers with their contact details masked
    drawn = drawn_texts(projector)
    assert "[email removed]" in drawn and "[phone removed]" in drawn and "More mentoring" in drawn
    assert "jane.doe" not in drawn and "56 78" not in drawn
    # AND the console (the facilitator's own view) still has the full text
    assert console.filter.index(2, 0).data() == CONTACTS[0]
    # AND the phones' results count mentoring once per answer and no fragment of a contact
    status, results = get_results(server, question.id)
    words = dict(results["words"])
    assert status == 200 and words["mentoring"] == 3
    assert not {"jane", "doe", "example", "com"} & set(words)
    # WHEN the facilitator keeps the e-mail address of that answer THEN the wall shows it
    kept = next(a for a in console.session.answers(question.id) if "jane" in a.content.text)
    services.answers.set_keep_contact(kept.id, True)
    qtbot.waitUntil(lambda: "jane.doe@example.com" in drawn_texts(projector), timeout=TIMEOUT_MS)


def test_review_first_answers_reach_the_room_once_approved(qtbot, services, partner, settings, server_factory,
                                                           bridge, windows):
    forum = services.forums.create_forum("Moderated", partner.id, questions=every_kind(), review_first=True)
    console, projector, server = run_console(qtbot, services, forum.id, settings, server_factory, bridge, windows)
    question = console.session.current_question()
    for text in ["Show the salary", "Answer every applicant", "Shorter interviews"]:
        assert post_answer(server, question.id, text=text)[0] == 201
    qtbot.waitUntil(lambda: console.filter.rowCount() == 3, timeout=TIMEOUT_MS)
    # THEN the console counts them as waiting, and neither the wall nor the phones see them
    assert "3 waiting for review" in console.controls.heading.text()
    assert "3 waiting for review" in console.question_list.item(0).text()
    console.toggle_reveal()
    qtbot.waitUntil(lambda: get_results(server, question.id)[0] == 200, timeout=TIMEOUT_MS)
    assert get_results(server, question.id)[1]["responses"] == 0 and projector.slide.wall == []

    # WHEN the facilitator approves the newest (Y) and hides the next one (H)
    console.answer_list.setFocus()
    console.answer_list.select_row(0)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: len(projector.slide.wall) == 1, timeout=TIMEOUT_MS)
    console.answer_list.select_row(1)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: "1 waiting for review" in console.controls.heading.text(), timeout=TIMEOUT_MS)
    # THEN only the approved answer is on the wall and in the phones' results
    assert [a.content.text for a in projector.slide.wall] == ["Shorter interviews"]
    assert "Shorter interviews" in drawn_texts(projector)
    results = get_results(server, question.id)[1]
    assert results["responses"] == 1 and dict(results["words"]) == {"shorter": 1, "interviews": 1}
    # AND the state phones receive follows (revealed results are pushed at most every 2 s)
    qtbot.waitUntil(lambda: state_results(server, question.id)["responses"] == 1, timeout=TIMEOUT_MS)
    assert state_results(server, question.id)["words"] == results["words"]


def state_results(server, question_id: int) -> dict:
    state = http("GET", f"http://127.0.0.1:{server.port}/api/f/{server.code}/state")[1]
    return next(q for q in state["questions"] if q["id"] == question_id)["results"]


def test_the_forum_editor_turns_review_first_on(qtbot, services, forum):
    from forumdesk.ui.forum_editor import ForumEditor

    editor = ForumEditor(services, forum.id)
    qtbot.addWidget(editor)
    assert not editor.review_check.isChecked()
    editor.show()
    editor.review_check.setFocus()
    qtbot.keyClick(editor.review_check, Qt.Key.Key_Space)  # as a user ticks it from the keyboard
    assert editor.save() is not None
    assert services.forums.forum(forum.id).review_first
    again = ForumEditor(services, forum.id)
    qtbot.addWidget(again)
    assert again.review_check.isChecked()


def test_the_reviews_decision_per_detail_reaches_the_wall(qtbot, services, forum, settings, server_factory, bridge,
                                                          windows):
    # The Export dialog's review stores one decision per detail (services.privacy); the wall follows it.
    console, projector, server = run_console(qtbot, services, forum.id, settings, server_factory, bridge, windows)
    question = console.session.current_question()
    both = "Mail jane.doe@example.com or call 06 12 34 56 78"
    assert post_answer(server, question.id, text=both)[0] == 201
    qtbot.waitUntil(lambda: console.filter.rowCount() == 1, timeout=TIMEOUT_MS)
    console.toggle_reveal()
    qtbot.waitUntil(lambda: len(projector.slide.wall) == 1, timeout=TIMEOUT_MS)
    assert "Mail [email removed] or call [phone removed]" in drawn_texts(projector)
    # WHEN the facilitator keeps only the e-mail address in the review
    email = next(f for f in services.privacy.findings(forum.id) if f.kind.value == "email")
    services.privacy.set_kept(forum.id, email.key, True)
    # THEN the wall shows it, and the phone number stays masked
    qtbot.waitUntil(lambda: "jane.doe@example.com or call [phone removed]" in drawn_texts(projector),
                    timeout=TIMEOUT_MS)
    # WHEN they mask it again THEN it is gone from the wall
    services.privacy.set_kept(forum.id, email.key, False)
    qtbot.waitUntil(lambda: "jane.doe" not in drawn_texts(projector), timeout=TIMEOUT_MS)
