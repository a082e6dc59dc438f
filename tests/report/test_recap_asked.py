"""The recap's "What the room asked" (issue 18): answered and not yet answered items with their
votes; hidden and pending items left out; contact details masked; markup shown as text."""

from __future__ import annotations

from report_helpers import pdf_text

from forumdesk.domain.ask import AskMode
from forumdesk.report import export_forum


def test_the_recap_lists_what_the_room_asked(services, partner, tmp_path):
    forum = services.forums.create_forum("Asking forum", partner.id)
    ask = services.ask
    ask.set_mode(forum.id, AskMode.REVIEW)
    ask.set_open(forum.id, True)
    _, answered = ask.ask(forum.id, "sub-answered-1", {"text": "Do you hire <b>graduates</b> & interns?"})
    _, waiting = ask.ask(forum.id, "sub-waiting-1", {"text": "Write to me: kim@example.com about visas"})
    _, hidden = ask.ask(forum.id, "sub-hidden-01", {"text": "Something the facilitator hid"})
    ask.ask(forum.id, "sub-pending-1", {"text": "Never approved question"})
    for item in (answered, waiting, hidden):
        ask.approve(item.id)
    for phone in ("phone-aaaaaaaa", "phone-bbbbbbbb"):
        ask.upvote(forum.id, waiting.id, phone)
    ask.upvote(forum.id, answered.id, "phone-aaaaaaaa")
    ask.set_answered(answered.id)
    ask.hide(hidden.id)
    path = tmp_path / "recap.pdf"
    export_forum(services, forum.id, pdf=path)
    text = " ".join(pdf_text(path).split())
    assert "What the room asked" in text
    assert "Answered (1)" in text and "Do you hire <b>graduates</b> & interns? (1 vote)" in text
    assert "Not yet answered (1)" in text and "(2 votes)" in text
    assert "kim@example.com" not in text and "[email removed]" in text
    assert "Something the facilitator hid" not in text and "Never approved question" not in text


def test_no_section_when_the_room_asked_nothing(services, partner, tmp_path):
    forum = services.forums.create_forum("Quiet forum", partner.id)
    path = tmp_path / "recap.pdf"
    export_forum(services, forum.id, pdf=path)
    assert "What the room asked" not in pdf_text(path)
