"""The phone page in headless Chromium at a phone viewport, against the real attendee server.

Each test builds a forum in a fresh database, starts ``AttendeeServer`` on a loopback port and
drives the page the way an attendee would. Nothing is mocked: answers go through the server into
SQLite, and the facilitator's moves go through the services.
"""

from __future__ import annotations

import re
import uuid

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright is needed for the browser tests")
pytest.register_assert_rewrite("tests.web.phone_fixtures")  # it is also loaded as a plugin below

from playwright.sync_api import expect  # noqa: E402

from forumdesk.domain.model import Pace, Question, QuestionKind, Scale  # noqa: E402
from tests.web.phone_fixtures import (  # noqa: E402
    SENT,
    XSS_ANSWER,
    XSS_PROMPT,
    answer_current,
    card,
    every_kind,
    serious_violations,
)

pytest_plugins = ("tests.web.phone_fixtures",)  # browser, make_room, new_page
pytestmark = pytest.mark.browser


# ------------------------------------------------------------------ joining and answering


def test_join_by_qr_answer_every_kind_and_follow_the_facilitator(make_room, new_page):
    # GIVEN a facilitator-paced forum with one question of each kind, on its first question
    room = make_room()
    page = new_page()
    # WHEN an attendee opens the QR code's address
    page.goto(room.qr_url)
    # THEN the forum's title, the anonymity promise and the first question show
    expect(page.get_by_role("heading", level=1)).to_have_text("Careers evening")
    expect(page.get_by_text("No names collected — your answers are anonymous.")).to_be_visible()
    page.evaluate("window.__sameDocument = true")
    values = ["The interview process is long\nand opaque", ["A job board"], ["Training", "Flexible hours"], 4,
              "respect"]
    for index, (question, value) in enumerate(zip(room.questions, values, strict=True)):
        expect(page.get_by_role("heading", name=question.prompt)).to_be_visible()
        if index:
            # the page announced the new question to screen readers
            expect(page.locator("#announcer")).to_have_text(f"New question: {question.prompt}")
        if question.kind is QuestionKind.OPEN_TEXT:
            expect(card(page, question.prompt).locator(".count")).to_have_text("0 / 300")
        answer_current(page, question, value)
        box = card(page, question.prompt)
        expect(box.locator(".status")).to_contain_text(SENT)
        expect(page.locator("#announcer")).to_contain_text("Sent")
        # WHEN the facilitator moves on, the page follows without a reload
        room.step(+1)
    # THEN the database holds exactly what was answered, once each
    answers = room.answers()
    assert len(answers) == 5
    by_question = {a.question_id: a.content for a in answers}
    q = room.questions
    assert by_question[q[0].id].text == "The interview process is long\nand opaque"
    assert by_question[q[1].id].choices == (1,)
    assert by_question[q[2].id].choices == (1, 3)
    assert by_question[q[3].id].rating == 4
    assert by_question[q[4].id].text == "respect"
    assert page.evaluate("window.__sameDocument") is True
    assert page.foreign_requests == []


def test_answered_state_survives_a_reload(make_room, new_page):
    # GIVEN an attendee who answered the rating question
    room = make_room([every_kind()[3], every_kind()[0]])
    page = new_page()
    page.goto(room.qr_url)
    answer_current(page, room.questions[0], 5)
    expect(card(page, room.questions[0].prompt).locator(".status")).to_contain_text(SENT)
    # WHEN the page is reloaded
    page.reload()
    # THEN it still shows the answer as sent, with what was sent, and offers no second vote
    box = card(page, room.questions[0].prompt)
    expect(box.locator(".status")).to_contain_text(SENT)
    expect(box.locator(".yours li")).to_have_text("5 / 5 — Completely")
    expect(box.get_by_role("button", name="Send", exact=True)).to_have_count(0)
    assert len(room.answers()) == 1


def test_join_through_the_code_page(make_room, new_page):
    room = make_room()
    page = new_page()
    page.goto(room.base + "/")
    code_box = page.get_by_label("Code")
    # GIVEN a code that does not exist THEN a friendly sentence says so and the attendee stays
    code_box.fill("xxx xxx")
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_role("alert")).to_contain_text("There is no forum with the code XXXXXX")
    # GIVEN too short a code THEN the page says how long a code is, without asking the server
    code_box.fill("ab")
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_role("alert")).to_contain_text("6 letters and digits")
    # WHEN the real code is typed in lower case with spaces
    typed = room.server.code.lower()
    code_box.fill(f" {typed[:3]} {typed[3:]} ")
    code_box.press("Enter")
    # THEN the attendee lands on the forum's page
    expect(page).to_have_url(f"{room.base}/j/{room.server.code}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Careers evening")


