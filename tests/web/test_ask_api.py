"""The room's own questions (issue 18) against the real server: asking (201/200/400/409/429),
upvoting (201/200/404), one upvote per phone, review first, masking, and the state's "ask" list."""

from __future__ import annotations

import json
import sqlite3
import uuid

from forumdesk.domain.ask import AskMode
from forumdesk.web.config import ServerConfig
from tests.web.conftest import Client, EventStream, wait_until


def post(client: Client, path: str, body: dict) -> tuple[int, dict, dict]:
    reply = client.request("POST", f"/api/f/{client.code}{path}", body=json.dumps(body).encode(),
                           headers={"Content-Type": "application/json"})
    return reply.status, reply.json(), reply.headers


def ask(client: Client, text: str, submission_id: str | None = None, client_id: str | None = None):
    return post(client, "/ask", {"submission_id": submission_id or str(uuid.uuid4()),
                                 "client_id": client_id or str(uuid.uuid4()), "text": text})


def upvote(client: Client, item_id, client_id: str | None = None):
    return post(client, f"/ask/{item_id}/upvote", {"client_id": client_id or str(uuid.uuid4())})


def test_asking_is_refused_while_closed_and_absent_from_forums_without_it(services, forum, client):
    assert "ask" not in client.state()
    status, body, _ = ask(client, "Do you hire juniors?")
    assert status == 409 and body["error"]
    services.ask.set_mode(forum.id, AskMode.REVIEW)
    wait_until(lambda: "ask" in client.state(), "the state to carry the ask list")
    assert client.state()["ask"] == {"open": False, "items": []}
    status, body, _ = ask(client, "Do you hire juniors?")
    assert status == 409 and body["code"] == "ask_closed"
    assert services.ask.items(forum.id) == []


def test_review_first_then_upvotes_once_per_phone_most_votes_first(services, forum, client):
    services.ask.set_mode(forum.id, AskMode.REVIEW)
    services.ask.set_open(forum.id, True)
    status, first, _ = ask(client, "Is remote work possible?")
    assert status == 201 and isinstance(first["id"], int)
    status, second, _ = ask(client, "What does a first year look like?")
    assert status == 201
    # Review first: nothing shown, and a pending item cannot be upvoted.
    assert client.state()["ask"] == {"open": True, "items": []}
    assert upvote(client, first["id"])[0] == 404
    services.ask.approve(first["id"])
    services.ask.approve(second["id"])
    phone = str(uuid.uuid4())
    assert upvote(client, second["id"], phone)[0] == 201
    assert upvote(client, second["id"], phone)[0] == 200  # already counted from this phone
    assert upvote(client, first["id"], phone)[0] == 201  # another item: counted
    assert upvote(client, second["id"])[0] == 201  # another phone
    wait_until(lambda: [i["votes"] for i in client.state()["ask"]["items"]] == [2, 1], "the votes in the state")
    items = client.state()["ask"]["items"]
    assert [i["id"] for i in items] == [second["id"], first["id"]]
    assert items[0] == {"id": second["id"], "text": "What does a first year look like?", "votes": 2,
                        "answered": False}
    services.ask.set_answered(first["id"])
    services.ask.hide(second["id"])
    wait_until(lambda: client.state()["ask"]["items"] == [
        {"id": first["id"], "text": "Is remote work possible?", "votes": 1, "answered": True}], "hide and answered")
    assert upvote(client, second["id"])[0] == 404  # hidden
    assert upvote(client, 999_999)[0] == 404
    assert upvote(client, "abc")[0] == 404


def test_duplicates_bad_input_masking_and_rate_limit(services, forum, start_server):
    services.ask.set_mode(forum.id, AskMode.DIRECT)
    services.ask.set_open(forum.id, True)
    client = Client(start_server(forum.id, ServerConfig(client_burst=3, client_refill_per_second=0.01)))
    submission = str(uuid.uuid4())
    status, body, _ = ask(client, "Write to me at jo@example.com please", submission_id=submission)
    assert status == 201
    status, again, _ = ask(client, "Write to me at jo@example.com please", submission_id=submission)
    assert status == 200 and again["id"] == body["id"]
    assert len(services.ask.items(forum.id)) == 1
    wait_until(lambda: client.state()["ask"]["items"], "the item in the state")
    shown = client.state()["ask"]["items"]
    assert "jo@example.com" not in json.dumps(shown) and "[email removed]" in shown[0]["text"]
    for bad, sentence in [({"text": "   "}, "empty"), ({"text": "x" * 301}, "limit"), ({"text": 5}, "type")]:
        status, reply, _ = post(client, "/ask", {"submission_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4()),
                                                 **bad})
        assert status == 400 and sentence in reply["error"], reply
    status, reply, _ = post(client, "/ask", {"submission_id": "bad id!", "client_id": str(uuid.uuid4()), "text": "x"})
    assert status == 400 and "submission_id" in reply["error"]
    phone = str(uuid.uuid4())
    statuses = [ask(client, f"Question {n}", client_id=phone) for n in range(5)]
    refused = [s for s in statuses if s[0] == 429]
    assert refused and int(refused[0][2]["retry-after"]) >= 1 and refused[0][1]["error"]


def test_the_event_stream_carries_new_items(services, forum, client):
    services.ask.set_mode(forum.id, AskMode.DIRECT)
    services.ask.set_open(forum.id, True)
    stream = EventStream(client.port, client.code)
    try:
        assert ask(client, "Can we visit the office?")[0] == 201
        stream.state_where(lambda state: any(i["text"] == "Can we visit the office?"
                                          for i in state.get("ask", {}).get("items", [])))
    finally:
        stream.close()


def test_nothing_stored_links_an_upvote_to_a_phone(services, forum, client, db_path):
    services.ask.set_mode(forum.id, AskMode.DIRECT)
    services.ask.set_open(forum.id, True)
    _, item, _ = ask(client, "Is there a graduate scheme?")
    phone = "phone-" + uuid.uuid4().hex
    assert upvote(client, item["id"], phone)[0] == 201
    with sqlite3.connect(db_path) as conn:
        dump = "\n".join(conn.iterdump())
    assert "Is there a graduate scheme?" in dump
    assert phone not in dump and "127.0.0.1" not in dump
