"""What the partner's recap says (issue 17 item 1), read back from the PDF and the HTML: who ran
the forum and a contact on the cover (and as the PDF's author), honest participation, the
facilitator's "three things we heard" and the commitments with owner and date on page 2, and
questions never asked left out (or listed as "not asked" when chosen)."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from report_helpers import COMMITMENTS, pdf_pages
from schema_check import errors

from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.paths import resource
from forumdesk.report import export_forum

TAKEAWAYS = ["Salaries belong in every job ad.", "Silence after an interview hurts <b>trust</b>."]


@pytest.fixture
def detailed(services, rich_forum):
    forums = services.forums
    forum = forums.forum(rich_forum.forum_id)
    forums.update_forum(replace(forum, organiser="Northwind Logistics", contact="Dana Reyes, careers@northwind.example",
                                headcount=40, takeaways=TAKEAWAYS))
    first = services.answers.commitments(rich_forum.forum_id)[0]
    services.answers.update_commitment(rich_forum.forum_id, first.id, owner="HR team", due_date="2026-06-30")
    return rich_forum


def test_details_survive_the_database(services, detailed):
    forum = services.forums.forum(detailed.forum_id)
    assert (forum.organiser, forum.headcount, forum.takeaways) == ("Northwind Logistics", 40, TAKEAWAYS)
    assert forum.contact == "Dana Reyes, careers@northwind.example"


def test_cover_names_the_organiser_and_page_2_has_takeaways_and_commitments(services, detailed, tmp_path):
    path = tmp_path / "recap.pdf"
    export_forum(services, detailed.forum_id, pdf=path)
    pages = pdf_pages(path)
    cover, overview = pages[0], pages[1]
    assert "Organised by Northwind Logistics" in cover
    assert "Contact: Dana Reyes, careers@northwind.example" in cover  # typed by the facilitator: not masked
    assert "40 people in the room (counted by the facilitator)" in cover
    assert "6 people answered at least once (at least 15% of the room)" in cover  # 6 of 40 voted (12 open answers say nothing of people)
    assert "participants" not in cover and "+" not in cover.split("Organised by")[1]
    assert "Three things we heard" in overview
    for text in TAKEAWAYS:
        assert text in overview  # markup-like text stays text
    assert f"{COMMITMENTS[0]} — Owner: HR team · By 30 June 2026" in overview
    assert COMMITMENTS[1] in overview
    assert PdfReader(str(path)).metadata.author == "Northwind Logistics"


def test_html_has_the_same_details(services, detailed, tmp_path):
    path = tmp_path / "recap.html"
    export_forum(services, detailed.forum_id, html=path)
    page = path.read_text(encoding="utf-8")
    assert "Organised by Northwind Logistics" in page
    assert "<strong>40</strong> people in the room (counted by the facilitator)" in page
    assert "Silence after an interview hurts &lt;b&gt;trust&lt;/b&gt;." in page
    assert "Owner: HR team · By 30 June 2026" in page


@pytest.fixture
def half_run(services, partner):
    """A facilitator-paced forum where only the first of three questions was opened."""
    questions = [Question(QuestionKind.OPEN_TEXT, "Asked and answered?"),
                 Question(QuestionKind.OPEN_TEXT, "Never reached, first"),
                 Question(QuestionKind.OPEN_TEXT, "Never reached, second")]
    forum = services.forums.create_forum("Half run", partner.id, pace=Pace.FACILITATOR, questions=questions)
    services.forums.start_forum(forum.id)
    services.forums.end_forum(forum.id)
    return forum.id


def test_questions_never_asked_are_left_out(services, half_run, tmp_path):
    path = tmp_path / "recap.pdf"
    export_forum(services, half_run, pdf=path, html=tmp_path / "recap.html")
    text = " ".join(pdf_pages(path))
    assert "Asked and answered?" in text
    assert "Never reached" not in text
    assert "Never reached" not in (tmp_path / "recap.html").read_text(encoding="utf-8")
    assert "1 question asked" in text  # the plural follows the number


def test_questions_never_asked_are_listed_as_not_asked_when_chosen(services, half_run, tmp_path):
    path = tmp_path / "recap.pdf"
    export_forum(services, half_run, pdf=path, include_unasked=True)
    text = " ".join(pdf_pages(path))
    assert "Never reached, first" in text and "Never reached, second" in text
    assert text.count("This question was not asked during the forum.") == 2


def test_takeaways_organiser_contact_and_headcount_reach_the_spreadsheet_and_data_files(services, detailed, tmp_path):
    files = {name: tmp_path / name for name in ("recap.xlsx", "recap.json", "recap.csv", "recap-internal.json",
                                                "recap-internal.csv")}
    export_forum(services, detailed.forum_id, xlsx=files["recap.xlsx"], json=files["recap.json"],
                 csv=files["recap.csv"], json_internal=files["recap-internal.json"],
                 csv_internal=files["recap-internal.csv"])
    summary = [list(row) for row in load_workbook(files["recap.xlsx"])["Summary"].iter_rows(values_only=True)]
    heard = next(i for i, row in enumerate(summary) if row[1] == "Three things we heard")
    assert all(cell is None for cell in summary[heard - 1])  # apart from the questions' block
    assert [row[:2] for row in summary[heard + 1:]] == [[1, TAKEAWAYS[0]], [2, TAKEAWAYS[1]]]
    for name, schema in (("recap.json", "forum-export-shareable.schema.json"),
                         ("recap-internal.json", "forum-export.schema.json")):
        document = json.loads(files[name].read_text(encoding="utf-8"))
        assert errors(document, json.loads(resource("schema", schema).read_text(encoding="utf-8"))) == []
        forum = document["forum"]
        assert (forum["organiser"], forum["contact"], forum["headcount"], forum["takeaways"]) == (
            "Northwind Logistics", "Dana Reyes, careers@northwind.example", 40, TAKEAWAYS)
    for name in ("recap.csv", "recap-internal.csv"):
        lines = files[name].read_text(encoding="utf-8-sig").splitlines(keepends=True)
        rows = list(csv.DictReader([line for line in lines if not line.startswith("# ")]))
        assert {row["organiser"] for row in rows} == {"Northwind Logistics"}
        assert [row["text"] for row in rows if row["record"] == "takeaway"] == TAKEAWAYS


def _answer(services, forum_id, question, client, **content):
    import uuid

    from forumdesk.services.answers import Submission

    outcome = services.answers.submit_many([Submission(forum_id, question.id, str(uuid.uuid4()), content,
                                                       client_id=client)])[0]
    assert outcome.answer is not None


def test_people_are_counted_from_votes_never_from_open_answers(services, partner, tmp_path):
    # Two phones write five open answers between them (an open question takes several from one phone)
    forum = services.forums.create_forum("Evening", partner.id, pace=Pace.SELF, questions=[
        Question(QuestionKind.OPEN_TEXT, "What should change?"),
        Question(QuestionKind.RATING, "How fair was the process?", scale=None)])
    services.forums.start_forum(forum.id)
    open_q, rating = services.forums.questions(forum.id)
    for index in range(5):
        _answer(services, forum.id, open_q, f"phone-{index % 2}", text=f"Idea number {index}")
    only_open = tmp_path / "open.pdf"
    services.forums.set_current(forum.id, open_q.id)
    export_forum(services, forum.id, pdf=only_open)
    # THEN the cover does not claim five people: no vote was asked, so it names no number of people
    cover = pdf_pages(only_open)[0]
    assert "answered at least once" not in cover and "5 answers from phones" in cover
    # WHEN three phones vote on the rating, the cover says at least three people answered
    for index in range(3):
        _answer(services, forum.id, rating, f"phone-{index}", rating=4)
    with_votes = tmp_path / "votes.pdf"
    export_forum(services, forum.id, pdf=with_votes)
    cover = pdf_pages(with_votes)[0]
    assert "3 people answered at least once (at least: the most phones that voted on one question)" in cover