def test_an_unknown_code_in_the_address_gets_a_friendly_page(make_room, new_page):
    room = make_room()
    # GIVEN an address with a wrong code, typed on a French phone and on an English one
    french = new_page(locale="fr-FR")
    french.goto(room.base + "/j/XXXXXX")
    # THEN the phone page says so in the phone's language
    expect(french.get_by_role("heading", name="Forum introuvable")).to_be_visible()
    page = new_page()
    page.goto(room.base + "/j/XXXXXX")
    expect(page.get_by_role("heading", name=re.compile("couldn’t find", re.I))).to_be_visible()
    # AND leads back to the code page
    page.locator('a[href="/"]').click()
    expect(page.get_by_label("Code")).to_be_visible()


def test_self_paced_forum_shows_every_open_question(make_room, new_page):
    # GIVEN a self-paced forum
    room = make_room(pace=Pace.SELF)
    page = new_page()
    page.goto(room.qr_url)
    # THEN every question is on the page at once, with its own Send button
    for question in room.questions:
        expect(page.get_by_role("heading", name=question.prompt)).to_be_visible()
    expect(page.get_by_role("button", name="Send", exact=True)).to_have_count(5)
    # WHEN two of them are answered, in any order
    answer_current(page, room.questions[4], "trust")
    answer_current(page, room.questions[1], ["This forum"])
    expect(card(page, room.questions[4].prompt).locator(".status")).to_contain_text(SENT)
    expect(card(page, room.questions[1].prompt).locator(".status")).to_contain_text(SENT)
    # THEN the others still wait for an answer, and the two are stored
    expect(page.get_by_role("button", name="Send", exact=True)).to_have_count(3)
    assert [a.content.text for a in room.answers(4)] == ["trust"]
    assert [a.content.choices for a in room.answers(1)] == [(2,)]


def test_live_updates_do_not_interrupt_an_attendee_who_is_typing(make_room, new_page):
    # GIVEN a self-paced forum where an attendee is half-way through an answer
    room = make_room([every_kind()[0], every_kind()[1]], pace=Pace.SELF)
    page = new_page()
    page.goto(room.qr_url)
    choice_card = card(page, room.questions[1].prompt)
    choice_card.get_by_role("button", name="Send", exact=True).click()
    expect(choice_card.get_by_role("alert")).to_have_text("Please pick a choice.")
    field = card(page, room.questions[0].prompt).get_by_role("textbox")
    field.fill("Half-way through a thou")
    # WHEN the facilitator changes something (results of the other question are revealed; they show
    # there only once this phone answered it)
    room.services.forums.set_revealed(room.questions[1].id, True)
    expect(choice_card.locator(".qresults")).to_contain_text("Results appear here once you have answered.")
    # THEN the attendee keeps their text, their place and the other card's message
    expect(field).to_have_value("Half-way through a thou")
    expect(field).to_be_focused()
    expect(choice_card.get_by_role("alert")).to_have_text("Please pick a choice.")
    # and the draft survives a reload too
    page.reload()
    expect(card(page, room.questions[0].prompt).get_by_role("textbox")).to_have_value("Half-way through a thou")


def test_revealed_results_show_on_phones(make_room, new_page):
    questions = [every_kind()[1], every_kind()[4]]
    room = make_room(questions, pace=Pace.SELF)
    page = new_page()
    page.goto(room.qr_url)
    answer_current(page, room.questions[0], ["A friend"])
    answer_current(page, room.questions[1], "career growth")
    expect(card(page, room.questions[1].prompt).locator(".status")).to_contain_text(SENT)
    # WHEN the facilitator reveals both questions
    for question in room.questions:
        room.services.forums.set_revealed(question.id, True)
    # THEN bars with counts show for the choice question and a word list for the words question
    choice_results = card(page, room.questions[0].prompt).locator(".results")
    expect(choice_results).to_contain_text("1 response")
    expect(choice_results.locator(".bars li")).to_have_count(3)
    expect(choice_results.locator(".bars li").first).to_contain_text("A friend")
    expect(choice_results.locator(".bars li").first.locator("b")).to_have_text("1")
    words = card(page, room.questions[1].prompt).locator(".results .words li")
    expect(words.first).to_contain_text("career growth")
    expect(page.locator("#announcer")).to_contain_text("Results are shown for:")


