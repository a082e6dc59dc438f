"""The attendee API speaks English beside its codes whatever the laptop's language (docs/api.md §8;
issue 16 item 2): phones translate by code, the facilitator reads the same refusal in their own."""

from __future__ import annotations

import pytest

from forumdesk import i18n


@pytest.fixture
def french_laptop():
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def test_a_refusal_carries_the_english_sentence_on_a_french_laptop(french_laptop, services, forum, client):
    question = services.forums.questions(forum.id)[1]  # the second one: not opened yet
    reply = client.answer(question.id, choices=[0])
    assert reply.status == 409
    assert reply.json() == {"error": "This question is not taking answers yet.", "code": "question_closed"}


def test_a_room_question_refusal_is_english_too(french_laptop, services, forum, client):
    from forumdesk.domain.ask import AskMode

    services.ask.set_mode(forum.id, AskMode.REVIEW)  # on, but closed
    reply = client.request("POST", f"/api/f/{client.code}/ask", body=(
        b'{"client_id": "1c9d0e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", '
        b'"submission_id": "9f0c2b1e-8a47-4d8e-9a57-1f0e9d3c2b10", "text": "Pourquoi ?"}'),
        headers={"Content-Type": "application/json"})
    assert reply.status == 409
    assert reply.json() == {"error": "Questions from the room are closed just now.", "code": "ask_closed"}
