"""The direct path for answers and the state (forumdesk/web/fastpath.py): it answers exactly what
aiohttp answers, keeps replies in request order, hands anything unusual to aiohttp with the bytes
not yet answered, and never acknowledges an answer before its commit."""

from __future__ import annotations

import json
import socket
import time
import uuid

import pytest

from forumdesk.web.config import ServerConfig
from tests.web.conftest import TIMEOUT, Client, EventStream


def answer_request(code: str, body: dict | bytes, extra: str = "") -> bytes:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return (f"POST /api/f/{code}/answers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(raw)}\r\n{extra}\r\n").encode() + raw


def read_replies(sock: socket.socket, count: int) -> list[tuple[int, dict, bytes]]:
    """``count`` HTTP replies from ``sock``: (status, lower-cased headers, body)."""
    buffer = b""
    replies = []
    while len(replies) < count:
        head, sep, rest = buffer.partition(b"\r\n\r\n")
        if sep:
            lines = head.decode("latin-1").split("\r\n")
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
            length = int(headers.get("content-length", "0"))
            if len(rest) >= length:
                replies.append((int(lines[0].split(" ")[1]), headers, rest[:length]))
                buffer = rest[length:]
                continue
        piece = sock.recv(65536)
        if not piece:
            raise ConnectionError(f"closed after {len(replies)} replies")
        buffer += piece
    return replies


def scenario(services, forum, client: Client) -> list[tuple[int, bytes, dict]]:
    """The replies a phone can get to its answers and state requests, in one run."""
    first, second, *_ = services.forums.questions(forum.id)
    same = str(uuid.uuid4())
    sent = [
        client.answer(first.id, submission_id=same, text="Flexible hours"),  # stored
        client.answer(first.id, submission_id=same, text="Flexible hours"),  # duplicate
        client.answer(first.id, text="   "),  # empty after cleaning: 400 from validation
        client.post_raw(b'{"question_id": 1, "submission_id": "x"'),  # not JSON: 400 from parsing
        client.answer(second.id, text="Closed question"),  # not open yet: 409
        client.answer(987654, text="No such question"),  # 404
        client.get(f"/api/f/{client.code}/state"),
    ]
    keep = ("content-type", "cache-control", "x-content-type-options", "referrer-policy", "retry-after", "etag")
    return [(r.status, r.body, {k: r.headers.get(k) for k in keep}) for r in sent]


def test_the_direct_path_answers_exactly_as_aiohttp_does(services, forum, partner, start_server):
    direct = start_server(forum.id)
    through_aiohttp_forum = services.forums.duplicate_forum(forum.id)
    through_aiohttp = start_server(through_aiohttp_forum.id, ServerConfig(direct_path=False))
    mine = scenario(services, forum, Client(direct))
    theirs = scenario(services, through_aiohttp_forum, Client(through_aiohttp))
    assert [s for s, _, _ in mine] == [201, 200, 400, 400, 409, 404, 200]
    # The state differs (another forum, another code); every answer's reply is byte for byte the same.
    assert mine[:-1] == theirs[:-1]
    assert mine[-1][2] == theirs[-1][2] | {"etag": mine[-1][2]["etag"]}
    assert direct.served_directly == 7 and through_aiohttp.served_directly == 0


def test_pipelined_requests_get_their_replies_in_order(services, forum, server):
    first = services.forums.questions(forum.id)[0]
    ids = [str(uuid.uuid4()) for _ in range(3)]
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as sock:
        burst = b"".join(answer_request(server.code, {"question_id": first.id, "submission_id": i,
                                                      "client_id": str(uuid.uuid4()), "text": f"answer {n}"})
                         for n, i in enumerate(ids))
        burst += answer_request(server.code, {"question_id": first.id, "submission_id": ids[0],
                                              "client_id": str(uuid.uuid4()), "text": "answer 0"})
        burst += f"GET /api/f/{server.code}/state HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        sock.sendall(burst)  # one write: five requests before any reply
        replies = read_replies(sock, 5)
    assert [status for status, _, _ in replies] == [201, 201, 201, 200, 200]
    assert json.loads(replies[3][2]) == {"status": "duplicate"}
    assert json.loads(replies[4][2])["current"] == first.id
    stored = [a.content.text for a in services.answers.answers(forum.id, first.id)]
    assert sorted(stored) == ["answer 0", "answer 1", "answer 2"]


