"""Adding a question kind takes its module only: a toy kind registered by the test is offered to
phones, validated and tallied by the real server and shown in the recap PDF, with no other code
knowing it (tests/domain/toy_kind.py is the whole kind)."""

from __future__ import annotations

from pypdf import PdfReader

from forumdesk.domain import Pace, Question, kinds
from forumdesk.report import export_forum
from forumdesk.web.config import ServerConfig
from tests.domain.toy_kind import YesNo
from tests.web.conftest import Client


def test_a_toy_kind_goes_from_phones_to_the_recap(services, partner, start_server, tmp_path):
    toy = kinds.register(YesNo())
    try:
        forum = services.forums.create_forum("Toy kind", partner.id, pace=Pace.SELF,
                                             questions=[Question(kind=toy, prompt="Would you apply again?")])
        # six phones on this one address: above the default votes per address (web/votes.py)
        client = Client(start_server(forum.id, ServerConfig(votes_per_address=100)))
        (question,) = client.state()["questions"]
        assert question["kind"] == "yesno" and question["choices"] == ["Yes", "No"]

        refused = client.answer(question["id"], choices=[0])
        assert refused.status == 400 and refused.json()["error"] == "Please answer yes or no."
        for text in ("yes", "Yes", "yes", "no", "YES", "no"):
            assert client.answer(question["id"], text=text).status == 201
        services.answers.set_room_count(question["id"], 1, 9)  # a show of hands, as for any choice kind
        services.forums.set_revealed(question["id"], True)
        results = next(q for q in client.state()["questions"])["results"]
        assert results == {"question_id": question["id"], "kind": "yesno", "responses": 6,
                           "choice_counts": [4, 2], "room_counts": [0, 9]}

        export_forum(services, forum.id, pdf=tmp_path / "recap.pdf")
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "recap.pdf").pages)
        assert "Q1. Would you apply again?" in text
        assert "Yes or no · 6 responses · 9 hands counted in the room" in text
        assert "Most chosen: Yes (67%)" in text  # the "bars" headline, from the kind's declaration
    finally:
        kinds.unregister(YesNo.value)
