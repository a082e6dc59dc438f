"""Keeping answers safe, as the facilitator sees it: the console's banner while the database cannot
be written (phones get 503 and retry) until saving works again; automatic backups next to the
database while a console's server runs and when the forum ends; and File ▸ Restore from a backup…
(the current file kept aside, a damaged file refused with nothing changed).

Everything is real: the database file in tmp_path, the attendee server on 127.0.0.1, SQLite made
to refuse writes on the server's own writer connection, dialogs answered as a user would.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDeadlineTimer, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox, QWidget
from ui_helpers import TIMEOUT_MS, answer_next_dialog, every_kind, post_answer

from forumdesk.services import Services, Submission
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.main_window import MainWindow
from forumdesk.ui.restore_dialog import RestoreDialog

pytestmark = pytest.mark.gui


# ---------------------------------------------------------------- helpers


def when_dialog(matches: Callable[[QWidget], bool], act: Callable[[QWidget], None]) -> list[str]:
    """Once a modal dialog that ``matches`` is open, ``act`` on it (as a user would); returns the
    texts of the dialogs acted on (read before acting: a closed message box may be gone). Gives up
    after TIMEOUT_MS, so a test whose dialog never opens fails, never hangs."""
    seen: list[str] = []
    deadline = QDeadlineTimer(TIMEOUT_MS)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and matches(dialog):
            seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
            act(dialog)
        elif not deadline.hasExpired():
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


def titled(title: str) -> Callable[[QWidget], bool]:
    return lambda dialog: isinstance(dialog, QMessageBox) and dialog.windowTitle() == title


def click(text: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {dialog.windowTitle()!r}")
    return act


def start_console(qtbot, console: ConsoleWindow):
    console.show()
    console.actions["start"].trigger()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    console.actions["next"].trigger()  # from the welcome slide to the first question, which opens
    question = console.session.current_question()
    assert question is not None and question.is_open
    return console.server_panel.server, question


def on_writer(server, fn) -> None:
    server.call_on_writer(fn).result(TIMEOUT_MS / 1000)


def answer_texts(services: Services, forum_id: int) -> list[str]:
    return [a.content.text for a in services.answers.answers(forum_id)]


@pytest.fixture
def reopened():
    """Services the window opens by itself (switching or restoring files): closed after the test,
    once its windows are closed and servers stopped (ask for this fixture first)."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.services.close()


# ---------------------------------------------------------------- 1. the storage banner


def test_the_console_says_while_answers_cannot_be_saved_until_saving_works_again(
        qtbot, services, forum, settings, bridge, server_factory, windows):
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    server, question = start_console(qtbot, console)
    assert post_answer(server, question.id, text="Before the problem")[0] == 201
    banner = console.banner

    # GIVEN the database refuses writes on the server's writer connection (as a read-only file does)
    on_writer(server, lambda: services.store.db.conn.execute("PRAGMA query_only = 1"))
    # WHEN a phone answers THEN it is told to retry later, and the console's banner says why
    status, body = post_answer(server, question.id, text="While read-only")
    assert status == 503 and body["error"]
    qtbot.waitUntil(lambda: banner.isVisibleTo(console) and "read-only" in banner.label.text(), timeout=TIMEOUT_MS)
    assert banner.label.text() == server.storage_problem
    assert "send them again" in banner.label.text()
    assert not banner.dismiss_button.isVisibleTo(console)  # an error that stays while it lasts
    # AND another message does not hide it for good: it comes back while the problem lasts
    console.show_problem("Something else happened", "warning")
    qtbot.waitUntil(lambda: "read-only" in banner.label.text(), timeout=TIMEOUT_MS)

    # WHEN the file can be written again and a phone retries THEN it is stored and the banner says so
    on_writer(server, lambda: services.store.db.conn.execute("PRAGMA query_only = 0"))
    assert post_answer(server, question.id, text="While read-only")[0] == 201
    qtbot.waitUntil(lambda: "Saving works again" in banner.label.text(), timeout=TIMEOUT_MS)
    assert banner.dismiss_button.isVisibleTo(console)
    assert sorted(answer_texts(services, forum.id)) == ["Before the problem", "While read-only"]


