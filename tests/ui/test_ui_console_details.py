"""Issue 12 item 17: local times, a sensible line when no question is shown yet, long prompts that
never hide the answer count, and windows that fit a laptop screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from console_helpers import open_console
from PySide6.QtCore import Qt
from ui_helpers import TIMEOUT_MS, every_kind

from forumdesk.domain import Question, QuestionKind

pytestmark = pytest.mark.gui

LONG = (  # 290 characters, near the 300 limit
    "When you think about the last time you looked for a job, which part of the process made you "
        "feel the most uncertain about whether the employer would treat you fairly, and what could "
        "the employer have said or done at that moment that would have made you feel respected and "
        "informed?")


@pytest.fixture
def kathmandu(monkeypatch):
    """The laptop's clock in a zone 5:45 from UTC (so no rounding can hide a UTC time)."""
    monkeypatch.setenv("TZ", "Asia/Kathmandu")
    time.tzset()
    yield ZoneInfo("Asia/Kathmandu")
    monkeypatch.undo()
    time.tzset()


def test_note_times_are_local(qtbot, services, forum, settings, bridge, kathmandu):
    services.forums.start_forum(forum.id)
    console = open_console(qtbot, services, bridge, forum.id, settings)
    console.focus_note_box()
    qtbot.keyClicks(console.notes_panel.note_box, "Lots of nodding")
    qtbot.keyClick(console.notes_panel.note_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.notes_panel.notes.count() == 1, timeout=TIMEOUT_MS)
    stored = services.answers.notes(forum.id)[0].created_at
    local = datetime.fromisoformat(stored).astimezone(kathmandu).strftime("%H:%M")
    shown = console.notes_panel.notes.item(0).text()
    assert f"{local}  Lots of nodding" in shown and stored[11:16] not in shown


def test_a_forum_not_started_says_how_to_start_not_to_add_questions(qtbot, services, forum, settings, bridge):
    console = open_console(qtbot, services, bridge, forum.id, settings)
    assert console.session.current_question() is None and len(console.session.questions) == 4
    text = f"{console.controls.heading.text()} {console.controls.prompt.text()}"
    assert "Add questions" not in text and "No current question" not in text
    assert "No question shown yet" in text and "→" in text


def test_a_long_prompt_never_hides_the_answer_count(qtbot, services, partner, settings, bridge):
    questions = [Question(kind=QuestionKind.OPEN_TEXT, prompt=LONG), *every_kind()]
    forum = services.forums.create_forum("Long prompts", partner.id, questions=questions)
    console = open_console(qtbot, services, bridge, forum.id, settings)
    console.question_list.parentWidget().setSizes([260, 600, 400])  # the splitter: a narrow list
    qtbot.waitUntil(lambda: console.question_list.viewport().width() < 300, timeout=TIMEOUT_MS)
    item = console.question_list.item(0)
    *prompt_lines, count_line = item.text().split("\n")
    # THEN the prompt is cut to two lines of the list's width, the count is on its own line below,
    # and the tooltip has the prompt in full
    metrics = console.question_list.fontMetrics()
    assert len(prompt_lines) == 2 and prompt_lines[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= console.question_list.viewport().width() for line in prompt_lines)
    assert count_line.strip() == "0 answers"
    assert item.toolTip() == LONG


def laptop(width: int, height: int) -> dict:
    return {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
                         "logicalBaseDpi": 96, "dpr": 1}]}

PROBE = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    import forumdesk.ui
    from forumdesk.report import export_forum
    from forumdesk.services import Services
    from forumdesk.ui.bridge import EventBridge
    from forumdesk.ui.console import ConsoleWindow
    from forumdesk.ui.export_dialog import ExportDialog
    from forumdesk.ui.forum_editor import ForumEditor
    from forumdesk.ui.main_window import MainWindow
    from forumdesk.ui.question_editor import QuestionDialog
    from forumdesk.ui.settings import Settings
    services = Services.open(sys.argv[1])
    settings = Settings(sys.argv[2])
    forum_id = services.forums.forum_listing()[0]["id"]
    windows = [ConsoleWindow(services, EventBridge(services.events), forum_id, settings), MainWindow(services, settings),
               ForumEditor(services, forum_id), QuestionDialog(), ExportDialog(services, forum_id, export_forum)]
    for window in windows:
        window.show()
    app.processEvents()
    area = app.primaryScreen().availableGeometry()
    console = windows[0]
    # the console's question list has room for a count with late answers, and no button is cut
    count_width = console.question_list.fontMetrics().horizontalAdvance("     12 answers · 3 late answers")
    cut = [b.text() for b in console.controls.buttons.values() if b.width() < b.sizeHint().width()]
    print(json.dumps({"area": [area.width(), area.height()],
                      "windows": {type(w).__name__: [w.frameGeometry().width(), w.frameGeometry().height()]
                                  for w in windows},
                      "list_room": console.question_list.viewport().width() - count_width, "cut_buttons": cut}))
    for window in windows:
        window.close()
    services.close()
""")


@pytest.mark.parametrize(("screen_width", "screen_height"), [(1366, 768), (1280, 800)])
def test_windows_fit_a_laptop_screen(services, forum, db_path, tmp_path, screen_width, screen_height):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(laptop(screen_width, screen_height)))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", PROBE, str(db_path), str(tmp_path / "settings.ini")], env=env,
                            capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    width, height = seen["area"]
    assert (width, height) == (screen_width, screen_height)
    for name, (w, h) in seen["windows"].items():
        assert w <= width and h <= height, (name, w, h)
    # the console's list shows a question's count with its late answers in full (the window's
    # minimum width once squeezed it to 70 pixels: "2 answer…"), and "Hide results" is not "Hid…lts"
    assert seen["list_room"] >= 0, seen["list_room"]
    assert seen["cut_buttons"] == []
