"""Issue 8, a stadium on a laptop: the group-commit batch judges each answer exactly as if it came
alone (duplicates, device votes, refusals, ids), the committer's single timer answers a phone whose
commit takes too long, and the server stops cleanly with thousands of streams open and answers in
flight. Functional checks only: no timings."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import uuid

from forumdesk.services import AlreadyAnswered, InvalidInput, QuestionClosed, Submission, SubmitStatus
from forumdesk.web.committer import GroupCommitter, StorageUnavailable
from forumdesk.web.config import ServerConfig
from tests.web.conftest import TIMEOUT, Client, wait_until


def _questions(services, forum):
    text_q, single_q, multi_q, rating_q, _ = services.forums.questions(forum.id)
    return text_q, single_q, multi_q, rating_q


def _sub(forum, question, payload, *, submission_id=None, client_id=None) -> Submission:
    return Submission(forum.id, question.id, submission_id or str(uuid.uuid4()), payload,
                      client_id if client_id is not None else str(uuid.uuid4()))


def test_one_vote_per_device_inside_one_batch(services, self_paced_forum):
    forum = self_paced_forum
    services.forums.start_forum(forum.id)
    _, single_q, _, rating_q = _questions(services, forum)
    shared = str(uuid.uuid4())
    taken = str(uuid.uuid4())
    batch = [
        _sub(forum, single_q, {"choices": [7]}, client_id="phone-a"),  # invalid: uses up no vote
        _sub(forum, single_q, {"choices": [0]}, client_id="phone-a", submission_id=shared),  # stored
        _sub(forum, single_q, {"choices": [1]}, client_id="phone-a"),  # second vote of phone-a
        _sub(forum, single_q, {"choices": [1]}, client_id="phone-b", submission_id=shared),  # duplicate
        _sub(forum, single_q, {"choices": [2]}, client_id="phone-b", submission_id=taken),  # phone-b still votes
        _sub(forum, rating_q, {"rating": 3}, client_id="phone-a"),  # another question: its own vote
        _sub(forum, single_q, {"choices": [2]}, client_id=""),  # no client id: no device check
    ]
    outcomes = services.answers.submit_many(batch)
    assert isinstance(outcomes[0].error, InvalidInput)
    assert outcomes[1].status is SubmitStatus.STORED
    assert isinstance(outcomes[2].error, AlreadyAnswered)
    assert outcomes[3].status is SubmitStatus.DUPLICATE
    assert outcomes[4].status is SubmitStatus.STORED
    assert outcomes[5].status is SubmitStatus.STORED
    assert outcomes[6].status is SubmitStatus.STORED
    assert services.answers.results(single_q.id).choice_counts == [1, 0, 2]
    # The next batch sees the votes the first one recorded.
    again = services.answers.submit_many([_sub(forum, single_q, {"choices": [1]}, client_id="phone-b"),
                                          _sub(forum, single_q, {"choices": [1]}, client_id="phone-c")])
    assert isinstance(again[0].error, AlreadyAnswered)
    assert again[1].status is SubmitStatus.STORED


def test_a_large_batch_gets_the_stored_ids_and_finds_earlier_answers(services, self_paced_forum):
    """More answers than one look-up or one insert statement takes, with earlier answers re-sent
    all through the batch."""
    forum = self_paced_forum
    services.forums.start_forum(forum.id)
    text_q, single_q, _, _ = _questions(services, forum)
    earlier = [_sub(forum, text_q, {"text": f"earlier {i}"}) for i in range(700)]
    assert all(o.status is SubmitStatus.STORED for o in services.answers.submit_many(earlier))
    fresh = [_sub(forum, text_q, {"text": f"fresh {i}"}) for i in range(1300)]
    batch = []
    for i, sub in enumerate(fresh):
        batch.append(sub)
        if i % 2 == 0:
            batch.append(earlier[(i * 7) % len(earlier)])  # a phone that did not hear its reply
    batch.append(fresh[5])  # sent twice inside the batch
    outcomes = services.answers.submit_many(batch)
    stored = [o for o in outcomes if o.status is SubmitStatus.STORED]
    assert len(stored) == 1300
    assert sum(o.status is SubmitStatus.DUPLICATE for o in outcomes) == len(batch) - 1300
    rows = dict(services.store.db.execute("SELECT submission_id, id FROM answers").fetchall())
    assert len(rows) == 2000
    for outcome in stored:  # the id each event carries is the row's id
        assert rows[outcome.answer.submission_id] == outcome.answer.id
    texts = {a.id: a.content.text for a in services.answers.answers(forum.id, text_q.id)}
    assert all(texts[o.answer.id] == o.answer.content.text for o in stored)


def test_a_duplicate_is_a_duplicate_even_once_the_question_closed(services, self_paced_forum):
    forum = self_paced_forum
    services.forums.start_forum(forum.id)
    text_q, *_ = _questions(services, forum)
    first = _sub(forum, text_q, {"text": "before closing"})
    assert services.answers.submit_many([first])[0].status is SubmitStatus.STORED
    services.forums.set_open(text_q.id, False)
    # it closed longer ago than the grace period for late answers
    services.store.db.execute("UPDATE questions SET closed_at = '2000-01-01T00:00:00+00:00' WHERE id = ?",
                              (text_q.id,))
    late = services.answers.submit_many([first, _sub(forum, text_q, {"text": "too late"})])
    assert late[0].status is SubmitStatus.DUPLICATE
    assert isinstance(late[1].error, QuestionClosed)


def test_an_answer_whose_commit_takes_too_long_gets_storage_unavailable_and_is_stored_later(services, forum):
    question = services.forums.questions(forum.id)[0]
    services.forums.start_forum(forum.id)
    release = threading.Event()
    submission = _sub(forum, question, {"text": "patience"})

    async def run():
        committer = GroupCommitter(services.answers, asyncio.get_running_loop(), timeout=0.2)
        committer.start()
        committer.call_on_writer(lambda: release.wait(TIMEOUT))  # the writer is busy (a slow disk)
        future = committer.submit(submission)
        try:
            await future
        except StorageUnavailable as exc:
            refused = str(exc)
        else:
            refused = None
        release.set()
        await asyncio.to_thread(committer.stop)
        return refused

    refused = asyncio.run(run())
    assert refused == "Your answer could not be saved in time; it will be sent again."
    assert [a.content.text for a in services.answers.answers(forum.id)] == ["patience"]  # the retry is a duplicate
    assert services.answers.submit(submission) is SubmitStatus.DUPLICATE


def test_a_burst_on_a_choice_question_counts_one_vote_per_phone(services, forum, start_server):
    server = start_server(forum.id, ServerConfig(votes_per_address=1_000))  # 60 phones behind one address
    client = Client(server)
    services.forums.step(forum.id, 1)  # the single-choice question opens
    question = services.forums.questions(forum.id)[1]
    wait_until(lambda: client.state()["current"] == question.id, "the choice question is current")
    phones = [str(uuid.uuid4()) for _ in range(60)]
    bodies = []
    for i, phone in enumerate(phones):  # each phone taps twice (two submissions), a few at once
        for tap in range(2):
            bodies.append({"question_id": question.id, "submission_id": str(uuid.uuid4()), "client_id": phone,
                           "choices": [(i + tap) % 3]})
    statuses = asyncio.run(_post_all(client.port, client.code, bodies))
    assert sorted(statuses).count(201) == 60 and sorted(statuses).count(409) == 60
    for i in range(60):
        assert sorted(statuses[2 * i: 2 * i + 2]) == [201, 409]
    assert sum(services.answers.results(question.id).choice_counts) == 60


async def _post_all(port: int, code: str, bodies: list[dict]) -> list[int]:
    """Every body at once, each on its own connection; the status of each (0: no reply)."""

    async def post(body: dict) -> int:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            data = json.dumps(body).encode()
            writer.write(b"POST /api/f/%s/answers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (code.encode(), len(data), data))
            reply = await reader.read()
            writer.close()
        except OSError:  # the server stopped before it took this one
            return 0
        return int(reply[9:12]) if reply[9:12].isdigit() else 0

    return await asyncio.gather(*(post(b) for b in bodies))


def _open_stream(port: int, code: str) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    sock.sendall(f"GET /api/f/{code}/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n".encode())
    return sock


def _read_to_the_end(sock: socket.socket) -> bytes:
    """Everything until the server closes the connection (a reset counts as closed)."""
    data = b""
    try:
        while True:
            piece = sock.recv(65536)
            if not piece:
                return data
            data += piece
    except ConnectionResetError:
        return data


def test_a_clean_stop_with_thousands_of_streams_and_answers_in_flight(services, forum, start_server):
    # Every phone here connects from 127.0.0.1, as behind a venue's NAT: the per-address bound is raised.
    server = start_server(forum.id, ServerConfig(streams_per_address=4_000))
    client = Client(server)
    question = services.forums.questions(forum.id)[0]
    streams = [_open_stream(client.port, client.code) for _ in range(3000)]
    try:
        wait_until(lambda: server.connected_phones == 3000, "3,000 phones connected")
        bodies = [{"question_id": question.id, "submission_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4()),
                   "text": f"last word {i}"} for i in range(200)]
        statuses: list[int] = []
        posting = threading.Thread(target=lambda: statuses.extend(asyncio.run(
            _post_all(client.port, client.code, bodies))))
        posting.start()
        wait_until(lambda: server.services.answers.answer_counts(forum.id), "the first answers are in")
        server.stop()
        posting.join(TIMEOUT)
        assert not posting.is_alive()
        for sock in streams:
            ending = _read_to_the_end(sock)  # returns: the server closed every stream
            assert ending.startswith(b"HTTP/1.1 200") or not ending
    finally:
        for sock in streams:
            sock.close()
    assert not server.running and server.connected_phones == 0
    assert not [t.name for t in threading.enumerate()
                if t.name.startswith(("forumdesk-attendee-server", "forumdesk-answer-writer"))]
    # Every answer the server acknowledged is stored, once; the rest got no reply or a refusal.
    stored = {a.content.text for a in services.answers.answers(forum.id)}
    acknowledged = {body["text"] for body, status in zip(bodies, statuses, strict=False) if status == 201}
    assert acknowledged <= stored
    rows = services.store.db.execute("SELECT COUNT(*), COUNT(DISTINCT submission_id) FROM answers").fetchone()
    assert rows[0] == rows[1] == len(stored)
