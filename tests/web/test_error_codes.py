"""Every refusal of the attendee API carries a stable code beside its English sentence (issue 16
item 2): the phone shows its own sentence for the code in the phone's language. Each refusal is
provoked over HTTP against the real server; the last test keeps docs/api.md and the phone's
strings in step with the codes the server can send."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

from forumdesk.web.config import ServerConfig
from tests.web.conftest import Client

ROOT = Path(__file__).resolve().parents[2]
PHONE_SHOWN = {"unknown_forum", "unknown_question", "malformed_answer", "unreadable", "invalid_answer",
               "question_closed", "already_answered", "too_large", "not_json", "ask_closed",
               "invalid_question", "unknown_ask_item"}


def refusal(reply, status: int) -> str:
    """The reply's code, after checking it is a refusal with ``status`` and an English sentence."""
    assert reply.status == status, (reply.status, reply.body)
    body = reply.json()
    assert set(body) == {"error", "code"}, body
    assert body["error"].endswith((".", "!")), body  # a sentence, for logs and unknown codes
    return body["code"]


def test_refusals_of_an_answer_carry_their_codes(services, forum, client):
    text_q, single_q = services.forums.questions(forum.id)[:2]
    code = client.code
    assert refusal(client.answer(text_q.id, text="x", code="ZZZZZZ"), 404) == "unknown_forum"
    assert refusal(client.answer(999_999, text="x"), 404) == "unknown_question"
    assert refusal(client.post_raw(b"{not json"), 400) == "malformed_answer"
    assert refusal(client.post_raw(b'{"question_id": "one"}'), 400) == "malformed_answer"
    assert refusal(client.answer(text_q.id, text="x" * 300), 400) == "invalid_answer"
    assert refusal(client.answer(single_q.id, choices=[0]), 409) == "question_closed"
    plain = client.request("POST", f"/api/f/{code}/answers", b"text=hi",
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert refusal(plain, 415) == "not_json"
    assert refusal(client.post_raw(b"{" + b" " * 9000 + b"}"), 413) == "too_large"
    services.forums.set_open(single_q.id, True)
    phone = str(uuid.uuid4())
    assert client.answer(single_q.id, client_id=phone, choices=[0]).status == 201
    assert refusal(client.answer(single_q.id, client_id=phone, choices=[1]), 409) == "already_answered"


def test_refusals_outside_answers_carry_their_codes(services, forum, client):
    text_q = services.forums.questions(forum.id)[0]
    code = client.code
    assert refusal(client.get(f"/api/f/{code}/results/{text_q.id}"), 403) == "results_not_revealed"
    assert refusal(client.get(f"/api/f/{code}/results/999999"), 404) == "unknown_question"
    assert refusal(client.get("/api/f/ZZZZZZ/state"), 404) == "unknown_forum"
    assert refusal(client.get("/api/nothing/here"), 404) == "no_such_address"
    assert refusal(client.request("DELETE", f"/api/f/{code}/state"), 405) == "method_not_allowed"


def test_rate_limits_carry_their_codes(services, forum, start_server):
    server = start_server(forum.id, ServerConfig(client_burst=1, client_refill_per_second=0.001,
                                                 wrong_code_burst=1, wrong_code_refill_per_second=0.001,
                                                 votes_per_address=1))
    client = Client(server)
    text_q, single_q = services.forums.questions(forum.id)[:2]
    phone = str(uuid.uuid4())
    assert client.answer(text_q.id, client_id=phone, text="first").status == 201
    assert refusal(client.answer(text_q.id, client_id=phone, text="second"), 429) == "too_fast"
    assert client.get("/api/f/ZZZZZZ/state").status == 404
    assert refusal(client.get("/api/f/YYYYYY/state"), 429) == "too_many_wrong_codes"
    services.forums.set_open(single_q.id, True)
    assert client.answer(single_q.id, choices=[0]).status == 201
    assert refusal(client.answer(single_q.id, choices=[1]), 429) == "too_many_votes_from_address"


def test_answers_from_one_busy_network_carry_their_code(services, forum, start_server):
    server = start_server(forum.id, ServerConfig(ip_answer_burst=1, ip_answer_refill_per_second=0.001))
    client = Client(server)
    text_q = services.forums.questions(forum.id)[0]
    assert client.answer(text_q.id, text="first").status == 201
    assert refusal(client.answer(text_q.id, text="second"), 429) == "too_many_from_network"


def _codes_in_source() -> set[str]:
    """Every code a refusal can carry: ``code="..."`` in web/ and services/, the services' class
    defaults, and the votes code."""
    found: set[str] = set()
    for folder in ("forumdesk/web", "forumdesk/services"):
        for path in (ROOT / folder).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            found.update(re.findall(r'\bcode="([a-z0-9_]+)"', text))
            found.update(re.findall(r'^\s+code(?:: str)? = "([a-z0-9_]+)"', text, re.MULTILINE))
            found.update(re.findall(r'\(".*?", "([a-z0-9_]+)"\),?$', text, re.MULTILINE)
                         if path.name == "replies.py" else [])
    found.update(re.findall(r'VOTES_CODE = "([a-z0-9_]+)"',
                            (ROOT / "forumdesk/web/votes.py").read_text(encoding="utf-8")))
    found.add("bad_request")  # replies.http_error's fallback
    return found


def test_every_code_is_documented_and_translated_on_the_phone():
    codes = _codes_in_source()
    assert {"unknown_forum", "question_closed", "too_many_votes_from_address", "server_error"} <= codes
    api = (ROOT / "docs/api.md").read_text(encoding="utf-8")
    strings = json.loads((ROOT / "resources/web/i18n/en.json").read_text(encoding="utf-8"))
    assert sorted(c for c in codes if f"`{c}`" not in api) == []
    # The refusals a phone shows to its attendee have the phone's own sentence; the others are
    # retried (408, 429, 5xx), polled around, or never asked for by the page (30 KB budget).
    assert PHONE_SHOWN <= codes
    assert sorted(c for c in PHONE_SHOWN if f"err_code_{c}" not in strings) == []
