"""Changing a vote on the phone page (issue 18 item 2), in headless Chromium against the real server:
in a forum with changeable votes, "Change my answer" brings back the chosen answer, still selectable."""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright is needed for the browser tests")
pytest.register_assert_rewrite("tests.web.phone_fixtures")

from playwright.sync_api import expect  # noqa: E402

from tests.web.phone_fixtures import SENT, answer_current, card, every_kind, serious_violations  # noqa: E402

pytest_plugins = ("tests.web.phone_fixtures",)  # browser, make_room, new_page
pytestmark = pytest.mark.browser


def test_change_my_answer_replaces_the_phones_vote(make_room, new_page):
    # GIVEN a forum with changeable votes, on a choice question
    room = make_room([every_kind()[1], every_kind()[3]])
    forums = room.services.forums
    room.forum = forums.update_forum(replace(forums.forum(room.forum.id), changeable_votes=True))
    question = room.questions[0]
    page = new_page()
    page.goto(room.qr_url)
    answer_current(page, question, ["A friend"])
    box = card(page, question.prompt)
    expect(box.locator(".status")).to_contain_text(SENT)
    # WHEN the attendee taps "Change my answer", the chosen answer is shown checked and can be changed
    box.get_by_role("button", name="Change my answer").click()
    expect(box.get_by_role("radio", name="A friend")).to_be_checked()
    assert serious_violations(page) == []
    box.get_by_text("This forum", exact=True).click()
    box.get_by_role("button", name="Send", exact=True).click()
    expect(box.locator(".status")).to_contain_text(SENT)
    expect(box.locator(".yours li")).to_have_count(1)
    expect(box.locator(".yours li")).to_contain_text("This forum")
    # THEN the server holds one answer from this phone, the new choice
    assert [a.content.choices for a in room.answers()] == [(2,)]
    assert room.services.answers.results(question.id).choice_counts == [0, 0, 1]
