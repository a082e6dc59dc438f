"""One vote per phone, defended (issue 14 item 6): a script that makes up a new client id for every
vote is refused after a few votes from its address, while phones on 30 other addresses (Linux
routes all of 127.0.0.0/8 to loopback) each vote once; the facilitator hears about it once."""

from __future__ import annotations

import http.client
import json
import uuid

from forumdesk.services import EventKind
from forumdesk.web.config import ServerConfig
from tests.web.conftest import TIMEOUT


def vote(port: int, code: str, question_id: int, source: str, client_id: str | None = None):
    """One choice vote as a phone on address ``source`` sends it: (status, headers, JSON body)."""
    body = {"question_id": question_id, "submission_id": str(uuid.uuid4()),
            "client_id": client_id or str(uuid.uuid4()), "choices": [0]}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT, source_address=(source, 0))
    try:
        conn.request("POST", f"/api/f/{code}/answers", body=json.dumps(body).encode(),
                     headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, json.loads(response.read())
    finally:
        conn.close()


def test_a_script_rotating_client_ids_is_refused_while_thirty_addresses_all_vote(services, forum, start_server):
    question = services.forums.questions(forum.id)[1]  # single choice
    services.forums.set_current(forum.id, question.id)
    alarms = []
    services.events.subscribe(lambda e: alarms.append(e) if e.kind is EventKind.VOTES_REFUSED else None)
    server = start_server(forum.id)  # the default limit: 3 votes per address per question

    script = [vote(server.port, server.code, question.id, "127.0.0.2") for _ in range(60)]
    assert [s for s, _, _ in script[:3]] == [201, 201, 201]
    refused = script[3:]
    assert {s for s, _, _ in refused} == {429}
    for _, headers, body in refused:
        assert int(headers["retry-after"]) >= 1
        assert body["code"] == "too_many_votes_from_address" and body["error"].endswith(".")

    for n in range(10, 40):  # 30 phones, each on its own address
        assert vote(server.port, server.code, question.id, f"127.0.0.{n}")[0] == 201
    assert len(services.answers.answers(forum.id, question.id)) == 3 + 30
    # Told once, without the address: the number of refusals and the question.
    assert [(e.data["question_id"], e.data["refused"]) for e in alarms] == [(question.id, 20)]
    assert "127.0.0" not in repr(alarms)


def test_refused_or_duplicate_votes_do_not_use_the_address_s_allowance(services, forum, start_server):
    question = services.forums.questions(forum.id)[1]
    services.forums.set_current(forum.id, question.id)
    server = start_server(forum.id, ServerConfig(votes_per_address=2))
    phone = str(uuid.uuid4())
    assert vote(server.port, server.code, question.id, "127.0.0.3", phone)[0] == 201
    for _ in range(5):  # the same phone again: 409 already answered, not counted against the address
        assert vote(server.port, server.code, question.id, "127.0.0.3", phone)[0] == 409
    assert vote(server.port, server.code, question.id, "127.0.0.3")[0] == 201  # a second phone on the address
    assert vote(server.port, server.code, question.id, "127.0.0.3")[0] == 429
    # Open text is not a vote: several people on one address can all write.
    text = services.forums.questions(forum.id)[0]
    services.forums.set_current(forum.id, text.id)
    conn_status = []
    for _ in range(4):
        body = {"question_id": text.id, "submission_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4()),
                "text": "More training"}
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=TIMEOUT, source_address=("127.0.0.3", 0))
        conn.request("POST", f"/api/f/{server.code}/answers", body=json.dumps(body).encode(),
                     headers={"Content-Type": "application/json"})
        conn_status.append(conn.getresponse().status)
        conn.close()
    assert conn_status == [201] * 4


def test_the_limit_comes_from_the_environment_for_a_shared_address(monkeypatch):
    monkeypatch.setenv("FORUMDESK_VOTES_PER_ADDRESS", "500")
    assert ServerConfig().votes_per_address == 500
    monkeypatch.setenv("FORUMDESK_VOTES_PER_ADDRESS", "lots")
    assert ServerConfig().votes_per_address == 3
