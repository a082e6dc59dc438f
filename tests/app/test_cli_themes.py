"""``forumdesk themes``: JSON that covers every visible answer of a question exactly once, from a
real database file, as a real process (issue 13 item 4)."""

import json
import sqlite3

import pytest

from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.services import Services, Submission
from tests.app.test_cli import assert_one_line_error, forumdesk
from tests.rooms import open_text_room

ANSWERS = [
    "More buses in the evening", "more buses in the evening!", "MORE BUSES in the  evening", "Rents are too high",
    "rents are too high", "Plant more trees", "Plus d'arbres", "Plus de bus le soir", "A youth centre",
    "Affordable housing", "Secret: call 555", "Parking near the market",
]


@pytest.fixture
def room(db_path):
    services = Services.open(db_path)
    partner = services.forums.create_partner("Town")
    questions = [Question(kind=QuestionKind.OPEN_TEXT, prompt="What should change?", max_length=200),
                 Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Which?", choices=["A", "B"])]
    forum = services.forums.create_forum("Big room", partner.id, pace=Pace.SELF, questions=questions)
    services.forums.start_forum(forum.id)
    qid = services.forums.questions(forum.id)[0].id
    for n, text in enumerate(ANSWERS):
        services.answers.submit(Submission(forum.id, qid, f"s{n}", {"text": text}, f"phone-{n}"))
    answers = services.answers.answers(forum.id, qid)
    hidden = next(a for a in answers if a.content.text == "Secret: call 555")
    services.answers.set_hidden(hidden.id, True)
    visible = sorted(a.id for a in answers if a.id != hidden.id)
    services.close()
    return forum.id, visible, hidden.id


def covered(groups):
    return sorted(i for g in groups for i in g["answer_ids"])


def test_duplicates_count_the_same_answer_once_and_keep_every_original_stored(room, db_path):
    forum_id, visible, hidden_id = room
    result = forumdesk("themes", "--db", db_path, "--forum", forum_id, "--question", 1, "--duplicates")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert covered(out["groups"]) == visible  # every visible answer once, the hidden one nowhere
    assert out["groups"][0]["text"] == "More buses in the evening" and len(out["groups"][0]["answer_ids"]) == 3
    assert [len(g["answer_ids"]) for g in out["groups"]][:2] == [3, 2]
    conn = sqlite3.connect(db_path)  # nothing merged in the database
    assert conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == len(ANSWERS)
    conn.close()


@pytest.mark.parametrize("k", [None, 3])
def test_suggest_covers_every_visible_answer_exactly_once(room, db_path, k):
    forum_id, visible, _ = room
    extra = [] if k is None else ["--k", k]
    result = forumdesk("themes", "--db", db_path, "--forum", forum_id, "--question", 1, "--suggest", *extra)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["question"] == 1
    assert covered(out["groups"]) == visible
    assert all(g["name"] and g["answer_ids"] for g in out["groups"])
    if k is not None:
        assert len(out["groups"]) == k
    same = {i for g in out["groups"] for i in g["answer_ids"] if len(set(g["answer_ids"]) & set(visible[:3])) == 3}
    assert set(visible[:3]) <= same  # the same answer three times lands in one theme


def test_bad_question_numbers_and_kinds_are_one_line_errors(room, db_path):
    forum_id, _, _ = room
    assert_one_line_error(forumdesk("themes", "--db", db_path, "--forum", forum_id, "--question", 7, "--suggest"),
                          "there is no question 7")
    assert_one_line_error(forumdesk("themes", "--db", db_path, "--forum", forum_id, "--question", 2, "--duplicates"),
                          "not answered in words")
    assert_one_line_error(forumdesk("themes", "--db", db_path, "--forum", 99, "--question", 1, "--duplicates"),
                          "no forum with id 99")
    assert_one_line_error(forumdesk("themes", "--db", db_path, "--forum", forum_id, "--question", 1), "--suggest")


def open_question_room(db_path, title: str, texts: list[str]) -> tuple[int, dict[str, int]]:
    """``rooms.open_text_room`` in the database file the command reads; returns the forum's id and
    each text's answer id."""
    services = Services.open(db_path)
    forum, qid = open_text_room(services, services.forums.create_partner("Town").id, texts, title=title)
    ids = {a.content.text: a.id for a in services.answers.answers(forum.id, qid)}
    services.close()
    return forum.id, ids


def suggested(db_path, forum_id: int, k: int) -> list[dict]:
    result = forumdesk("themes", "--db", db_path, "--forum", forum_id, "--question", 1, "--suggest", "--k", k)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["groups"]


BILINGUAL = {
    "transport": ["More buses in the evening", "Trains every ten minutes", "Plus de bus le soir",
                  "Des trains plus fréquents"],
    "housing": ["Rents are too high", "Cheaper flats for families", "Les loyers sont trop chers",
                "Des logements abordables"],
    "nature": ["Plant more trees", "A bigger park", "Plus d'arbres dans les rues", "Un jardin public"],
}


def test_english_and_french_answers_about_the_same_thing_share_a_theme(db_path):
    # GIVEN a bilingual room where each thing was said in English and in French, in different words
    forum_id, ids = open_question_room(db_path, "Bilingual", [t for group in BILINGUAL.values() for t in group])
    theme_of = {ids[text]: theme for theme, group in BILINGUAL.items() for text in group}
    # WHEN the facilitator asks for three themes
    groups = [{theme_of[i] for i in g["answer_ids"]} for g in suggested(db_path, forum_id, 3)]
    # THEN each suggested group is one of the three things, in both languages
    assert sorted(len(g) for g in groups) == [1, 1, 1], groups
    assert {g.pop() for g in groups} == set(BILINGUAL)


def test_a_proposed_name_is_written_as_the_answers_write_it(db_path):
    # GIVEN French answers that share a word with accents
    forum_id, _ = open_question_room(db_path, "Forum", ["Plus de diversité", "La diversité des équipes",
                                                        "DIVERSITÉ des profils"])
    # WHEN one theme is proposed for them, THEN its name keeps the accent the room typed (not "diversite")
    assert [g["name"] for g in suggested(db_path, forum_id, 1)] == ["diversité"]


def test_a_proposed_name_is_the_word_that_sets_the_group_apart(db_path):
    # GIVEN a question where most answers say "work": half of them about working from home, half about pay
    forum_id, _ = open_question_room(db_path, "Forum", [
        "Work from home two days a week", "More work from home", "Remote work please",
        "Better pay for the work", "Pay for extra work", "Higher pay"])
    # WHEN two themes are proposed, THEN they are named "home" and "pay", not "work", which the whole room uses
    assert sorted(g["name"] for g in suggested(db_path, forum_id, 2)) == ["home", "pay"]
