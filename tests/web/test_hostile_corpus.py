"""The hostile-request corpus (``hostile_requests.py``, 170+ requests) against the real server.

Every refused request gets a 4xx or a closed connection and stores nothing; after each batch an
ordinary phone is still served; hostile-looking text that is a legitimate answer is stored
literally; and neither a response nor a log line holds a traceback, an address or attendee text.
Slow clients (half a request, then silence) do not keep anyone else waiting.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import uuid

import pytest

from forumdesk.domain import Question, QuestionKind
from tests.web.conftest import TIMEOUT, Client
from tests.web.hostile_requests import MARK, REFUSED, STORED_TEXTS, Hostile, Target, count

NEVER_IN_A_RESPONSE = [b"Traceback", b'File "', b"TOP-SECRET", b"root:x:", b"sqlite3.", b"OperationalError"]
NEVER_IN_A_LOG = ["Traceback", MARK, "127.0.0.1", "TOP-SECRET"]


def exchange(port: int, data: bytes, half_close: bool = False) -> bytes:
    """Send ``data`` on a fresh connection; read until the server closes it or a whole response
    (by its Content-Length) has come."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        try:
            sock.sendall(data)
            if half_close:
                sock.shutdown(socket.SHUT_WR)
        except (BrokenPipeError, ConnectionResetError):  # the server hung up before reading it all
            pass
        received = b""
        try:
            while not _complete(received):
                piece = sock.recv(65536)
                if not piece:
                    break
                received += piece
        except ConnectionResetError:
            pass
    return received


def _complete(data: bytes) -> bool:
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        return False
    match = re.search(rb"\r\ncontent-length:\s*(\d+)", head, re.IGNORECASE)
    return match is not None and len(body) >= int(match.group(1))


def status_of(response: bytes) -> int | None:
    match = re.match(rb"HTTP/1\.[01] (\d{3}) ", response)
    return int(match.group(1)) if match else None


@pytest.fixture
def target(services, partner, self_paced_forum, start_server, caplog):
    caplog.set_level(logging.DEBUG)
    elsewhere = services.forums.create_forum("Another forum", partner.id, questions=[
        Question(kind=QuestionKind.OPEN_TEXT, prompt="Not served here")])
    server = start_server(self_paced_forum.id)
    q = services.forums.questions(self_paced_forum.id)
    return server, Target(code=server.code, text_q=q[0].id, single_q=q[1].id, multiple_q=q[2].id,
                          rating_q=q[3].id, words_q=q[4].id,
                          other_forum_q=services.forums.questions(elsewhere.id)[0].id)


def assert_still_serving(client: Client, t: Target, n: int) -> str:
    """An ordinary phone: its answer is stored, the state comes back. Returns its text."""
    text = f"an ordinary answer after batch {n}"
    assert client.answer(t.text_q, text=text).status == 201
    assert client.state()["pace"] == "self"
    return text


def assert_clean_logs(caplog) -> None:
    logged = caplog.text
    for needle in NEVER_IN_A_LOG:
        assert needle not in logged, f"{needle!r} in the log:\n{logged[-2000:]}"


def test_the_corpus_is_big_enough():
    assert count() >= 100


@pytest.mark.parametrize("batch", list(REFUSED))
def test_hostile_requests_are_refused_and_the_server_keeps_serving(services, self_paced_forum, target, caplog, batch):
    server, t = target
    client = Client(server)
    problems = []
    for entry in REFUSED[batch]:
        problems += check_refused(server.port, t, entry)
    assert not problems, "\n".join(problems)
    # THEN nothing from the batch is stored, and an ordinary phone is still served
    assert services.answers.answers(self_paced_forum.id) == []
    ordinary = assert_still_serving(client, t, 1)
    assert [a.content.text for a in services.answers.answers(self_paced_forum.id)] == [ordinary]
    assert_clean_logs(caplog)


