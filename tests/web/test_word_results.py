"""Word results phones receive (issue 14 item 7): one attendee's 500-character "words" once made the
state every phone receives 80 times larger. Posted over HTTP to the real server, they are left
out; a word counts once per answer; fragments of contact details are never words."""

from __future__ import annotations

import json

from forumdesk.domain.results import MAX_WORD_LENGTH
from forumdesk.web.config import ServerConfig


def test_over_long_words_do_not_bloat_the_state(services, partner, start_server):
    from forumdesk.domain import Question, QuestionKind
    from tests.web.conftest import Client

    forum = services.forums.create_forum("Words", partner.id, questions=[
        Question(kind=QuestionKind.OPEN_TEXT, prompt="What would you change?", max_length=2000)])
    client = Client(start_server(forum.id, ServerConfig(client_burst=1_000)))
    question = services.forums.questions(forum.id)[0]
    for n in range(40):  # a real answer, then the same attendee's "words" of 500 letters each
        assert client.answer(question.id, text="flexible hours, flexible hours").status == 201
        junk = " ".join(chr(ord("a") + (n + i) % 26) * 500 for i in range(3))
        assert client.answer(question.id, text=f"{junk} mail me at jane.doe{n}@example.com").status == 201
    services.forums.set_revealed(question.id, True)
    state = client.get(f"/api/f/{client.code}/state")
    results = json.loads(state.body)["questions"][0]["results"]
    assert results["responses"] == 80
    # once per answer, and nothing of the addresses ("jane", "doe0", "example", "com")
    assert dict(results["words"]) == {"flexible": 40, "hours": 40, "mail": 40}
    assert all(len(word) <= MAX_WORD_LENGTH for word, _ in results["words"])
    assert len(state.body) < 1_500  # a few words, not 40 answers' worth of 500-letter junk
    shown = client.get(f"/api/f/{client.code}/results/{question.id}").json()
    assert shown["words"] == results["words"]
