"""The spreadsheet recap (issue 17 item 3), read back with openpyxl: its three sheets, the counts
per question, the answers masked and guarded as in the PDF, and no cell that is a formula."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook
from report_helpers import COMMITMENTS, HIDDEN_ANSWER, KEPT_ANSWER, SMALL_GROUP_ANSWERS, TEXT_ANSWERS

from forumdesk.domain.privacy import mask_contacts
from forumdesk.report import export_forum


@pytest.fixture
def book(services, rich_forum, tmp_path):
    first = services.answers.commitments(rich_forum.forum_id)[0]
    services.answers.update_commitment(rich_forum.forum_id, first.id, owner="HR team", due_date="2026-06-30")
    path = tmp_path / "recap.xlsx"
    assert export_forum(services, rich_forum.forum_id, xlsx=path).files == [path]
    return load_workbook(path)


def _rows(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_three_sheets_with_one_summary_row_per_question(book):
    assert book.sheetnames == ["Summary", "Shareable answers", "Commitments"]
    rows = _rows(book["Summary"])
    assert [r[:2] for r in rows] == [
        [1, "What makes you hesitate before applying?"], [2, "What would you tell the hiring manager?"],
        [3, "What matters most?"], [4, "How fair is hiring today?"], [5, "In a few words: a great employer is…"]]
    assert [r[3] for r in rows] == [len(TEXT_ANSWERS) + 1, "fewer than 5", 6, 6, 5]  # hidden one not counted
    assert [r[4] for r in rows] == ["no", "yes", "no", "no", "no"]
    assert rows[2][5] == 21  # hands counted in the room, apart from the phones
    assert rows[0][6] == "Pay transparency (2)"
    assert rows[2][7] == "Most chosen: Pay (50%)"
    assert rows[0][7] == "Themes: Pay transparency"  # what the PDF says stood out, not its most common words


def test_shareable_answers_are_masked_and_guarded_as_in_the_pdf(book):
    texts = [r[2] for r in _rows(book["Shareable answers"])]
    for answer in TEXT_ANSWERS:
        assert mask_contacts(answer) in texts
    assert KEPT_ANSWER in texts
    for absent in [HIDDEN_ANSWER, *SMALL_GROUP_ANSWERS]:
        assert absent not in texts
    assert not any("sam.taylor@example.org" in str(t) for t in texts)


def test_commitments_sheet_has_owner_and_date(book):
    rows = _rows(book["Commitments"])
    assert rows == [[1, COMMITMENTS[0], "HR team", datetime(2026, 6, 30), "Planned"],  # a date cell, to sort by
                    [2, COMMITMENTS[1], None, None, "Planned"]]


def test_no_cell_is_a_formula(book):
    formula_like = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    formula_like += 1
                    assert cell.data_type == "s" and cell.quotePrefix, (sheet.title, cell.coordinate)
    assert formula_like >= 4  # the rich forum's =HYPERLINK, -2, +1 and @ answers are there, as text
