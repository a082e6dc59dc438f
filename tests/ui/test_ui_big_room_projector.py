"""The projector at scale (issue 13 item 5): the wall pages through every visible answer (same
answers once, ×N) with the true count; the spotlight shows one answer whole; the themes slide
shows each theme with its count and one answer. Real database, console and projector offscreen,
keys like the facilitator's; slides read back with the layout recorder."""

from __future__ import annotations

import pytest
from console_helpers import open_console
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from test_slides_layout import SCREENS, problems, stage
from ui_helpers import TIMEOUT_MS

from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.slides import SlideData, SlideKind, paint_slide, wall
from forumdesk.ui.slides.common import LayoutPainter
from forumdesk.ui.theme import LIGHT
from tests.rooms import open_text_room

pytestmark = pytest.mark.gui

LONG = (("The evening buses stop at nine, so anyone who works a late shift at the hospital or the supermarket "
        "walks home along the ring road in the dark, and that is why so few of us come to meetings like this one. ") * 4).strip()


def drawn(data: SlideData, width: int = 1920, height: int = 1080) -> list[str]:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    painter = LayoutPainter(image)
    try:
        paint_slide(painter, stage(width, height), LIGHT, data)
    finally:
        painter.end()
    return [box.text for box in painter.boxes if box.px]


@pytest.fixture
def big_room(services, partner):
    texts = [f"Idea number {n}: more evening events in the north of town" for n in range(280)]
    texts += ["More buses"] * 12 + ["more buses!"] * 8 + [LONG]
    forum, qid = open_text_room(services, partner.id, texts, title="Big room",
                                prompt="What would make you come back?", max_length=1000)
    hidden = next(a for a in services.answers.answers(forum.id, qid) if a.content.text.startswith("Idea number 0:"))
    services.answers.set_hidden(hidden.id, True)
    services.forums.set_revealed(qid, True)
    return forum, qid, len(texts) - 1


@pytest.fixture
def console(qtbot, services, big_room, settings, server_factory, bridge, windows):
    """The big room's console, open and active, the projector past the welcome slide."""
    opened = open_console(qtbot, services, bridge, big_room[0].id, settings, server_factory)
    windows.append(opened)  # closed after the server stops
    opened.driver.leave_welcome()
    return opened


def test_the_wall_pages_through_every_visible_answer_once_with_the_true_count(qtbot, big_room, console):
    _, _, visible = big_room
    console.answer_list.setFocus()
    data = console.driver.slide_data()
    assert data.kind is SlideKind.RESULTS
    # THEN the wall holds every visible answer once: 279 ideas + one "More buses" ×20 + the long one
    assert len(data.wall) == visible - 19 and sum(data.wall_counts) == visible
    top = data.wall[0]
    assert top.content.text.lower().startswith("more buses") and data.wall_counts[0] == 20
    texts = drawn(data)
    assert "×20" in texts
    assert any(f"{visible} answers" in t for t in texts)  # the true count, not a capped one
    page_line = next(t for t in texts if " · page 1 of " in t)
    pages = int(page_line.rsplit(" ", 1)[1])
    assert pages > 1
    # WHEN the facilitator presses "]" through every page THEN every answer is shown exactly once
    seen: list[str] = []
    for page in range(pages):
        data = console.driver.slide_data()
        assert data.wall_page == page
        page_texts = drawn(data)
        assert any(f" · page {page + 1} of {pages}" in t for t in page_texts)
        seen += [a.content.text for a in data.wall if any(t.rstrip("…") and a.content.text.startswith(t.rstrip("…"))
                                                        for t in page_texts)]
        qtbot.keyClick(console.answer_list, Qt.Key.Key_N)  # N (or "]"): the next page
    assert sorted(seen) == sorted(a.content.text for a in data.wall)
    # AND after the last page comes the first again
    assert " · page 1 of " in next(t for t in drawn(console.driver.slide_data()) if " · page " in t)
    # AND the page starts agree with the painter (pure function of the box)
    box_pages = wall.pages(data.wall, data.wall_counts, stage(1920, 1080).adjusted(90, 300, -90, -116), 1.0)
    assert box_pages[0] == 0


