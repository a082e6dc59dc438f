"""Resuming a forum left running (same code, same port), and problems the facilitator can act on:
a port taken by another program, a join address only this laptop can reach, a read-only database."""

from __future__ import annotations

import socket

import pytest
from ui_helpers import TIMEOUT_MS, post_answer

from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.main_window import MainWindow
from forumdesk.web.server import AttendeeServer

pytestmark = pytest.mark.gui


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def resume_factory(made: list):
    def factory(services, *, port=None, public_host=None):
        server = AttendeeServer(services, host="127.0.0.1", port=port, public_host="127.0.0.1")
        made.append(server)
        return server
    return factory


def test_a_forum_left_running_resumes_with_the_same_code_and_port(qtbot, services, forum, settings, windows):
    # GIVEN a forum that was running on a port when the app went away
    port = free_port()
    services.forums.start_forum(forum.id, port=port)
    made: list[AttendeeServer] = []
    main = MainWindow(services, settings, server_factory=resume_factory(made))
    windows.append(main)
    main.show()
    try:
        # WHEN the app starts and the facilitator accepts the offer to resume
        asked: list[str] = []
        console = main.offer_resume(lambda text: asked.append(text) or True)
        assert asked and forum.join_code in asked[0] and str(port) in asked[0]
        qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
        # THEN the server listens on the same port with the same code, and phones can answer again
        server = console.server_panel.server
        assert (server.port, server.code) == (port, forum.join_code)
        question = console.session.current_question()
        assert post_answer(server, question.id, text="Back again")[0] == 201
        qtbot.waitUntil(lambda: console.filter.rowCount() == 1, timeout=TIMEOUT_MS)
    finally:
        for server in made:
            server.stop()


def test_a_taken_port_is_explained(qtbot, services, forum, settings, bridge, windows):
    # GIVEN another program holds the forum's port
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        taken = blocker.getsockname()[1]
        services.forums.start_forum(forum.id, port=taken)
        made: list[AttendeeServer] = []
        console = ConsoleWindow(services, bridge, forum.id, settings, resume_factory(made))
        windows.append(console)
        try:
            console.server_panel.start(taken)
            qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
            # THEN the server uses another port and the banner says what to do
            assert console.server_panel.server.port != taken
            assert console.banner.isVisibleTo(console)
            assert f"Port {taken} was taken" in console.banner.label.text()
            assert "scan the new QR code" in console.banner.label.text()
        finally:
            for server in made:
                server.stop()


def test_loopback_only_address_is_flagged(qtbot, services, forum, settings, bridge, server_factory, windows):
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    panel = console.server_panel
    panel.address_combo.setCurrentIndex(panel.address_combo.findData("127.0.0.1"))
    panel.start()
    qtbot.waitUntil(lambda: panel.running, timeout=TIMEOUT_MS)
    assert "only this laptop can join" in console.banner.label.text()


def test_read_only_database_is_explained_and_nothing_is_lost(qtbot, services, forum, settings, bridge):
    console = ConsoleWindow(services, bridge, forum.id, settings)
    qtbot.addWidget(console)
    # GIVEN the database can no longer be written (SQLite refuses every write on this connection)
    services.store.db.conn.execute("PRAGMA query_only = 1")
    # WHEN the scribe adds a note
    qtbot.keyClicks(console.notes_panel.note_box, "Nobody mentioned pay")
    console.notes_panel.add_note()
    # THEN a banner explains what happened and what to do, and the typed text is kept
    assert console.banner.isVisibleTo(console)
    assert "read-only" in console.banner.label.text()
    assert "Save a backup copy" in console.banner.label.text()
    assert console.notes_panel.note_box.text() == "Nobody mentioned pay"
    services.store.db.conn.execute("PRAGMA query_only = 0")
