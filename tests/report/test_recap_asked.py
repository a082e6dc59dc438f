"""The recap's "What the room asked" (issue 18): answered and not yet answered items with their
votes; hidden and pending items left out; contact details masked; markup shown as text."""

from __future__ import annotations

from report_helpers import ask_the_room, pdf_text

from forumdesk.report import export_forum


def test_the_recap_lists_what_the_room_asked(services, partner, tmp_path):
    forum = services.forums.create_forum("Asking forum", partner.id)
    ask_the_room(services, forum.id, "Do you hire <b>graduates</b> & interns?", answered_votes=1)
    path, html = tmp_path / "recap.pdf", tmp_path / "recap.html"
    result = export_forum(services, forum.id, pdf=path, html=html)
    text = " ".join(pdf_text(path).split())
    assert "What the room asked" in text
    assert "Answered (1)" in text and "Do you hire <b>graduates</b> & interns? (1 vote)" in text
    assert "Not yet answered (1)" in text and "(2 votes)" in text
    assert "kim@example.com" not in text and "[email removed]" in text
    assert "Something the facilitator hid" not in text and "Never approved question" not in text
    # AND the data-handling text counts the address masked in the room's question, and says so
    assert result.masked == 1
    for statement in (text, " ".join(html.read_text(encoding="utf-8").split())):
        assert "The questions the room asked are masked the same way, always. 1 detail was masked." in statement


def test_no_section_when_the_room_asked_nothing(services, partner, tmp_path):
    forum = services.forums.create_forum("Quiet forum", partner.id)
    path = tmp_path / "recap.pdf"
    export_forum(services, forum.id, pdf=path)
    assert "What the room asked" not in pdf_text(path)
    assert "The questions the room asked" not in pdf_text(path)
