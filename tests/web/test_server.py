"""AttendeeServer's life cycle as the console uses it: start, port fallback, join URL, restart with
the same code and port, clean stop with everything committed."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from forumdesk.web.config import ServerConfig
from forumdesk.web.server import AttendeeServer, ServerStartError, raise_open_file_limit
from tests.web.conftest import Client, EventStream


def test_start_reports_port_code_and_join_url(services, forum, server):
    assert server.running
    assert server.port > 0
    assert server.code == services.forums.forum(forum.id).join_code
    assert server.join_url.endswith(f":{server.port}/j/{server.code}")
    assert services.forums.forum(forum.id).port == server.port  # stored for a restart
    server.set_public_host("192.168.1.20")
    assert server.join_url == f"http://192.168.1.20:{server.port}/j/{server.code}"


def test_a_taken_port_falls_back_to_the_next_free_one(services, forum, web_root):
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    taken = blocker.getsockname()[1]
    server = AttendeeServer(services, host="127.0.0.1", port=taken)
    try:
        server.start(forum.id)
        assert server.port != taken and server.running
        assert Client(server).state()["current"] is not None
    finally:
        server.stop()
        blocker.close()


def test_an_unknown_forum_is_a_start_error_with_a_sentence(services):
    server = AttendeeServer(services, host="127.0.0.1", port=0)
    with pytest.raises(ServerStartError, match="There is no forum with id 999"):
        server.start(999)
    assert not server.running
    server.stop()


def test_an_address_that_cannot_be_used_is_a_start_error(services, forum):
    server = AttendeeServer(services, host="203.0.113.1", port=0)  # not an address of this machine
    with pytest.raises(ServerStartError, match="could not listen"):
        server.start(forum.id)


def test_restart_resumes_code_port_and_question(services, forum, start_server):
    first = start_server(forum.id)
    services.forums.step(forum.id, 1)
    port, code = first.port, first.code
    first.stop()
    assert not first.running and first.connected_phones == 0
    again = AttendeeServer(services, host="127.0.0.1")  # no port given: the stored one
    try:
        again.start(forum.id)
        assert (again.port, again.code) == (port, code)
        state = Client(again).state()
        assert state["current"] == services.forums.questions(forum.id)[1].id
    finally:
        again.stop()


def test_the_same_server_object_can_start_again(services, forum, start_server):
    server = start_server(forum.id)
    server.stop()
    server.start(forum.id)
    assert server.running and Client(server).state()["current"] is not None


def test_stop_commits_answers_in_flight_and_closes_everything(services, forum, start_server):
    server = start_server(forum.id)
    client = Client(server)
    question = services.forums.questions(forum.id)[0]
    stream = EventStream(client.port, client.code)
    stream.next_state()
    replies = []
    posting = [threading.Thread(target=lambda i=i: replies.append(client.answer(question.id, text=f"late {i}").status))
               for i in range(20)]
    for thread in posting:
        thread.start()
    for thread in posting:
        thread.join()
    server.stop()
    stream.close()
    assert replies.count(201) == 20
    assert len(services.answers.answers(forum.id)) == 20
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=2).close()
    assert not [t for t in threading.enumerate() if t.name.startswith(("forumdesk-attendee", "forumdesk-answer",
                                                                          "forumdesk-state", "asyncio_"))]


def test_the_open_file_limit_is_raised_where_possible():
    limit = raise_open_file_limit()
    assert limit is None or limit >= 1024


def test_idle_keep_alive_connections_are_closed_and_live_streams_are_not(forum, start_server):
    """A phone that made a request and went quiet does not hold a connection (and a file
    descriptor) for ever; a phone with its event stream open keeps it."""
    server = start_server(forum.id, ServerConfig(keepalive_timeout=0.5, heartbeat_seconds=0.2))
    idle = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    stream = EventStream(server.port, server.code)
    try:
        idle.sendall(f"GET /api/f/{server.code}/state HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        reply = b""
        while b"\r\n\r\n" not in reply:
            reply += idle.recv(65536)
        assert reply.startswith(b"HTTP/1.1 200")
        assert b"connection: close" not in reply.lower()  # kept alive, as a browser expects
        started = time.monotonic()
        while idle.recv(65536):  # the rest of the body, then the server's close
            pass
        assert 0.3 < time.monotonic() - started < 4
        time.sleep(1.0)  # well past the keep-alive timeout: the stream is still served
        while not stream.next_event()[2].startswith(": keep-alive"):
            pass
        assert server.connected_phones == 1
    finally:
        idle.close()
        stream.close()
