"""What a phone (or anyone on the Wi-Fi) can reach, walked route by route against the real server:
only the attendee API of docs/api.md (section 2) and the phone page's files.

Every route is tried with the served forum's code, another forum's code, made-up codes, other
forums' question ids and other questions' ids, and with every method the contract does not name.
No request changes the current question or any question's state, reads hidden answers, reads
another forum, or reads results before the facilitator reveals them.
"""

from __future__ import annotations

import json
import uuid

import pytest

from forumdesk.domain.codes import normalise_code
from forumdesk.web.config import ServerConfig
from tests.web.conftest import Client, every_kind, raw_exchange

HIDDEN_WORD = "zanzibarquokka"  # only in a hidden answer
OTHER_WORD = "otherforumsecret"  # only in the other forum


@pytest.fixture
def world(services, partner, forum, start_server, db_path):
    """The served forum (facilitator-paced, first question current) with answers, one of them
    hidden; another forum in the same file with its own answer and code; the server."""
    other = services.forums.create_forum(f"The {OTHER_WORD} forum", partner.id, questions=every_kind())
    services.forums.start_forum(other.id)
    other_questions = services.forums.questions(other.id)
    server = start_server(forum.id)
    client = Client(server)
    questions = services.forums.questions(forum.id)
    assert client.answer(questions[0].id, text="a visible answer about pay").status == 201
    assert client.answer(questions[0].id, text=f"{HIDDEN_WORD} is my name").status == 201
    hidden = next(a for a in services.answers.answers(forum.id) if HIDDEN_WORD in a.content.text)
    services.answers.set_hidden(hidden.id, True)
    from forumdesk.services import Submission

    services.answers.submit(Submission(other.id, other_questions[0].id, str(uuid.uuid4()),
                                       {"text": f"{OTHER_WORD} answer"}))
    return {"server": server, "client": client, "forum": forum, "questions": questions, "other": other,
            "other_questions": other_questions, "db_path": db_path}


def snapshot(services, forum_ids) -> list:
    """Everything a phone could try to change: forums (current question, state) and questions'
    open/revealed flags, and every answer with its flags."""
    result = []
    for forum_id in forum_ids:
        f = services.forums.forum(forum_id)
        result.append((f.id, f.current_question_id, f.state, f.pace))
        result += [(q.id, q.is_open, q.revealed, q.prompt) for q in services.forums.questions(forum_id)]
        result += [(a.id, a.hidden, a.content) for a in services.answers.answers(forum_id)]
    return result


def routes(code: str, question_id: int) -> dict[str, set[str]]:
    """The contract's routes with the methods they accept (HEAD comes with GET)."""
    return {
        "/": {"GET", "HEAD"},
        f"/j/{code}": {"GET", "HEAD"},
        "/static/app.js": {"GET", "HEAD"},
        f"/api/f/{code}/state": {"GET", "HEAD"},
        f"/api/f/{code}/events": {"GET", "HEAD"},
        f"/api/f/{code}/answers": {"POST"},
        f"/api/f/{code}/results/{question_id}": {"GET", "HEAD"},
    }


METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "LINK", "FOO"]
COMMANDS = [
    b'{"command": "next"}', b'{"current": 2}', b'{"revealed": true}', b'{"open": false}', b'{"reveal": 1}',
    b'{"state": "ended"}', b'{"hidden": false}', b'{"question_id": 1, "is_open": true}',
]


def test_methods_the_contract_does_not_name_are_refused_and_change_nothing(services, world):
    client, questions = world["client"], world["questions"]
    before = snapshot(services, [world["forum"].id, world["other"].id])
    for path, allowed in routes(client.code, questions[0].id).items():
        for method in METHODS:
            if method in allowed:
                continue
            for body in (None, COMMANDS[0]):
                headers = {"Content-Type": "application/json"} if body else {}
                reply = client.request(method, path, body=body, headers=headers)
                # A method HTTP does not know at all is refused by the parser itself, with a 400.
                refusals = (400, 404, 405) if method == "FOO" else (404, 405)
                assert reply.status in refusals, (method, path, reply.status, reply.body[:200])
                assert b"Traceback" not in reply.body
    assert snapshot(services, [world["forum"].id, world["other"].id]) == before


