"""Differential fuzz of the direct path (fastpath.py): random request heads for every route, sent to
one server with the direct path and to one without it (aiohttp alone), serving the same forum.
Whatever the direct path takes or hands over, the phone must get the same status and the same
body. Answers in these requests are always refused (a question that does not exist, a broken
body), so the two servers see the same database throughout.
"""

from __future__ import annotations

import json
import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forumdesk.web.config import ServerConfig
from tests.web.conftest import TIMEOUT

FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

PATHS = ["/", "/j/{code}", "/j/{lower}", "/j/AAAAAA", "/j/{code}/", "/static/app.js", "/static/./app.js",
         "/static/i18n/en.json", "/static/missing.js", "/static/.hidden", "/static/", "//static/app.js",
         "/api/f/{code}/state", "/api/f/{lower}/state", "/api/f/AAAAAA/state", "/api/f/{code}/state?x=1",
         "/api/f/{code}/answers", "/api/f/{code}/results/1", "/api/f/{code}/stat%65", "/nothing", "/j/a{{b"]
ANSWER_BODIES = [b'{"question_id": 987654, "submission_id": "0123456789abcdef", "client_id": "abcdef0123456789",'
                 b' "text": "x"}', b'{"question_id": 1', b"[]", b"", b'{"question_id": "1"}', b"\xff\xfe"]
HEADERS = st.sampled_from([
    ("host", "other"), ("Connection", "keep-alive"),
    ("Connection", "close"), ("Connection", "Keep-Alive"), ("Content-Type", "application/json"),
    ("Content-Type", "application/json; charset=utf-8"), ("Content-Type", "text/plain"),
    ("content-type", "APPLICATION/JSON"), ("If-None-Match", '"nope"'), ("Accept", "*/*"),
    ("X-Tab", "a\tb"), ("X-Empty", ""), ("Transfer-Encoding", "chunked"), ("Expect", "100-continue"),
    ("Content-Encoding", "gzip"), ("Upgrade", "websocket"), ("User-Agent", "Mozilla/5.0 (fuzz) ü"),
])


SAFE_EXTRAS = [("Connection", "keep-alive"), ("Accept", "*/*"), ("If-None-Match", '"nope"'), ("X-Tab", "a\tb"),
               ("X-Empty", ""), ("Accept-Language", "fr-FR,fr;q=0.9")]


@st.composite
def requests(draw) -> tuple[str, str, list[tuple[str, str]], bytes, str]:
    if draw(st.integers(0, 2)) == 0:  # a request as a phone sends it, which the direct path takes
        if draw(st.booleans()):
            body = draw(st.sampled_from(ANSWER_BODIES))
            return ("POST", "/api/f/{code}/answers", [("Host", "x"), ("Content-Type", "application/json")],
                    body, "HTTP/1.1|exact")
        path = draw(st.sampled_from(["/", "/j/{code}", "/j/{lower}", "/j/AAAAAA", "/static/app.js",
                                     "/static/missing.js", "/api/f/{code}/state", "/api/f/{lower}/state"]))
        return "GET", path, [("Host", "x"), *draw(st.lists(st.sampled_from(SAFE_EXTRAS), max_size=3))], b"", \
            "HTTP/1.1|exact"
    method = draw(st.sampled_from(["GET", "POST", "GET", "POST", "HEAD", "PUT", "get"]))
    path = draw(st.sampled_from(PATHS))
    version = draw(st.sampled_from(["HTTP/1.1", "HTTP/1.1", "HTTP/1.1", "HTTP/1.0"]))
    host = draw(st.sampled_from([[("Host", "x")]] * 4 + [[], [("Host", "x"), ("Host", "y")]]))
    headers = host + draw(st.lists(HEADERS, max_size=4))
    if method == "POST" and draw(st.booleans()):
        headers.append(("Content-Type", "application/json"))
    body = draw(st.sampled_from(ANSWER_BODIES)) if method == "POST" else b""
    length = draw(st.sampled_from(["exact", "exact", "none", "twice", "plus", "zero"]))
    return method, path, headers, body, f"{version}|{length}"


def build(request, code: str) -> bytes:
    method, path, headers, body, extra = request
    version, length = extra.split("|")
    lines = [f"{method} {path.format(code=code, lower=code.lower())} {version}"]
    lines += [f"{name}: {value}" for name, value in headers]
    if length == "exact" and (body or method == "POST"):
        lines.append(f"Content-Length: {len(body)}")
    elif length == "twice":
        lines += [f"Content-Length: {len(body)}", f"Content-Length: {len(body)}"]
    elif length == "plus":
        lines.append(f"Content-Length: +{len(body)}")
    elif length == "zero" and not body:
        lines.append("Content-Length: 0")
    elif length != "exact":
        body = b""  # no length given: no body either (it would only be read as a next request)
    return "\r\n".join(lines).encode("utf-8") + b"\r\n\r\n" + body


def first_reply(port: int, data: bytes, head_only: bool) -> tuple[int | None, bytes]:
    """Status and body of the first response to ``data`` on a fresh connection. (The sender does not
    half-close: aiohttp may then close before it replies, at random, which is not what is compared.)"""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        sock.sendall(data)
        received = b""
        try:
            while True:
                piece = sock.recv(65536)
                if not piece:
                    break
                received += piece
                head, sep, rest = received.partition(b"\r\n\r\n")
                if sep and (head_only or b" 304 " in head.split(b"\r\n")[0]):
                    received = head + sep
                    break
                if sep:
                    fields = dict(line.split(b":", 1) for line in head.split(b"\r\n")[1:] if b":" in line)
                    fields = {k.strip().lower(): v.strip() for k, v in fields.items()}
                    if b"content-length" in fields and len(rest) >= int(fields[b"content-length"]):
                        received = head + sep + rest[:int(fields[b"content-length"])]
                        break
        except ConnectionResetError:
            pass
    if not received.startswith(b"HTTP/1."):
        return None, b""
    head, _, body = received.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


@pytest.fixture
def pair(forum, start_server):
    return start_server(forum.id), start_server(forum.id, ServerConfig(direct_path=False))


def test_the_direct_path_replies_as_aiohttp_alone_does(pair):
    direct, alone = pair

    @FUZZ
    @given(request=requests())
    def same_reply(request):
        data = build(request, direct.code)
        head_only = request[0] == "HEAD"
        mine, theirs = first_reply(direct.port, data, head_only), first_reply(alone.port, data, head_only)
        assert mine[0] == theirs[0], data
        if mine[0] is not None and mine[0] != 304 and mine[1][:1] in (b"{", b"<"):
            if mine[1][:1] == b"{" and b'"version"' in mine[1]:  # the state: its version may differ
                assert json.loads(mine[1]).keys() == json.loads(theirs[1]).keys(), data
            else:
                assert mine[1] == theirs[1], data
        assert mine[0] is None or mine[0] < 500, data

    same_reply()
    # The fuzz reached the direct path, not only aiohttp (most requests it makes are not ones it takes).
    assert direct.served_directly >= 10 and direct.answers_served_directly >= 3
    assert alone.served_directly == 0
