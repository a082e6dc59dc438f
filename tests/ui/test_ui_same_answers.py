"""Near-duplicates offered as groups the facilitator accepts (issue 13 item 1): nothing counts
together until the facilitator ticks a group and clicks "Count as the same"; then the console, the
projector wall and ``forumdesk themes --duplicates`` count it once, ×N, while every answer stays
stored as typed. Real database, real Qt offscreen, a real CLI process."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from test_ui_big_room import open_console, rows
from ui_helpers import TIMEOUT_MS

from forumdesk.ui.console_answers import CountRole
from tests.app.test_cli import forumdesk
from tests.rooms import open_text_room

pytestmark = pytest.mark.gui

TEXTS = ["Plus de café", "plus de café !", "plus de cafés", "Plus de café svp", "Parking", "Parkng", "Plant trees"]


@pytest.fixture
def room(services, partner):
    forum, qid = open_text_room(services, partner.id, TEXTS, title="Near", prompt="What would help?")
    services.forums.set_current(forum.id, qid)
    services.forums.set_revealed(qid, True)
    return forum


def count_of(console, text: str) -> int:
    return console.filter.index(rows(console).index(text), 0).data(CountRole)


def test_a_near_duplicate_group_counts_once_only_after_the_facilitator_accepts_it(
        qtbot, services, room, settings, server_factory, bridge, windows, db_path):
    console = open_console(qtbot, services, room, settings, server_factory, bridge, windows)
    console.driver.leave_welcome()
    qid = console.filter.question_id
    # Before: only the exact same answers are one row ("Plus de café" ×2); the plural is its own row
    assert count_of(console, "Plus de café") == 2 and count_of(console, "plus de cafés") == 1

    # WHEN the facilitator asks for near-duplicates (found off the GUI thread)
    console.actions["near_duplicates"].trigger()
    qtbot.waitUntil(lambda: console.themes_helper_ui.last_same is not None, timeout=30_000)
    dialog = console.themes_helper_ui.last_same
    lines = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    coffee = next(r for r, line in enumerate(lines) if "café" in line)
    assert "×2" in lines[coffee] and "Plus de café svp" in lines[coffee]
    assert any("Parkng" in line for line in lines)
    # THEN nothing is counted together yet, and the button waits for a tick
    assert not dialog.accept_button.isEnabled()
    assert count_of(console, "plus de cafés") == 1

    # WHEN they tick the coffee group (Space on the line) and click "Count as the same"
    dialog.list.setFocus()
    dialog.list.setCurrentRow(coffee)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    # THEN the console shows the four coffee answers as one row ×4, and "Parking"/"Parkng" stay apart
    qtbot.waitUntil(lambda: len(rows(console)) == 4, timeout=TIMEOUT_MS)
    coffee_row = next(t for t in rows(console) if "caf" in t)
    assert count_of(console, coffee_row) == 4
    assert "×4" in console.answer_list.itemDelegate().marks(console.filter.index(rows(console).index(coffee_row), 0))
    assert count_of(console, "Parking") == 1 and count_of(console, "Parkng") == 1
    # AND the projector wall counts them once too
    qtbot.waitUntil(lambda: 4 in console.driver.slide_data().wall_counts, timeout=TIMEOUT_MS)
    assert sorted(console.driver.slide_data().wall_counts) == [1, 1, 1, 4]
    # AND the answers are still stored one by one; the decision is kept on its own
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM answers WHERE question_id = ?", (qid,)).fetchone()[0] == len(TEXTS)
    assert conn.execute("SELECT COUNT(*) FROM same_answers WHERE question_id = ?", (qid,)).fetchone()[0] == 2
    conn.close()
    # AND the command line's --duplicates counts them as one group, every visible answer once
    result = forumdesk("themes", "--db", db_path, "--forum", room.id, "--question", 1, "--duplicates")
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)["groups"]
    assert [len(g["answer_ids"]) for g in groups] == [4, 1, 1, 1]
    assert sorted(i for g in groups for i in g["answer_ids"]) == sorted(a.id for a in services.answers.answers(room.id))
    # AND the accepted group is not offered again
    assert all("café" not in " ".join(g.text for g in p)
               for p in console.themes_helper_ui.helper.near_duplicates(room.id, qid))



def test_an_accepted_group_is_counted_apart_again_from_the_console(
        qtbot, services, room, settings, server_factory, bridge, windows, db_path):
    console = open_console(qtbot, services, room, settings, server_factory, bridge, windows)
    console.driver.leave_welcome()
    qid = console.filter.question_id
    coffee = [a.id for a in services.answers.answers(room.id, qid) if "caf" in (a.content.text or "")]
    console.themes_helper_ui.helper.accept_same(room.id, qid, coffee)
    qtbot.waitUntil(lambda: len(rows(console)) == 4, timeout=TIMEOUT_MS)
    # WHEN the facilitator selects "Parking", which no decision of theirs joined, and presses Ctrl+Shift+A
    view = console.answer_list
    view.setFocus()
    view.setCurrentIndex(console.filter.index(rows(console).index("Parking"), 0))
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # THEN the banner says why nothing changed
    qtbot.waitUntil(lambda: console.banner.isVisible(), timeout=TIMEOUT_MS)
    assert "always count once" in console.banner.label.text()
    assert len(rows(console)) == 4
    # WHEN they select the coffee row (×4) and press Ctrl+Shift+A
    coffee_row = next(t for t in rows(console) if "caf" in t)
    view.setCurrentIndex(console.filter.index(rows(console).index(coffee_row), 0))
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # THEN each text is its own row again, and the exact same answers still count once (×2)
    qtbot.waitUntil(lambda: len(rows(console)) == 6, timeout=TIMEOUT_MS)
    assert count_of(console, "plus de cafés") == 1 and count_of(console, "Plus de café svp") == 1
    assert count_of(console, next(t for t in rows(console) if t.lower().startswith("plus de café") and
                                  count_of(console, t) > 1)) == 2
    # AND the wall counts them apart; the decision is gone and every answer is still stored
    qtbot.waitUntil(lambda: sorted(console.driver.slide_data().wall_counts) == [1, 1, 1, 1, 1, 2], timeout=TIMEOUT_MS)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM same_answers").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM answers WHERE question_id = ?", (qid,)).fetchone()[0] == len(TEXTS)
    conn.close()


SIMILAR = ["More buses in the evening", "Buses every ten minutes", "A later last bus", "Rents are too high",
           "Cheaper rents for families", "Plant more trees", "More trees in the park"]


def test_similar_answers_are_selected_together_to_tag_them_at_once(qtbot, services, partner, settings,
                                                                   server_factory, bridge, windows):
    forum, _ = open_text_room(services, partner.id, SIMILAR, title="Similar")
    console = open_console(qtbot, services, forum, settings, server_factory, bridge, windows)
    view, model = console.answer_list, console.filter
    # WHEN the facilitator selects "More buses in the evening" and presses M (similar answers)
    view.setFocus()
    view.setCurrentIndex(model.index(rows(console).index("More buses in the evening"), 0))
    qtbot.keyClick(view, Qt.Key.Key_M)
    # THEN the other bus answers are selected with it (found off the GUI thread), and nothing else
    def selected() -> set[str]:
        return {index.data() for index in view.selectionModel().selectedIndexes()}
    qtbot.waitUntil(lambda: len(selected()) > 1, timeout=30_000)
    assert selected() == {"More buses in the evening", "Buses every ten minutes", "A later last bus"}


def test_a_cloud_counts_once_what_the_facilitator_counted_as_the_same(qtbot, services, partner, settings,
                                                                      server_factory, bridge, windows, tmp_path):
    from pypdf import PdfReader

    from forumdesk.domain import Pace, Question, QuestionKind
    from forumdesk.report import export_forum
    from forumdesk.services import Submission

    # GIVEN a short-words question: "Busy!" is "busy" already; "diversity"/"diversité" are not
    forum = services.forums.create_forum("Cloud", partner.id, pace=Pace.SELF, questions=[
        Question(kind=QuestionKind.SHORT_WORDS, prompt="One word for your team?", max_length=40)])
    services.forums.start_forum(forum.id)
    qid = services.forums.questions(forum.id)[0].id
    texts = ["busy", "Busy!", "busy", "diversity", "diversity", "diversité", "fun"]
    services.answers.submit_many([Submission(forum.id, qid, f"s{n}", {"text": t}, f"p{n}") for n, t in enumerate(texts)])
    services.forums.set_current(forum.id, qid)
    services.forums.set_revealed(qid, True)
    console = open_console(qtbot, services, forum, settings, server_factory, bridge, windows)
    console.driver.leave_welcome()
    cloud = lambda: console.driver.slide_data().results.words  # noqa: E731 - what the projector draws
    qtbot.waitUntil(lambda: console.driver.slide_data().results is not None, timeout=TIMEOUT_MS)
    assert cloud() == [("busy", 3), ("diversity", 2), ("diversité", 1), ("fun", 1)]
    # WHEN the facilitator ticks the diversity group in "Near-duplicates" and counts it as the same
    console.actions["near_duplicates"].trigger()
    qtbot.waitUntil(lambda: console.themes_helper_ui.last_same is not None, timeout=30_000)
    dialog = console.themes_helper_ui.last_same
    lines = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    dialog.list.setFocus()
    dialog.list.setCurrentRow(next(r for r, line in enumerate(lines) if "diversit" in line))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    # THEN the projector's cloud has one word for the three, as the dialog promised
    qtbot.waitUntil(lambda: cloud() == [("busy", 3), ("diversity", 3), ("fun", 1)], timeout=TIMEOUT_MS)
    # AND so does the recap's word chart
    export_forum(services, forum.id, pdf=tmp_path / "recap.pdf")
    recap = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "recap.pdf").pages)
    assert "Times each word was given: busy: 3, diversity: 3, and fun: 1." in recap
    assert "diversité" not in recap