def test_no_request_changes_the_question_or_its_state(services, world):
    """Commands sent to every route and query string a guess could come up with."""
    client, questions = world["client"], world["questions"]
    before = snapshot(services, [world["forum"].id, world["other"].id])
    version = client.state()["version"]
    paths = list(routes(client.code, questions[1].id)) + [
        f"/api/f/{client.code}/state?current={questions[1].id}&reveal=1&open=0",
        f"/api/f/{client.code}/questions/{questions[1].id}", f"/api/f/{client.code}/current",
        f"/api/f/{client.code}/next", f"/api/f/{client.code}/reveal", f"/api/f/{client.code}/control",
        f"/api/f/{client.code}/answers/{questions[0].id}", f"/api/f/{client.code}/hide",
    ]
    for path in paths:
        for method in ("POST", "PUT", "PATCH", "GET"):
            if method == "GET" and path.endswith("/events"):
                continue  # a stream that stays open; it has no way to take a command anyway
            for body in COMMANDS:
                reply = client.request(method, path, body=body if method != "GET" else None,
                                       headers={"Content-Type": "application/json"})
                assert reply.status != 500 and b"Traceback" not in reply.body
                if reply.status in (200, 201):  # the only ones that may succeed: plain reads
                    assert method == "GET" and "/answers" not in path, (method, path)
    assert snapshot(services, [world["forum"].id, world["other"].id]) == before
    state = client.state()
    assert state["version"] == version and state["current"] == questions[0].id and not state["revealed"]


def test_another_forum_is_out_of_reach_with_this_forums_code(services, world):
    client, other_questions = world["client"], world["other_questions"]
    before = snapshot(services, [world["other"].id])
    state = client.get(f"/api/f/{client.code}/state")
    assert OTHER_WORD.encode() not in state.body
    for q in other_questions:
        # its questions do not exist here: no answer, no results (even once revealed there)
        services.forums.set_revealed(q.id, True)
        assert client.get(f"/api/f/{client.code}/results/{q.id}").status == 404
        reply = client.answer(q.id, text="a stranger's answer", choices=[0], rating=3)
        assert reply.status == 404 and reply.json() == {"error": "This question does not exist.",
                                                    "code": "unknown_question"}
    after = snapshot(services, [world["other"].id])
    assert [x for x in after if len(x) == 3] == [x for x in before if len(x) == 3]  # its answers untouched


@pytest.mark.parametrize("which", ["other forum's code", "other forum's code in lower case", "made up",
                                   "served code plus a letter", "empty", "served code with a slash"])
def test_wrong_codes_reach_nothing(services, world, which):
    client, other, questions = world["client"], world["other"], world["questions"]
    code = {
        "other forum's code": other.join_code,
        "other forum's code in lower case": other.join_code.lower(),
        "made up": "ZZZZZZ" if normalise_code("ZZZZZZ") not in (client.code, other.join_code) else "YYYYYY",
        "served code plus a letter": client.code + "K",
        "empty": "",
        "served code with a slash": client.code + "/..",
    }[which]
    before = snapshot(services, [world["forum"].id, other.id])
    for path, methods in routes(code, questions[0].id).items():
        if path in ("/", "/static/app.js"):  # no code in these
            continue
        for method in methods:
            if method == "POST":
                body = json.dumps({"question_id": world["other_questions"][0].id, "submission_id": str(uuid.uuid4()),
                                   "client_id": str(uuid.uuid4()), "text": "guessing codes"}).encode()
                reply = client.request("POST", path, body=body, headers={"Content-Type": "application/json"})
            else:
                reply = client.request(method, path)
            assert reply.status in (404, 405, 429), (which, method, path, reply.status)
            assert OTHER_WORD.encode() not in reply.body and HIDDEN_WORD.encode() not in reply.body
    assert snapshot(services, [world["forum"].id, other.id]) == before


