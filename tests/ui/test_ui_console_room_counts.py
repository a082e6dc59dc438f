"""Issue 12 item 1: every room count the scribe types is stored, and reaches the projector and the
recap; a refresh never overwrites a box the scribe typed in."""

from __future__ import annotations

import pytest
from console_helpers import go_to, open_console, type_into
from PySide6.QtCore import Qt
from ui_helpers import TIMEOUT_MS

from forumdesk.domain import Question, QuestionKind
from forumdesk.report.content import gather
from forumdesk.ui.slides import SlideKind

pytestmark = pytest.mark.gui

CHOICES = ["Pay", "People", "Growth", "Location", "Hours"]


@pytest.fixture
def five_choices(services, partner):
    questions = [Question(kind=QuestionKind.OPEN_TEXT, prompt="Warm-up"),
                 Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Which matters most?", choices=CHOICES)]
    forum = services.forums.create_forum("Hands up", partner.id, questions=questions)
    services.forums.start_forum(forum.id)
    return forum


def test_every_typed_count_is_saved_and_reaches_projector_and_recap(qtbot, services, five_choices, settings,
                                                                     bridge):
    console = open_console(qtbot, services, bridge, five_choices.id, settings)
    choice = services.forums.questions(five_choices.id)[1]
    go_to(qtbot, console, choice.id)
    console.tabs.setCurrentWidget(console.room_panel)
    panel = console.room_panel
    assert len(panel.spins) == 5

    # WHEN the scribe types five counts, one box after the other, then presses Save
    typed = [12, 7, 30, 4, 9]
    for spin, value in zip(panel.spins, typed, strict=True):
        type_into(qtbot, spin, str(value))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    # THEN all five are stored, and the boxes still show them
    expected = dict(enumerate(typed))
    qtbot.waitUntil(lambda: services.answers.room_counts(choice.id) == expected, timeout=TIMEOUT_MS)
    assert [s.value() for s in panel.spins] == typed
    # AND the projector's results slide and the recap data carry them
    console.toggle_reveal()
    qtbot.waitUntil(lambda: console.driver.current.kind is SlideKind.RESULTS, timeout=TIMEOUT_MS)
    console.driver.refresh()
    assert console.driver.current.results.room_counts == typed
    view = next(v for v in gather(services, five_choices.id).questions if v.question.id == choice.id)
    assert view.results.room_counts == typed


def test_a_refresh_never_overwrites_a_typed_box(qtbot, services, five_choices, settings, bridge):
    console = open_console(qtbot, services, bridge, five_choices.id, settings)
    choice = services.forums.questions(five_choices.id)[1]
    go_to(qtbot, console, choice.id)
    console.tabs.setCurrentWidget(console.room_panel)
    panel = console.room_panel

    # WHEN the scribe has typed into the last box, and (say, from another window) a count for the
    # first choice is stored while they are typing
    type_into(qtbot, panel.spins[4], "21")
    services.answers.set_room_count(choice.id, 0, 3)
    qtbot.waitUntil(lambda: panel.spins[0].value() == 3, timeout=TIMEOUT_MS)
    # THEN the typed box keeps what was typed
    assert panel.spins[4].value() == 21

    # WHEN the scribe leaves the box (Tab) THEN it is stored as typed, the other count stays
    qtbot.keyClick(panel.spins[4], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: services.answers.room_counts(choice.id) == {0: 3, 4: 21}, timeout=TIMEOUT_MS)

    # WHEN the scribe types a count and moves to another question without pressing Save
    type_into(qtbot, panel.spins[2], "5")
    first = services.forums.questions(five_choices.id)[0]
    go_to(qtbot, console, first.id)
    # THEN it is stored too
    assert services.answers.room_counts(choice.id) == {0: 3, 2: 5, 4: 21}
