"""A phone that joins while the facilitator's countdown runs shows the time really left (issue 12
item 12). The state is built once per change, so the server time in it (``timer.now_ms``) is as
old as the last change; a phone that took it for "now" counted its clock offset short by the
countdown's age and showed the full duration again. The stream and the state reply carry a fresh
server time (a ``ping`` event, the ``X-Now-Ms`` header) that the phone corrects its clock with.

Headless Chromium against the real attendee server on loopback (tests/web/phone_fixtures.py).
"""

from __future__ import annotations

import math
import re
import time

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright is needed for the browser tests")
pytest.register_assert_rewrite("tests.web.phone_fixtures")  # it is also loaded as a plugin below

from playwright.sync_api import expect  # noqa: E402

from tests.web.conftest import wait_until  # noqa: E402
from tests.web.phone_fixtures import FAST_TUNING as FAST  # noqa: E402
from tests.web.phone_fixtures import every_kind  # noqa: E402

pytest_plugins = ("tests.web.phone_fixtures",)  # browser, make_room, new_page
pytestmark = pytest.mark.browser

AGE_S = 4  # how long the countdown has run when the phone joins


def seconds_shown(page) -> int:
    timer = page.get_by_role("timer")
    expect(timer).to_have_text(re.compile(r"^\d+:\d\d left"))
    minutes, seconds = re.match(r"^(\d+):(\d\d)", timer.inner_text()).groups()
    return int(minutes) * 60 + int(seconds)


@pytest.mark.parametrize("follows", ["stream", "polling"])
def test_a_phone_joining_mid_countdown_shows_the_time_really_left(make_room, new_page, follows):
    # GIVEN a one-minute countdown that started a few seconds ago (nothing phones see changed since,
    # so the state served is the one built when it started)
    room = make_room([every_kind()[0]])
    timers = room.services.timers
    timer = timers.start(room.forum.id, room.questions[0].id, 60_000)
    time.sleep(AGE_S)
    # WHEN an attendee scans the QR code, and the phone hears only the event stream (its state
    # requests fail), or only the state it polls (a network that lets no stream through)
    page = new_page(init_script=FAST)
    page.route("**/events" if follows == "polling" else "**/state", lambda route: route.abort("failed"))
    page.goto(room.qr_url)
    if follows == "stream":
        wait_until(lambda: room.server.connected_phones == 1, "the phone holds a stream")
    # THEN the phone shows what the laptop has left, to the second (not the full minute again)
    shown = seconds_shown(page)
    left = math.ceil((timer.ends_at_ms - timers.wall_ms()) / 1000)
    assert abs(shown - left) <= 1, (shown, left)
    assert shown <= 60 - AGE_S + 1
    # AND it keeps counting down on the laptop's clock
    expect(page.get_by_role("timer")).not_to_have_text(re.compile(rf"^{shown // 60}:{shown % 60:02d} "))
    later = seconds_shown(page)
    assert abs(later - math.ceil((timer.ends_at_ms - timers.wall_ms()) / 1000)) <= 1
