"""kill -9 of a real ``forumdesk serve`` while 50 phones answer, then a restart: no acknowledged
answer is lost, the phones' unsent answers arrive, nothing is stored twice, and the file is sound.
And the backups ``forumdesk serve`` keeps while it runs, which a restore can bring back.

The kill cycle itself is ``benchmarks/crash.py`` (which runs it twenty times with 500 phones).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid

import pytest

from benchmarks.crash import run_cycle
from forumdesk.domain import Question, QuestionKind
from forumdesk.services import Services
from forumdesk.storage.restore import restore_backup
from tests.web.conftest import TIMEOUT, Client, wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and 127.x source addresses are POSIX")


def test_a_kill_9_loses_no_acknowledged_answer_and_stores_nothing_twice():
    # GIVEN 50 phones with 3 answers each, WHEN the server is killed once 50 answers were
    # acknowledged and restarted, and the phones send what they hold (a fifth of the acknowledged
    # ones again, as phones whose reply was lost would)
    r = run_cycle(phones=50, per_phone=3, seed=7, resend_share=0.2, kill_after=50)
    # THEN every acknowledged answer was in the file the kill left, and still is
    assert r["acknowledged"] >= 50
    assert r["lost"] == 0
    assert r["integrity_at_kill"] == "ok" and r["integrity"] == "ok"
    # the restarted server has the same address, so phones find it again
    assert r["same_port_and_code"]
    # every phone's every answer is stored exactly once
    assert r["delivered_after_restart"] == r["unsent"]
    assert r["missing"] == 0 and r["duplicated"] == 0 and r["stored"] == r["answers"] == 150
    assert r["resent_acknowledged_duplicate"] == r["resent_acknowledged"]
    assert r["clean_exit"] and not r["traceback_in_log"]


class _Client(Client):
    def __init__(self, port: int, code: str) -> None:  # a Client of a server in another process
        self.port, self.code = port, code


def test_serve_keeps_backups_while_it_runs_and_one_when_it_stops(services, partner, db_path):
    forum = services.forums.create_forum("Backed up", partner.id, questions=[
        Question(kind=QuestionKind.OPEN_TEXT, prompt="What should we keep doing?")])
    question = services.forums.questions(forum.id)[0]
    env = {**os.environ, "FORUMDESK_BACKUP_INTERVAL_S": "0.2"}
    process = subprocess.Popen(
        [sys.executable, "-m", "forumdesk", "serve", "--db", str(db_path), "--forum", str(forum.id),
         "--host", "127.0.0.1", "--port", "0"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        info = json.loads(process.stdout.readline())
        client = _Client(info["port"], info["code"])
        # GIVEN a forum that is being served and has answers
        ids = [str(uuid.uuid4()) for _ in range(3)]
        for n, submission_id in enumerate(ids):
            assert client.answer(question.id, submission_id=submission_id, text=f"kept safe {n}").status == 201
        # THEN copies appear in the backups folder next to the database while it serves
        wait_until(lambda: len(services.backups.backups()) >= 2, "two automatic backups")
        assert all(p.name.endswith("-auto.sqlite") for p in services.backups.backups())
        later = str(uuid.uuid4())
        assert client.answer(question.id, submission_id=later, text="the last one").status == 201
        process.send_signal(signal.SIGTERM)
        assert process.wait(TIMEOUT) == 0
        assert "Traceback" not in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()
    # AND one more when it stops, holding every acknowledged answer
    newest = services.backups.backups()[0]
    assert newest.name.endswith("-stopped.sqlite")
    copy = Services.open(newest)
    try:
        assert sorted(a.submission_id for a in copy.answers.answers(forum.id)) == sorted([*ids, later])
    finally:
        copy.close()

    # WHEN the facilitator restores that copy over a database that lost its answers
    services.store.db.conn.execute("DELETE FROM answers")
    services.close()
    kept = restore_backup(newest, db_path)
    # THEN the answers are back, and the file as it was is kept aside
    restored = Services.open(db_path)
    try:
        assert len(restored.answers.answers(forum.id)) == 4
    finally:
        restored.close()
    assert kept is not None and kept.exists()