def check_refused(port: int, t: Target, entry: Hostile) -> list[str]:
    response = exchange(port, entry.build(t), entry.half_close)
    status = status_of(response)
    problems = []
    if response and (status is None or not 400 <= status < 500):
        problems.append(f"{entry.name}: {response[:120]!r}")
    for needle in NEVER_IN_A_RESPONSE:
        if needle in response:
            problems.append(f"{entry.name}: {needle!r} in {response[:300]!r}")
    if not entry.quotes_itself:
        for needle in (MARK.encode(), b"alert(1)", b"OR 1=1", b"DROP TABLE"):
            if needle in response:
                problems.append(f"{entry.name}: the response repeats {needle!r}")
    return problems


def test_hostile_looking_text_is_an_answer_stored_literally(services, self_paced_forum, target, caplog):
    server, t = target
    client = Client(server)
    for entry in STORED_TEXTS:
        response = exchange(server.port, entry.build(t))
        assert status_of(response) == 201, (entry.name, response[:300])
        assert response.endswith(b'{"status":"stored"}'), entry.name
    stored = sorted(a.content.text for a in services.answers.answers(self_paced_forum.id))
    assert stored == sorted(entry.stored_as for entry in STORED_TEXTS)
    # The results phones see are JSON (never HTML), and the server still answers normally.
    services.forums.set_revealed(t.text_q, True)
    results = client.get(f"/api/f/{t.code}/results/{t.text_q}")
    assert results.status == 200 and results.headers["content-type"].startswith("application/json")
    assert results.headers["x-content-type-options"] == "nosniff"
    assert results.json()["responses"] == len(STORED_TEXTS) - 1  # one went to the two-word question
    assert_still_serving(client, t, 2)
    assert_clean_logs(caplog)


STALLS = [
    ("half a request line", lambda t: b"GET /api/f/" + t.code.encode() + b"/sta"),
    ("headers without the blank line", lambda t: b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n"),
    ("a body far shorter than its length", lambda t: (
        f"POST /api/f/{t.code}/answers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: 4000\r\n\r\n{{\"question_id\": {t.text_q}, \"text\": \"{MARK}").encode()),
    ("a chunk that never ends", lambda t: (
        f"POST /api/f/{t.code}/answers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Transfer-Encoding: chunked\r\n\r\n400\r\n{{\"question_id\": ").encode()),
    ("one byte, then nothing", lambda t: b"P"),
    ("an event stream never read", lambda t: f"GET /api/f/{t.code}/events HTTP/1.1\r\nHost: x\r\n\r\n".encode()),
]


def test_slow_clients_that_stall_do_not_keep_others_waiting(services, self_paced_forum, target, caplog):
    server, t = target
    client = Client(server)
    stalled = []
    try:
        # GIVEN five connections of each kind that send part of a request and then nothing
        for _name, build in STALLS:
            for _ in range(5):
                sock = socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                sock.sendall(build(t))
                stalled.append(sock)
        # THEN ordinary phones are served meanwhile
        texts = [assert_still_serving(client, t, n) for n in range(10)]
        assert client.get("/").status == 200
    finally:
        for sock in stalled:
            sock.close()
    # AND nothing the stalled ones sent is stored
    assert sorted(a.content.text for a in services.answers.answers(self_paced_forum.id)) == sorted(texts)
    assert_still_serving(client, t, 11)
    assert_clean_logs(caplog)


def test_a_stalled_answer_does_not_delay_a_later_one_on_the_same_question(services, self_paced_forum, target):
    """The group committer is not held up by a request whose body never finishes."""
    server, t = target
    client = Client(server)
    body = json.dumps({"question_id": t.text_q, "submission_id": str(uuid.uuid4()),
                       "client_id": str(uuid.uuid4()), "text": "sent whole"}).encode()
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as slow:
        slow.sendall(f"POST /api/f/{t.code}/answers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:-5])
        assert client.answer(t.text_q, text="from another phone").status == 201
        slow.sendall(body[-5:])
        reply = slow.recv(4096)
    assert status_of(reply) == 201
    assert sorted(a.content.text for a in services.answers.answers(self_paced_forum.id)) == \
        ["from another phone", "sent whole"]
