"""`forumdesk compare` (issue 19 item 3) on three forums that asked the same questions, run as a
user runs it: the JSON read back, the PDF read back with pypdf, small groups guarded."""

from __future__ import annotations

import json
import uuid

import pytest
from pypdf import PdfReader

from forumdesk.domain import Question, QuestionKind, Scale
from forumdesk.services import Services, Submission
from tests.app.test_cli import assert_one_line_error, forumdesk

QUESTIONS = [
    Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Which matters most?", choices=["Pay", "People", "Growth"]),
    Question(kind=QuestionKind.RATING, prompt="How fair was your last interview?", scale=Scale(1, 5)),
    Question(kind=QuestionKind.OPEN_TEXT, prompt="What would make you apply?"),
]
# Per forum: choice picks, ratings, texts. The third forum has only two answers per question.
ROOMS = [
    ([0, 0, 0, 1, 2], [1, 2, 2, 3, 5], ["Fair pay and <b>respect</b>", "Pay", "Fair pay", "Growth", "Mentoring"]),
    ([1, 1, 1, 1, 2, 0], [4, 4, 4, 4, 4, 4], ["Good people", "People", "Mentoring", "People first", "Team", "Team"]),
    ([2, 2], [5, 1], ["Only two of us", "Secret"]),
]


@pytest.fixture
def three_forums(db_path):
    services = Services.open(db_path)
    partner = services.forums.create_partner("Riverside University")
    ids = []
    for index, (picks, ratings, texts) in enumerate(ROOMS):
        # Forum 2 words its prompts differently in case and spacing: still the same question.
        questions = QUESTIONS if index != 1 else [Question(kind=q.kind, prompt=q.prompt.upper() + "  ", choices=q.choices,
                                                            scale=q.scale) for q in QUESTIONS]
        forum = services.forums.create_forum(f"Forum {index + 1}", partner.id, pace="self", questions=questions,
                                             date=f"2026-0{index + 3}-01")
        services.forums.start_forum(forum.id)
        qs = services.forums.questions(forum.id)
        for payloads, question in zip(([{"choices": [p]} for p in picks], [{"rating": r} for r in ratings],
                                       [{"text": t} for t in texts]), qs, strict=True):
            for payload in payloads:
                services.answers.submit(Submission(forum.id, question.id, str(uuid.uuid4()), payload,
                                                   client_id=str(uuid.uuid4())))
        ids.append(forum.id)
    text_q = services.forums.questions(ids[0])[2]
    theme = services.answers.create_theme(ids[0], "Pay transparency")
    for answer in services.answers.answers(ids[0], text_q.id)[:3]:
        services.answers.tag(answer.id, theme.id)
    services.close()
    return ids


def test_compare_json_and_pdf_for_three_forums(db_path, three_forums, tmp_path):
    a, b, c = three_forums
    result = forumdesk("compare", "--db", db_path, "--forum", a, "--forum", b, "--forum", c,
                       "--json", tmp_path / "cmp.json", "--pdf", tmp_path / "cmp.pdf")
    assert result.returncode == 0, result.stderr
    document = json.loads((tmp_path / "cmp.json").read_text(encoding="utf-8"))
    assert [f["forum"] for f in document["forums"]] == [a, b, c]
    assert [f["answers"] for f in document["forums"]] == [15, 18, 6]
    assert [q["prompt"] for q in document["questions"]] == [q.prompt for q in QUESTIONS]

    choice, rating, text = (q["per_forum"] for q in document["questions"])
    assert [e["forum"] for e in choice] == [a, b, c]
    assert [(x["choice"], x["count"]) for x in choice[0]["choices"]] == [("Pay", 3), ("People", 1), ("Growth", 1)]
    assert choice[1]["choices"][1] == {"choice": "People", "count": 4, "share": round(4 / 6, 3)}
    assert rating[0]["mean"] == 2.6 and rating[0]["spread"] == pytest.approx(1.36, abs=0.01)
    assert rating[1]["mean"] == 4 and rating[1]["spread"] == 0
    assert text[0]["themes"] == [["Pay transparency", 3]] and ["pay", 3] in text[0]["words"]
    # Two answers, under the threshold of five: only the count, in the JSON and in the PDF.
    for entry in (choice[2], rating[2], text[2]):
        assert entry == {"forum": c, "answers": 2, "small_group": True}

    pdf = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "cmp.pdf").pages)
    assert "Forums compared" in pdf and "Which matters most?" in pdf
    assert "Pay: 3 (60%)" in pdf and "Mean 2.6 (spread ±1.36)" in pdf
    assert "Fewer than 5 answers" in pdf and "Secret" not in pdf
    assert "<b>" not in pdf  # words of the answers are drawn, never their markup


def test_compare_needs_two_forums_that_exist(db_path, three_forums, tmp_path):
    a = three_forums[0]
    assert_one_line_error(forumdesk("compare", "--db", db_path, "--forum", a), "at least two different forums")
    assert_one_line_error(forumdesk("compare", "--db", db_path, "--forum", a, "--forum", 99), "no forum with id 99")
    missing = tmp_path / "nowhere" / "cmp.json"
    assert_one_line_error(forumdesk("compare", "--db", db_path, "--forum", a, "--forum", a + 1, "--json", missing,
                                    "--pdf", tmp_path / "cmp.pdf"), "does not exist")
    assert not (tmp_path / "cmp.pdf").exists()


def test_the_compare_pdf_speaks_the_users_language(db_path, three_forums, tmp_path):
    a, b, _ = three_forums
    result = forumdesk("compare", "--db", db_path, "--forum", a, "--forum", b, "--pdf", tmp_path / "cmp.pdf",
                       env_extra={"LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_FR.UTF-8"})
    assert result.returncode == 0, result.stderr
    reader = PdfReader(tmp_path / "cmp.pdf")
    pdf = "\n".join(page.extract_text() for page in reader.pages)
    assert "Forums comparés" in pdf and "Ce qu’ils ont dit" in pdf and "Partenaire" in pdf
    assert "Forums compared" not in pdf
    assert reader.trailer["/Root"]["/Lang"] == "fr"
