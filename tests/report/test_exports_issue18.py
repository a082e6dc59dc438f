"""Issue 18 in the exports: the room's own questions in the CSV and JSON exports (shareable and
internal), masked as the recap masks them and valid against the schemas; and content slides left
out of every recap and export (no "not asked", no "0 answers"), the other questions keeping their
numbers."""

from __future__ import annotations

import csv
import json

from report_helpers import ask_the_room, pdf_text
from schema_check import errors

from forumdesk.domain import Question, QuestionKind
from forumdesk.paths import resource
from forumdesk.report import export_forum
from forumdesk.services import Submission
from forumdesk.services.demo import demo_png


def asked_forum(services, partner):
    image = services.images.add(demo_png())
    forum = services.forums.create_forum("Asking forum", partner.id, questions=[
        Question(kind=QuestionKind.CONTENT, prompt="Who we are tonight", body="A logistics firm.",
                 image_sha=image.sha256),
        Question(kind=QuestionKind.OPEN_TEXT, prompt="What would you ask us?")])
    services.forums.start_forum(forum.id)
    services.forums.step(forum.id, +1)
    text_q = services.forums.questions(forum.id)[1]
    services.answers.submit(Submission(forum.id, text_q.id, "answer-000001", {"text": "Pay ranges"}))
    ask_the_room(services, forum.id, "=Do you hire <b>graduates</b>?")
    services.forums.end_forum(forum.id)
    return forum


EXPECTED = [{"text": "Write to me: [email removed] about visas", "votes": 2, "answered": False},
            {"text": "=Do you hire <b>graduates</b>?", "votes": 0, "answered": True}]


def test_json_exports_carry_what_the_room_asked_and_no_content_slide(services, partner, tmp_path):
    forum = asked_forum(services, partner)
    share, internal = tmp_path / "share.json", tmp_path / "forum-internal.json"
    export_forum(services, forum.id, json=share, json_internal=internal)
    for path, schema in ((share, "forum-export-shareable.schema.json"), (internal, "forum-export.schema.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        assert errors(document, json.loads(resource("schema", schema).read_text(encoding="utf-8"))) == []
        assert document["asked"] == EXPECTED
        # the content slide is not a question with no answers: it is not there; the next keeps its number
        assert [(q["number"], q["prompt"]) for q in document["questions"]] == [(2, "What would you ask us?")]


def test_csv_exports_carry_what_the_room_asked(services, partner, tmp_path):
    forum = asked_forum(services, partner)
    share, internal = tmp_path / "share.csv", tmp_path / "forum-internal.csv"
    export_forum(services, forum.id, csv=share, csv_internal=internal)
    for path in (share, internal):
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        rows = list(csv.DictReader(lines[1:] if lines[0].startswith("# INTERNAL") else lines))
        asked = [(r["text"], r["votes"], r["answered"]) for r in rows if r["record"] == "asked"]
        assert asked == [("Write to me: [email removed] about visas", "2", "no"),
                         ("'=Do you hire <b>graduates</b>?", "0", "yes")]  # a formula is neutralised
        assert "Who we are tonight" not in path.read_text(encoding="utf-8-sig")
        assert "Something the facilitator hid" not in path.read_text(encoding="utf-8-sig")


def test_the_recap_leaves_content_slides_out_even_when_listing_unasked_questions(services, partner, tmp_path):
    forum = asked_forum(services, partner)
    pdf = tmp_path / "recap.pdf"
    export_forum(services, forum.id, pdf=pdf, html=tmp_path / "recap.html", xlsx=tmp_path / "recap.xlsx",
                 include_unasked=True)
    text = " ".join(pdf_text(pdf).split())
    assert "What would you ask us?" in text and "What the room asked" in text
    assert "Who we are tonight" not in text
    assert "Who we are tonight" not in (tmp_path / "recap.html").read_text(encoding="utf-8")
