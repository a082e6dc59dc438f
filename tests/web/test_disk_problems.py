"""A full disk or a database turned read-only while phones answer, simulated for real with SQLite
itself on the writer thread's own connection (``PRAGMA max_page_count`` stops the file growing
exactly as a full disk does; ``PRAGMA query_only`` refuses writes as a read-only file does), and,
where the system allows a private mount, with a truly full disk: ``forumdesk serve`` on a 3 MB
tmpfs that a filler file fills up while phones answer.

Phones get 503 with a sentence and Retry-After, the server names the problem for the console
(``AttendeeServer.storage_problem``), nothing acknowledged is lost, and once the cause is gone the
phones' retries (same submission_id) are stored exactly once, without restarting anything.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import shutil
import sqlite3
import subprocess
import sys
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

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
    assert set(reply.json()) == {"error", "code"} and reply.json()["error"]
    assert int(reply.headers["retry-after"]) >= 1
    assert b"Traceback" not in reply.body and MARK.encode() not in reply.body


def send_until_refused(phones, acknowledged: list, limit: int) -> list:
    """Send from ``phones`` in turn: the acknowledged ones join ``acknowledged``; stops after
    ``limit`` refusals (each a proper 503), which it returns."""
    refused = []
    for phone in phones:
        reply = phone.send()
        if reply.status == 201:
            acknowledged.append(phone)
            continue
        assert_unavailable(reply)
        refused.append(phone)
        if len(refused) == limit:
            break
    return refused


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
    acknowledged = list(before)
    refused = send_until_refused((Phone(client, question.id, n) for n in range(3, 400)), acknowledged, 5)
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


# ---------------------------------------------------------------- a truly full disk

ROOT = Path(__file__).resolve().parents[2]

# Runs inside a private mount namespace: a 3 MB tmpfs holds the database; stdin says when to fill it
# up and when to free it; at the end the database is copied out for the test to read.
FULL_DISK_SCRIPT = r"""
set -e
DIR="$1"; OUT="$2"; PY="$3"
mount -t tmpfs -o size=3m tmpfs "$DIR"
"$PY" -c "
from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.services import Services
s = Services.open('$DIR/db.sqlite')
p = s.forums.create_partner('Disk Full College')
s.forums.create_forum('F', p.id, pace=Pace.SELF,
                      questions=[Question(kind=QuestionKind.OPEN_TEXT, prompt='Why?', max_length=2000)])
s.close()"
"$PY" -m forumdesk serve --db "$DIR/db.sqlite" --forum 1 --host 127.0.0.1 --port 0 < /dev/null &
SERVER=$!
while read -r command; do
  case "$command" in
    fill) dd if=/dev/zero of="$DIR/filler" bs=4k 2>/dev/null || true; echo "disk filled" >&2;;
    free) rm -f "$DIR/filler"; echo "disk freed" >&2;;
    stop) break;;
  esac
done
kill -TERM $SERVER
wait $SERVER
cp "$DIR/db.sqlite" "$OUT/"
"""


def can_mount_privately() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
                              capture_output=True, timeout=TIMEOUT).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.mark.skipif(not can_mount_privately(),
                    reason="a private tmpfs mount needs Linux with root or user namespaces (unshare -m)")
def test_a_truly_full_disk_under_forumdesk_serve(tmp_path):
    mount_point, out = tmp_path / "mnt", tmp_path / "out"
    mount_point.mkdir()
    out.mkdir()
    process = subprocess.Popen(["unshare", "-m", "sh", "-c", FULL_DISK_SCRIPT, "sh", str(mount_point), str(out),
                                sys.executable], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines: queue.Queue[str] = queue.Queue()
    stderr: list[str] = []

    def collect() -> None:
        for line in process.stderr:
            stderr.append(line)
            lines.put(line)

    threading.Thread(target=collect, daemon=True).start()

    def wait_for(fragment: str) -> None:
        while fragment not in lines.get(timeout=TIMEOUT):
            pass

    def command(text: str) -> None:
        process.stdin.write(text + "\n")
        process.stdin.flush()

    try:
        info = json.loads(process.stdout.readline())
        client = Client.__new__(Client)
        client.port, client.code = info["port"], info["code"]
        phones = [Phone(client, 1, n) for n in range(40)]
        for phone in phones:
            phone.text = (phone.text + " " + "more words " * 150)[:1500]
        acknowledged = [p for p in phones[:5] if p.send().status == 201]
        assert len(acknowledged) == 5
        # GIVEN the disk fills up while the forum runs
        command("fill")
        wait_for("disk filled")
        refused = send_until_refused(phones[5:], acknowledged, 3)
        assert len(refused) == 3, "answers were still stored on a full disk"
        # THEN forumdesk serve tells the facilitator why
        wait_for("The disk is full")
        # WHEN space is freed, the phones' retries are stored once and serve says so
        command("free")
        wait_for("disk freed")
        assert [p.send().status for p in refused] == [201, 201, 201]
        assert [p.send().status for p in acknowledged[:2]] == [200, 200]
        wait_for("answers are being saved again")
        command("stop")
        assert process.wait(TIMEOUT * 4) == 0, "".join(stderr)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdin.close()
        process.stdout.close()
    assert not any("Traceback" in line or MARK in line for line in stderr), "".join(stderr)
    conn = sqlite3.connect(out / "db.sqlite")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(conn.execute("SELECT submission_id, text FROM answers").fetchall())
    finally:
        conn.close()
    assert sorted(stored) == sorted(p.submission_id for p in acknowledged + refused)
    assert all(stored[p.submission_id] == p.text for p in acknowledged + refused)
