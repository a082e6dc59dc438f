"""First run: an empty database offers to create a first forum or open the demo forum, and the
guide says how attendees join and what to do when the Wi-Fi keeps phones out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from ui_helpers import TIMEOUT_MS

from forumdesk.ui.first_run import FirstRunPanel, GuideDialog
from forumdesk.ui.forum_editor import ForumEditor
from forumdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def all_text(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.fixture
def main(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_empty_database_shows_the_first_run_panel_with_the_guide(main):
    panel = main.findChild(FirstRunPanel)
    assert panel is not None and panel.isVisible()
    assert not main.forum_tree.isVisible()
    text = all_text(panel)
    assert "How attendees join" in text and "hotspot" in text and "pocket router" in text


def test_open_the_demo_forum_fills_the_list_and_selects_it(qtbot, main, services):
    panel = main.findChild(FirstRunPanel)
    qtbot.mouseClick(panel.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.forum_tree.isVisible(), timeout=TIMEOUT_MS)
    assert not panel.isVisible()
    demo = services.forums.forum_listing()[0]
    assert main.selected_forum_id() == demo["id"]


def test_create_your_first_forum_opens_the_editor(qtbot, main):
    panel = main.findChild(FirstRunPanel)
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, ForumEditor) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=TIMEOUT_MS)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ForumEditor):
            widget.reject()


def test_the_guide_is_in_the_help_menu(qtbot, main):
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, GuideDialog):
            seen.append(all_text(dialog))
            dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, look)
    main.actions["guide"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT_MS)
    assert "same network" in seen[0]


def test_with_forums_the_list_shows_instead(qtbot, services, settings, partner):
    services.forums.create_forum("Existing forum", partner.id)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.forum_tree.isVisible()
    assert not window.findChild(FirstRunPanel).isVisible()
