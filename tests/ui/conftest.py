"""UI test set-up: a real database file, a real attendee server on 127.0.0.1 (any free port),
isolated settings, and helpers that act like a phone (HTTP) and like a user (dialogs)."""

from __future__ import annotations

import pytest
from ui_helpers import every_kind


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory):
    """The app's .ts translations compiled to .qm with pyside6-lrelease, as `make` does."""
    import subprocess
    import sys
    from pathlib import Path

    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    sources = Path(__file__).resolve().parents[2] / "resources" / "translations"
    for ts in sources.glob("forumdesk_*.ts"):
        subprocess.run([str(lrelease) if lrelease.exists() else "pyside6-lrelease", "-silent", str(ts),
                        "-qm", str(folder / ts.with_suffix(".qm").name)], check=True)
    return folder


@pytest.fixture
def settings(tmp_path):
    from forumdesk.ui.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def server_factory():
    """What the composition root passes to the UI, bound to loopback and any free port."""
    from forumdesk.web.server import AttendeeServer

    made: list[AttendeeServer] = []

    def factory(services, *, port=None, public_host=None):
        server = AttendeeServer(services, host="127.0.0.1", port=0 if port is None else port,
                                public_host="127.0.0.1")
        made.append(server)
        return server

    factory.made = made
    yield factory
    for server in made:
        server.stop()


@pytest.fixture
def windows(server_factory, qtbot):
    """Windows that run a server: closed after their servers stop, so closing never asks the user.
    (pytest-qt closes ``qtbot.addWidget`` widgets before fixtures end, while servers still run.)
    A server panel still starting or stopping on its worker thread is waited for first: a console
    whose server still runs (or is busy) asks "Phones are still connected" in a modal box when it
    closes, which nobody answers in a test (it held a whole CI run until the timeout)."""
    from PySide6.QtWidgets import QApplication

    from forumdesk.ui.server_panel import ServerPanel

    opened: list = []
    yield opened
    # first let a start in progress finish (a server stopped before its start completes runs anyway)
    # (every top-level window: a console opened by the main window is not one of ``opened``)
    panels = [panel for window in QApplication.topLevelWidgets() for panel in window.findChildren(ServerPanel)]
    qtbot.waitUntil(lambda: not any(panel.busy for panel in panels), timeout=30_000)
    for panel in panels:
        panel.stop_now()  # as quitting the app does: the panel forgets its server, so no poll restarts "Stopping…"
    for server in server_factory.made:
        server.stop()
    for window in reversed(opened):
        window.close()


@pytest.fixture
def bridge(services, qapp):
    from forumdesk.ui.bridge import EventBridge

    bridge = EventBridge(services.events)
    yield bridge
    bridge.close()


@pytest.fixture
def forum(services, partner):
    return services.forums.create_forum("Listening to students", partner.id, questions=every_kind())


