"""Issue 12: the whole forum as one scripted run (tests/ui/whole_forum_scenario.py), in a
subprocess because Qt's offscreen platform takes its two fake screens (laptop + projector) only
when the QApplication is created."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_ui_screens import SCREENS

pytestmark = [pytest.mark.gui, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]


def test_a_whole_forum_from_the_set_to_the_partners_pdf(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run"),
         str(Path(__file__).with_name("whole_forum_scenario.py"))],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
