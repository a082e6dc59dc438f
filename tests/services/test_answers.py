"""Submitting answers (idempotent, committed, one vote per device), moderation, notes, results."""

import sqlite3
import threading

import pytest

from forumdesk.domain import CommitmentStatus, Pace, Question, QuestionKind, Scale
from forumdesk.services import (
    AlreadyAnswered,
    EventKind,
    InvalidInput,
    NotFound,
    QuestionClosed,
    Services,
    Submission,
    SubmitStatus,
)


@pytest.fixture
def forum(services, partner):
    questions = [
        Question(kind=QuestionKind.OPEN_TEXT, prompt="Why?", max_length=50),
        Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Which?", choices=["Pay", "Team", "Growth"]),
        Question(kind=QuestionKind.RATING, prompt="How fair?", scale=Scale(1, 5)),
        Question(kind=QuestionKind.SHORT_WORDS, prompt="One word"),
    ]
    forum = services.forums.create_forum("F", partner.id, pace=Pace.SELF, questions=questions)
    services.forums.start_forum(forum.id)
    return forum


def qids(services, forum):
    return [q.id for q in services.forums.questions(forum.id)]


def test_a_submission_is_stored_once_even_when_retried(services, forum, db_path):
    text_q = qids(services, forum)[0]
    sub = Submission(forum.id, text_q, "11111111-1111-4111-8111-111111111111", {"text": "Fair pay"}, "c1")
    assert services.answers.submit(sub) is SubmitStatus.STORED
    assert services.answers.submit(sub) is SubmitStatus.DUPLICATE
    # A retry with the same id but other content changes nothing.
    retry = Submission(forum.id, text_q, sub.submission_id, {"text": "Changed"}, "c1")
    assert services.answers.submit(retry) is SubmitStatus.DUPLICATE
    # Committed: another connection (another process, in effect) sees exactly one row.
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT text FROM answers").fetchall() == [("Fair pay",)]
    conn.close()


def test_one_vote_per_device_on_choice_and_rating_but_not_on_text(services, forum):
    text_q, choice_q, rating_q, _ = qids(services, forum)
    services.answers.submit(Submission(forum.id, choice_q, "a", {"choices": [0]}, "phone-1"))
    with pytest.raises(AlreadyAnswered):
        services.answers.submit(Submission(forum.id, choice_q, "b", {"choices": [1]}, "phone-1"))
    services.answers.submit(Submission(forum.id, choice_q, "c", {"choices": [1]}, "phone-2"))
    services.answers.submit(Submission(forum.id, rating_q, "d", {"rating": 4}, "phone-1"))
    services.answers.submit(Submission(forum.id, text_q, "e", {"text": "one"}, "phone-1"))
    services.answers.submit(Submission(forum.id, text_q, "f", {"text": "two"}, "phone-1"))
    assert services.answers.results(choice_q).choice_counts == [1, 1, 0]


def test_the_device_table_holds_no_link_to_answers(services, forum):
    _, choice_q, _, _ = qids(services, forum)
    services.answers.submit(Submission(forum.id, choice_q, "a", {"choices": [2]}, "phone-1"))
    db = services.store.db
    columns = {c.name for c in db["device_votes"].columns}
    # answer_id is written only in forums with changeable votes (issue 18), which this one is not
    assert columns == {"question_id", "device_hash", "answer_id"}
    row = list(db.query("SELECT device_hash, answer_id FROM device_votes"))[0]
    assert row["answer_id"] is None
    stored = row["device_hash"]
    assert b"phone-1" not in stored
    answer_columns = {c.name for c in db["answers"].columns}
    assert not answer_columns & {"ip", "client_id", "user_agent", "device", "device_hash", "cookie"}


def test_refusals(services, forum, partner):
    text_q, choice_q, _, _ = qids(services, forum)
    with pytest.raises(InvalidInput, match="empty"):
        services.answers.submit(Submission(forum.id, text_q, "x1", {"text": "  "}))
    with pytest.raises(NotFound):
        services.answers.submit(Submission(forum.id, 9999, "x2", {"text": "hi"}))
    other = services.forums.create_forum("Other", partner.id, questions=[Question(kind="text", prompt="P")])
    other_q = services.forums.questions(other.id)[0].id
    with pytest.raises(NotFound):  # a question of another forum
        services.answers.submit(Submission(forum.id, other_q, "x3", {"text": "hi"}))
    with pytest.raises(QuestionClosed):
        services.answers.submit(Submission(other.id, other_q, "x4", {"text": "hi"}))
    assert services.answers.answers(forum.id) == [] and services.answers.answers(other.id) == []


def test_a_batch_stores_good_answers_and_refuses_only_the_bad_one(services, forum):
    text_q, choice_q, _, _ = qids(services, forum)
    outcomes = services.answers.submit_many([
        Submission(forum.id, text_q, "b1", {"text": "first"}),
        Submission(forum.id, text_q, "b1", {"text": "first again"}),  # duplicate inside the batch
        Submission(forum.id, choice_q, "b2", {"choices": [7]}),
        Submission(forum.id, text_q, "b3", {"text": "third"}),
    ])
    assert [o.status for o in outcomes] == [SubmitStatus.STORED, SubmitStatus.DUPLICATE, None, SubmitStatus.STORED]
    assert isinstance(outcomes[2].error, InvalidInput)
    assert [a.content.text for a in services.answers.answers(forum.id)] == ["first", "third"]


