"""The console at scale (issue 13 items 1 and 2): same answers once with ×N while every copy stays
stored, compact rows, search as you type, filters, multi-select with bulk hide and star, keyboard
tagging and theme counts. Real database, real Qt offscreen, keys and clicks like a user."""

from __future__ import annotations

import re
import sqlite3

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from ui_helpers import TIMEOUT_MS

from forumdesk.report import export_forum
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.console_answers import AnswerRole, CountRole
from forumdesk.ui.console_undo import MergeThemes
from forumdesk.ui.slides import SlideKind
from tests.rooms import open_text_room

pytestmark = pytest.mark.gui

TEXTS = ["More buses!", "more buses", "MORE  BUSES", "Parking near the market", "Plant trees", "Cheaper rent"]


@pytest.fixture
def room(services, partner):
    return open_text_room(services, partner.id, TEXTS, title="Big room")[0]


def rows(console) -> list[str]:
    return [console.filter.index(r, 0).data() for r in range(console.filter.rowCount())]


def open_console(qtbot, services, room, settings, server_factory, bridge, windows):
    console = ConsoleWindow(services, bridge, room.id, settings, server_factory)
    windows.append(console)
    console.resize(1366, 768)
    console.show()
    qtbot.waitExposed(console)
    console.activateWindow()  # the window's shortcuts (H, S, 1-9) need it active
    qtbot.waitUntil(console.isActiveWindow, timeout=TIMEOUT_MS)
    console.filter.set_question(services.forums.questions(room.id)[0].id)
    return console


def test_same_answers_show_once_with_their_count_and_stay_stored(qtbot, services, room, settings, server_factory,
                                                                 bridge, windows, db_path, tmp_path):
    console = open_console(qtbot, services, room, settings, server_factory, bridge, windows)
    # THEN the three "more buses" are one row, ×3, in words that are not the capitals that came
    # last; every copy is still its own row in the database
    assert sorted(rows(console)) == sorted(["More buses!", "Parking near the market", "Plant trees", "Cheaper rent"])
    buses = console.filter.index(rows(console).index("More buses!"), 0)
    assert buses.data(CountRole) == 3
    assert "×3" in console.answer_list.itemDelegate().marks(buses)
    # AND the projector's wall and the recap show that group in the same words
    services.forums.set_revealed(services.forums.questions(room.id)[0].id, True)
    console.driver.leave_welcome()
    qtbot.waitUntil(lambda: console.driver.slide_data().kind is SlideKind.RESULTS, timeout=TIMEOUT_MS)
    slide = console.driver.slide_data()
    assert (slide.wall[0].content.text, slide.wall_counts[0]) == ("More buses!", 3)
    export_forum(services, room.id, pdf=tmp_path / "recap.pdf")
    recap = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(tmp_path / "recap.pdf").pages)
    assert "More buses! ×3" in recap and "MORE" not in recap
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM answers WHERE forum_id = ?", (room.id,)).fetchone()[0] == 6
    conn.close()
    # WHEN the facilitator lists copies one by one THEN all six are there, without ×N
    qtbot.mouseClick(console.filter_bar.collapse, Qt.MouseButton.LeftButton)
    assert len(rows(console)) == 6
    assert "×" not in console.answer_list.itemDelegate().marks(console.filter.index(0, 0))
    # AND at 1366×768 the compact rows show at least 20 answers at a time
    row_height = console.answer_list.sizeHintForRow(0)
    assert console.answer_list.viewport().height() // row_height >= 20


