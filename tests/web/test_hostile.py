"""Hostile input against the real server: each request gets a 4xx (or a closed connection), nothing
is stored, no response holds a traceback, and the server keeps serving everyone else."""

from __future__ import annotations

import json
import re
import socket
import uuid

import pytest

from forumdesk.web.config import ServerConfig
from tests.web.conftest import TIMEOUT, Client, raw_exchange


def ids() -> dict:
    return {"submission_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4())}


@pytest.fixture
def question(services, forum):
    return services.forums.questions(forum.id)[0]


def assert_refused(reply, status: int = 400) -> None:
    assert reply.status == status, reply
    body = reply.json()
    assert set(body) == {"error", "code"} and isinstance(body["error"], str) and body["error"]
    assert b"Traceback" not in reply.body and b"File \"" not in reply.body


def body_with(question, raw_tail: str) -> bytes:
    """A body whose last member is given as raw JSON text (to send what json.dumps would not)."""
    return (json.dumps({"question_id": question.id, **ids()})[:-1] + ", " + raw_tail + "}").encode()


@pytest.mark.parametrize("body", [
    b"", b"{", b"not json", b"[]", b"null", b"42", b'"text"', b"{'single': 'quotes'}",
    b'{"question_id": 1,}', b"\xef\xbb\xbf{}",
])
def test_malformed_json_is_400(client, services, forum, body):
    assert_refused(client.post_raw(body))
    assert services.answers.answers(forum.id) == []


@pytest.mark.parametrize("tail", [
    '"text": ["a list"]', '"text": {"nested": "object"}', '"text": null', '"text": 12',
    '"rating": 1e400', '"rating": NaN', '"rating": Infinity', '"rating": -Infinity',
    '"rating": 1180591620717411303424', '"choices": [1180591620717411303424]', '"rating": ' + "9" * 5000,
])
def test_wrong_types_and_huge_numbers_are_400(client, services, forum, question, tail):
    assert_refused(client.post_raw(body_with(question, tail)))
    assert services.answers.answers(forum.id) == []


@pytest.mark.parametrize("question_id", ["1e400", "2e0", str(2**70), str(2**63), "-1", '"1"', "[1]", "true"])
def test_question_ids_that_are_not_plain_ids_are_400(client, services, forum, question_id):
    body = f'{{"question_id": {question_id}, "submission_id": "{uuid.uuid4()}", "client_id": "{uuid.uuid4()}", "text": "x"}}'
    assert_refused(client.post_raw(body.encode()))
    assert services.answers.answers(forum.id) == []


def test_invalid_utf8_is_400(client, services, forum, question):
    assert_refused(client.post_raw(body_with(question, '"text": "caf\xc3"').replace(b"caf\xc3\x83", b"caf\xc3")))
    assert_refused(client.post_raw(b'{"text": "\xff\xfe"}'))
    assert services.answers.answers(forum.id) == []


def test_nul_bytes(client, services, forum, question):
    # A raw NUL inside a JSON string is not JSON.
    assert_refused(client.post_raw(body_with(question, '"text": "a\x00b"')))
    # An escaped one is valid JSON: control characters are stripped before storing.
    assert client.post_raw(body_with(question, '"text": "a\\u0000b\\u0007c"')).status == 201
    assert [a.content.text for a in services.answers.answers(forum.id)] == ["abc"]


def test_twenty_thousand_characters_are_refused_whole(client, services, forum, question):
    reply = client.answer(question.id, text="x" * 20_000)
    assert_refused(reply, 413)
    assert services.answers.answers(forum.id) == []


@pytest.mark.parametrize("depth", [50, 4_000, 100_000])
def test_deeply_nested_json_does_not_crash_the_server(client, services, forum, question, depth):
    nested = "[" * depth + "]" * depth
    reply = client.post_raw(body_with(question, f'"text": {nested}'))
    assert reply.status in (400, 413)
    assert_refused(reply, reply.status)
    assert client.answer(question.id, text="still alive").status == 201
    assert [a.content.text for a in services.answers.answers(forum.id)] == ["still alive"]


def test_brackets_inside_text_are_just_text(client, services, forum, question):
    text = "[[[[{{{{" * 20
    assert client.answer(question.id, text=text[:200]).status == 201


def test_html_and_script_payloads_are_stored_and_returned_as_text(client, services, forum, question):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)> & \'"'
    assert client.answer(question.id, text=payload).status == 201
    assert [a.content.text for a in services.answers.answers(forum.id)] == [payload]
    services.forums.set_revealed(question.id, True)
    results = client.get(f"/api/f/{client.code}/results/{question.id}")
    assert results.headers["content-type"].startswith("application/json")
    assert results.headers["x-content-type-options"] == "nosniff"
    assert json.loads(results.body)["responses"] == 1


