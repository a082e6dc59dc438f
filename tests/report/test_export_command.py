"""`forumdesk export` as a user runs it: files written, or one clear sentence and nothing created."""

from __future__ import annotations

import json
import re
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


def test_export_masks_by_default_and_says_how_many(forum_db, tmp_path):
    db, forum_id = forum_db
    share, internal = tmp_path / "share.csv", tmp_path / "forum-internal.json"
    result = run("export", "--db", str(db), "--forum", str(forum_id), "--csv", str(share),
                 "--json-internal", str(internal))
    assert result.returncode == 0, result.stderr
    masked = re.search(r"Masked (\d+) identifying details?\.", result.stdout)
    assert masked and int(masked.group(1)) >= 2
    assert "sam.taylor@example.org" not in share.read_text(encoding="utf-8-sig")
    assert json.loads(internal.read_text(encoding="utf-8"))["internal"] is True
    # --keep-contacts keeps them all, and says so.
    kept = tmp_path / "kept.csv"
    result = run("export", "--db", str(db), "--forum", str(forum_id), "--csv", str(kept), "--keep-contacts")
    assert result.returncode == 0, result.stderr
    assert "kept unmasked" in result.stdout
    assert "sam.taylor@example.org" in kept.read_text(encoding="utf-8-sig")


def test_an_internal_file_name_must_say_internal(forum_db, tmp_path):
    db, forum_id = forum_db
    target = tmp_path / "forum.json"
    result = run("export", "--db", str(db), "--forum", str(forum_id), "--json-internal", str(target))
    assert result.returncode == 2
    assert "forum-internal.json" in _one_sentence(result.stderr)
    assert not target.exists()


def test_erase_keeps_counts_and_needs_confirmation(forum_db, tmp_path):
    db, forum_id = forum_db
    refused = subprocess.run([sys.executable, "-m", "forumdesk", "erase", "--db", str(db), "--forum", str(forum_id)],
                             capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert refused.returncode == 2 and "--yes" in _one_sentence(refused.stderr)
    result = run("erase", "--db", str(db), "--forum", str(forum_id), "--yes")
    assert result.returncode == 0, result.stderr
    assert "Erased" in result.stdout
    recap = tmp_path / "recap.pdf"
    assert run("export", "--db", str(db), "--forum", str(forum_id), "--pdf", str(recap)).returncode == 0
    text = pdf_text(recap)
    assert "sam.taylor" not in text and "télétravail" not in text
    assert "erased what attendees typed" in text
    assert "Pay" in text  # the choice tallies are still there


def test_export_writes_the_html_and_spreadsheet_recaps(forum_db, tmp_path):
    from openpyxl import load_workbook

    db, forum_id = forum_db
    html, xlsx = tmp_path / "recap.html", tmp_path / "recap.xlsx"
    result = run("export", "--db", str(db), "--forum", str(forum_id), "--html", str(html), "--xlsx", str(xlsx))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == [str(html), str(xlsx)]
    assert re.fullmatch(r"Masked \d+ identifying details?\.", lines[2])  # the privacy review's count
    assert "Université de Lyon — Career Centre" in html.read_text(encoding="utf-8")
    assert load_workbook(xlsx).sheetnames == ["Summary", "Shareable answers", "Commitments"]


def test_new_with_an_organiser_puts_it_on_the_cover_and_as_the_author(tmp_path):
    from pypdf import PdfReader

    db = tmp_path / "forums.sqlite"
    made = run("new", "--db", str(db), "--title", "Careers evening", "--partner", "Riverside University",
               "--organiser", "Northwind Logistics", "--contact", "Dana Reyes, careers@northwind.example")
    assert made.returncode == 0, made.stderr
    services = Services.open(db)
    try:
        forum_id = int(made.stdout)
        services.forums.start_forum(forum_id)
    finally:
        services.close()
    pdf = tmp_path / "recap.pdf"
    assert run("export", "--db", str(db), "--forum", str(forum_id), "--pdf", str(pdf)).returncode == 0
    assert "Organised by Northwind Logistics" in pdf_text(pdf)
    assert "Contact: Dana Reyes, careers@northwind.example" in pdf_text(pdf)
    assert PdfReader(str(pdf)).metadata.author == "Northwind Logistics"
    too_long = run("new", "--db", str(db), "--title", "T", "--partner", "P", "--organiser", "x" * 500)
    assert too_long.returncode == 2 and _one_sentence(too_long.stderr).endswith("characters long.")
