"""Someone on the room's Wi-Fi attacking the attendee server with aiohttp's own defences and ours:
event streams that are never read, requests pipelined on one connection without reading the
replies, a head trickled a byte at a time. Other phones (other addresses: Linux routes all of
127.0.0.0/8 to loopback) must keep getting the state, storing answers and hearing the room move on.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import uuid

from forumdesk.web.config import ServerConfig
from tests.web.conftest import TIMEOUT, EventStream, wait_until


def phone(port: int, method: str, path: str, body: dict | None = None, source: str = "127.0.0.2"):
    """One request as a phone on address ``source`` sends it: (status, headers, JSON body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT, source_address=(source, 0))
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        conn.request(method, path, body=json.dumps(body).encode() if body is not None else None, headers=headers)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, json.loads(response.read() or b"null")
    finally:
        conn.close()


def answer(port: int, code: str, question_id: int, text: str, source: str) -> int:
    body = {"question_id": question_id, "submission_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4()),
            "text": text}
    return phone(port, "POST", f"/api/f/{code}/answers", body, source)[0]


def silent_stream(port: int, code: str, source: str = "127.0.0.1") -> socket.socket:
    """An event stream asked for and never read."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.bind((source, 0))
    sock.connect(("127.0.0.1", port))
    sock.sendall(f"GET /api/f/{code}/events HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    return sock


def test_a_thousand_silent_streams_from_one_address_leave_room_for_other_phones(services, forum, start_server):
    server = start_server(forum.id, ServerConfig(streams_per_address=8))
    question = services.forums.questions(forum.id)[0]  # current once the server has started
    attack = [silent_stream(server.port, server.code) for _ in range(1_100)]
    try:
        # Each is answered by now: 8 streams held, the rest refused and their connections closed.
        wait_until(lambda: server.connected_phones + server.refused_streams == 1_100, "every stream answered")
        assert server.connected_phones == 8 and server.refused_streams == 1_092
        refused = attack[-1].recv(4096)
        assert refused.startswith(b"HTTP/1.1 429 ") and b"Retry-After: " in refused and b'{"error": "' in refused
        assert attack[-1].recv(4096) == b""  # closed: its descriptor is free again
        # A phone on another address gets the state, a stream and stores its answer.
        status, headers, state = phone(server.port, "GET", f"/api/f/{server.code}/state")
        assert status == 200 and state["current"] == question.id
        stream = EventStream(server.port, server.code, source="127.0.0.2")
        try:
            assert stream.status == 200 and stream.next_state()["current"] == question.id
        finally:
            stream.close()
        assert answer(server.port, server.code, question.id, "Growth", "127.0.0.2") == 201
    finally:
        for sock in attack:
            sock.close()
    assert [a.content.text for a in services.answers.answers(forum.id)] == ["Growth"]


def test_new_streams_are_refused_with_a_sentence_before_the_descriptors_run_out(services, forum, start_server):
    from forumdesk.web.connections import open_files_now

    # Room for about 30 more connections under this (pretend) open-file limit, 10 of them reserved.
    server = start_server(forum.id, ServerConfig(open_file_limit=open_files_now() + 40, fd_reserve=10))
    held = []
    try:
        refusal = b""
        for index in range(60):
            sock = silent_stream(server.port, server.code, source=f"127.0.1.{index + 1}")
            held.append(sock)
            first = sock.recv(4096)
            if first.startswith(b"HTTP/1.1 503 "):
                refusal = first
                break
            assert first.startswith(b"HTTP/1.1 200 ")
        assert b"Retry-After: " in refusal and b'{"error": "' in refusal, "no stream was refused"
        # The reserve is still there for ordinary requests: a phone gets the state and answers.
        question = services.forums.questions(forum.id)[0]
        assert phone(server.port, "GET", f"/api/f/{server.code}/state")[0] == 200
        assert answer(server.port, server.code, question.id, "still here", "127.0.0.2") == 201
    finally:
        for sock in held:
            sock.close()


def test_pipelining_and_trickling_attackers_do_not_stop_other_phones(services, forum, start_server):
    server = start_server(forum.id, ServerConfig(keepalive_timeout=2.0))
    question = services.forums.questions(forum.id)[0]
    stream = EventStream(server.port, server.code)
    stream.next_state()
    # One connection pipelines thousands of requests and never reads a reply.
    pipeliner = socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT)
    pipeliner.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    burst = f"GET /api/f/{server.code}/state HTTP/1.1\r\nHost: x\r\n\r\n".encode() * 5_000
    sender = threading.Thread(target=_send_quietly, args=(pipeliner, burst), daemon=True)
    sender.start()
    # Another trickles a request head a byte at a time and would never finish it.
    trickler = socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT)
    cut_off = threading.Event()
    stop = threading.Event()
    threading.Thread(target=_trickle, args=(trickler, cut_off, stop), daemon=True).start()
    try:
        statuses = [answer(server.port, server.code, question.id, f"answer {i}", f"127.0.2.{i + 1}")
                    for i in range(30)]
        assert statuses == [201] * 30
        services.forums.step(forum.id, 1)  # the room moves on: the stream still delivers
        following = services.forums.questions(forum.id)[1]
        assert stream.state_where(lambda s: s["current"] == following.id)["current"] == following.id
        # aiohttp closes a connection whose head has not arrived within keepalive_timeout.
        assert cut_off.wait(TIMEOUT), "the trickled head was never timed out"
    finally:
        stop.set()
        for sock in (stream.sock, pipeliner, trickler):
            sock.close()
    assert len(services.answers.answers(forum.id)) == 30


def _send_quietly(sock: socket.socket, data: bytes) -> None:
    try:
        sock.sendall(data)
    except OSError:  # the server may close it; that is its right
        pass


def _trickle(sock: socket.socket, cut_off: threading.Event, stop: threading.Event) -> None:
    head = b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-Slow: " + b"a" * 100_000
    for byte in head:
        if stop.wait(0.02):
            return
        try:
            sock.sendall(bytes([byte]))
        except OSError:
            cut_off.set()
            return
        try:
            # a peek that does not wait (MSG_DONTWAIT), so the socket's own mode never changes while
            # the test may be closing it from its thread
            if sock.recv(1, socket.MSG_DONTWAIT) == b"":
                cut_off.set()
                return
        except BlockingIOError:
            pass
        except OSError:
            cut_off.set()
            return