def test_a_storage_problem_stays_on_screen_after_the_server_stops(
        qtbot, services, forum, settings, bridge, server_factory, windows):
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    server, question = start_console(qtbot, console)
    on_writer(server, lambda: services.store.db.conn.execute("PRAGMA query_only = 1"))
    assert post_answer(server, question.id, text="Refused")[0] == 503
    qtbot.waitUntil(lambda: "read-only" in console.banner.label.text(), timeout=TIMEOUT_MS)
    problem = console.banner.label.text()

    console.actions["stop"].trigger()
    qtbot.waitUntil(lambda: console.server_panel.server is None and not console.server_panel.busy,
                    timeout=TIMEOUT_MS)
    # THEN the sentence is still there (nobody said saving works again), and can now be dismissed
    assert console.banner.label.text() == problem and console.banner.isVisibleTo(console)
    assert console.banner.dismiss_button.isVisibleTo(console)


# ---------------------------------------------------------------- 2. automatic backups


def test_backups_are_made_while_a_server_runs_and_when_the_forum_ends(
        qtbot, services, forum, settings, server_factory, windows, db_path):
    main = MainWindow(services, settings, server_factory=server_factory, backup_interval_s=0.1)
    windows.append(main)
    main.show()
    assert main.servers_running == 0  # what the backup thread reads: nothing runs, no copies

    console = main.run_forum(forum.id)
    server, question = start_console(qtbot, console)
    assert main.servers_running == 1
    assert post_answer(server, question.id, text="Worth keeping")[0] == 201

    # THEN copies appear in the backups folder next to the database, with the answer in them
    def copies(reason: str):
        return [p for p in services.backups.backups() if p.name.endswith(f"-{reason}.sqlite")]

    qtbot.waitUntil(lambda: bool(copies("auto")), timeout=TIMEOUT_MS)
    assert copies("auto")[0].parent == db_path.parent / "backups"
    with sqlite3.connect(copies("auto")[0]) as conn:
        assert conn.execute("SELECT COUNT(*) FROM forums").fetchone()[0] == 1

    # WHEN the facilitator ends the forum THEN a "forum-ended" copy is written, and the server stops
    answer_next_dialog("Yes")
    console.actions["end"].trigger()
    qtbot.waitUntil(lambda: bool(copies("forum-ended")), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: main.servers_running == 0, timeout=TIMEOUT_MS)
    ended = Services.open(copies("forum-ended")[0])
    try:
        assert answer_texts(ended, forum.id) == ["Worth keeping"]
    finally:
        ended.close()
    assert not main.banner.isVisibleTo(main)


def test_switching_databases_backs_up_the_new_one(reopened, qtbot, services, partner, settings, server_factory,
                                                  windows, tmp_path):
    main = MainWindow(services, settings, server_factory=server_factory, backup_interval_s=0.1)
    windows.append(main)
    reopened.append(main)
    main.show()
    # WHEN the facilitator opens another database file and runs a forum in it
    assert main.open_database(tmp_path / "spring.sqlite")
    assert main.auto_backups.service is main.services.backups
    new_partner = main.services.forums.create_partner("Northbridge College")
    forum = main.services.forums.create_forum("Spring", new_partner.id, questions=every_kind())
    start_console(qtbot, main.run_forum(forum.id))
    # THEN that file is the one copied
    qtbot.waitUntil(lambda: bool(main.services.backups.backups()), timeout=TIMEOUT_MS)
    assert all(p.name.startswith("spring-") for p in main.services.backups.backups())


def test_a_backup_that_cannot_be_written_is_shown_in_the_main_window(
        qtbot, services, forum, settings, server_factory, windows, db_path):
    # GIVEN the backups folder cannot be made (a file has its name)
    (db_path.parent / "backups").write_text("in the way")
    main = MainWindow(services, settings, server_factory=server_factory, backup_interval_s=0.1)
    windows.append(main)
    main.show()
    start_console(qtbot, main.run_forum(forum.id))
    # THEN the main window says so (the forum goes on)
    qtbot.waitUntil(lambda: main.banner.isVisibleTo(main) and "automatic backup could not be written"
                    in main.banner.label.text(), timeout=TIMEOUT_MS)


# ---------------------------------------------------------------- 3. restore


