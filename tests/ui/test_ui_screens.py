"""Where the projector window goes: the non-primary screen when there are two (Qt's offscreen
platform with two fake screens, in a subprocess because the platform is chosen at start), and an
ordinary window that cannot be closed by accident when there is one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from ui_helpers import TIMEOUT_MS

from forumdesk.ui.projector import ProjectorWindow
from forumdesk.ui.screens import pick_projector_screen

pytestmark = pytest.mark.gui

SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
]}

PROBE = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from forumdesk.ui.projector import ProjectorWindow
    from forumdesk.ui.settings import Settings
    window = ProjectorWindow(Settings(sys.argv[1]))
    window.place()
    def report():
        g = window.geometry()
        print(json.dumps({"screens": [s.name() for s in app.screens()], "on": window.screen().name(),
                          "geometry": [g.x(), g.y(), g.width(), g.height()], "full": window.isFullScreen(),
                          "frameless": bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint),
                          "projector_screen": window.on_projector_screen}))
        window.close_for_good()
        app.quit()
    QTimer.singleShot(200, report)
    app.exec()
""")


def test_projector_takes_the_non_primary_screen(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "settings.ini")], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["laptop", "projector"]
    assert seen["on"] == "projector" and seen["projector_screen"]
    assert seen["geometry"] == [1280, 0, 1920, 1080]
    assert seen["full"] and seen["frameless"]


class FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_screen_choice_prefers_the_remembered_screen_then_the_first_non_primary():
    laptop, left, right = FakeScreen("laptop"), FakeScreen("hdmi"), FakeScreen("usb-c")
    assert pick_projector_screen([laptop, left, right], laptop) is left
    assert pick_projector_screen([laptop, left, right], laptop, remembered="usb-c") is right
    assert pick_projector_screen([laptop, left], laptop, remembered="gone") is left
    assert pick_projector_screen([laptop], laptop) is None


def test_single_screen_projector_is_a_normal_window_that_ignores_close(qtbot, settings):
    window = ProjectorWindow(settings)
    qtbot.addWidget(window)
    window.place()
    qtbot.waitExposed(window)
    assert not window.on_projector_screen
    assert not window.isFullScreen()
    # WHEN something asks it to close THEN it stays up
    assert window.close() is False
    assert window.isVisible()
    # WHEN F11 is pressed THEN it goes full screen
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=TIMEOUT_MS)
    window.close_for_good()
