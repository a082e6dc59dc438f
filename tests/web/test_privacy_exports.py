"""Issue 14 "done when": flagged answers posted over HTTP to the real server, and room notes, reach
the recap and the shareable CSV/JSON masked (kept only where the facilitator chose), small groups
left out; the internal exports are labelled internal in their name and inside."""

from __future__ import annotations

import csv
import json
import re

from pypdf import PdfReader
from report.schema_check import errors
from web.conftest import Client

from forumdesk.domain import kinds
from forumdesk.paths import resource
from forumdesk.report import ExportError, export_forum

EMAIL = "Write to jane.doe@example.org about the internship"
PHONE = "Call me on 06 12 34 56 78 tonight"
KEPT = "Our club is at careers@club.example.org, everyone welcome"
PLAIN = ["Meaningful work", "Fair pay", "Good mentoring"]
SMALL = ["Only two of us answered", "My manager was unfair to me"]
GUARDED_NOTE = "The two who answered said the night shift team is the problem"
FLAGGED_NOTE = "Someone asked to be called on +44 20 7946 0958"


def _pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))


def test_flagged_answers_and_notes_through_every_export(services, self_paced_forum, start_server, tmp_path):
    forum = self_paced_forum
    client = Client(start_server(forum.id))
    text_q, _, _, _, words_q = services.forums.questions(forum.id)
    for text in [EMAIL, PHONE, KEPT, *PLAIN]:
        assert client.answer(text_q.id, text=text).status == 201
    for text in SMALL:  # 2 answers < k = 5: a small group
        assert client.answer(words_q.id, text=text[:40].split()[0] + " " + text.split()[1]).status == 201
    services.answers.add_note(forum.id, FLAGGED_NOTE, text_q.id)
    services.answers.add_note(forum.id, GUARDED_NOTE, words_q.id)

    # The review lists answers and notes, all masked by default; the facilitator keeps one detail.
    findings = services.privacy.findings(forum.id)
    assert {f.source for f in findings} == {"answer", "note"} and not any(f.kept for f in findings)
    kept = next(f for f in findings if f.detail == "careers@club.example.org")
    services.privacy.set_kept(forum.id, kept.key, True)

    out = {name: tmp_path / name for name in ("recap.pdf", "share.csv", "share.json",
                                              "forum-internal.csv", "forum-internal.json")}
    result = export_forum(services, forum.id, pdf=out["recap.pdf"], csv=out["share.csv"], json=out["share.json"],
                          csv_internal=out["forum-internal.csv"], json_internal=out["forum-internal.json"])
    assert result.masked == 3  # the e-mail, the phone number in the answer, the one in the note

    pdf = _pdf_text(out["recap.pdf"])
    share_csv = out["share.csv"].read_text(encoding="utf-8-sig")
    share_json = json.loads(out["share.json"].read_text(encoding="utf-8"))
    shared = [pdf, share_csv, json.dumps(share_json, ensure_ascii=False)]
    for text in shared:
        assert "jane.doe" not in text and "12 34 56" not in text and "7946" not in text
        assert "careers@club.example.org" in text  # kept by an explicit choice
        assert GUARDED_NOTE not in text and "night shift" not in text  # note on a small-group question
        assert "My manager" not in text  # small-group answer
    assert "[email removed]" in pdf and "[phone removed]" in pdf
    assert "note from the room on this question is left out" in pdf
    assert "3 details were masked" in pdf

    # Shareable: no ids, no timestamps, small group present only as a fact.
    rows = list(csv.DictReader(out["share.csv"].open(encoding="utf-8-sig", newline="")))
    assert not {"id", "created_at", "question_id", "forum_id"} & set(rows[0])
    assert [r["record"] for r in rows if r["question_number"] == "5"] == ["small_group"]
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", share_csv + json.dumps(share_json))
    assert share_json["internal"] is False
    schema = json.loads(resource("schema", "forum-export-shareable.schema.json").read_text(encoding="utf-8"))
    assert errors(share_json, schema) == []
    assert json.dumps({"enum": [k.value for k in kinds.BUILT_IN if k.takes_answers]}) in json.dumps(schema)
    small = share_json["questions"][4]
    assert small["small_group"] and small["answers"] == [] and small["notes"] == [] and small["results"] is None

    # Internal: labelled in its name and inside, has everything (still masked unless kept).
    internal_csv = out["forum-internal.csv"].read_text(encoding="utf-8-sig")
    assert internal_csv.startswith("# INTERNAL")
    assert GUARDED_NOTE in internal_csv and "jane.doe" not in internal_csv
    internal = json.loads(out["forum-internal.json"].read_text(encoding="utf-8"))
    schema = json.loads(resource("schema", "forum-export.schema.json").read_text(encoding="utf-8"))
    assert errors(internal, schema) == []
    assert internal["internal"] is True and "Do not share" in internal["notice"]
    assert any(a["text"].startswith("My manager") for q in internal["questions"] for a in q["answers"])


def test_an_internal_export_must_say_so_in_its_name(services, self_paced_forum, tmp_path):
    target = tmp_path / "forum.csv"
    try:
        export_forum(services, self_paced_forum.id, csv_internal=target)
    except ExportError as exc:
        assert "forum-internal.csv" in str(exc)
    else:
        raise AssertionError("an internal export was written under a name that does not say internal")
    assert not target.exists()
