"""Issue 12 item 5: every request of the phone page has a time limit and is tried again. A send
whose reply never comes (a Wi-Fi link that swallows it) must not leave the answer "Sending…"
for ever: the page gives up on that request and sends again with the same submission id, so the
answer is stored once.

Headless Chromium against the real attendee server on loopback (tests/web/phone_fixtures.py).
"""

from __future__ import annotations

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright is needed for the browser tests")
pytest.register_assert_rewrite("tests.web.phone_fixtures")  # it is also loaded as a plugin below

from playwright.sync_api import Route, expect  # noqa: E402

from tests.web.phone_fixtures import FAST_TUNING as FAST  # noqa: E402
from tests.web.phone_fixtures import SENT, answer_current, card, every_kind  # noqa: E402

pytest_plugins = ("tests.web.phone_fixtures",)  # browser, make_room, new_page
pytestmark = pytest.mark.browser



def test_a_send_whose_reply_never_comes_is_given_up_and_sent_again(make_room, new_page):
    # GIVEN a network that swallows the phone's first answer: no reply, no error, the request just hangs
    room = make_room([every_kind()[0]])
    page = new_page(init_script=FAST)
    sent_ids: list[str] = []
    swallowed: list[Route] = []

    def swallow_first(route: Route) -> None:
        sent_ids.append(route.request.post_data_json["submission_id"])
        if len(sent_ids) == 1:
            swallowed.append(route)  # never answered: the request stays open
        else:
            route.continue_()

    page.route("**/api/f/*/answers", swallow_first)
    page.goto(room.qr_url)
    # WHEN the attendee sends an answer
    answer_current(page, room.questions[0], "Still here after a hang")
    # THEN the page stops waiting, sends it again with the same submission id, and it is stored once
    expect(card(page, room.questions[0].prompt).locator(".status")).to_contain_text(SENT, timeout=20_000)
    assert len(sent_ids) >= 2 and len(set(sent_ids)) == 1
    assert [a.content.text for a in room.answers(0)] == ["Still here after a hang"]
