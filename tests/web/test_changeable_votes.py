"""Changeable votes (issue 18 item 2): in a forum that allows it, a phone may change its choice or
rating while the question is open; the count stays one per phone, and the only link kept is the
per-question device hash to that question's answer (nothing links one phone across questions).
Real server on loopback, real SQLite file."""

from __future__ import annotations

import uuid
from dataclasses import replace

from forumdesk.domain import QuestionKind
from tests.web.conftest import Client


def changeable(services, forum):
    return services.forums.update_forum(replace(forum, changeable_votes=True))


def test_a_phone_changes_its_choice_and_is_counted_once(services, forum, start_server):
    forum = changeable(services, forum)
    client = Client(start_server(forum.id))
    question = next(q for q in services.forums.questions(forum.id) if q.kind is QuestionKind.SINGLE_CHOICE)
    services.forums.set_current(forum.id, question.id)
    phone = str(uuid.uuid4())
    assert client.answer(question.id, client_id=phone, choices=[0]).status == 201
    # WHEN the same phone posts again with a new submission id
    change = str(uuid.uuid4())
    second = client.answer(question.id, client_id=phone, submission_id=change, choices=[2])
    # THEN its vote is replaced: 200 "replaced", one answer, counted under the new choice
    assert (second.status, second.json()) == (200, {"status": "replaced"})
    assert client.answer(question.id, client_id=phone, submission_id=change, choices=[2]).json() == {
        "status": "duplicate"}  # a retry of the change
    assert client.answer(question.id, client_id=str(uuid.uuid4()), choices=[2]).status == 201  # another phone
    assert [a.content.choices for a in services.answers.answers(forum.id)] == [(2,), (2,)]
    assert services.answers.results(question.id).choice_counts == [0, 0, 2]
    # AND once the question closes, the vote stands
    services.forums.set_open(question.id, False)
    closed = client.answer(question.id, client_id=phone, choices=[1])
    assert closed.status == 409
    assert services.answers.results(question.id).choice_counts == [0, 0, 2]


def test_a_rating_changes_and_links_stay_per_question(services, forum, start_server):
    forum = changeable(services, forum)
    client = Client(start_server(forum.id))
    questions = services.forums.questions(forum.id)
    choice = next(q for q in questions if q.kind is QuestionKind.SINGLE_CHOICE)
    rating = next(q for q in questions if q.kind is QuestionKind.RATING)
    for question in (choice, rating):
        services.forums.set_open(question.id, True)
    phone = str(uuid.uuid4())
    assert client.answer(rating.id, client_id=phone, rating=2).status == 201
    assert client.answer(rating.id, client_id=phone, rating=5).status == 200
    assert client.answer(choice.id, client_id=phone, choices=[1]).status == 201
    assert [a.content.rating for a in services.answers.answers(forum.id, rating.id)] == [5]
    rows = services.store.db.execute("SELECT question_id, device_hash, answer_id FROM device_votes").fetchall()
    # one row per question, each pointing at its own answer, with unrelated hashes
    assert sorted(r[0] for r in rows) == sorted([choice.id, rating.id])
    assert len({bytes(r[1]) for r in rows}) == 2 and all(r[2] is not None for r in rows)


def test_without_the_setting_no_vote_changes_and_no_link_is_kept(services, forum, client):
    question = next(q for q in services.forums.questions(forum.id) if q.kind is QuestionKind.RATING)
    services.forums.set_current(forum.id, question.id)
    phone = str(uuid.uuid4())
    assert client.answer(question.id, client_id=phone, rating=3).status == 201
    assert client.answer(question.id, client_id=phone, rating=4).status == 409
    assert services.store.db.execute("SELECT answer_id FROM device_votes").fetchall() == [(None,)]
