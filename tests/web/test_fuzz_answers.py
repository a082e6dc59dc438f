"""Hypothesis fuzz of ``POST /api/f/{code}/answers`` against the real server: random JSON shapes,
answer-shaped bodies with random values, and random bytes.

Invariants after every request: never a 5xx; the reply is JSON with ``status`` or ``error`` and no
traceback; a 201 means that submission is now stored exactly once and its content is valid for its
question; a 200 only for a submission stored before; anything else stores nothing. One server
serves all examples of a test (that is the point: it must survive all of them).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forumdesk.domain import QuestionKind, kinds
from forumdesk.web.config import ServerConfig
from tests.web.conftest import Client

FUZZ = settings(max_examples=120, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

ALLOWED = {200, 201, 400, 404, 409, 413, 415, 429}

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=5)
                           | st.dictionaries(st.text(max_size=10), inner, max_size=5), max_leaves=25)
ids = st.uuids().map(str) | st.text(max_size=70) | json_values
numbers = st.integers(min_value=-3, max_value=8) | st.integers() | st.floats() | json_values


class Ledger:
    """What the server has acknowledged so far, to check it against the database."""

    def __init__(self, services, forum) -> None:
        self.services = services
        self.forum = forum
        self.questions = {q.id: q for q in services.forums.questions(forum.id)}
        self.stored: set[str] = set()
        self.statuses: Counter[int] = Counter()

    def check(self, reply, body: object) -> None:
        assert reply.status in ALLOWED, (reply.status, reply.body[:300])
        self.statuses[reply.status] += 1
        assert b"Traceback" not in reply.body
        data = json.loads(reply.body)
        assert set(data) in ({"status"}, {"error"}, {"error", "code"}), data  # a 409 says which refusal
        submission_id = body.get("submission_id") if isinstance(body, dict) else None
        if not isinstance(submission_id, str):
            submission_id = None  # it cannot be stored under an id that is not a string
        rows = self.rows(submission_id) if submission_id is not None else []
        if reply.status == 201:
            assert data == {"status": "stored"} and submission_id not in self.stored
            assert len(rows) == 1
            self.assert_valid(rows[0])
            self.stored.add(submission_id)
        elif reply.status == 200:
            assert data == {"status": "duplicate"} and submission_id in self.stored and len(rows) == 1
        else:
            assert len(rows) == (1 if submission_id in self.stored else 0)
        assert len(self.services.answers.answers(self.forum.id)) == len(self.stored)

    def rows(self, submission_id: str) -> list:
        return [a for a in self.services.answers.answers(self.forum.id) if a.submission_id == submission_id]

    def assert_valid(self, answer) -> None:
        question = self.questions[answer.question_id]
        content = answer.content
        if kinds.of(question.kind).options_view == "choices":
            assert content.choices and all(0 <= c < len(question.choices) for c in content.choices)
            assert len(set(content.choices)) == len(content.choices)
            assert question.kind is QuestionKind.MULTIPLE_CHOICE or len(content.choices) == 1
        elif question.kind is QuestionKind.RATING:
            assert question.scale.min <= content.rating <= question.scale.max
        else:
            assert content.text and content.text.strip() == content.text
            assert len(content.text) <= (question.max_length or 10_000)


@pytest.fixture
def fuzz(services, self_paced_forum, start_server, caplog):
    caplog.set_level(logging.DEBUG)
    # every fuzzed phone shares 127.0.0.1: the per-address vote limit (tested on its own) is lifted
    server = start_server(self_paced_forum.id, ServerConfig(votes_per_address=100_000))
    yield Client(server), Ledger(services, self_paced_forum)
    # Nothing a phone sent made the server log an error or a traceback.
    assert "Traceback" not in caplog.text
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


@st.composite
def answer_shaped(draw, question_ids: list[int]) -> dict:
    body = {
        "question_id": draw(st.sampled_from(question_ids) | numbers),
        "submission_id": draw(st.uuids().map(str) | ids),
        "client_id": draw(st.uuids().map(str) | ids),
    }
    for key, values in (("text", st.text(max_size=250) | json_values), ("choices", st.lists(numbers, max_size=6)
                        | json_values), ("rating", numbers)):
        if draw(st.booleans()):
            body[key] = draw(values)
    for key, value in draw(st.dictionaries(st.text(max_size=12), json_values, max_size=3)).items():
        body.setdefault(key, value)
    return body


@st.composite
def nearly_right(draw, questions: dict) -> dict:
    """A body for a real question with content of about the right kind (often valid, often just off)."""
    question = questions[draw(st.sampled_from(sorted(questions)))]
    body = {"question_id": question.id, "submission_id": str(draw(st.uuids())), "client_id": str(draw(st.uuids()))}
    if kinds.of(question.kind).options_view == "choices":
        body["choices"] = draw(st.lists(st.integers(min_value=-1, max_value=len(question.choices)), max_size=4))
    elif question.kind is QuestionKind.RATING:
        body["rating"] = draw(st.integers(min_value=question.scale.min - 1, max_value=question.scale.max + 1))
    else:
        body["text"] = draw(st.text(min_size=1, max_size=(question.max_length or 200) + 5))
    return body


def test_fuzz_answer_shaped_bodies(fuzz):
    client, ledger = fuzz

    @FUZZ
    @given(body=answer_shaped(sorted(ledger.questions)) | nearly_right(ledger.questions))
    def run(body):
        reply = client.post_raw(json.dumps(body).encode("utf-8", "surrogatepass"))
        ledger.check(reply, body)

    run()
    # The fuzz reached the services both ways: answers stored and answers refused with a reason.
    assert ledger.statuses[201] and ledger.statuses[400], ledger.statuses
    resend = next(iter(ledger.stored))
    question_id = next(a.question_id for a in ledger.services.answers.answers(ledger.forum.id)
                       if a.submission_id == resend)
    assert client.answer(question_id, submission_id=resend, text="again").status == 200


def test_fuzz_any_json(fuzz):
    client, ledger = fuzz

    @FUZZ
    @given(body=json_values)
    def run(body):
        reply = client.post_raw(json.dumps(body).encode("utf-8", "surrogatepass"))
        ledger.check(reply, body)

    run()
    assert client.answer(min(ledger.questions), text="still answering").status == 201


def test_fuzz_any_bytes_and_content_type(fuzz):
    client, ledger = fuzz

    @FUZZ
    @given(raw=st.binary(max_size=9000), content_type=st.sampled_from(
        ["application/json", "application/json; charset=utf-8", "text/plain", "application/octet-stream"]))
    def run(raw, content_type):
        reply = client.post_raw(raw, headers={"Content-Type": content_type})
        ledger.check(reply, None)
        assert reply.status not in (200, 201)

    run()
    assert client.answer(min(ledger.questions), text="still answering", client_id=str(uuid.uuid4())).status == 201
