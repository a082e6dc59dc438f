"""``forumdesk serve`` as a real subprocess: the JSON line, stdin commands, SIGTERM with everything
committed, a restart that keeps code and port, and no stop when stdin ends."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import uuid

import pytest

from tests.web.conftest import TIMEOUT, Client, wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM semantics are POSIX")


class Served:
    def __init__(self, db_path, forum_id: int, *extra: str, stdin=subprocess.PIPE) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "forumdesk", "serve", "--db", str(db_path), "--forum", str(forum_id),
             "--host", "127.0.0.1", *extra],
            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        line = self.process.stdout.readline()
        assert line, self.process.stderr.read()
        self.info = json.loads(line)
        self.port = self.info["port"]
        self.code = self.info["code"]

    def command(self, text: str) -> None:
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()

    def terminate(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(TIMEOUT)
        finally:
            for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
                if pipe:
                    pipe.close()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class _Client(Client):
    def __init__(self, port: int, code: str) -> None:  # a Client without an in-process server
        self.port, self.code = port, code


def current_number(client, questions) -> int:
    state = client.state()
    return [q.id for q in questions].index(state["current"]) + 1


def test_serve_prints_a_json_line_follows_commands_and_stops_cleanly(services, forum, db_path):
    questions = services.forums.questions(forum.id)
    served = Served(db_path, forum.id, "--port", "0")
    try:
        assert set(served.info) == {"join_url", "code", "port"}
        assert served.info["join_url"].endswith(f":{served.port}/j/{served.code}")
        client = _Client(served.port, served.code)
        assert current_number(client, questions) == 1

        served.command("next")
        wait_until(lambda: current_number(client, questions) == 2, "next to move to question 2")
        served.command("goto 4")
        wait_until(lambda: current_number(client, questions) == 4, "goto 4")
        served.command("prev")
        wait_until(lambda: current_number(client, questions) == 3, "prev to question 3")
        served.command("reveal")
        wait_until(lambda: client.state()["revealed"], "reveal")
        served.command("goto 1")
        wait_until(lambda: current_number(client, questions) == 1, "goto 1")

        submission = str(uuid.uuid4())
        assert client.answer(questions[0].id, submission_id=submission, text="Kept after the stop").status == 201
        served.command("close")
        wait_until(lambda: not client.state()["questions"][0]["open"], "close")
        # it closed longer ago than the grace period for late answers
        services.store.db.execute("UPDATE questions SET closed_at = '2000-01-01T00:00:00+00:00' WHERE id = ?",
                                  (questions[0].id,))
        assert client.answer(questions[0].id, text="too late").status == 409
        served.command("open")
        wait_until(lambda: client.state()["questions"][0]["open"], "open")
        served.command("nonsense")
        served.command("goto 99")

        assert served.terminate() == 0
    finally:
        served.kill()
    stored = services.answers.answers(forum.id)
    assert [(a.submission_id, a.content.text) for a in stored] == [(submission, "Kept after the stop")]


def test_a_restart_keeps_the_code_the_port_and_the_question(services, forum, db_path):
    first = Served(db_path, forum.id, "--port", "0")
    try:
        first.command("next")
        client = _Client(first.port, first.code)
        questions = services.forums.questions(forum.id)
        wait_until(lambda: current_number(client, questions) == 2, "next")
        assert first.terminate() == 0
    finally:
        first.kill()
    again = Served(db_path, forum.id)  # no --port: the stored one
    try:
        assert (again.port, again.code) == (first.port, first.code)
        assert current_number(_Client(again.port, again.code), questions) == 2
        assert again.terminate() == 0
    finally:
        again.kill()


def test_the_end_of_stdin_does_not_stop_the_server(services, forum, db_path):
    served = Served(db_path, forum.id, "--port", "0", stdin=subprocess.DEVNULL)
    try:
        client = _Client(served.port, served.code)
        question = services.forums.questions(forum.id)[0]
        for i in range(3):  # stdin hit its end at once; the server still answers
            assert client.answer(question.id, text=f"still here {i}").status == 201
        assert served.process.poll() is None
        served.process.send_signal(signal.SIGINT)
        assert served.process.wait(TIMEOUT) == 0
        assert served.process.stderr.read().count("Traceback") == 0
    finally:
        served.kill()
        served.process.stdout.close()
        served.process.stderr.close()
    assert len(services.answers.answers(forum.id)) == 3


def test_an_unknown_forum_is_one_sentence_on_stderr(db_path, services):
    result = subprocess.run([sys.executable, "-m", "forumdesk", "serve", "--db", str(db_path), "--forum", "77",
                             "--port", "0"], capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "There is no forum with id 77" in result.stderr and "Traceback" not in result.stderr