# ------------------------------------------------------------------ unreliable networks


def test_answer_sent_while_the_server_is_away_arrives_exactly_once(make_room, new_page):
    # GIVEN an attendee on an open text question
    room = make_room([every_kind()[0]])
    page = new_page()
    page.goto(room.qr_url)
    prompt = room.questions[0].prompt
    expect(page.get_by_role("heading", name=prompt)).to_be_visible()
    port = room.server.port
    # WHEN the laptop's server goes away and the attendee sends an answer
    room.stop()
    answer_current(page, room.questions[0], "Sent during the outage")
    box = card(page, prompt)
    # THEN the page says it is waiting, and keeps the answer on the phone
    expect(box.locator(".status")).to_contain_text("Waiting to send…")
    stored = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('fd:forum:'))"
                           ".map(k => localStorage.getItem(k)).join('')")
    assert "Sent during the outage" in stored
    # WHEN a new server comes back on the same port and database
    room.start(port)
    assert room.server.port == port
    # THEN the answer goes through by itself, once
    expect(box.locator(".status")).to_contain_text(SENT, timeout=20_000)
    answers = room.answers(0)
    assert [a.content.text for a in answers] == ["Sent during the outage"]
    # and a reload does not send it again
    page.reload()
    expect(card(page, prompt).locator(".status")).to_contain_text(SENT)
    assert len(room.answers(0)) == 1


def test_a_lost_reply_is_retried_with_the_same_submission_id(make_room, new_page):
    # GIVEN the first reply to an answer is lost on the way back (stored, but the phone never hears)
    room = make_room([every_kind()[1]])
    page = new_page()
    posted_ids: list[str] = []

    def lose_first_reply(route):
        posted_ids.append(route.request.post_data_json["submission_id"])
        response = route.fetch()  # the request really reaches the server
        if len(posted_ids) == 1:
            assert response.status == 201
            route.abort("connectionreset")
        else:
            route.fulfill(response=response)

    page.route("**/api/f/*/answers", lose_first_reply)
    page.goto(room.qr_url)
    answer_current(page, room.questions[0], ["This forum"])
    # THEN the phone retries until the server says it has it, and the answer is stored once
    expect(card(page, room.questions[0].prompt).locator(".status")).to_contain_text(SENT, timeout=20_000)
    assert len(posted_ids) >= 2 and len(set(posted_ids)) == 1
    uuid.UUID(posted_ids[0], version=4)
    assert len(room.answers(0)) == 1


