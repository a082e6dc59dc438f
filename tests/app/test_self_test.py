"""``forumdesk --self-test`` as a user (or CI, on the frozen bundle) runs it."""

import subprocess
import sys

import pytest


@pytest.mark.gui
def test_self_test_passes_and_prints_one_line_per_check():
    result = subprocess.run([sys.executable, "-m", "forumdesk", "--self-test"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = [line for line in lines if line.startswith(("ok", "FAIL"))]
    assert [c.split()[1] for c in checks] == ["database", "attendee", "answers", "projector", "partner", "theme", "server"]
    assert all(c.startswith("ok") for c in checks)
    assert lines[-1] == "self-test passed"
