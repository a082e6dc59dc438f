"""The phone page for every attendee (issue 18 item 4), in headless Chromium against the real server.

An iPhone SE is 320 CSS px wide; at 200 % zoom it lays the page out in 160 CSS px. A phone set to
larger text raises the root font size. Dark mode is the phone's colour-scheme preference. Contrast
is measured from the computed styles of what is on screen: 4.5:1 for text, 3:1 for control borders.
"""

from __future__ import annotations

import uuid

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright is needed for the browser tests")
pytest.register_assert_rewrite("tests.web.phone_fixtures")

from playwright.sync_api import expect  # noqa: E402

from forumdesk.domain.ask import AskMode  # noqa: E402
from forumdesk.domain.model import Pace, Question, QuestionKind, Scale  # noqa: E402
from tests.web.phone_fixtures import every_kind, serious_violations  # noqa: E402

pytest_plugins = ("tests.web.phone_fixtures",)  # browser, make_room, new_page
pytestmark = pytest.mark.browser

LONG = "Arbeitnehmerüberlassungsgesetzänderungsvorschlag" * 2

# Relative luminance and contrast as WCAG 2 defines them; the background is the first ancestor's
# opaque background colour (the page draws no text over images or gradients).
CONTRAST_JS = """
(() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const x = lum(rgb(a)), y = lum(rgb(b));
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const bgOf = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
    const v = rgb(c); if (v.length === 3 || v[3] > 0) return c; } return 'rgb(255, 255, 255)'; };
  const shown = e => { const r = e.getBoundingClientRect(); return r.width > 2 && r.height > 2
    && getComputedStyle(e).visibility !== 'hidden'; };
  const texts = [], borders = [];
  for (const e of document.querySelectorAll('main *, header *')) {
    if (!shown(e)) continue;
    const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (own) texts.push([e.className || e.tagName, e.textContent.trim().slice(0, 30),
                         ratio(getComputedStyle(e).color, bgOf(e))]);
  }
  for (const e of document.querySelectorAll('.option > span, textarea, input[type="text"]')) {
    if (!shown(e)) continue;
    // the boundary against what the box sits on, and against its inside unless it is filled solid
    const line = getComputedStyle(e).borderTopColor, inside = bgOf(e);
    borders.push([e.textContent.trim().slice(0, 30) || e.tagName, Math.min(ratio(line, bgOf(e.parentElement)),
                  inside === line ? Infinity : ratio(line, inside))]);
  }
  return {texts, borders};
})()
"""

SWITCH_CLEAR_JS = """
(() => {
  const switcher = document.querySelector('.lang-switch'), s = switcher.getBoundingClientRect();
  const walk = document.createTreeWalker(document.querySelector('.topbar-inner'), NodeFilter.SHOW_TEXT);
  const rects = [];
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (switcher.contains(n) || !n.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    rects.push(...range.getClientRects());
  }
  return rects.length > 2 && rects.every(r => r.right <= s.left || r.left >= s.right || r.bottom <= s.top || r.top >= s.bottom);
})()
"""


def questions() -> list[Question]:
    return every_kind() + [
        Question(kind=QuestionKind.RATING, prompt="Recommend us, 0 to 10?",
                 scale=Scale(0, 10, "Never in a million years", "Absolutely, to everyone I know")),
        Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Which law? " + LONG, choices=[LONG, "None"]),
    ]


def open_all(make_room, new_page, viewport: dict, dark: bool = False):
    room = make_room(questions(), pace=Pace.SELF)
    page = new_page(viewport=viewport)
    if dark:
        page.emulate_media(color_scheme="dark")
    page.goto(room.qr_url)
    expect(page.get_by_role("button", name="Send", exact=True)).to_have_count(len(room.questions))
    return page


