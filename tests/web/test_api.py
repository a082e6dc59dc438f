"""The attendee HTTP API of docs/api.md against the real server: every status code, every kind's
validation, idempotency, limits, results only once revealed, and nothing identifying stored."""

from __future__ import annotations

import json
import uuid

import pytest

from forumdesk.web.config import ServerConfig
from forumdesk.web.replies import PAGE_CSP
from tests.web.conftest import Client, EventStream, raw_exchange


def questions_of(services, forum):
    return services.forums.questions(forum.id)


# ------------------------------------------------------------------ pages and state


def test_pages_are_served_with_a_strict_content_security_policy(client):
    index = client.get("/")
    assert index.status == 200 and b"Enter the code" in index.body
    assert index.headers["content-security-policy"].startswith("default-src 'self'")
    assert index.headers["x-content-type-options"] == "nosniff"
    page = client.get(f"/j/{client.code}")
    assert page.status == 200 and b"Attendee page" in page.body
    assert page.headers["content-type"].startswith("text/html")
    # A code typed in lower case still finds the forum.
    assert client.get(f"/j/{client.code.lower()}").status == 200


def test_every_kind_of_response_carries_the_security_headers(services, forum, client):
    """Pages, files, JSON, refusals, an answer's acknowledgement and the event stream alike."""
    first = questions_of(services, forum)[0]
    replies = {
        "page": client.get(f"/j/{client.code}"),
        "file": client.get("/static/app.js"),
        "state": client.get(f"/api/f/{client.code}/state"),
        "stored": client.answer(first.id, text="Flexible hours"),
        "refused": client.answer(first.id, text=""),
        "unknown address": client.get("/api/nothing"),
        "wrong method": client.request("DELETE", f"/api/f/{client.code}/state"),
        "missing page": client.get("/nothing/here"),
    }
    assert [replies[k].status for k in replies] == [200, 200, 200, 201, 400, 404, 405, 404]
    for what, reply in replies.items():
        assert reply.headers.get("x-content-type-options") == "nosniff", what
        assert reply.headers.get("referrer-policy") == "no-referrer", what
    for what in ("page", "missing page"):
        assert replies[what].headers["content-security-policy"] == PAGE_CSP, what
        assert replies[what].headers["x-frame-options"] == "DENY", what
    assert replies["wrong method"].headers["allow"] == "GET,HEAD"
    stream = EventStream(client.port, client.code)
    try:
        assert stream.status == 200
        assert "x-content-type-options: nosniff" in stream.headers
        assert "referrer-policy: no-referrer" in stream.headers
    finally:
        stream.close()


def test_an_unknown_code_gives_a_not_found_page_and_json_404s(client):
    # The attendee page itself, with a 404 status: it shows its own translated "not found" view.
    page = client.get("/j/AAAAAA")
    assert page.status == 404 and b"Attendee page" in page.body
    assert "content-security-policy" in page.headers
    assert page.headers["cache-control"] == "no-store"
    for path in ("/api/f/AAAAAA/state", "/api/f/AAAAAA/events", "/api/f/AAAAAA/results/1"):
        reply = client.get(path)
        assert reply.status == 404
        assert reply.json() == {"error": "There is no forum with that code.", "code": "unknown_forum"}
    assert client.answer(1, code="AAAAAA", text="hi").status == 404


def test_state_lists_only_the_current_question_in_a_facilitator_paced_forum(services, forum, client):
    first, second, *_ = questions_of(services, forum)
    state = client.state()
    assert state["forum"] == {"title": "Listening to students", "partner": "Riverside University", "language": "en"}
    assert state["pace"] == "facilitator"
    assert state["current"] == first.id and state["revealed"] is False
    assert [q["id"] for q in state["questions"]] == [first.id]
    q = state["questions"][0]
    assert q == {"id": first.id, "number": 1, "kind": "text", "prompt": "What excites you about a job?",
                 "max_length": 200, "open": True, "revealed": False}
    assert isinstance(state["version"], int)

    services.forums.step(forum.id, 1)
    moved = client.state()
    assert moved["current"] == second.id and moved["version"] > state["version"]
    assert moved["questions"][0]["choices"] == ["Pay", "People", "Growth"]


def test_state_lists_every_question_when_self_paced(services, self_paced_forum, start_server):
    client = Client(start_server(self_paced_forum.id))
    state = client.state()
    assert state["pace"] == "self"
    kinds = {q["kind"]: q for q in state["questions"]}
    assert list(kinds) == ["text", "single", "multiple", "rating", "words"]
    assert all(q["open"] for q in state["questions"])
    assert kinds["rating"]["scale"] == {"min": 1, "max": 5, "min_label": "Poor", "max_label": "Great"}
    assert kinds["words"]["max_words"] == 2
    assert "choices" not in kinds["text"] and "scale" not in kinds["single"]


def test_state_supports_conditional_requests(client):
    first = client.get(f"/api/f/{client.code}/state")
    again = client.get(f"/api/f/{client.code}/state", headers={"If-None-Match": first.headers["etag"]})
    assert again.status == 304 and again.body == b""


# ------------------------------------------------------------------ answers


