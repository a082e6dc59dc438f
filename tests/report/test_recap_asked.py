"""The recap's "What the room asked" (issue 18): answered and not yet answered items with their
votes; hidden and pending items left out; contact details masked; markup shown as text."""

from __future__ import annotations

from report_helpers import ask_the_room, pdf_text

from forumdesk.report import export_forum


def test_the_recap_lists_what_the_room_asked(services, partner, tmp_path):
    forum = services.forums.create_forum("Asking forum", partner.id)
    ask_the_room(services, forum.id, "Do you hire <b>graduates</b> & interns?", answered_votes=1)
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
