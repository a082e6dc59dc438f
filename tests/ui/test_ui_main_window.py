"""The main window as a facilitator uses it: find, duplicate and delete forums (delete asks
first), keep a backup copy, switch database files, and find them again under recent files."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from ui_helpers import TIMEOUT_MS, answer_next_dialog

from forumdesk.domain import PartnerKind
from forumdesk.services import Services
from forumdesk.ui.main_window import MainWindow
from forumdesk.ui.settings import Settings

pytestmark = pytest.mark.gui


def visible_titles(window: MainWindow) -> list[str]:
    titles = []
    for g in range(window.forum_tree.topLevelItemCount()):
        group = window.forum_tree.topLevelItem(g)
        titles += [group.child(c).text(0) for c in range(group.childCount())
                   if not group.isHidden() and not group.child(c).isHidden()]
    return titles


@pytest.fixture
def window(qtbot, services, partner, settings):
    college = services.forums.create_partner("Northbridge College", PartnerKind.EDUCATIONAL)
    services.forums.create_forum("Spring forum", partner.id, venue="Main hall")
    services.forums.create_forum("Autumn forum", college.id)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_forums_are_grouped_by_partner_and_searchable(qtbot, window):
    groups = [window.forum_tree.topLevelItem(i).text(0) for i in range(window.forum_tree.topLevelItemCount())]
    assert sorted(groups) == ["Northbridge College", "Riverside University"]
    qtbot.keyClicks(window.search, "northbridge")
    assert visible_titles(window) == ["Autumn forum"]
    window.search.clear()
    qtbot.keyClicks(window.search, "main hall")
    assert visible_titles(window) == ["Spring forum"]


def test_duplicate_then_delete_asks_first(qtbot, window, services):
    window.select_forum(services.forums.forum_listing()[0]["id"])
    original = window.selected_forum_id()
    qtbot.mouseClick(window.buttons["duplicate"], Qt.MouseButton.LeftButton)
    copy_id = window.selected_forum_id()
    assert copy_id != original
    assert services.forums.forum(copy_id).title.endswith("(copy)")

    # WHEN delete is clicked and the facilitator says No THEN nothing is deleted
    seen = answer_next_dialog("No")
    qtbot.mouseClick(window.buttons["delete"], Qt.MouseButton.LeftButton)
    assert seen and "cannot be undone" in seen[0]
    assert any(r["id"] == copy_id for r in services.forums.forum_listing())
    # WHEN they say Yes THEN it goes, and leaves the list
    answer_next_dialog("Yes")
    qtbot.mouseClick(window.buttons["delete"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(r["id"] != copy_id for r in services.forums.forum_listing()), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: len(visible_titles(window)) == 2, timeout=TIMEOUT_MS)


def test_backup_copy_and_switching_databases(qtbot, window, services, tmp_path):
    backup = tmp_path / "copy.sqlite"
    assert window.backup(backup)
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT COUNT(*) FROM forums").fetchone()[0] == 2

    other = tmp_path / "other.sqlite"
    assert window.open_database(other)
    assert visible_titles(window) == []
    assert window.open_database(backup)
    assert sorted(visible_titles(window)) == ["Autumn forum", "Spring forum"]
    window.services.close()
    window.services = Services.open(services.store.path)  # the fixture closes its own

    # AND the files are remembered between runs, most recent first
    recent = Settings(tmp_path / "settings.ini").recent_files()
    assert recent[:3] == [str(backup.resolve()), str(other.resolve()), str(services.store.path.resolve())]


def test_a_file_that_is_not_a_database_is_refused_and_the_current_one_kept(qtbot, window, tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database")
    seen = answer_next_dialog("OK")
    assert not window.open_database(junk)
    assert seen and "not a forumdesk database" in seen[0]
    assert len(visible_titles(window)) == 2


def test_file_menu_exports_the_selected_forum(qtbot, services, partner, settings):
    from forumdesk.report import export_forum
    from forumdesk.ui.export_dialog import ExportDialog

    forum = services.forums.create_forum("Export me", partner.id)
    window = MainWindow(services, settings, exporter=export_forum)
    qtbot.addWidget(window)
    window.show()
    assert not window.actions["export"].isEnabled()  # nothing selected yet
    window.select_forum(forum.id)
    assert window.actions["export"].isEnabled()
    window.actions["export"].trigger()
    dialogs = window.findChildren(ExportDialog)
    assert len(dialogs) == 1 and dialogs[0].forum_id == forum.id
    dialogs[0].reject()