@pytest.mark.parametrize("path", [
    "/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/%2E%2E/%2e%2e/secret.txt",
    "/static/..%2fsecret.txt", "/static/..%5csecret.txt", "/static/i18n/../../secret.txt",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/.hidden", "/static/", "/static/i18n",
    "/static/app.js%00.png", "/../secret.txt", "/static/....//secret.txt",
])
def test_path_traversal_on_static_files_is_404(client, path):
    raw = raw_exchange(client.port, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    status = int(raw.split(b" ", 2)[1])
    assert status in (400, 404), (path, raw[:200])
    assert b"TOP-SECRET" not in raw and b"root:" not in raw


def test_static_files_are_served_from_the_web_folder(client):
    script = client.get("/static/app.js")
    assert script.status == 200 and script.body == b"console.log('phone');"
    assert script.headers["content-type"].startswith("text/javascript")
    strings = client.get("/static/i18n/en.json")
    assert strings.status == 200 and strings.json() == {"sent": "Sent"}
    assert client.get("/static/i18n/en.json", headers={"If-None-Match": strings.headers["etag"]}).status == 304


@pytest.mark.parametrize("request_bytes", [
    b"GARBAGE\r\n\r\n",
    b"GET / HTTP/9.9\r\n\r\n",
    b"GET /" + b"a" * 20_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 20_000 + b"\r\n\r\n",
    b"POST /api/f/AAAAAA/answers HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n",
    b"POST /api/f/AAAAAA/answers HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
    b"GET /j/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n",
])
def test_malformed_http_gets_a_4xx_or_a_closed_connection(client, services, forum, request_bytes):
    raw = raw_exchange(client.port, request_bytes)
    if raw:
        assert re.match(rb"HTTP/1\.[01] 4\d\d ", raw), raw[:100]
        assert b"Traceback" not in raw
    assert client.state()["current"] is not None
    assert services.answers.answers(forum.id) == []


def test_a_client_that_sends_half_a_request_and_stalls_does_not_block_others(client, services, forum, question):
    stalled = []
    try:
        for partial in (b"POST /api/f/" + client.code.encode() + b"/answers HTTP/1.1\r\nHost: x\r\n"
                        b"Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"question_id\": ",
                        b"GET /api/f/" + client.code.encode() + b"/st"):
            sock = socket.create_connection(("127.0.0.1", client.port), timeout=TIMEOUT)
            sock.sendall(partial)
            stalled.append(sock)
        for i in range(5):
            assert client.answer(question.id, text=f"others go on {i}").status == 201
        assert client.state()["current"] == question.id
    finally:
        for sock in stalled:
            sock.close()
    assert len(services.answers.answers(forum.id)) == 5


def test_an_answer_whose_body_stalls_gets_408_and_its_connection_closed(start_server, forum, services, web_root):
    server = start_server(forum.id, ServerConfig(web_root=web_root, body_read_timeout=0.5))
    question = services.forums.questions(forum.id)[0]
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT)
    try:
        sock.sendall(b"POST /api/f/" + server.code.encode() + b"/answers HTTP/1.1\r\nHost: x\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"question_id\": ")
        received = b""
        while chunk := sock.recv(4096):  # the server answers, then closes: recv returns b""
            received += chunk
    finally:
        sock.close()
    assert received.startswith(b"HTTP/1.1 408 ")
    assert b"too slowly" in received
    assert Client(server).answer(question.id, text="others are served").status == 201
    assert [a.content.text for a in services.answers.answers(forum.id)] == ["others are served"]


@pytest.mark.parametrize("head", [
    "GET / HTTP/1.1\r\nHost: x\r\n" + "".join(f"X-Line-{i}: a\r\n" for i in range(129)) + "\r\n",  # 130 lines
    "GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + "a" * 8_200 + "\r\n\r\n",
    "GET /" + "a" * 8_200 + " HTTP/1.1\r\nHost: x\r\n\r\n",
])
def test_aiohttps_own_limits_on_heads_stay_in_force(client, head):
    reply = raw_exchange(client.port, head.encode())
    assert reply.startswith(b"HTTP/1.0 400 "), reply[:100]
    assert client.get("/").status == 200  # and the server serves the next phone