def test_restore_puts_a_copy_back_and_keeps_the_current_file_aside(
        reopened, qtbot, services, forum, settings, server_factory, windows, db_path):
    main = MainWindow(services, settings, server_factory=server_factory)
    windows.append(main)
    reopened.append(main)
    main.show()
    console = main.run_forum(forum.id)
    server, question = start_console(qtbot, console)
    assert post_answer(server, question.id, text="In the copy")[0] == 201
    copy = services.backups.backup_now("auto")
    assert copy is not None
    # GIVEN an answer that came after the copy, while the forum runs
    assert post_answer(server, question.id, text="After the copy")[0] == 201

    # WHEN the facilitator restores the newest copy from the File menu and confirms
    listed: list[list[str]] = []

    def pick_newest(dialog: RestoreDialog) -> None:
        listed.append([dialog.copy_list.item(r).text() for r in range(dialog.copy_list.count())])
        assert dialog.copy_list.currentRow() == 0
        dialog.restore_button.click()

    picked = when_dialog(lambda d: isinstance(d, RestoreDialog), pick_newest)
    confirmed = when_dialog(titled("Restore this copy?"), click("Stop and restore"))
    main.actions["restore"].trigger()
    assert picked and confirmed
    # THEN it listed the copy with a readable time (as the app's language writes it) and size, and said
    # what would happen
    assert len(listed[0]) == 1 and re.search(r"\w+ \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}", listed[0][0])
    assert "automatic" in listed[0][0] and "KB" in listed[0][0]
    text = confirmed[0]
    assert "kept aside" in text and "before-restore" in text and "taking answers" in text

    # AND once done, the server is stopped, the console closed, and the answer after the copy is gone
    qtbot.waitUntil(lambda: main.centralWidget().isEnabled() and "Restored" in main.banner.label.text(),
                    timeout=TIMEOUT_MS)
    assert not server.running and main.consoles == {} and main.servers_running == 0
    assert main.services is not services
    assert answer_texts(main.services, forum.id) == ["In the copy"]
    assert main.forum_tree.topLevelItem(0).child(0).text(3) == "1"  # the list was refreshed
    # AND the file as it was is kept aside, with every answer, where the banner says
    kept = list(db_path.parent.glob(f"{db_path.stem}-before-restore-*.sqlite"))
    assert len(kept) == 1 and str(kept[0]) in main.banner.label.text()
    before = Services.open(kept[0])
    try:
        assert sorted(answer_texts(before, forum.id)) == ["After the copy", "In the copy"]
    finally:
        before.close()
    # AND the app goes on with the restored file: the forum runs again and phones can answer
    console = main.run_forum(forum.id)
    server, question = start_console(qtbot, console)
    assert post_answer(server, question.id, text="After the restore")[0] == 201


def test_a_damaged_file_is_refused_and_nothing_changes(reopened, qtbot, services, forum, settings, tmp_path):
    question = services.forums.questions(forum.id)[0]
    services.forums.start_forum(forum.id)
    services.forums.set_open(question.id, True)
    services.answers.submit(Submission(forum.id, question.id, "s-1", {"text": "Still here"}))
    garbage = tmp_path / "old-forums.sqlite"
    garbage.write_bytes(b"this is not a database, just bytes " * 100)
    main = MainWindow(services, settings)
    qtbot.addWidget(main)
    reopened.append(main)
    main.show()

    # WHEN the facilitator chooses another file, that file, and confirms
    when_dialog(lambda d: isinstance(d, RestoreDialog), lambda d: d.other_button.click())

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(garbage))
        dialog.accept()

    chosen = when_dialog(lambda d: isinstance(d, QFileDialog), choose)
    confirmed = when_dialog(titled("Restore this copy?"), click("Restore"))
    refused = when_dialog(titled("This copy cannot be restored"), click("OK"))
    main.actions["restore"].trigger()
    assert chosen and confirmed and "old-forums.sqlite" in confirmed[0]

    # THEN a dialog says why, and the current database is open again, unchanged
    qtbot.waitUntil(lambda: bool(refused) and main.centralWidget().isEnabled(), timeout=TIMEOUT_MS)
    assert "not a forumdesk database" in refused[0] and "Nothing was changed" in refused[0]
    assert answer_texts(main.services, forum.id) == ["Still here"]
    assert [main.forum_tree.topLevelItem(0).child(0).text(0)] == [forum.title]
    assert list(tmp_path.glob("*-before-restore-*")) == []
    assert garbage.read_bytes() == b"this is not a database, just bytes " * 100
