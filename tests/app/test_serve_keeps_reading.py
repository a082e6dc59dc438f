"""``forumdesk serve``'s command thread survives a database error (issue 12, item 16): with the file
locked by another program, ``next`` is refused with one line on stderr, and once the lock is gone
the next ``next`` moves the forum on."""

from __future__ import annotations

import json
import queue
import signal
import sqlite3
import subprocess
import sys
import threading

import pytest

from forumdesk.domain import PartnerKind, Question, QuestionKind

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM semantics are POSIX")

TIMEOUT = 30.0  # longer than the server's 10 s busy timeout; never a timing assertion


def _lines(pipe, into: queue.Queue) -> None:
    for line in pipe:
        into.put(line.rstrip("\n"))


def test_a_locked_database_refuses_one_command_and_the_next_one_works(services, db_path):
    partner = services.forums.create_partner("Clinic", PartnerKind.COMMUNITY)
    questions = [Question(kind=QuestionKind.OPEN_TEXT, prompt=f"Question {n}") for n in (1, 2, 3)]
    forum = services.forums.create_forum("Locked file", partner.id, questions=questions)
    services.forums.start_forum(forum.id)
    first, second = (q.id for q in services.forums.questions(forum.id)[:2])
    process = subprocess.Popen(
        [sys.executable, "-m", "forumdesk", "serve", "--db", str(db_path), "--forum", str(forum.id),
         "--host", "127.0.0.1", "--port", "0"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    errors: queue.Queue[str] = queue.Queue()
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        assert json.loads(process.stdout.readline())["port"]
        threading.Thread(target=_lines, args=(process.stderr, errors), daemon=True).start()

        # GIVEN another program holds the write lock on the file
        other.execute("BEGIN EXCLUSIVE")
        # WHEN the facilitator types "next"
        process.stdin.write("next\n")
        process.stdin.flush()
        # THEN one line on stderr says why, and the forum stays where it was
        line = errors.get(timeout=TIMEOUT)
        assert "busy" in line and "not saved" in line
        assert services.forums.forum(forum.id).current_question_id == first

        # AND once the lock is gone, the next "next" is read and moves the forum on
        other.execute("ROLLBACK")
        process.stdin.write("next\n")
        process.stdin.flush()
        assert errors.get(timeout=TIMEOUT).startswith("question 2 of 3")
        assert services.forums.forum(forum.id).current_question_id == second

        process.send_signal(signal.SIGTERM)
        assert process.wait(TIMEOUT) == 0
        rest = []
        while not errors.empty():
            rest.append(errors.get())
        assert not any("Traceback" in text for text in rest), rest
    finally:
        other.close()
        if process.poll() is None:
            process.kill()
            process.wait()
        for pipe in (process.stdin, process.stdout, process.stderr):
            pipe.close()
