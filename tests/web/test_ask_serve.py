"""``forumdesk new --ask`` and ``forumdesk serve``'s ask commands as real subprocesses: review first,
``ask open``, a JSON line per new item on stdout (masked), ``approve``, ``answered``, ``hide-ask``."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import uuid

import pytest

from tests.web.conftest import wait_until
from tests.web.test_ask_api import ask
from tests.web.test_serve_command import Served, _Client

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM semantics are POSIX")


def new_forum(db_path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "forumdesk", "new", "--db", str(db_path), "--title", "Asking",
                           "--partner", "Acme", *extra], capture_output=True, text=True, timeout=60)


def test_new_with_ask_then_serve_moderates_from_stdin(db_path):
    made = new_forum(db_path, "--ask")
    assert made.returncode == 0, made.stderr
    served = Served(db_path, int(made.stdout))
    try:
        client = _Client(served.port, served.code)
        assert client.state()["ask"] == {"open": False, "items": []}
        served.command("ask open")
        wait_until(lambda: client.state()["ask"]["open"], "ask open")
        status, body, _ = ask(client, "Mail me: sam@example.org, do you sponsor visas?")
        assert status == 201
        line = json.loads(served.process.stdout.readline())
        assert line == {"ask": {"id": body["id"], "text": "Mail me: [email removed], do you sponsor visas?"}}
        assert client.state()["ask"]["items"] == []  # review first
        served.command(f"approve {body['id']}")
        wait_until(lambda: len(client.state()["ask"]["items"]) == 1, "approve")
        served.command(f"answered {body['id']}")
        wait_until(lambda: client.state()["ask"]["items"][0]["answered"], "answered")
        served.command(f"hide-ask {body['id']}")
        wait_until(lambda: client.state()["ask"]["items"] == [], "hide-ask")
        served.command("approve 12345")  # read before the next one: one reader thread, in order
        served.command("ask close")
        wait_until(lambda: not client.state()["ask"]["open"], "ask close")
        assert ask(client, "Too late?")[0] == 409
        served.process.send_signal(signal.SIGTERM)
        _, err = served.process.communicate(timeout=60)
        assert served.process.returncode == 0
        assert "There is no asked question with id 12345." in err
    finally:
        served.kill()


def test_no_review_shows_items_at_once_and_no_review_alone_is_refused(db_path):
    refused = new_forum(db_path, "--no-review")
    assert refused.returncode != 0 and "--no-review goes with --ask" in refused.stderr
    made = new_forum(db_path, "--ask", "--no-review")
    served = Served(db_path, int(made.stdout))
    try:
        client = _Client(served.port, served.code)
        served.command("ask open")
        wait_until(lambda: client.state()["ask"]["open"], "ask open")
        assert ask(client, "Shown at once?", submission_id=str(uuid.uuid4()))[0] == 201
        wait_until(lambda: [i["text"] for i in client.state()["ask"]["items"]] == ["Shown at once?"], "direct")
    finally:
        served.terminate()
        served.kill()
