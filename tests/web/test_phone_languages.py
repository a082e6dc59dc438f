"""The phone page in its five languages (issue 16 items 1 and 2), in headless Chromium against the
real attendee server: a refusal shows the phone's own sentence for the server's code, Arabic is
laid out right to left with Arabic plurals and digits, and the language switch is remembered."""

from __future__ import annotations

import json
import uuid

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright is needed for the browser tests")
pytest.register_assert_rewrite("tests.web.phone_fixtures")  # it is also loaded as a plugin below

from playwright.sync_api import expect  # noqa: E402

from forumdesk.domain.model import Pace, Question, QuestionKind  # noqa: E402
from tests.web.phone_fixtures import every_kind  # noqa: E402

pytest_plugins = ("tests.web.phone_fixtures",)  # browser, make_room, new_page
pytestmark = pytest.mark.browser


def kept_answer(code: str, question_id: int, text: str) -> str:
    """An init script: this phone kept an answer to ``question_id`` from an earlier visit, not
    sent yet (the page sends it as soon as it loads)."""
    sid = str(uuid.uuid4())
    client = str(uuid.uuid4())
    entry = {"sid": sid, "qid": question_id, "kind": "text", "number": 9, "prompt": "An old question",
             "body": {"question_id": question_id, "submission_id": sid, "client_id": client, "text": text},
             "shown": text, "status": "pending", "error": None, "attempts": 0}
    local = {"client_id": client, "entries": [entry], "drafts": {}, "draftInfo": {}}
    return f"localStorage.setItem('fd:forum:{code}', {json.dumps(json.dumps(local))});"


def test_a_french_phone_shows_its_own_sentence_for_the_servers_code(make_room, new_page):
    # GIVEN a French phone that kept an answer to a question the forum no longer has
    room = make_room([every_kind()[0]])
    page = new_page(locale="fr-FR", init_script=kept_answer(room.server.code, 999_999, "Mon ancienne réponse"))
    # WHEN it opens the forum and the server refuses the answer with a 404 and "unknown_question"
    page.goto(room.qr_url)
    refused = page.locator("section.refused")
    # THEN the reason is the page's French sentence for the code, not the server's English one
    expect(refused).to_contain_text("Non envoyé")
    expect(refused).to_contain_text("Cette question n’existe plus.")
    expect(refused).not_to_contain_text("This question does not exist.")
    expect(refused).to_contain_text("Mon ancienne réponse")


def test_an_arabic_phone_reads_right_to_left_with_arabic_plurals(make_room, new_page):
    two = Question(kind=QuestionKind.SHORT_WORDS, prompt="Two words for your week", max_words=2)
    three = Question(kind=QuestionKind.SHORT_WORDS, prompt="Three words for your team", max_words=3)
    room = make_room([two, three], pace=Pace.SELF)
    page = new_page(locale="ar-EG")
    page.goto(room.qr_url)
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(page.get_by_text("لا تُجمع أي أسماء، فإجاباتك مجهولة الهوية.")).to_be_visible()
    # Intl.PluralRules("ar"): 2 is "two" (the dual, no number), 3 is "few" (plural noun, not "كلمة").
    expect(page.get_by_text("كلمتان على الأكثر")).to_be_visible()
    three_words = page.evaluate("new Intl.NumberFormat('ar').format(3)") + " كلمات على الأكثر"
    expect(page.get_by_text(three_words)).to_be_visible()
    # Right to left: the brand's logo sits at the right of the bar, the language switch at the left.
    logo = page.locator(".logo").bounding_box()
    switch = page.get_by_role("combobox", name="اللغة").bounding_box()
    assert logo is not None and switch is not None
    assert switch["x"] + switch["width"] <= logo["x"]


def test_the_language_switch_is_remembered(make_room, new_page):
    room = make_room([every_kind()[1]])
    page = new_page(locale="ar")
    page.goto(room.qr_url)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.get_by_role("combobox", name="اللغة").select_option("de")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.get_by_role("button", name="Senden", exact=True)).to_be_visible()
    # Kept on the phone: the code page and a later visit stay in German.
    page.goto(room.base + "/")
    expect(page.get_by_role("button", name="Teilnehmen")).to_be_visible()
    expect(page.get_by_role("combobox", name="Sprache")).to_have_value("de")


def _phone_in(make_room, new_page, forum_language: str, phone_locale: str):
    """A phone with ``phone_locale`` that opened a forum in ``forum_language`` (as 'forumdesk new
    --language CODE' sets it) from its QR code; returns the room and the page."""
    room = make_room([every_kind()[1]])
    forum = room.services.forums.forum(room.forum.id)
    forum.language = forum_language
    room.services.forums.update_forum(forum)
    page = new_page(locale=phone_locale)
    page.goto(room.qr_url)
    return room, page


def test_a_phone_in_a_language_the_page_lacks_reads_the_forums_language(make_room, new_page):
    # GIVEN a French forum and a Japanese phone (the page has no Japanese), WHEN it opens the forum
    room, page = _phone_in(make_room, new_page, "fr", "ja-JP")
    # THEN the page is in French, the forum's language, not English
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_text("Aucun nom n’est collecté — vos réponses sont anonymes.")).to_be_visible()
    expect(page.get_by_role("button", name="Envoyer", exact=True)).to_be_visible()
    expect(page.get_by_role("combobox", name="Langue")).to_have_value("fr")
    # AND the server named the French strings up front for it, not the English ones
    link = page.request.get(room.qr_url, headers={"Accept-Language": "ja-JP,ja;q=0.9"}).headers["link"]
    assert "/static/i18n/fr.json" in link and "/static/i18n/en.json" not in link


def test_a_phone_whose_language_the_page_has_keeps_it_on_a_french_forum(make_room, new_page):
    _, page = _phone_in(make_room, new_page, "fr", "de-DE")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("button", name="Senden", exact=True)).to_be_visible()


def test_an_arabic_forum_gives_a_japanese_phone_its_arabic_page_right_to_left(make_room, new_page):
    _, page = _phone_in(make_room, new_page, "ar", "ja-JP")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_text("لا تُجمع أي أسماء، فإجاباتك مجهولة الهوية.")).to_be_visible()