def test_an_answer_is_stored_once_and_a_retry_is_a_duplicate(services, forum, client):
    question = questions_of(services, forum)[0]
    submission = str(uuid.uuid4())
    first = client.answer(question.id, submission_id=submission, text="Meaningful work")
    assert (first.status, first.json()) == (201, {"status": "stored"})
    again = client.answer(question.id, submission_id=submission, text="Meaningful work")
    assert (again.status, again.json()) == (200, {"status": "duplicate"})
    stored = services.answers.answers(forum.id)
    assert [a.content.text for a in stored] == ["Meaningful work"]


def test_a_retry_after_the_question_closed_is_still_a_duplicate(services, forum, client):
    question = questions_of(services, forum)[0]
    submission = str(uuid.uuid4())
    assert client.answer(question.id, submission_id=submission, text="Yes").status == 201
    services.forums.set_open(question.id, False)
    assert client.answer(question.id, submission_id=submission, text="Yes").status == 200
    # it closed longer ago than the grace period for late answers
    services.store.db.execute("UPDATE questions SET closed_at = '2000-01-01T00:00:00+00:00' WHERE id = ?",
                              (question.id,))
    assert client.answer(question.id, submission_id=submission, text="Yes").status == 200
    closed = client.answer(question.id, text="Too late")
    assert closed.status == 409 and "no longer takes answers" in closed.json()["error"]
    assert closed.json()["code"] == "question_closed"
    assert len(services.answers.answers(forum.id)) == 1


def test_unknown_or_other_forums_questions_are_404(services, partner, forum, client):
    other = services.forums.create_forum("Other forum", partner.id, questions=[questions_of(services, forum)[0]])
    other_question = questions_of(services, other)[0]
    for question_id in (999_999, other_question.id):
        reply = client.answer(question_id, text="hello")
        assert reply.status == 404 and reply.json()["error"]
    assert services.answers.answers(other.id) == []


@pytest.mark.parametrize(
    "index, good, bad",
    [
        (0, {"text": "Good colleagues"}, [{"text": ""}, {"text": "   "}, {"text": "x" * 201}, {"text": 42}, {}]),
        (1, {"choices": [1]}, [{"choices": [0, 1]}, {"choices": [3]}, {"choices": [-1]}, {"choices": []},
                               {"choices": "1"}, {"choices": [True]}, {"choices": [1.0]}]),
        (2, {"choices": [0, 3]}, [{"choices": [0, 0]}, {"choices": [4]}, {"choices": [None]}]),
        (3, {"rating": 4}, [{"rating": 0}, {"rating": 6}, {"rating": "4"}, {"rating": 4.5}, {"rating": True}]),
        (4, {"text": "long hours"}, [{"text": "far too many words"}, {"text": ""}, {"choices": [1]}]),
    ],
)
def test_each_kind_is_validated(services, forum, client, index, good, bad):
    question = questions_of(services, forum)[index]
    services.forums.set_current(forum.id, question.id)
    for payload in bad:
        reply = client.answer(question.id, **payload)
        assert reply.status == 400, payload
        assert isinstance(reply.json()["error"], str) and reply.json()["error"].endswith((".", "!"))
    assert services.answers.answers(forum.id) == []
    assert client.answer(question.id, **good).status == 201
    assert len(services.answers.answers(forum.id)) == 1


def test_one_vote_per_phone_on_a_choice_question(services, forum, client):
    question = questions_of(services, forum)[1]
    services.forums.set_current(forum.id, question.id)
    phone = str(uuid.uuid4())
    assert client.answer(question.id, client_id=phone, choices=[0]).status == 201
    second = client.answer(question.id, client_id=phone, choices=[1])
    assert second.status == 409 and "already answered" in second.json()["error"]
    assert client.answer(question.id, choices=[1]).status == 201  # another phone
    assert len(services.answers.answers(forum.id)) == 2


def test_missing_or_malformed_ids_are_400(services, forum, client):
    question = questions_of(services, forum)[0]
    good = {"question_id": question.id, "submission_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4()),
            "text": "fine"}
    for key, value in [("question_id", None), ("question_id", "1"), ("question_id", 0), ("question_id", True),
                       ("submission_id", None), ("submission_id", "short"), ("submission_id", "a b c d e f g h"),
                       ("client_id", None), ("client_id", 12345678), ("client_id", "x" * 65)]:
        body = dict(good)
        if value is None:
            del body[key]
        else:
            body[key] = value
        reply = client.post_raw(json.dumps(body).encode())
        assert reply.status == 400, (key, value)
        assert key in reply.json()["error"]
    assert services.answers.answers(forum.id) == []


