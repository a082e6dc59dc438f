"""`forumdesk export` as a user runs it: files written, or one clear sentence and nothing created."""

from __future__ import annotations

import subprocess
import sys

import pytest
from report_helpers import build_rich_forum, pdf_text

from forumdesk.services import Services


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "forumdesk", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def forum_db(tmp_path):
    path = tmp_path / "forums.sqlite"
    services = Services.open(path)
    try:
        forum = build_rich_forum(services)
    finally:
        services.close()
    return path, forum.forum_id


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_export_writes_every_requested_file(forum_db, tmp_path):
    db, forum_id = forum_db
    out = tmp_path / "out"
    out.mkdir()
    result = run("export", "--db", str(db), "--forum", str(forum_id), "--pdf", str(out / "recap.pdf"),
                 "--csv", str(out / "answers.csv"), "--json", str(out / "forum.json"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["answers.csv", "forum.json", "recap.pdf"]
    assert "recap.pdf" in result.stdout and "pages" in result.stdout
    assert "Université de Lyon" in pdf_text(out / "recap.pdf")


def test_unknown_forum_is_one_sentence_and_creates_nothing(forum_db, tmp_path):
    db, _ = forum_db
    target = tmp_path / "recap.pdf"
    result = run("export", "--db", str(db), "--forum", "999", "--pdf", str(target))
    assert result.returncode != 0
    assert "There is no forum with id 999." in _one_sentence(result.stderr)
    assert not target.exists()


def test_unwritable_path_is_one_sentence_and_creates_nothing(forum_db, tmp_path):
    db, forum_id = forum_db
    missing = tmp_path / "no-such-folder" / "recap.pdf"
    csv_target = tmp_path / "answers.csv"
    result = run("export", "--db", str(db), "--forum", str(forum_id), "--csv", str(csv_target),
                 "--pdf", str(missing))
    assert result.returncode != 0
    line = _one_sentence(result.stderr)
    assert "Cannot write the PDF recap" in line and "does not exist" in line
    assert not missing.parent.exists()
    assert not csv_target.exists()
    # A folder given as the file name is refused the same way.
    result = run("export", "--db", str(db), "--forum", str(forum_id), "--json", str(tmp_path))
    assert result.returncode != 0
    assert "is a folder" in _one_sentence(result.stderr)


def test_no_format_says_what_to_pass(forum_db):
    db, forum_id = forum_db
    result = run("export", "--db", str(db), "--forum", str(forum_id))
    assert result.returncode != 0
    assert "--pdf FILE" in _one_sentence(result.stderr)
