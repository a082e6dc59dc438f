"""The demo forum's recap in its three formats, read as the partner's director would (issue 17,
"pages of the demo forum's three formats looked at"): what was wrong when they were looked at
stays fixed. The room's hands never outnumber the people counted in it, a promise dropped at the
last forum is not made again, dates read as dates, the HTML has the PDF's "Since last time", and
the spreadsheet's "what stood out" is the PDF's."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from openpyxl import load_workbook
from report_helpers import pdf_text

from forumdesk.domain import kinds
from forumdesk.report import export_forum
from forumdesk.services.demo import PAST_OUTCOMES, create_demo_forum


@pytest.fixture
def demo(services, tmp_path):
    forum = create_demo_forum(services.forums, services.answers, services.sets)
    files = {kind: tmp_path / f"recap.{kind}" for kind in ("pdf", "html", "xlsx")}
    export_forum(services, forum.id, **files)
    return forum, files


def test_room_counts_fit_the_room(services, demo):
    forum, _ = demo
    for question in services.forums.questions(forum.id):
        if kinds.of(question.kind).room_counts:
            assert sum(services.answers.room_counts(question.id).values()) <= forum.headcount


def test_a_dropped_promise_is_not_made_again(services, demo):
    forum, _ = demo
    dropped = [f.commitment.text for f, (status, _, _) in zip(services.partners.follow_ups(forum.id), PAST_OUTCOMES,
                                                               strict=True) if status == "dropped"]
    assert dropped
    assert not set(dropped) & {c.text for c in services.answers.commitments(forum.id)}


def test_dates_read_as_dates_and_the_html_has_since_last_time(demo):
    _, files = demo
    printed = pdf_text(files["pdf"])
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", printed)  # "2 September 2026", never "2026-09-02"
    html = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", files["html"].read_text(encoding="utf-8")))
    for piece in ("Since last time", "Salary ranges are on all 14 ads", "Dropped", "promised at Winter listening"):
        assert piece in html and piece in printed, piece
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", html)


def test_spreadsheet_says_what_stood_out_as_the_pdf_does_and_due_dates_are_dates(demo):
    _, files = demo
    book = load_workbook(files["xlsx"])
    stood_out = [row[7] for row in book["Summary"].iter_rows(min_row=2, max_row=10, values_only=True)]
    printed = pdf_text(files["pdf"])
    for text in stood_out:
        assert re.sub(r"\s+", " ", text) in printed, text
    assert all(isinstance(row[3], datetime) for row in book["Commitments"].iter_rows(min_row=2, values_only=True))
