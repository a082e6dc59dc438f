""""You said, we did" on the projector (issue 19 item 2): at the partner's next forum the console
shows what was committed to last time with each commitment's status, and a status followed up
meanwhile reaches the slide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from ui_helpers import TIMEOUT_MS

from forumdesk.services.demo import create_demo_forum
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.slides import SlideKind

pytestmark = pytest.mark.gui


def test_you_said_we_did_shows_the_carried_commitments_and_their_status(qtbot, services, settings, bridge,
                                                                        server_factory, windows):
    later = create_demo_forum(services.forums, services.answers, services.sets)
    console = ConsoleWindow(services, bridge, later.id, settings, server_factory)
    windows.append(console)
    console.show()
    qtbot.waitExposed(console)
    projector = console.driver.show_window()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow, timeout=TIMEOUT_MS)
    assert projector.slide.kind is SlideKind.WELCOME

    qtbot.keyClick(console, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.FOLLOW_UP, timeout=TIMEOUT_MS)
    said = projector.slide.follow_ups
    assert [status for _, status, _ in said] == ["Done", "In progress", "Dropped"]
    assert said[0][0].startswith("Publish a salary range") and said[0][2].startswith("Salary ranges are on all 14")

    # Followed up while the slide is up (from the partner page, another window): the slide follows.
    carried = services.partners.follow_ups(later.id)[1]
    services.partners.set_commitment(carried.commitment.id, status="done", outcome="All replies within ten days.")
    qtbot.waitUntil(lambda: projector.slide.follow_ups[1][1:] == ("Done", "All replies within ten days."),
                    timeout=TIMEOUT_MS)

    qtbot.keyClick(console, Qt.Key.Key_Right)  # on to the forum's first question
    qtbot.waitUntil(lambda: projector.slide.kind is not SlideKind.FOLLOW_UP, timeout=TIMEOUT_MS)


def test_no_two_console_commands_share_a_key(services, settings, bridge, server_factory, windows):
    # GIVEN the console (several features add presenter keys; two once both took Y, and Qt then runs
    # neither: "Ambiguous shortcut overload")
    forum = create_demo_forum(services.forums, services.answers, services.sets)
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    # THEN every shortcut of every window action belongs to one command only
    owners: dict[str, list[str]] = {}
    for action in QWidget.actions(console):  # every action added to the window, named or not
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared, shared