def test_page_follows_by_polling_when_event_streams_fail(make_room, new_page):
    # GIVEN a network that breaks event streams (some proxies and old phones do)
    room = make_room()
    page = new_page()
    page.route("**/events", lambda route: route.abort("failed"))
    page.goto(room.qr_url)
    expect(page.get_by_role("heading", name=room.questions[0].prompt)).to_be_visible()
    # WHEN the facilitator moves on THEN the page still follows
    room.step(+1)
    expect(page.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible(timeout=10_000)


def test_refused_answer_shows_the_servers_sentence(make_room, new_page):
    # GIVEN two phones that carry the same client id (e.g. a restored browser profile)
    room = make_room([every_kind()[3]])
    seed = (f"localStorage.setItem('fd:forum:{room.server.code}', "
            f"JSON.stringify({{client_id: '{uuid.uuid4()}', entries: [], drafts: {{}}}}));")
    first, second = new_page(init_script=seed), new_page(init_script=seed)
    prompt = room.questions[0].prompt
    for page in (first, second):
        page.goto(room.qr_url)
        expect(page.get_by_role("heading", name=prompt)).to_be_visible()
    answer_current(first, room.questions[0], 2)
    expect(card(first, prompt).locator(".status")).to_contain_text(SENT)
    expect(card(first, prompt).locator(".yours li")).to_have_text("2 / 5")  # not a bare "2"
    # WHEN the second one votes on the same one-vote question
    answer_current(second, room.questions[0], 3)
    # THEN the server's own sentence shows, the form is offered again, and the vote is not counted twice
    status = card(second, prompt).locator(".status")
    expect(status).to_contain_text("Not sent")
    expect(status).to_contain_text("You have already answered this question from this phone.")
    expect(card(second, prompt).get_by_role("button", name="Send", exact=True)).to_be_visible()
    assert [a.content.rating for a in room.answers(0)] == [2]


def test_two_tabs_of_one_phone_share_what_was_sent(make_room, new_page):
    # GIVEN the forum open in two tabs of the same phone
    room = make_room([every_kind()[1]])
    first = new_page()
    first.goto(room.qr_url)
    second = first.context.new_page()
    second.goto(room.qr_url)
    prompt = room.questions[0].prompt
    expect(second.get_by_role("button", name="Send", exact=True)).to_be_visible()
    # WHEN the attendee answers in one tab
    answer_current(first, room.questions[0], ["A friend"])
    expect(card(first, prompt).locator(".status")).to_contain_text(SENT)
    # THEN the other tab shows the answer as sent, without a reload, and offers no second vote
    expect(card(second, prompt).locator(".status")).to_contain_text(SENT)
    expect(card(second, prompt).locator(".yours")).to_contain_text("A friend")
    expect(second.get_by_role("button", name="Send", exact=True)).to_have_count(0)
    assert len(room.answers(0)) == 1


def test_a_tab_that_hears_of_a_change_before_its_strings_arrive_still_shows_them(make_room, new_page):
    # A second tab of the phone once began following the forum (its own stream, or the first
    # tab's news on their shared channel) before its strings had arrived, and drew the question
    # with the strings' keys: "send", "kind_single". It follows nothing until then, and the state it
    # fetches may be the copy the page preloaded; so when it starts it asks the tab holding the stream
    # for the latest. (It once kept the news it heard while waiting, and missed news sent before its
    # script had opened the channel: this test failed on a slow machine.)
    room = make_room([every_kind()[1], every_kind()[4]])
    first = new_page()
    first.goto(room.qr_url)
    expect(first.get_by_role("heading", name=room.questions[0].prompt)).to_be_visible()
    second = first.context.new_page()
    held = []
    second.route("**/static/i18n/*.json", lambda route: held.append(route))  # GIVEN its strings slow to come
    second.goto(room.qr_url, wait_until="commit")
    # its scripts running and waiting for the strings (polled: the page's CSP forbids wait_for_function's eval)
    while not (held and second.evaluate("!!(window.FD && window.FD.live)")):
        second.wait_for_timeout(50)
    # WHEN the facilitator moves on meanwhile
    room.step(1)
    expect(first.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()
    second.wait_for_timeout(500)  # the first tab's news has reached the second
    for route in held:
        route.continue_()
    second.unroute("**/static/i18n/*.json")
    # THEN the second tab shows the new question in words, not in the strings' keys
    expect(second.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()
    expect(second.get_by_role("button", name="Send", exact=True)).to_be_visible()
    assert second.get_by_text(re.compile(r"kind_|question_n_of")).count() == 0


def test_submission_ids_work_without_crypto_random_uuid(make_room, new_page):
    # Phones reach the laptop over plain http on the LAN, where crypto.randomUUID does not exist.
    room = make_room([every_kind()[4]])
    page = new_page(init_script="delete Crypto.prototype.randomUUID;")
    page.goto(room.qr_url)
    assert page.evaluate("typeof crypto.randomUUID") == "undefined"
    answer_current(page, room.questions[0], "fairness")
    expect(card(page, room.questions[0].prompt).locator(".status")).to_contain_text(SENT)
    answer = room.answers(0)[0]
    assert uuid.UUID(answer.submission_id).version == 4


# ------------------------------------------------------------------ safety, language, layout, accessibility


def test_script_payloads_in_prompts_and_answers_show_as_text(make_room, new_page):
    questions = [
        Question(kind=QuestionKind.OPEN_TEXT, prompt=XSS_PROMPT),
        Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Pick <b>one</b>",
                 choices=["<img src=z onerror=alert(4)>", "plain"]),
    ]
    room = make_room(questions, pace=Pace.SELF)
    page = new_page()
    page.goto(room.qr_url)
    # THEN the prompt and choice show literally, as text
    expect(page.get_by_role("heading", name=XSS_PROMPT)).to_have_text(XSS_PROMPT)
    expect(page.get_by_text("<img src=z onerror=alert(4)>", exact=True)).to_be_visible()
    # WHEN an attendee sends markup as an answer
    box = card(page, XSS_PROMPT)
    box.get_by_role("textbox").fill(XSS_ANSWER)
    box.get_by_role("button", name="Send", exact=True).click()
    expect(box.locator(".status")).to_contain_text(SENT)
    # THEN it shows as text, is stored as text, and nothing ran
    expect(box.locator(".yours li").first).to_contain_text(XSS_ANSWER)
    assert room.answers(0)[0].content.text == XSS_ANSWER
    page.reload()
    expect(card(page, XSS_PROMPT).locator(".yours li").first).to_contain_text(XSS_ANSWER)
    assert page.locator("main img, main script").count() == 0
    assert page.dialogs == []


def test_french_phone_gets_french_labels(make_room, new_page):
    room = make_room([every_kind()[1]])
    page = new_page(locale="fr-FR")
    page.goto(room.qr_url)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_text("Aucun nom n’est collecté — vos réponses sont anonymes.")).to_be_visible()
    answer = card(page, room.questions[0].prompt)
    answer.get_by_role("button", name="Envoyer", exact=True).click()
    expect(answer.get_by_role("alert")).to_have_text("Veuillez choisir une réponse.")
    answer.get_by_text("A friend", exact=True).click()
    answer.get_by_role("button", name="Envoyer", exact=True).click()
    expect(answer.locator(".status")).to_contain_text("Envoyé ✓")
    page.goto(room.base + "/")
    expect(page.get_by_role("button", name="Rejoindre")).to_be_visible()


def test_no_horizontal_scroll_at_320_px(make_room, new_page):
    questions = every_kind() + [
        Question(kind=QuestionKind.RATING, prompt="Recommend us, 0 to 10?",
                 scale=Scale(0, 10, "Never in a million years", "Absolutely, to everyone I know")),
        Question(kind=QuestionKind.OPEN_TEXT, prompt="A prompt with a long unbroken word: " + "x" * 80),
    ]
    room = make_room(questions, pace=Pace.SELF)
    page = new_page(viewport={"width": 320, "height": 640})
    page.goto(room.qr_url)
    expect(page.get_by_role("button", name="Send", exact=True)).to_have_count(7)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # every tap target is at least 44 px high and wide
    sizes = page.eval_on_selector_all(
        ".option > span, .btn",
        "els => els.map(e => { const r = e.getBoundingClientRect(); return Math.min(r.width, r.height); })")
    assert len(sizes) == 3 + 4 + 5 + 11 + 7 and min(sizes) >= 44
    page.goto(room.base + "/")
    expect(page.get_by_label("Code")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_keyboard_alone_can_answer_in_a_logical_order_with_visible_focus(make_room, new_page):
    room = make_room([every_kind()[1]])
    page = new_page()
    page.goto(room.qr_url)
    prompt = room.questions[0].prompt
    expect(page.get_by_role("heading", name=prompt)).to_be_visible()
    # Tab order: skip link, the language switch in the top bar, then the choices, then Send
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the question")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("combobox", name="Language")).to_be_focused()
    page.keyboard.press("Tab")
    first = page.get_by_role("radio", name="A friend")
    expect(first).to_be_focused()
    outline = first.evaluate("e => getComputedStyle(e.nextElementSibling).outlineStyle")
    assert outline == "solid"  # the focused choice is visibly marked
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name="A job board")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    # THEN the answer is sent and focus lands on the confirmation, which is announced
    status = card(page, prompt).locator(".status")
    expect(status).to_contain_text(SENT)
    expect(status).to_be_focused()
    expect(page.locator("#announcer")).to_have_text("Sent. Thank you, your answer is saved.")
    assert [a.content.choices for a in room.answers(0)] == [(1,)]


def test_axe_finds_noserious_violations(make_room, new_page):
    room = make_room(pace=Pace.SELF)
    page = new_page()
    page.goto(room.base + "/")
    expect(page.get_by_label("Code")).to_be_visible()
    assert serious_violations(page) == []
    # the attendee page with one question of each kind, one of them sent and revealed
    page.goto(room.qr_url)
    expect(page.get_by_role("button", name="Send", exact=True)).to_have_count(5)
    answer_current(page, room.questions[3], 2)
    expect(card(page, room.questions[3].prompt).locator(".status")).to_contain_text(SENT)
    room.services.forums.set_revealed(room.questions[3].id, True)
    expect(card(page, room.questions[3].prompt).locator(".results")).to_be_visible()
    assert serious_violations(page) == []
