"""The event stream: the current state on connect, every change pushed, heartbeats, and a phone
that stops reading dropped after its bound (then catching up when it reconnects)."""

from __future__ import annotations

from forumdesk.domain import Question, QuestionKind
from forumdesk.web.config import ServerConfig
from tests.web.conftest import Client, EventStream, wait_until


def test_a_stream_starts_with_the_current_state_and_follows_the_facilitator(services, forum, client):
    first, second, *_ = services.forums.questions(forum.id)
    stream = EventStream(client.port, client.code)
    try:
        assert stream.status == 200
        assert "content-type: text/event-stream" in stream.headers
        name, state, raw = stream.next_event()
        assert "retry: 3000" in raw
        if name is None:  # the retry line came as its own block
            state = stream.next_state()
        assert state["current"] == first.id

        services.forums.step(forum.id, 1)
        moved = stream.state_where(lambda s: s["current"] == second.id)
        assert moved["questions"][0]["prompt"] == "Which matters most?"
        assert moved["questions"][0]["open"] is True

        services.forums.set_revealed(second.id, True)
        revealed = stream.state_where(lambda s: s["revealed"])
        assert revealed["questions"][0]["results"]["choice_counts"] == [0, 0, 0]
        assert revealed["version"] > moved["version"]
    finally:
        stream.close()


def test_events_carry_ids_that_increase(services, forum, client):
    stream = EventStream(client.port, client.code)
    try:
        seen = []
        services.forums.step(forum.id, 1)
        services.forums.step(forum.id, 1)
        current = services.forums.forum(forum.id).current_question_id
        while True:
            name, data, raw = stream.next_event()
            if name == "state":
                seen.append(int(raw.split("id: ")[1].split("\n")[0]))
                if data["current"] == current:
                    break
        assert seen == sorted(seen) and len(set(seen)) == len(seen)
    finally:
        stream.close()


def test_revealed_results_follow_new_answers(services, forum, start_server):
    client = Client(start_server(forum.id, ServerConfig(results_refresh_seconds=0.05)))
    question = services.forums.questions(forum.id)[0]
    services.forums.set_revealed(question.id, True)
    stream = EventStream(client.port, client.code)
    try:
        stream.state_where(lambda s: s["revealed"])
        assert client.answer(question.id, text="growth").status == 201
        updated = stream.state_where(lambda s: s["questions"][0]["results"]["responses"] == 1)
        assert updated["questions"][0]["results"]["words"] == [["growth", 1]]
    finally:
        stream.close()


def test_heartbeats_are_sent(forum, start_server):
    client = Client(start_server(forum.id, ServerConfig(heartbeat_seconds=0.05)))
    stream = EventStream(client.port, client.code)
    try:
        while True:
            name, data, raw = stream.next_event()
            if raw.startswith(":"):
                break
    finally:
        stream.close()


def test_connected_phones_counts_open_streams(forum, server):
    client = Client(server)
    streams = [EventStream(client.port, client.code) for _ in range(3)]
    try:
        for stream in streams:
            stream.next_state()
        assert server.connected_phones == 3
    finally:
        streams[0].close()
    # The closed stream is noticed once the connection's end reaches the server.
    wait_until(lambda: server.connected_phones == 2, "the closed stream to be counted out")
    for stream in streams[1:]:
        stream.close()


def test_a_phone_that_stops_reading_is_dropped_and_catches_up_on_reconnect(services, partner, start_server):
    long_prompt = "Why " + "really " * 40 + "?"
    questions = [Question(kind=QuestionKind.SINGLE_CHOICE, prompt=long_prompt,
                          choices=[f"Choice {i} " + "x" * 100 for i in range(12)]) for _ in range(2)]
    forum = services.forums.create_forum("Big states", partner.id, questions=questions)
    config = ServerConfig(stream_buffer_limit=16 * 1024, stream_socket_sndbuf=4096)
    server = start_server(forum.id, config)
    client = Client(server)
    question = services.forums.questions(forum.id)[0]
    slow = EventStream(client.port, client.code, rcvbuf=4096)  # connects, then never reads again
    reader = EventStream(client.port, client.code)
    try:
        reader.next_state()
        wait_until(lambda: server.connected_phones == 2, "both streams to be counted")
        revealed = False
        rounds = 0
        while server.connected_phones == 2:
            rounds += 1
            assert rounds < 5_000, "the slow phone was never dropped"
            revealed = not revealed
            services.forums.set_revealed(question.id, revealed)
            reader.state_where(lambda s, want=revealed: s["revealed"] is want)  # every change is sent
        assert server.connected_phones == 1
        assert server.dropped_streams == 1
        # The reader kept receiving every change; the slow phone's connection is gone.
        try:
            while True:
                slow.next_chunk()
        except (ConnectionError, OSError):
            pass
        # It reconnects, as EventSource does, and gets the current state first.
        again = EventStream(client.port, client.code)
        try:
            assert again.next_state()["revealed"] is revealed
        finally:
            again.close()
    finally:
        slow.close()
        reader.close()


def test_stopping_the_server_ends_a_thousand_open_streams(services, forum, start_server):
    # All from 127.0.0.1, as a venue NAT would put them: the per-address bound raised for that.
    server = start_server(forum.id, ServerConfig(streams_per_address=2_000))
    client = Client(server)
    streams = [EventStream(client.port, client.code) for _ in range(1000)]
    for stream in streams:
        stream.next_state()
    assert server.connected_phones == 1000
    server.stop()
    for stream in streams:
        try:
            while True:
                stream.next_chunk()
        except ConnectionError:
            pass
        stream.close()
    assert not server.running and server.connected_phones == 0