def test_an_unusual_request_hands_the_connection_to_aiohttp_with_its_bytes(services, forum, server):
    """Answers on the direct path (one whose body comes in two parts), then an event stream on the
    same connection: aiohttp serves the stream."""
    first = services.forums.questions(forum.id)[0]
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as sock:
        sock.sendall(answer_request(server.code, {"question_id": first.id, "submission_id": str(uuid.uuid4()),
                                                  "client_id": str(uuid.uuid4()), "text": "direct"}))
        assert read_replies(sock, 1)[0][0] == 201
        request = answer_request(server.code, {"question_id": first.id, "submission_id": str(uuid.uuid4()),
                                               "client_id": str(uuid.uuid4()), "text": "half now, half later"})
        sock.sendall(request[:-10])
        time.sleep(0.2)
        sock.sendall(request[-10:])
        assert read_replies(sock, 1)[0][0] == 201
        sock.sendall(f"GET /api/f/{server.code}/events HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(65536)
        assert head.startswith(b"HTTP/1.1 200") and b"text/event-stream" in head
    texts = sorted(a.content.text for a in services.answers.answers(forum.id, first.id))
    assert texts == ["direct", "half now, half later"]
    assert server.served_directly == 2  # the stream went through aiohttp


def test_a_body_that_stalls_gets_408_and_the_connection_closes(services, forum, start_server):
    server = start_server(forum.id, ServerConfig(body_read_timeout=0.3))
    first = services.forums.questions(forum.id)[0]
    request = answer_request(server.code, {"question_id": first.id, "submission_id": str(uuid.uuid4()),
                                           "client_id": str(uuid.uuid4()), "text": "never finished"})
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as sock:
        sock.sendall(request[:-5])
        (status, headers, body), = read_replies(sock, 1)
        assert status == 408 and headers["connection"] == "close"
        assert json.loads(body) == {"error": "The answer arrived too slowly; please send it again."}
        assert sock.recv(65536) == b""  # closed
    assert services.answers.answers(forum.id, first.id) == []


@pytest.mark.parametrize("extra, expected", [
    ("Transfer-Encoding: chunked\r\n", 400),  # both a length and chunked: aiohttp refuses it
    ("Content-Length: 3\r\n", 400),  # two lengths
    ("Expect: 100-continue\r\n", 201),
    ("Connection: close\r\n", 201),
    ("X-Folded: a\r\n b\r\n", 400),  # an obsolete folded header line
])
def test_requests_outside_the_strict_subset_get_aiohttps_answer(services, forum, server, extra, expected):
    first = services.forums.questions(forum.id)[0]
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as sock:
        sock.sendall(answer_request(server.code, {"question_id": first.id, "submission_id": str(uuid.uuid4()),
                                                  "client_id": str(uuid.uuid4()), "text": "edge"}, extra))
        status = read_replies(sock, 1)[0][0] if expected != 400 else int(sock.recv(65536).split(b" ")[1])
    assert status == expected
    assert server.served_directly == 0


def test_an_answer_waiting_for_its_commit_is_acknowledged_only_after_it(services, forum, server):
    """The writer is held: the phone hears nothing until the batch holding its answer commits."""
    first = services.forums.questions(forum.id)[0]
    import threading

    release = threading.Event()
    held = server.call_on_writer(lambda: release.wait(TIMEOUT))
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as sock:
        sock.sendall(answer_request(server.code, {"question_id": first.id, "submission_id": str(uuid.uuid4()),
                                                  "client_id": str(uuid.uuid4()), "text": "patience"}))
        sock.settimeout(0.5)
        with pytest.raises(TimeoutError):
            sock.recv(65536)
        assert services.answers.answers(forum.id, first.id) == []
        release.set()
        held.result(TIMEOUT)
        sock.settimeout(TIMEOUT)
        assert read_replies(sock, 1)[0][0] == 201
    assert [a.content.text for a in services.answers.answers(forum.id, first.id)] == ["patience"]


def test_an_event_stream_still_works_beside_direct_answers(services, forum, server):
    stream = EventStream(server.port, server.code)
    try:
        assert stream.next_state()["current"] is not None
        client = Client(server)
        first = services.forums.questions(forum.id)[0]
        assert client.answer(first.id, text="Both at once").status == 201
        assert server.connected_phones == 1
    finally:
        stream.close()


def test_a_phone_that_does_not_read_its_replies_is_not_answered_without_limit(services, forum, server):
    """Thousands of state requests sent at once by a phone that reads nothing: the server stops
    taking them once its replies back up (they are not piled up in memory), and the phone gets
    every reply, in order, once it reads."""
    count = 20_000  # far more replies than the kernel's socket buffers hold
    request = f"GET /api/f/{server.code}/state HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.settimeout(TIMEOUT)
    sock.connect(("127.0.0.1", server.port))
    try:
        sock.sendall(request * count)
        time.sleep(0.5)
        backed_up = server.served_directly
        assert 0 < backed_up < count
        replies = read_replies(sock, count)
        assert [status for status, _, _ in replies] == [200] * count
        assert server.served_directly == count
    finally:
        sock.close()


def test_a_head_split_over_several_packets_is_still_served_directly(services, forum, server):
    first = services.forums.questions(forum.id)[0]
    request = answer_request(server.code, {"question_id": first.id, "submission_id": str(uuid.uuid4()),
                                           "client_id": str(uuid.uuid4()), "text": "in pieces"})
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as sock:
        for start in range(0, len(request), 7):
            sock.sendall(request[start:start + 7])
            time.sleep(0.002)
        assert read_replies(sock, 1)[0][0] == 201
    assert server.served_directly == 1
    assert [a.content.text for a in services.answers.answers(forum.id, first.id)] == ["in pieces"]


def test_pages_and_files_are_served_directly_exactly_as_aiohttp_serves_them(forum, start_server):
    """A browser loads the page and its files on the connections it later posts answers on."""
    direct = start_server(forum.id)
    through_aiohttp = start_server(forum.id, ServerConfig(direct_path=False), port=0)

    def fetch(server, path: str, headers: dict | None = None):
        reply = Client(server).get(path.replace("CODE", server.code), headers=headers)
        kept = {k: v for k, v in reply.headers.items() if k not in ("date", "server", "content-length")}
        return reply.status, reply.body, kept

    etag = Client(direct).get("/static/app.js").headers["etag"]
    paths = [("/", None), ("/j/CODE", None), ("/j/AAAAAA", None), ("/static/app.js", None),
             ("/static/app.js", {"If-None-Match": etag}), ("/static/missing.js", None), ("/static/.hidden", None),
             ("/static/i18n/en.json", None)]
    for path, headers in paths:
        mine, theirs = fetch(direct, path, headers), fetch(through_aiohttp, path, headers)
        assert mine == theirs, path
    assert [fetch(direct, p, h)[0] for p, h in paths] == [200, 200, 404, 200, 304, 404, 404, 200]
    # Every request twice, and the first one; a path with a dot segment goes to aiohttp.
    assert direct.served_directly == 2 * (len(paths) - 1) + 1 and through_aiohttp.served_directly == 0


def test_a_bug_on_the_direct_path_is_a_500_without_details_and_the_server_keeps_serving(
        services, forum, server, monkeypatch, caplog):
    from forumdesk.web.routes import AttendeeRoutes

    def broken(self, if_none_match):
        raise RuntimeError("details that must not leave the laptop")

    monkeypatch.setattr(AttendeeRoutes, "index_page", broken)
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        (status, headers, body), = read_replies(sock, 1)
        assert sock.recv(65536) == b""  # closed after it
    assert status == 500 and headers["connection"] == "close"
    assert json.loads(body) == {"error": "Something went wrong on the facilitator's laptop; please try again."}
    assert "details that must not" not in caplog.text and "Traceback" not in caplog.text
    first = services.forums.questions(forum.id)[0]
    assert Client(server).answer(first.id, text="still here").status == 201


def test_the_direct_path_can_be_switched_off_from_the_environment(services, forum, start_server, monkeypatch):
    monkeypatch.setenv("FORUMDESK_DIRECT_PATH", "0")
    server = start_server(forum.id, ServerConfig())
    first = services.forums.questions(forum.id)[0]
    assert Client(server).answer(first.id, text="through aiohttp").status == 201
    assert server.served_directly == 0
    monkeypatch.setenv("FORUMDESK_DIRECT_PATH", "1")
    assert ServerConfig().direct_path is True