def test_a_body_over_8_kib_is_413(services, forum, client):
    question = questions_of(services, forum)[0]
    head = json.dumps({"question_id": question.id, "submission_id": str(uuid.uuid4()),
                       "client_id": str(uuid.uuid4()), "text": ""}).encode()
    at_limit = head[:-2] + b"x" * (8192 - len(head)) + b'"}'
    assert len(at_limit) == 8192
    assert client.post_raw(at_limit).status == 400  # within the limit: the text is just too long
    over = head[:-2] + b"x" * (8193 - len(head)) + b'"}'
    assert len(over) == 8193
    reply = client.post_raw(over)
    assert reply.status == 413 and "too large" in reply.json()["error"]
    # The same without a Content-Length (chunked): the limit holds while reading.
    raw = raw_exchange(client.port, (
        f"POST /api/f/{client.code}/answers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n{len(over):x}\r\n").encode() + over + b"\r\n0\r\n\r\n")
    assert raw.startswith(b"HTTP/1.1 413")
    assert services.answers.answers(forum.id) == []


def test_a_phone_sending_too_fast_gets_429_with_retry_after(services, forum, start_server):
    config = ServerConfig(client_burst=3, client_refill_per_second=0.01)
    client = Client(start_server(forum.id, config))
    question = questions_of(services, forum)[0]
    phone = str(uuid.uuid4())
    assert [client.answer(question.id, client_id=phone, text=f"answer {i}").status for i in range(3)] == [201] * 3
    limited = client.answer(question.id, client_id=phone, text="one more")
    assert limited.status == 429
    assert int(limited.headers["retry-after"]) >= 1
    assert "error" in limited.json()
    assert client.answer(question.id, text="another phone is fine").status == 201
    assert len(services.answers.answers(forum.id)) == 4


def test_guessing_join_codes_is_rate_limited(forum, start_server):
    client = Client(start_server(forum.id, ServerConfig(wrong_code_burst=5, wrong_code_refill_per_second=0.01)))
    statuses = [client.get(f"/api/f/AAAA{i:02d}/state").status for i in range(8)]
    assert statuses[:5] == [404] * 5 and statuses[5:] == [429] * 3
    assert client.get("/j/WRONGC").status == 429
    assert client.state()["current"] is not None  # the right code still works


def test_method_not_allowed_is_json(client):
    reply = client.request("PUT", f"/api/f/{client.code}/answers", body=b"{}")
    assert reply.status == 405 and "error" in reply.json()
    assert client.get(f"/api/f/{client.code}/answers").status == 405


# ------------------------------------------------------------------ results


def test_results_only_once_revealed(services, forum, client):
    question = questions_of(services, forum)[0]
    assert client.answer(question.id, text="Mentoring and mentoring").status == 201  # a word counts once per answer
    hidden = client.get(f"/api/f/{client.code}/results/{question.id}")
    assert hidden.status == 403 and "not been revealed" in hidden.json()["error"]
    assert client.get(f"/api/f/{client.code}/results/999999").status == 404
    assert client.get(f"/api/f/{client.code}/results/abc").status == 404

    services.forums.set_revealed(question.id, True)
    shown = client.get(f"/api/f/{client.code}/results/{question.id}")
    assert shown.status == 200
    assert shown.json()["responses"] == 1 and ["mentoring", 1] in shown.json()["words"]
    state = client.state()
    assert state["revealed"] is True
    assert state["questions"][0]["results"]["responses"] == 1  # results travel with the state too


def test_results_of_another_forum_are_404(services, partner, forum, client):
    other = services.forums.create_forum("Other", partner.id, questions=[questions_of(services, forum)[0]])
    other_question = questions_of(services, other)[0]
    services.forums.set_revealed(other_question.id, True)
    assert client.get(f"/api/f/{client.code}/results/{other_question.id}").status == 404


# ------------------------------------------------------------------ anonymity


IP = "203.0.113.77"
UA = "PranksterPhone/9.9 (secret-user-agent)"
COOKIE = "session=tracking-cookie-value"


def test_no_ip_user_agent_or_cookie_is_stored_or_logged(services, forum, client, db_path, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    question = questions_of(services, forum)[0]
    headers = {"X-Forwarded-For": IP, "X-Real-IP": IP, "User-Agent": UA, "Cookie": COOKIE, "Forwarded": f"for={IP}"}
    assert client.answer(question.id, text="An honest answer", headers=headers).status == 201
    assert client.answer(question.id, text="", headers=headers).status == 400
    client.get(f"/j/{client.code}", headers=headers)
    client.get("/j/WRONG1", headers=headers)
    client.get(f"/api/f/{client.code}/state", headers=headers)
    raw_exchange(client.port, b"BROKEN REQUEST LINE\r\n\r\n")  # aiohttp would log this with the address
    raw_exchange(client.port, f"GET / HTTP/1.1\r\nHost: x\r\nUser-Agent: {UA}\r\nX-Bad\r\n\r\n".encode())

    db = services.store.db
    found = []
    for table in db.table_names():
        for row in db.query(f"SELECT * FROM [{table}]"):
            for value in row.values():
                text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                for needle in (IP, "127.0.0.1", UA, "secret-user-agent", "tracking-cookie", "PranksterPhone"):
                    if needle in text:
                        found.append((table, needle))
    assert found == []
    raw = db_path.read_bytes()
    for needle in (IP, "127.0.0.1", "secret-user-agent", "tracking-cookie"):
        assert needle.encode() not in raw
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for needle in (IP, "127.0.0.1", "secret-user-agent", "tracking-cookie", "An honest answer", "Traceback"):
        assert needle not in logged