def assert_fits(page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # no choice box or rating button spills past the screen's right edge
    rights = page.eval_on_selector_all(".option > span, .btn", "els => els.map(e => e.getBoundingClientRect().right)")
    assert rights and max(rights) <= width
    sides = page.eval_on_selector_all(
        ".rating .option > span",
        "els => els.map(e => { const r = e.getBoundingClientRect(); return Math.min(r.width, r.height); })")
    assert len(sides) == 5 + 11 and min(sides) >= 44


def assert_contrast(page) -> None:
    measured = page.evaluate(CONTRAST_JS)
    low_text = [t for t in measured["texts"] if t[2] < 4.5]
    low_borders = [b for b in measured["borders"] if b[1] < 3]
    assert len(measured["texts"]) > 20 and len(measured["borders"]) == 3 + 4 + 5 + 11 + 2 + 2
    assert low_text == [] and low_borders == []


def test_200_percent_zoom_on_a_320_px_phone_has_no_sideways_scroll(make_room, new_page):
    # GIVEN an iPhone SE at 200 % zoom: 160 CSS px across
    page = open_all(make_room, new_page, {"width": 160, "height": 568})
    # THEN nothing scrolls sideways, long words wrap, rating buttons stay 44 px and the page is axe clean
    assert_fits(page, 160)
    assert serious_violations(page) == []


def test_text_follows_the_phones_text_size(make_room, new_page):
    # GIVEN a 320 px phone whose reader set its text size to 200 %
    page = open_all(make_room, new_page, {"width": 320, "height": 640})
    base = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    # THEN the page's text doubles and it still fits the screen
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") == 2 * base
    prompt = page.locator(".prompt").first
    assert prompt.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") > 2 * base
    assert_fits(page, 320)


def test_controls_meet_contrast_minimums_in_the_light_theme(make_room, new_page):
    page = open_all(make_room, new_page, {"width": 360, "height": 740})
    assert_contrast(page)
    page.locator("label.option", has_text="4").first.click()  # a chosen rating: its own colours
    assert_contrast(page)


def test_dark_mode_follows_the_phone_and_keeps_contrast(make_room, new_page):
    # GIVEN a phone in dark mode
    page = open_all(make_room, new_page, {"width": 320, "height": 640}, dark=True)
    # THEN the page is dark, every text and control border meets its minimum, and axe finds nothing
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert sum(int(v) for v in background[4:-1].split(",")) < 3 * 64
    page.locator("label.option", has_text="4").first.click()
    page.get_by_text("A friend", exact=True).first.click()
    assert_contrast(page)
    assert_fits(page, 320)
    assert serious_violations(page) == []


@pytest.mark.parametrize(("dark", "width"), [(False, 160), (True, 160), (True, 320)],
                         ids=["200 % zoom", "200 % zoom, dark", "320 px, dark"])
def test_the_ask_tab_fits_keeps_contrast_and_is_axe_clean(make_room, new_page, dark, width):
    # GIVEN a forum where the room asks, with a long word, an answered item and the phone's own upvote
    room = make_room(every_kind())
    ask = room.services.ask
    ask.set_mode(room.forum.id, AskMode.DIRECT)
    ask.set_open(room.forum.id, True)
    for text in (f"Is there a {LONG} at the company?", "Do you hire part-time?", "Can I apply again later?"):
        _status, item = ask.ask(room.forum.id, str(uuid.uuid4()), {"text": text})
    ask.set_answered(item.id)
    page = new_page(viewport={"width": width, "height": 568})
    if dark:
        page.emulate_media(color_scheme="dark")
    page.goto(room.qr_url)
    # WHEN the attendee opens the Ask tab, upvotes one and starts writing
    page.get_by_role("button", name="Ask", exact=True).click()
    expect(page.locator(".ask-item")).to_have_count(3)
    hire = page.locator(".ask-item", has_text="Do you hire part-time?")
    hire.get_by_role("button").click()
    expect(hire.get_by_role("button", name="Upvote (1 vote)")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".ask-item").first).to_contain_text("Do you hire part-time?")  # most votes first
    page.get_by_label("Ask the partner a question").fill("What does a normal day look like?")
    # THEN nothing scrolls sideways, every text and the box's border meet their minimums, axe finds nothing
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    rights = page.eval_on_selector_all("#ask *", "els => els.filter(e => e.getBoundingClientRect().width)"
                                                 ".map(e => e.getBoundingClientRect().right)")
    assert rights and max(rights) <= width
    assert page.evaluate(SWITCH_CLEAR_JS)  # the language switch covers no letter of the top bar
    measured = page.evaluate(CONTRAST_JS)
    assert any("Do you hire" in t[1] for t in measured["texts"])
    assert [t for t in measured["texts"] if t[2] < 4.5] == []
    assert [b for b in measured["borders"] if b[1] < 3] == [] and any(b[0] == "TEXTAREA" for b in measured["borders"])
    if dark:
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert sum(int(v) for v in background[4:-1].split(",")) < 3 * 64
    assert serious_violations(page) == []
