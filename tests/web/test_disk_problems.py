"""A full disk or a database turned read-only while phones answer, simulated for real with SQLite
itself on the writer thread's own connection (``PRAGMA max_page_count`` stops the file growing
exactly as a full disk does; ``PRAGMA query_only`` refuses writes as a read-only file does).

Phones get 503 with a sentence and Retry-After, the server names the problem for the console
(``AttendeeServer.storage_problem``), nothing acknowledged is lost, and once the cause is gone the
phones' retries (same submission_id) are stored exactly once, without restarting anything.
"""

from __future__ import annotations

import logging
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from forumdesk.web.config import ServerConfig
from tests.web.conftest import TIMEOUT, Client

MARK = "disk-problem-answer"


def fill_the_disk(store) -> None:
    """On the writer thread: the database may not grow by a single page any more."""
    conn = store.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def free_the_disk(store) -> None:
    store.db.conn.execute("PRAGMA max_page_count = 1073741823")


def make_read_only(store) -> None:
    store.db.conn.execute("PRAGMA query_only = ON")


def make_writable(store) -> None:
    store.db.conn.execute("PRAGMA query_only = OFF")


class Phone:
    """One answer with its own ids, sent until the server gives a final reply."""

    def __init__(self, client: Client, question_id: int, n: int) -> None:
        self.client = client
        self.question_id = question_id
        self.submission_id = str(uuid.uuid4())
        self.client_id = str(uuid.uuid4())
        self.text = (f"{MARK} {n} " + "the interviews were long and nobody called back " * 4)[:200].strip()

    def send(self):
        return self.client.answer(self.question_id, submission_id=self.submission_id, client_id=self.client_id,
                                  text=self.text)


def assert_unavailable(reply) -> None:
    assert reply.status == 503, reply
    assert set(reply.json()) == {"error"} and reply.json()["error"]
    assert int(reply.headers["retry-after"]) >= 1
    assert b"Traceback" not in reply.body and MARK.encode() not in reply.body


def stored_texts(services, forum) -> list[str]:
    return [a.content.text for a in services.answers.answers(forum.id)]


def run_on_writer(server, fn) -> None:
    server.call_on_writer(fn).result(TIMEOUT)


@pytest.mark.parametrize("group_commit", [True, False], ids=["group-commit", "one-transaction-each"])
def test_a_full_disk_gives_503_keeps_every_acknowledged_answer_and_resumes(
        services, forum, start_server, caplog, group_commit):
    caplog.set_level(logging.DEBUG)
    server = start_server(forum.id, ServerConfig(group_commit=group_commit))
    client = Client(server)
    question = services.forums.questions(forum.id)[0]
    before = [Phone(client, question.id, n) for n in range(3)]
    assert [p.send().status for p in before] == [201, 201, 201]
    assert server.storage_problem is None

    # GIVEN the disk fills up: answers that still fit in a half-empty page are stored, then none.
    run_on_writer(server, lambda: fill_the_disk(services.store))
    acknowledged, refused = list(before), []
    for n in range(3, 400):
        phone = Phone(client, question.id, n)
        reply = phone.send()
        if reply.status == 201:
            acknowledged.append(phone)
            continue
        assert_unavailable(reply)
        refused.append(phone)
        if len(refused) == 5:
            break
    assert len(refused) == 5, "the database kept growing although its disk was full"
    # THEN the console can say why, every acknowledged answer is there, and no refused one is.
    assert "disk is full" in server.storage_problem
    assert sorted(stored_texts(services, forum)) == sorted(p.text for p in acknowledged)
    # A phone that retries while the disk is still full is refused again, not stored half-way.
    assert_unavailable(refused[0].send())
    assert "disk is full" in server.storage_problem

    # WHEN space is freed, the phones' retries with the same submission ids are stored, once.
    run_on_writer(server, lambda: free_the_disk(services.store))
    assert [p.send().status for p in refused] == [201] * 5
    assert server.storage_problem is None
    # ... and a phone that did not hear its earlier 201 sends it again: a duplicate, not a new row.
    assert [p.send().status for p in acknowledged[:3]] == [200, 200, 200]
    everyone = acknowledged + refused
    assert sorted(stored_texts(services, forum)) == sorted(p.text for p in everyone)
    assert services.store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert all(MARK not in record.getMessage() for record in caplog.records)
    assert any("SQLITE_FULL" in record.getMessage() for record in caplog.records)


def test_a_read_only_database_gives_503_until_it_is_writable_again(services, forum, start_server, caplog):
    caplog.set_level(logging.DEBUG)
    server = start_server(forum.id)
    client = Client(server)
    question = services.forums.questions(forum.id)[0]
    first = Phone(client, question.id, 0)
    assert first.send().status == 201

    run_on_writer(server, lambda: make_read_only(services.store))
    waiting = [Phone(client, question.id, n) for n in range(1, 6)]
    for phone in waiting:
        assert_unavailable(phone.send())
    assert "read-only" in server.storage_problem
    # Reading still works: phones keep seeing the question and the console keeps its answers.
    assert client.state()["current"] == question.id
    assert stored_texts(services, forum) == [first.text]

    run_on_writer(server, lambda: make_writable(services.store))
    assert [p.send().status for p in waiting] == [201] * 5
    assert server.storage_problem is None
    assert first.send().status == 200
    assert sorted(stored_texts(services, forum)) == sorted(p.text for p in [first, *waiting])
    assert all(MARK not in record.getMessage() for record in caplog.records)


def test_many_phones_at_once_on_a_full_disk_then_their_retries(services, self_paced_forum, start_server):
    """Answers that arrive together share one failed transaction: each phone hears 503 or 201,
    never a 500, and after the retries every phone's answer is stored exactly once."""
    server = start_server(self_paced_forum.id)
    client = Client(server)
    question = services.forums.questions(self_paced_forum.id)[0]
    run_on_writer(server, lambda: make_read_only(services.store))
    phones = [Phone(client, question.id, n) for n in range(40)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda p: p.send().status, phones))
    assert set(statuses) == {503}
    assert stored_texts(services, self_paced_forum) == []

    run_on_writer(server, lambda: make_writable(services.store))
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda p: p.send().status, phones))
        again = list(pool.map(lambda p: p.send().status, phones[:10]))
    assert statuses == [201] * 40 and again == [200] * 10
    texts = stored_texts(services, self_paced_forum)
    assert sorted(texts) == sorted(p.text for p in phones) and len(set(texts)) == 40
