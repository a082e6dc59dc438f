"""The phone page's Ask tab (issue 18) in headless Chromium against the real server: ask, see it
once approved, upvote once, see "answered", in French too, and axe finds nothing serious."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright is needed for the browser tests")
pytest.register_assert_rewrite("tests.web.phone_fixtures")

from playwright.sync_api import expect  # noqa: E402

from forumdesk.domain.ask import AskMode  # noqa: E402
from tests.web.phone_fixtures import serious_violations  # noqa: E402

pytest_plugins = ("tests.web.phone_fixtures",)
pytestmark = pytest.mark.browser


def test_ask_upvote_and_see_answered(make_room, new_page):
    room = make_room()
    page = new_page()
    page.goto(room.qr_url)
    expect(page.locator(".question")).to_have_count(1)
    expect(page.get_by_role("button", name="Ask", exact=True)).to_have_count(0)  # asking is off
    ask = room.services.ask
    ask.set_mode(room.forum.id, AskMode.REVIEW)
    ask.set_open(room.forum.id, True)
    page.get_by_role("button", name="Ask", exact=True).click()
    expect(page.locator(".question")).to_be_hidden()
    page.get_by_label("Ask the partner a question").fill("<b>Do you</b> offer part-time roles? mail a@b.co")
    page.locator("#ask").get_by_role("button", name="Ask", exact=True).click()
    expect(page.locator(".ask-status")).to_contain_text("Sent")
    items = ask.items(room.forum.id)
    assert [i.text for i in items] == ["<b>Do you</b> offer part-time roles? mail a@b.co"]
    expect(page.locator(".ask-item")).to_have_count(0)  # review first
    ask.approve(items[0].id)
    item = page.locator(".ask-item")
    expect(item).to_contain_text("<b>Do you</b> offer part-time roles? mail [email removed]")  # as text, masked
    vote = item.get_by_role("button", name="Upvote (0 votes)")
    vote.click()
    expect(item.get_by_role("button", name="Upvote (1 vote)")).to_have_attribute("aria-pressed", "true")
    item.get_by_role("button", name="Upvote (1 vote)").click()  # a second tap counts nothing
    assert ask.item(items[0].id).votes == 1
    ask.set_answered(items[0].id)
    expect(item.locator(".badge")).to_have_text("Answered")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Questions", exact=True).click()
    expect(page.locator(".question")).to_be_visible()
    ask.set_open(room.forum.id, False)
    page.get_by_role("button", name="Ask", exact=True).click()
    expect(page.get_by_label("Ask the partner a question")).to_be_hidden()  # closed: the list only
    expect(page.locator(".ask-item")).to_have_count(1)


def test_french_phone_gets_a_french_ask_tab(make_room, new_page):
    room = make_room()
    room.services.ask.set_mode(room.forum.id, AskMode.DIRECT)
    room.services.ask.set_open(room.forum.id, True)
    page = new_page(locale="fr-FR")
    page.goto(room.qr_url)
    page.get_by_role("button", name="Demander", exact=True).click()
    page.get_by_label("Posez une question au partenaire").fill("Recrutez-vous des alternants ?")
    page.get_by_role("button", name="Envoyer", exact=True).click()
    expect(page.locator(".ask-item")).to_contain_text("Recrutez-vous des alternants ?")
    expect(page.get_by_role("button", name="Voter pour (0 vote)")).to_be_visible()