def test_spotlight_shows_a_long_answer_whole_and_themes_slide_counts(qtbot, services, big_room, console):
    forum, qid, _ = big_room
    console.filter.set_question(qid)
    view, model = console.answer_list, console.filter
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == LONG)
    view.setFocus()
    view.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    # WHEN the facilitator presses L on the long answer THEN the projector shows it whole
    qtbot.keyClick(view, Qt.Key.Key_L)
    data = console.driver.slide_data()
    assert data.kind is SlideKind.SPOTLIGHT and data.spotlight == LONG
    assert LONG.strip() in " ".join(drawn(data))  # not cut
    for width, height in SCREENS:
        assert problems(data, width, height) == []
    qtbot.keyClick(view, Qt.Key.Key_L)  # the same key goes back
    assert console.driver.slide_data().kind is SlideKind.RESULTS

    # WHEN two themes are tagged and the themes slide is asked for (Shift+T)
    answers = services.answers.answers(forum.id, qid)
    buses = services.answers.create_theme(forum.id, "Transport")
    events = services.answers.create_theme(forum.id, "Evening events")
    for a in answers:
        if a.content.text.lower().startswith("more buses"):
            services.answers.tag(a.id, buses.id)
        elif a.content.text.startswith("Idea number 1"):  # 1, 10-19, 100-199: 111 answers
            services.answers.tag(a.id, events.id)
    qtbot.waitUntil(lambda: len(console.session.themes) == 2, timeout=TIMEOUT_MS)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: console.driver.slide_data().kind is SlideKind.THEMES, timeout=TIMEOUT_MS)
    data = console.driver.slide_data()
    assert [(name, count) for name, count, _ in data.theme_rows] == [("Evening events", 111),
                                                                   ("Transport", 20)]
    example = data.theme_rows[1][2]
    assert example.lower().startswith("more buses")  # one of its answers (the newest of the most written)
    texts = drawn(data)
    assert "Transport" in texts and "20 answers" in texts and f"“{example}”" in texts
    for width, height in SCREENS:
        assert problems(data, width, height) == []


def test_the_themes_slide_names_the_themes_it_has_no_room_for_and_counts_each_answer_once(
        qtbot, services, partner, settings, server_factory, bridge, windows):
    texts = [f"Idea {n}" for n in range(30)]
    forum, qid = open_text_room(services, partner.id, texts, title="Many themes")
    answers = services.answers.answers(forum.id, qid)
    names = [f"Theme {letter}" for letter in "ABCDEFGHIJ"]
    for n, name in enumerate(names):  # Theme A on 10 answers, B on 9 ... J on 1
        theme = services.answers.create_theme(forum.id, name)
        services.answers.tag_all([a.id for a in answers[: 10 - n]], theme.id)
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.driver.leave_welcome()
    console.driver.toggle_themes_slide()
    qtbot.waitUntil(lambda: console.driver.slide_data().kind is SlideKind.THEMES, timeout=TIMEOUT_MS)
    texts_drawn = drawn(console.driver.slide_data())
    # THEN the seven biggest have their own card; the eighth names the three others with their answers
    assert all(name in texts_drawn for name in names[:7])
    assert "3 more themes" in texts_drawn and "Theme H, Theme I, Theme J" in texts_drawn
    assert "6 answers" in texts_drawn  # 3 + 2 + 1
    # AND the footer counts the ten tagged answers once each, not once per theme (55)
    assert any("10 themes · 10 tagged answers" in t for t in texts_drawn)
    for width, height in SCREENS:
        assert problems(console.driver.slide_data(), width, height) == []


def test_the_wall_turns_its_own_pages_once_asked_and_only_the_wall(qtbot, big_room, console):
    _, qid, _ = big_room
    driver = console.driver
    assert driver.slide_data().kind is SlideKind.RESULTS and driver.wall_page == 0
    pages = int(next(t for t in drawn(driver.slide_data()) if " · page 1 of " in t).rsplit(" ", 1)[1])
    turn = console.actions["wall_turn"]
    assert "10 seconds" in turn.text() and turn.shortcuts()[0].toString() == "Shift+N"
    # WHEN the facilitator presses Shift+N: "Turn the wall's pages" (10 s here shortened to a blink)
    driver.wall_turn.setInterval(30)
    console.answer_list.setFocus()
    qtbot.keyClick(console.answer_list, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert turn.isChecked() and driver.wall_turn.isActive()
    # THEN the pages turn by themselves, the footer following
    qtbot.waitUntil(lambda: driver.wall_page >= 2, timeout=TIMEOUT_MS)
    turn.trigger()  # (paused to read the footer)
    assert f" · page {driver.wall_page % pages + 1} of {pages}" in " ".join(drawn(driver.slide_data()))
    turn.trigger()
    # AND a spotlight stays put while it is up
    view, model = console.answer_list, console.filter
    console.filter.set_question(qid)
    view.setCurrentIndex(model.index(0, 0))
    console.actions["spotlight"].trigger()
    assert driver.slide_data().kind is SlideKind.SPOTLIGHT
    page = driver.wall_page
    qtbot.wait(200)
    assert driver.wall_page == page and driver.slide_data().kind is SlideKind.SPOTLIGHT
    console.actions["spotlight"].trigger()
    # AND unticking it stops the turning
    qtbot.waitUntil(lambda: driver.wall_page > page, timeout=TIMEOUT_MS)
    turn.trigger()
    page = driver.wall_page
    qtbot.wait(200)
    assert driver.wall_page == page and not driver.wall_turn.isActive()