def test_concurrent_submissions_from_many_threads_are_all_stored_once(services, forum):
    text_q = qids(services, forum)[0]
    errors = []

    def phone(n):
        try:
            for _attempt in range(2):  # every phone retries once
                services.answers.submit(Submission(forum.id, text_q, f"sub-{n}", {"text": f"answer {n}"}))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(a.content.text for a in services.answers.answers(forum.id)) == sorted(f"answer {n}" for n in range(40))


def test_stored_answers_are_published(services, forum):
    seen = []
    services.events.subscribe(seen.append)
    services.answers.submit(Submission(forum.id, qids(services, forum)[0], "p1", {"text": "hello"}))
    stored = [e for e in seen if e.kind is EventKind.ANSWER_STORED]
    assert len(stored) == 1 and stored[0].data["answer"].content.text == "hello"


def test_hidden_answers_leave_the_results_and_starred_ones_are_marked(services, forum):
    text_q = qids(services, forum)[0]
    for n, text in enumerate(["fair pay", "fair hours", "rude recruiter"]):
        services.answers.submit(Submission(forum.id, text_q, f"h{n}", {"text": text}))
    rude = services.answers.answers(forum.id)[2]
    services.answers.set_hidden(rude.id, True)
    services.answers.set_starred(services.answers.answers(forum.id)[0].id, True)
    assert [a.content.text for a in services.answers.answers(forum.id, include_hidden=False)] == ["fair pay", "fair hours"]
    results = services.answers.results(text_q)
    assert results.responses == 2 and "rude" not in dict(results.words)
    assert services.answers.answers(forum.id)[0].starred


def test_themes_notes_room_counts_and_commitments(services, forum):
    text_q, choice_q, _, _ = qids(services, forum)
    services.answers.submit(Submission(forum.id, text_q, "t1", {"text": "show salaries"}))
    answer = services.answers.answers(forum.id)[0]
    pay = services.answers.create_theme(forum.id, "  Pay   transparency ")
    assert services.answers.create_theme(forum.id, "Pay transparency").id == pay.id
    services.answers.tag(answer.id, pay.id)
    assert services.answers.answer(answer.id).theme_ids == (pay.id,)
    services.answers.tag(answer.id, pay.id, tagged=False)
    assert services.answers.answer(answer.id).theme_ids == ()

    note = services.answers.add_note(forum.id, "Most hands went up for pay", choice_q)
    assert [n.text for n in services.answers.notes(forum.id)] == [note.text]
    with pytest.raises(InvalidInput):
        services.answers.add_note(forum.id, "   ")

    services.answers.set_room_count(choice_q, 0, 12)
    services.answers.set_room_count(choice_q, 0, 14)
    assert services.answers.results(choice_q).room_counts == [14, 0, 0]
    with pytest.raises(InvalidInput):
        services.answers.set_room_count(choice_q, 5, 1)
    with pytest.raises(InvalidInput):
        services.answers.set_room_count(text_q, 0, 1)

    first = services.answers.add_commitment(forum.id, "Publish salary ranges")
    services.answers.add_commitment(forum.id, "Reply within ten days")
    services.answers.update_commitment(forum.id, first.id, "Publish salary ranges on every ad")
    assert [c.text for c in services.answers.commitments(forum.id)] == [
        "Publish salary ranges on every ad", "Reply within ten days"]


def test_results_for_each_kind(services, forum):
    text_q, choice_q, rating_q, words_q = qids(services, forum)
    for n, (qid, payload) in enumerate([
        (choice_q, {"choices": [2]}), (choice_q, {"choices": [2]}), (choice_q, {"choices": [0]}),
        (rating_q, {"rating": 2}), (rating_q, {"rating": 5}),
        (words_q, {"text": "Growth"}), (words_q, {"text": "growth"}), (words_q, {"text": "pay"}),
    ]):
        services.answers.submit(Submission(forum.id, qid, f"r{n}", payload))
    assert services.answers.results(choice_q).choice_counts == [1, 0, 2]
    rating = services.answers.results(rating_q)
    assert rating.mean == 3.5 and rating.rating_distribution[5] == 1
    assert services.answers.results(words_q).words == [("growth", 2), ("pay", 1)]
    assert services.answers.results(text_q).responses == 0


def test_a_commitment_has_an_owner_a_date_a_status_and_an_outcome(services, forum, db_path):
    # GIVEN a commitment written with who does it and by when
    made = services.answers.add_commitment(forum.id, "Publish salary ranges", owner="  Talent   team ",
                                           due_date="2027-03-31")
    assert (made.owner, made.due_date, made.status) == ("Talent team", "2027-03-31", CommitmentStatus.PLANNED)
    # WHEN it is followed up: only the fields given change
    services.answers.update_commitment(forum.id, made.id, status="done", outcome="Ranges on every ad since May")
    # THEN what is read back (from the file, by a new connection) is the whole commitment
    again = Services.open(db_path).answers.commitments(forum.id)
    assert [(c.text, c.owner, c.due_date, c.status, c.outcome) for c in again] == [
        ("Publish salary ranges", "Talent team", "2027-03-31", CommitmentStatus.DONE, "Ranges on every ad since May")]
    assert not again[0].status.is_open
    # AND bad input is refused with a sentence and changes nothing
    for bad in ({"due_date": "next spring"}, {"status": "someday"}, {"owner": "x" * 500}):
        with pytest.raises(InvalidInput):
            services.answers.update_commitment(forum.id, made.id, **bad)
    assert services.answers.commitments(forum.id) == again
