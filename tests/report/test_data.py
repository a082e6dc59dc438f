"""The facilitator's internal CSV and JSON exports (the partner's shareable ones: test_shareable.py)."""

from __future__ import annotations

import csv
import json

import pytest
from report_helpers import GENERAL_NOTE, HIDDEN_ANSWER, KEPT_ANSWER, NOTES, SMALL_GROUP_ANSWERS, TEXT_ANSWERS
from schema_check import errors

from forumdesk.domain.privacy import mask_contacts
from forumdesk.paths import resource
from forumdesk.report import export_forum
from forumdesk.report.data import CSV_COLUMNS

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _unneutralised(cell: str) -> str:
    """What the attendee typed, from a cell the export protected with a leading apostrophe."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


@pytest.fixture
def csv_rows(services, rich_forum, tmp_path):
    path = tmp_path / "forum-internal.csv"
    export_forum(services, rich_forum.forum_id, csv_internal=path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert handle.readline().startswith("# INTERNAL - full export for the facilitator only")
        reader = csv.DictReader(handle)
        assert reader.fieldnames == CSV_COLUMNS
        return list(reader)


def test_csv_round_trips_every_visible_answer_and_note(services, rich_forum, csv_rows):
    # GIVEN the forum's visible answers, as the services see them
    visible = services.answers.answers(rich_forum.forum_id, include_hidden=False)
    answer_rows = {int(r["id"]): r for r in csv_rows if r["record"] == "answer"}
    # THEN there is one row per visible answer, with its text (masked unless kept), choices or rating
    assert set(answer_rows) == {a.id for a in visible}
    for answer in visible:
        row = answer_rows[answer.id]
        if answer.content.text is not None:
            expected = answer.content.text if answer.masked_kept else mask_contacts(answer.content.text)
            assert _unneutralised(row["text"]) == expected
        if answer.content.rating is not None:
            assert row["rating"] == str(answer.content.rating)
        if answer.content.choices:
            assert row["choice_indexes"] == " ".join(map(str, answer.content.choices))
    notes = [r["text"] for r in csv_rows if r["record"] == "note"]
    assert sorted(notes) == sorted([*NOTES, mask_contacts(GENERAL_NOTE)])


def test_csv_keeps_scripts_themes_and_small_groups_but_never_hidden_answers(csv_rows):
    texts = [_unneutralised(r["text"]) for r in csv_rows]
    assert HIDDEN_ANSWER not in texts
    assert "Прозрачность зарплаты важнее всего." in texts
    assert KEPT_ANSWER in texts
    small = [r for r in csv_rows if r["text"] in SMALL_GROUP_ANSWERS]
    assert len(small) == 3 and all(r["small_group"] == "yes" for r in small)
    themed = [r for r in csv_rows if r["themes"] == "Pay transparency"]
    assert {r["text"] for r in themed} == {TEXT_ANSWERS[0], TEXT_ANSWERS[3]}


def test_csv_cells_cannot_run_as_formulas(csv_rows):
    for row in csv_rows:
        for column, cell in row.items():
            assert not cell.startswith(FORMULA_START), f"{column}: {cell!r}"
    texts = {r["text"] for r in csv_rows}
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in texts
    assert "'-2 points for ghosting" in texts
    assert "'+1 to the previous answer" in texts
    assert "'@ 9am on a weekday works best for interviews" in texts


@pytest.fixture
def document(services, rich_forum, tmp_path):
    path = tmp_path / "forum-internal.json"
    export_forum(services, rich_forum.forum_id, json_internal=path)
    return json.loads(path.read_text(encoding="utf-8"))


def test_json_validates_against_its_documented_schema(document):
    schema = json.loads(resource("schema", "forum-export.schema.json").read_text(encoding="utf-8"))
    assert errors(document, schema) == []


def test_schema_check_catches_a_wrong_document(document):
    # The hand-written checker must be able to fail, or the test above proves nothing.
    schema = json.loads(resource("schema", "forum-export.schema.json").read_text(encoding="utf-8"))
    document["questions"][0]["answers"][0]["starred"] = "yes"
    del document["partner"]["kind"]
    document["surprise"] = 1
    problems = errors(document, schema)
    assert len(problems) == 3


def test_json_holds_the_whole_forum_without_hidden_answers(services, rich_forum, document):
    assert document["internal"] is True and "Do not share it" in document["notice"]
    assert document["forum"]["title"] == "Spring forum: what candidates need"
    assert document["partner"] == {"name": "Université de Lyon — Career Centre", "kind": "other"}
    assert document["privacy"]["hidden_answers_left_out"] == 1
    assert document["privacy"]["contact_details_kept"] == 1
    answers = [a for q in document["questions"] for a in q["answers"]]
    visible = services.answers.answers(rich_forum.forum_id, include_hidden=False)
    assert sorted(a["id"] for a in answers) == sorted(a.id for a in visible)
    assert rich_forum.hidden_answer_id not in {a["id"] for a in answers}
    texts = {a["text"] for a in answers}
    assert "Write to [email removed] for the details." in texts
    choice = next(q for q in document["questions"] if q["kind"] == "single")
    assert choice["results"]["room_counts"] == [17, 0, 4]
    assert choice["results"]["choice_counts"] == [3, 2, 1]
    assert [c["text"] for c in document["commitments"]] == [
        "Publish a salary range on every job ad.", "Reply to every candidate within ten working days."]
    words = next(q for q in document["questions"] if q["kind"] == "words")["results"]["words"]
    assert words[0] == ["fair pay", 2]