def test_search_filters_bulk_actions_and_keyboard_tagging(qtbot, services, room, settings, server_factory, bridge,
                                                          windows):
    console = open_console(qtbot, services, room, settings, server_factory, bridge, windows)
    # WHEN the facilitator types in the search box (any case, no accents needed)
    qtbot.keyClicks(console.filter_bar.search, "BUS")
    qtbot.waitUntil(lambda: rows(console) == ["More buses!"], timeout=TIMEOUT_MS)
    console.filter_bar.search.clear()
    qtbot.waitUntil(lambda: len(rows(console)) == 4, timeout=TIMEOUT_MS)

    # WHEN two rows are selected (one of them standing for three copies) and H is pressed
    console.answer_list.setFocus()
    view, model = console.answer_list, console.filter
    buses_row = rows(console).index("More buses!")
    trees_row = rows(console).index("Plant trees")
    view.selectionModel().setCurrentIndex(model.index(buses_row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.selectionModel().select(model.index(trees_row, 0), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_H)
    # THEN all four answers are hidden (every copy of the repeated one)
    qid = console.filter.question_id
    qtbot.waitUntil(lambda: sum(a.hidden for a in services.answers.answers(room.id, qid)) == 4, timeout=TIMEOUT_MS)
    hidden = {a.content.text for a in services.answers.answers(room.id, qid) if a.hidden}
    assert hidden == {"More buses!", "more buses", "MORE  BUSES", "Plant trees"}
    # AND the two rows stay selected, so H again shows all four again, and a third H hides them again
    assert len(view.selectionModel().selectedRows()) == 2
    for hidden_after in (0, 4):
        qtbot.keyClick(view, Qt.Key.Key_H)
        qtbot.waitUntil(lambda n=hidden_after: sum(a.hidden for a in services.answers.answers(room.id, qid)) == n,
                        timeout=TIMEOUT_MS)
    # AND with every row selected, H follows the current answer (hidden: show all) and stays on all
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select every row
    for hidden_after in (0, 6, 0):
        qtbot.keyClick(view, Qt.Key.Key_H)
        qtbot.waitUntil(lambda n=hidden_after: sum(a.hidden for a in services.answers.answers(room.id, qid)) == n,
                        timeout=TIMEOUT_MS)
    view.selectionModel().setCurrentIndex(model.index(rows(console).index("More buses!"), 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.selectionModel().select(model.index(rows(console).index("Plant trees"), 0),
                                 QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: sum(a.hidden for a in services.answers.answers(room.id, qid)) == 4, timeout=TIMEOUT_MS)

    # WHEN "Hidden" is ticked THEN only hidden answers are listed, same answers still once (×3)
    qtbot.mouseClick(console.filter_bar.boxes["hidden"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(console)) == 2, timeout=TIMEOUT_MS)
    assert all(model.index(r, 0).data(AnswerRole).hidden for r in range(2))
    buses = model.index(rows(console).index("More buses!"), 0)
    assert "×3" in console.answer_list.itemDelegate().marks(buses)
    # AND unticking "Same answers once" lists each copy, as the facilitator may want to show one again
    qtbot.mouseClick(console.filter_bar.collapse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(console)) == 4, timeout=TIMEOUT_MS)
    assert all(model.index(r, 0).data(AnswerRole).hidden for r in range(4))
    qtbot.mouseClick(console.filter_bar.collapse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.filter_bar.boxes["hidden"], Qt.MouseButton.LeftButton)

    # WHEN a theme exists and the facilitator selects two answers and presses 1 (keyboard tagging)
    theme = services.answers.create_theme(room.id, "Housing")
    qtbot.waitUntil(lambda: console.filter_bar.theme.count() == 2, timeout=TIMEOUT_MS)
    rent_row, parking_row = rows(console).index("Cheaper rent"), rows(console).index("Parking near the market")
    view.selectionModel().setCurrentIndex(model.index(rent_row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.selectionModel().select(model.index(parking_row, 0), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: sum(theme.id in a.theme_ids for a in services.answers.answers(room.id, qid)) == 2,
                    timeout=TIMEOUT_MS)
    # THEN the theme picker counts them, and choosing the theme lists exactly them
    qtbot.waitUntil(lambda: console.filter_bar.theme.itemText(1) == "Housing (2)", timeout=TIMEOUT_MS)
    console.filter_bar.theme.setCurrentIndex(1)
    assert sorted(rows(console)) == ["Cheaper rent", "Parking near the market"]
    # AND "Untagged" with "Starred" narrows further: star one untagged answer with S, then filter
    console.filter_bar.theme.setCurrentIndex(0)
    qtbot.mouseClick(console.filter_bar.boxes["untagged"], Qt.MouseButton.LeftButton)
    assert sorted(rows(console)) == ["More buses!", "Plant trees"]
    view.selectionModel().setCurrentIndex(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    starred_text = rows(console)[0]
    qtbot.keyClick(view, Qt.Key.Key_S)
    qtbot.mouseClick(console.filter_bar.boxes["starred"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(console) == [starred_text], timeout=TIMEOUT_MS)


def test_bulk_hide_star_tag_and_accepted_suggestions_are_undone_with_ctrl_z(qtbot, services, room, settings,
                                                                           server_factory, bridge, windows):
    console = open_console(qtbot, services, room, settings, server_factory, bridge, windows)
    qid = console.filter.question_id
    view, model = console.answer_list, console.filter
    view.setFocus()

    def state(flag: str) -> set[str]:
        return {a.content.text for a in services.answers.answers(room.id, qid) if getattr(a, flag)}

    # GIVEN "Plant trees" is already starred; WHEN it and the ×3 row are selected and S is pressed
    trees = next(a for a in services.answers.answers(room.id, qid) if a.content.text == "Plant trees")
    services.answers.set_starred(trees.id, True)
    view.selectionModel().setCurrentIndex(model.index(rows(console).index("More buses!"), 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.selectionModel().select(model.index(rows(console).index("Plant trees"), 0),
                                 QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert state("starred") == {"More buses!", "more buses", "MORE  BUSES", "Plant trees"}
    # THEN Ctrl+Z takes the three new stars back and leaves the star that was there before
    assert console.undo_stack.undoText() == "Star the answers"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state("starred") == {"Plant trees"}
    # WHEN they are hidden, then tagged with key 1, each is one step back
    qtbot.keyClick(view, Qt.Key.Key_H)
    theme = services.answers.create_theme(room.id, "Transport")
    qtbot.waitUntil(lambda: len(console.session.themes) == 1, timeout=TIMEOUT_MS)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert {a.content.text for a in services.answers.answers(room.id, qid) if theme.id in a.theme_ids} == state("hidden")
    assert len(state("hidden")) == 4
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not any(a.theme_ids for a in services.answers.answers(room.id, qid)) and len(state("hidden")) == 4
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state("hidden") == set()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(state("hidden")) == 4  # and redo hides them again

    # WHEN suggested themes are accepted (one new, one the existing "Transport") THEN one Ctrl+Z
    # removes the new theme and untags what was tagged, and the existing theme stays
    ids = {a.content.text: a.id for a in services.answers.answers(room.id, qid)}
    console.themes_helper_ui.tag_by_name({"Housing": [ids["Cheaper rent"]], "transport": [ids["Parking near the market"]]})
    assert sorted(t.name for t in services.answers.themes(room.id)) == ["Housing", "Transport"]
    assert console.undo_stack.undoText() == "Tag the suggested themes"
    # (and the new theme is then merged into "Transport" in the Themes panel, as a next step)
    themes = {t.name: t for t in services.answers.themes(room.id)}
    console.undo_stack.push(MergeThemes(services, console, themes["Housing"], themes["Transport"]))
    assert [t.name for t in services.answers.themes(room.id)] == ["Transport"]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the merge
    assert sorted(t.name for t in services.answers.themes(room.id)) == ["Housing", "Transport"]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the suggestions
    assert [t.name for t in services.answers.themes(room.id)] == ["Transport"]
    assert not any(a.theme_ids for a in services.answers.answers(room.id, qid))


THEMED = ["More buses in the evening", "more buses in the evening", "Buses every ten minutes", "A later last bus",
          "Rents are too high", "Cheaper rents for families", "Affordable housing", "Plant more trees",
          "More trees in the park", "Green spaces for children"]


@pytest.fixture
def themed_room(services, partner):
    forum, qid = open_text_room(services, partner.id, THEMED, title="Themes")
    services.forums.set_current(forum.id, qid)
    return forum, qid


def test_theme_suggestions_are_tagged_only_once_accepted_and_the_rest_follows_examples(
        qtbot, services, themed_room, settings, server_factory, bridge, windows):
    forum, qid = themed_room
    console = open_console(qtbot, services, forum, settings, server_factory, bridge, windows)
    console.driver.leave_welcome()
    # WHEN the facilitator asks for theme suggestions (they are computed off the GUI thread)
    console.actions["suggest_themes"].trigger()
    qtbot.waitUntil(lambda: console.themes_helper_ui.last_dialog is not None, timeout=30_000)
    dialog = console.themes_helper_ui.last_dialog
    assert services.answers.themes(forum.id) == []  # nothing tagged before the facilitator says so
    # AND each proposed theme's line says how many answers it holds
    from forumdesk.ui.console_themes import CountRole
    assert [dialog.list.item(r).data(CountRole) for r in range(dialog.list.count())] == [
        len(g.answer_ids) for g in dialog.groups]
    # AND choosing a line shows up to three of its answers, each a member of that group, to name it by
    texts = {a.id: a.content.text for a in services.answers.answers(forum.id, qid)}
    for row, group in enumerate(dialog.groups):
        dialog.list.setCurrentRow(row)
        quoted = dialog.summary.text().split(": ", 1)[1].split("  ·  ")
        assert 1 <= len(quoted) <= 3 and len(quoted) == min(3, len({texts[i].lower() for i in group.answer_ids}))
        assert {q.strip("“”") for q in quoted} <= {texts[i] for i in group.answer_ids}
    # AND renames the first to "Transport", gives the second the same name (merge), rejects the rest
    for row in range(dialog.list.count()):
        item = dialog.list.item(row)
        if row < 2:
            item.setText("Transport")
        else:
            item.setCheckState(Qt.CheckState.Unchecked)
    groups = dialog.groups
    dialog.accept()
    # THEN one theme "Transport" holds exactly the answers of the two accepted groups
    themes = services.answers.themes(forum.id)
    assert [t.name for t in themes] == ["Transport"]
    tagged = sorted(a.id for a in services.answers.answers(forum.id, qid) if themes[0].id in a.theme_ids)
    assert tagged == sorted(groups[0].answer_ids + groups[1].answer_ids)

    # WHEN every answer is untagged, then three examples per theme are tagged and "the rest" is asked for
    for answer in services.answers.answers(forum.id, qid):
        services.answers.tag(answer.id, themes[0].id, False)
    housing = services.answers.create_theme(forum.id, "Housing")
    by_text = {a.content.text: a.id for a in services.answers.answers(forum.id, qid)}
    for text in THEMED[2:4] + THEMED[0:1]:
        services.answers.tag(by_text[text], themes[0].id)
    for text in THEMED[4:7]:
        services.answers.tag(by_text[text], housing.id)
    qtbot.waitUntil(lambda: not console.themes_helper_ui.busy, timeout=TIMEOUT_MS)
    console.actions["suggest_rest"].trigger()
    qtbot.waitUntil(lambda: console.themes_helper_ui.last_box is not None, timeout=30_000)
    helper = console.themes_helper_ui
    box = helper.last_box
    assert "4 untagged answers" in box.text()
    # AND each theme's line says how many of its answers are among the surer half (two in all)
    per_theme = re.findall(r"^(Transport|Housing): (\d+) \((\d+) surer\)$", box.text(), re.M)
    assert sum(int(n) for _, n, _ in per_theme) == 4 and sum(int(s) for _, _, s in per_theme) == 2
    assert helper.surer_button.text() == "Tag the surer 2" and helper.all_button.text() == "Tag all 4"
    assert box.defaultButton() is helper.surer_button
    untagged = {a.id for a in services.answers.answers(forum.id, qid) if not a.theme_ids}
    # WHEN the facilitator tags only the surer half
    qtbot.mouseClick(helper.surer_button, Qt.MouseButton.LeftButton)
    # THEN two of the four are tagged, the copy of an example among them with its theme, and two
    # stay untagged for the facilitator to check
    def now():
        return {a.id: a.theme_ids for a in services.answers.answers(forum.id, qid) if a.id in untagged}
    qtbot.waitUntil(lambda: sum(bool(t) for t in now().values()) == 2, timeout=TIMEOUT_MS)
    assert list(now()[by_text["more buses in the evening"]]) == [themes[0].id]
    # WHEN that is undone and "the rest" asked for again, and this time all are tagged
    console.undo_stack.undo()
    assert not any(now().values())
    console.actions["suggest_rest"].trigger()
    qtbot.waitUntil(lambda: helper.last_box is not None, timeout=30_000)
    qtbot.mouseClick(helper.all_button, Qt.MouseButton.LeftButton)
    # THEN every untagged answer got one of the two themes
    qtbot.waitUntil(lambda: all(a.theme_ids for a in services.answers.answers(forum.id, qid)), timeout=TIMEOUT_MS)


def test_a_theme_picked_still_shows_same_answers_once_counting_the_copies_it_holds(
        qtbot, services, room, settings, server_factory, bridge, windows):
    # Picking a theme once listed each tagged copy with "×3" beside it: three rows that read as nine
    console = open_console(qtbot, services, room, settings, server_factory, bridge, windows)
    qid = console.filter.question_id
    transport = services.answers.create_theme(room.id, "Transport")
    buses = [a for a in services.answers.answers(room.id, qid) if a.content.text.lower().split() == ["more", "buses"]
             or a.content.text == "More buses!"]
    assert len(buses) == 3
    for answer in buses[:2]:  # GIVEN two of the three copies tagged
        services.answers.tag(answer.id, transport.id)
    qtbot.waitUntil(lambda: console.filter_bar.theme.count() == 2, timeout=TIMEOUT_MS)
    # WHEN the facilitator picks the theme THEN one row stands for the two copies it holds: ×2
    console.filter_bar.theme.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(rows(console)) == 1, timeout=TIMEOUT_MS)
    row = console.filter.index(0, 0)
    assert "×2" in console.answer_list.itemDelegate().marks(row)
    # WHEN the third copy is tagged too THEN the row counts three
    services.answers.tag(buses[2].id, transport.id)
    qtbot.waitUntil(lambda: "×3" in console.answer_list.itemDelegate().marks(console.filter.index(0, 0)),
                    timeout=TIMEOUT_MS)
    assert len(rows(console)) == 1
    # AND H on that row hides the three copies it stands for, and nothing else
    view = console.answer_list
    view.setFocus()
    view.selectionModel().setCurrentIndex(console.filter.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: sum(a.hidden for a in services.answers.answers(room.id, qid)) == 3, timeout=TIMEOUT_MS)
    assert {a.id for a in services.answers.answers(room.id, qid) if a.hidden} == {a.id for a in buses}
