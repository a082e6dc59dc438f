"""Late answers over HTTP (issue 12, item 2): an answer written on a phone while its question was
open, and sent once the phone is back online after the question closed, is stored and marked late
within the forum's grace period; later it is a 409 that says why, with a stable code."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from tests.web.conftest import wait_until


def _closed_minutes_ago(services, question_id: int, minutes: float) -> None:
    """Move the question's closing time back (instead of waiting that long)."""
    when = (datetime.now(UTC) - timedelta(minutes=minutes)).isoformat(timespec="seconds")
    services.store.db.execute("UPDATE questions SET closed_at = ? WHERE id = ?", (when, question_id))


def _late_flags(services, forum_id: int) -> dict[str, bool]:
    return {a.content.text: a.late for a in services.answers.answers(forum_id)}


def test_an_answer_sent_after_the_facilitator_moved_on_is_stored_as_late(services, forum, client):
    first = services.forums.questions(forum.id)[0]
    assert client.answer(first.id, text="On time").status == 201
    # GIVEN a phone wrote an answer offline, and the facilitator moved on meanwhile
    services.forums.step(forum.id, 1)
    wait_until(lambda: client.state()["current"] != first.id, "the room to move on")
    offline = str(uuid.uuid4())
    # WHEN the phone is back online and sends it
    reply = client.answer(first.id, submission_id=offline, text="Written offline")
    # THEN it is stored, marked late; a retry of it is a duplicate, not a second answer
    assert reply.status == 201 and reply.json() == {"status": "stored"}
    assert client.answer(first.id, submission_id=offline, text="Written offline").status == 200
    assert _late_flags(services, forum.id) == {"On time": False, "Written offline": True}
    row = services.store.db.execute("SELECT late FROM answers WHERE submission_id = ?", (offline,)).fetchone()
    assert row == (1,)
    assert services.answers.late_answer_counts(forum.id) == {first.id: 1}


def test_a_late_answer_after_the_grace_period_is_refused_with_a_code(services, forum, client):
    first = services.forums.questions(forum.id)[0]
    late = str(uuid.uuid4())
    services.forums.set_open(first.id, False)
    assert client.answer(first.id, submission_id=late, text="Nine minutes late").status == 201
    # GIVEN the question closed longer ago than the forum's grace period (10 minutes by default)
    _closed_minutes_ago(services, first.id, 11)
    # WHEN a phone sends an answer to it
    reply = client.answer(first.id, text="Eleven minutes late")
    # THEN it is refused with a sentence and a stable code; the earlier late one is still a duplicate
    assert reply.status == 409
    assert reply.json() == {"error": "This question closed more than 10 minutes ago, so it no longer takes "
                                     "answers.", "code": "question_closed"}
    assert client.answer(first.id, submission_id=late, text="Nine minutes late").status == 200
    assert _late_flags(services, forum.id) == {"Nine minutes late": True}


def test_the_grace_period_is_the_forums_own(services, forum, client):
    first = services.forums.questions(forum.id)[0]
    changed = services.forums.forum(forum.id)
    changed.late_grace_minutes = 2
    assert services.forums.update_forum(changed).late_grace_minutes == 2
    services.forums.set_open(first.id, False)
    _closed_minutes_ago(services, first.id, 1)
    assert client.answer(first.id, text="One minute late").status == 201
    _closed_minutes_ago(services, first.id, 3)
    refused = client.answer(first.id, text="Three minutes late")
    assert refused.status == 409 and "more than 2 minutes ago" in refused.json()["error"]
    changed.late_grace_minutes = 0  # no late answers at all
    services.forums.update_forum(changed)
    _closed_minutes_ago(services, first.id, 0)
    assert client.answer(first.id, text="Just closed").status == 409
    assert _late_flags(services, forum.id) == {"One minute late": True}


def test_a_question_never_opened_still_refuses_answers(services, forum, client):
    never_opened = services.forums.questions(forum.id)[1]
    reply = client.answer(never_opened.id, choices=[0])
    assert reply.status == 409
    assert reply.json() == {"error": "This question is not taking answers yet.", "code": "question_closed"}
    assert services.answers.answers(forum.id) == []