def test_guessing_codes_is_slowed_down(services, self_paced_forum, start_server):
    # A refill so slow that the test does not depend on how fast it runs.
    client = Client(start_server(self_paced_forum.id, ServerConfig(wrong_code_burst=20,
                                                                   wrong_code_refill_per_second=1e-6)))
    statuses = [client.get(f"/api/f/{code}/state").status for code in (f"AB{n:04d}" for n in range(30))]
    assert statuses == [404] * 20 + [429] * 10
    refused = client.get("/api/f/ABCDEF/state")
    assert refused.status == 429 and int(refused.headers["retry-after"]) >= 1
    assert client.state()["pace"] == "self"  # the right code still works at once


def test_results_only_after_reveal_only_of_visible_answers(services, world):
    client, questions = world["client"], world["questions"]
    # GIVEN nothing revealed: every question's results are refused, whatever the id
    for q in questions:
        reply = client.get(f"/api/f/{client.code}/results/{q.id}")
        assert reply.status == 403 and b"pay" not in reply.body
    # WHEN the first question is revealed
    services.forums.set_revealed(questions[0].id, True)
    reply = client.get(f"/api/f/{client.code}/results/{questions[0].id}")
    assert reply.status == 200
    results = reply.json()
    # THEN it counts visible answers only and shows no hidden word and no answer text as such
    assert results["responses"] == 1
    words = [w for w, _ in results["words"]]
    assert "pay" in words and HIDDEN_WORD not in reply.body.decode()
    assert "a visible answer about pay" not in reply.body.decode()
    # AND the other questions stay closed to reading
    for q in questions[1:]:
        assert client.get(f"/api/f/{client.code}/results/{q.id}").status == 403
    # AND neither the state nor the event stream carries answers
    assert HIDDEN_WORD.encode() not in client.get(f"/api/f/{client.code}/state").body


def test_a_phone_cannot_answer_a_question_the_facilitator_has_not_opened(services, world):
    client, questions = world["client"], world["questions"]
    state = client.state()
    assert [q["id"] for q in state["questions"]] == [questions[0].id]  # only the current one is listed
    for q in questions[1:]:
        reply = client.answer(q.id, text="ahead of time", choices=[0], rating=3)
        assert reply.status == 409, (q.kind, reply.status, reply.body)
    assert {a.question_id for a in services.answers.answers(world["forum"].id)} == {questions[0].id}


ELSEWHERE = [
    "/admin", "/api", "/api/", "/api/f", "/api/f/", "/api/forums", "/api/f/{code}", "/api/f/{code}/",
    "/api/f/{code}/results", "/api/f/{code}/results/", "/api/f/{code}/answers/1", "/api/f/{code}/notes",
    "/api/f/{code}/questions", "/api/f/{code}/export", "/api/f/{code}/export.csv", "/api/f/{code}/hidden",
    "/backups", "/backups/", "/forumdesk.sqlite", "/static/../forumdesk.sqlite", "/static/%2e%2e/forumdesk.sqlite",
    "/static/..%2fforumdesk.sqlite", "/static/../backups/", "/.git/config", "/.env", "/debug", "/metrics",
    "/server-status", "/console", "/static", "/static/", "/static/i18n/", "/j", "/j/", "/favicon.ico.php",
    "/index.html/..", "/robots.txt/../../forumdesk.sqlite",
]


def test_nothing_else_is_reachable(services, world):
    client = world["client"]
    (world["db_path"].parent / "backups").mkdir(exist_ok=True)
    services.backups.backup_now()
    for template in ELSEWHERE:
        path = template.replace("{code}", client.code)
        raw = raw_exchange(client.port, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        status = int(raw.split(b" ", 2)[1])
        assert status in (400, 404, 405), (path, raw[:200])
        assert b"SQLite format 3" not in raw and OTHER_WORD.encode() not in raw and HIDDEN_WORD.encode() not in raw
        assert b"[core]" not in raw and b"Traceback" not in raw
