"""The phone page when the room is not kind: dead connections, many tabs, old states, offline
answers to closed questions, drafts the room moved past, the end of the forum, the timer, and
input that is wrong or too long (issue 12, items 2-7, 12 and 15).

Same set-up as test_phone_page.py: headless Chromium at a phone viewport against the real attendee
server on loopback, a real SQLite file, the facilitator's moves through the services. Where a test
needs the network itself to misbehave it goes through a real TCP relay (``SilenceableRelay``) or
Playwright's offline mode; a state the server cannot produce yet is built from the real one.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright is needed for the browser tests")
pytest.register_assert_rewrite("tests.web.phone_fixtures")  # it is also loaded as a plugin below

from playwright.sync_api import Page, Route, expect  # noqa: E402

from forumdesk.domain.model import Pace  # noqa: E402
from forumdesk.web.config import ServerConfig  # noqa: E402
from tests.web.conftest import Client, wait_until  # noqa: E402
from tests.web.phone_fixtures import FAST_TUNING as FAST  # noqa: E402
from tests.web.phone_fixtures import SENT, answer_current, card, every_kind, serious_violations  # noqa: E402

pytest_plugins = ("tests.web.phone_fixtures",)  # browser, make_room, new_page
pytestmark = pytest.mark.browser

FAST_HEARTBEAT = ServerConfig(heartbeat_seconds=0.3)


class SilenceableRelay:
    """A TCP relay between the browser and the server that can go silent: connections stay open
    but no byte passes, like a Wi-Fi link that died without closing anything. Connections made
    while silent stay dead for good; new ones after ``restore()`` work."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.silent = False
        self.links: list[dict] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            except OSError:
                client.close()
                continue
            with self.lock:
                link = {"dead": self.silent, "sockets": (client, upstream)}
                self.links.append(link)
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(link, source, target), daemon=True).start()

    @staticmethod
    def _pump(link: dict, source: socket.socket, target: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                break
            if not data:
                break
            if link["dead"]:
                continue  # swallowed: the other side hears nothing, and nothing is closed
            try:
                target.sendall(data)
            except OSError:
                break
        for sock in link["sockets"]:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def go_silent(self) -> None:
        with self.lock:
            self.silent = True
            for link in self.links:
                link["dead"] = True

    def restore(self) -> None:
        with self.lock:
            self.silent = False

    def close(self) -> None:
        self.listener.close()
        with self.lock:
            for link in self.links:
                for sock in link["sockets"]:
                    sock.close()


@pytest.fixture
def relay_to():
    relays: list[SilenceableRelay] = []

    def make(port: int) -> SilenceableRelay:
        relays.append(SilenceableRelay(port))
        return relays[-1]

    yield make
    for relay in relays:
        relay.close()


def stored_forum(page: Page) -> dict:
    return json.loads(page.evaluate(
        "JSON.stringify(Object.keys(localStorage).filter(k => k.startsWith('fd:forum:'))"
        ".map(k => JSON.parse(localStorage.getItem(k)))[0] || {})"))


# ------------------------------------------------------------------ item 6: a silently dead stream


def test_a_silently_dead_stream_is_noticed_and_replaced(make_room, new_page, relay_to):
    # GIVEN a phone following the forum through a link that can die without closing anything
    room = make_room(config=FAST_HEARTBEAT)
    relay = relay_to(room.server.port)
    page = new_page(init_script=FAST)
    page.goto(f"http://127.0.0.1:{relay.port}/j/{room.server.code}")
    expect(page.get_by_role("heading", name=room.questions[0].prompt)).to_be_visible()
    # WHEN the link goes silent (the stream stays open, nothing arrives) and the room moves on
    relay.go_silent()
    room.step(+1)
    # THEN the phone notices on its own and says it is reconnecting
    expect(page.locator("#connection")).to_contain_text(re.compile("reconnecting…", re.I))
    # AND once the network works again it follows, on a new stream, and stops saying so
    relay.restore()
    expect(page.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()
    expect(page.locator("#connection")).to_be_hidden()
    room.step(+1)
    expect(page.get_by_role("heading", name=room.questions[2].prompt)).to_be_visible()


def test_the_heartbeat_is_an_event_the_page_can_see(make_room, new_page):
    # EventSource never hands comment lines to the page, so a comment-only heartbeat cannot tell a
    # live stream from a dead one. The page counts "ping" events.
    room = make_room(config=FAST_HEARTBEAT)
    page = new_page(init_script=(
        "let pings = 0; const Real = window.EventSource;"
        "window.EventSource = function (url) { const s = new Real(url); s.addEventListener('ping',"
        " () => document.documentElement.setAttribute('data-pings', String(++pings))); return s; };"))
    page.goto(room.qr_url)
    expect(page.locator("html")).to_have_attribute("data-pings", re.compile(r"^([2-9]|\d{2,})$"))


# ------------------------------------------------------------------ item 5: many tabs, one stream


def test_many_tabs_of_one_phone_share_one_stream_and_still_send(make_room, new_page):
    # GIVEN eight tabs of the forum on one phone (re-scanning the QR code opens a new tab each time;
    # the browser allows six connections per host)
    room = make_room()
    first = new_page()
    tabs = [first] + [first.context.new_page() for _ in range(7)]
    for tab in tabs:
        tab.goto(room.qr_url)
        expect(tab.get_by_role("heading", name=room.questions[0].prompt)).to_be_visible()
    # THEN the phone holds one event stream, not eight
    wait_until(lambda: room.server.connected_phones == 1, "one stream for the phone")
    # WHEN the attendee answers in the last tab THEN it is sent
    answer_current(tabs[-1], room.questions[0], "Eight tabs and still talking")
    expect(card(tabs[-1], room.questions[0].prompt).locator(".status")).to_contain_text(SENT)
    assert [a.content.text for a in room.answers(0)] == ["Eight tabs and still talking"]
    # AND every tab follows the facilitator
    room.step(+1)
    for tab in tabs:
        expect(tab.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()
    # WHEN the tab holding the stream is closed THEN another takes over and the others keep following
    for tab in tabs[:3]:
        tab.close()
    room.step(+1)
    for tab in tabs[3:]:
        expect(tab.get_by_role("heading", name=room.questions[2].prompt)).to_be_visible()
    wait_until(lambda: room.server.connected_phones == 1, "still one stream for the phone")


# ------------------------------------------------------------------ item 3: never older state


def test_an_older_state_never_replaces_a_newer_one(make_room, new_page):
    # GIVEN a phone following by polling (streams blocked), where the states carry the server's run id
    room = make_room()
    client = Client(room.server)
    first_state = client.state()
    run = first_state.get("run", "run-of-this-test")
    served = {"mode": "real", "old": 0}

    def state_route(route: Route) -> None:
        if served["mode"] == "old":
            body = dict(first_state, run=run)  # what question 1 looked like, from the same run
            served["old"] += 1
        elif served["mode"] == "other-run":
            body = dict(first_state, run="a-later-run", version=1)
        else:
            headers = {k: v for k, v in route.request.headers.items() if k.lower() != "if-none-match"}
            body = route.fetch(headers=headers).json()
            body.setdefault("run", run)
        route.fulfill(status=200, content_type="application/json", body=json.dumps(body))

    page = new_page(init_script=FAST)
    page.route("**/events", lambda route: route.abort("failed"))
    page.route("**/state", state_route)
    page.goto(room.qr_url)
    expect(page.get_by_role("heading", name=room.questions[0].prompt)).to_be_visible()
    room.step(+1)
    expect(page.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()
    # WHEN late or cached copies of the older state arrive (same run, lower version)
    served["mode"] = "old"
    # (a reply already in flight when the mode changed may still be the real one: wait for four old
    # ones; by the fourth the page has handled the first three)
    for _ in range(10):
        if served["old"] >= 4:
            break
        with page.expect_response(lambda response: response.url.endswith("/state")):
            pass
    assert served["old"] >= 4
    # THEN the phone stays on the newer question
    expect(page.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()
    expect(page.get_by_role("heading", name=room.questions[0].prompt)).to_have_count(0)
    # WHEN the laptop restarted (another run), its state replaces the phone's even with a lower version
    served["mode"] = "other-run"
    expect(page.get_by_role("heading", name=room.questions[0].prompt)).to_be_visible()


# ------------------------------------------------------------------ item 2: offline answers


def _answer_offline_then_move_on(room, page, posted: list[str], text: str) -> None:
    """An attendee whose Wi-Fi is down writes an answer while question 1 is open; the facilitator
    moves on (question 1 closes) before the phone is back online."""
    page.on("request", lambda r: posted.append(r.post_data_json["submission_id"]) if r.url.endswith("/answers") else None)
    page.goto(room.qr_url)
    prompt = room.questions[0].prompt
    expect(page.get_by_role("heading", name=prompt)).to_be_visible()
    page.context.set_offline(True)
    answer_current_any_language(page, room.questions[0], text)
    expect(card(page, prompt).locator(".status[data-status=pending]")).to_be_visible()
    room.step(+1)
    page.context.set_offline(False)
    expect(page.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()


def answer_current_any_language(page: Page, question, text: str) -> None:
    box = card(page, question.prompt)
    box.get_by_role("textbox").fill(text)
    box.locator("button[type=submit]").click()


def test_an_offline_answer_to_a_question_closed_meanwhile_is_stored_late(make_room, new_page):
    room = make_room([every_kind()[0], every_kind()[1]])
    page = new_page(init_script=FAST)
    posted: list[str] = []
    _answer_offline_then_move_on(room, page, posted, "Written while offline")
    # THEN the answer still goes out, with the id it was written with, and is stored (marked late)
    wait_until(lambda: len(room.answers(0)) == 1, "the late answer stored")
    answer = room.answers(0)[0]
    assert (answer.content.text, answer.late) == ("Written while offline", True)
    expect(page.locator("#connection")).to_be_hidden()  # nothing left waiting to send
    assert set(posted) == {answer.submission_id}  # (request events are handed over during Playwright calls)


def test_an_offline_answer_refused_for_good_stays_with_its_text_and_translated_reason(make_room, new_page):
    # GIVEN a forum that takes no late answers, and a French phone
    room = make_room([every_kind()[0], every_kind()[1]])
    forum = room.services.forums.forum(room.forum.id)
    forum.late_grace_minutes = 0
    room.services.forums.update_forum(forum)
    page = new_page(locale="fr-FR", init_script=FAST)
    posted: list[str] = []
    _answer_offline_then_move_on(room, page, posted, "Écrit hors ligne")
    # THEN the refused answer stays on screen with its text and the reason, in the phone's language
    # (from the server's code "question_closed"; the server's own sentence is in the laptop's)
    refused = page.locator("#kept .refused")
    expect(refused).to_contain_text("Écrit hors ligne")
    expect(refused).to_contain_text("Non envoyé")
    expect(refused).to_contain_text("Cette question était fermée quand votre réponse est arrivée")
    expect(refused).to_contain_text("Question 1")
    assert room.answers(0) == []
    # every attempt carried the one submission id written with the answer
    assert posted and len(set(posted)) == 1
    # AND it is still there after a reload (it lives in the phone's storage)
    entries = stored_forum(page)["entries"]
    assert [(e["shown"], e["status"]) for e in entries] == [("Écrit hors ligne", "failed")]
    page.reload()
    expect(page.locator("#kept .refused")).to_contain_text("Écrit hors ligne")
    assert serious_violations(page) == []


# ------------------------------------------------------------------ item 4: drafts


def test_a_draft_is_kept_when_the_room_moves_on_and_comes_back_to_its_question(make_room, new_page):
    # GIVEN an attendee half-way through typing an answer to question 1
    room = make_room([every_kind()[0], every_kind()[1]])
    page = new_page()
    page.goto(room.qr_url)
    field = card(page, room.questions[0].prompt).get_by_role("textbox")
    field.click()
    page.keyboard.type("Half a thought about")
    # WHEN the facilitator moves on
    room.step(+1)
    expect(page.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()
    # THEN the attendee is told where the text went, sees it, and focus is there (not lost)
    kept = page.locator("#kept .kept")
    expect(kept.get_by_role("heading", name="Your draft for question 1 is kept")).to_be_visible()
    expect(kept).to_contain_text("Half a thought about")
    expect(kept).to_be_focused()
    expect(page.locator("#announcer")).to_contain_text("Your draft for question 1 is kept")
    assert serious_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # WHEN the facilitator goes back THEN the draft is in the form again, ready to finish and send
    room.step(-1)
    field = card(page, room.questions[0].prompt).get_by_role("textbox")
    expect(field).to_have_value("Half a thought about")
    expect(page.locator("#kept .kept")).to_have_count(0)
    field.press("End")
    page.keyboard.type(" the future")
    card(page, room.questions[0].prompt).get_by_role("button", name="Send", exact=True).click()
    expect(card(page, room.questions[0].prompt).locator(".status")).to_contain_text(SENT)
    assert [a.content.text for a in room.answers(0)] == ["Half a thought about the future"]
    # and no draft is left behind once sent
    room.step(+1)
    expect(page.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()
    expect(page.locator("#kept .kept")).to_have_count(0)


def test_a_kept_draft_can_be_sent_while_its_question_takes_late_answers(make_room, new_page):
    room = make_room([every_kind()[0], every_kind()[1]])
    page = new_page()
    page.goto(room.qr_url)
    card(page, room.questions[0].prompt).get_by_role("textbox").fill("Finished after all")
    room.step(+1)
    kept = page.locator("#kept .kept")
    expect(kept).to_contain_text("Finished after all")
    # WHEN the attendee sends it from the notice (the question closed moments ago: within the grace)
    kept.get_by_role("button", name="Send it").click()
    # THEN it is stored, marked late, and the notice goes
    expect(page.locator("#kept .kept")).to_have_count(0)
    wait_until(lambda: len(room.answers(0)) == 1, "the kept draft stored")
    assert [(a.content.text, a.late) for a in room.answers(0)] == [("Finished after all", True)]


def test_a_kept_draft_can_be_discarded(make_room, new_page):
    room = make_room([every_kind()[0], every_kind()[1]], pace=Pace.SELF)
    page = new_page()
    page.goto(room.qr_url)
    card(page, room.questions[0].prompt).get_by_role("textbox").fill("Not sure about this")
    # WHEN the facilitator closes the question THEN the draft is kept, and can be thrown away
    room.services.forums.set_open(room.questions[0].id, False)
    kept = page.locator("#kept .kept")
    expect(kept).to_contain_text("Not sure about this")
    kept.get_by_role("button", name="Discard").click()
    expect(page.locator("#kept .kept")).to_have_count(0)
    assert "Not sure about this" not in json.dumps(stored_forum(page))


# ------------------------------------------------------------------ item 7: the end


def test_an_ended_forum_thanks_the_attendee_with_their_answers_and_stops_following(make_room, new_page):
    # GIVEN an attendee who answered two questions and was typing a third answer
    room = make_room([every_kind()[0], every_kind()[1], every_kind()[4]])
    page = new_page()
    page.goto(room.qr_url)
    answer_current(page, room.questions[0], "More internships")
    expect(card(page, room.questions[0].prompt).locator(".status")).to_contain_text(SENT)
    room.step(+1)
    answer_current(page, room.questions[1], ["A job board"])
    expect(card(page, room.questions[1].prompt).locator(".status")).to_contain_text(SENT)
    room.step(+1)
    card(page, room.questions[2].prompt).get_by_role("textbox").fill("fair pay")
    wait_until(lambda: room.server.connected_phones == 1, "the phone follows the forum")
    # WHEN the facilitator ends the forum
    room.services.forums.end_forum(room.forum.id)
    # THEN the phone thanks them and lists what it sent, question by question
    ended = page.locator("section.ended")
    expect(ended.get_by_role("heading", name="The forum has ended")).to_be_visible()
    items = ended.locator("li")
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text("Question 1")
    expect(items.nth(0)).to_contain_text("More internships")
    expect(items.nth(1)).to_contain_text("A job board")
    # and the half-typed answer is kept, not lost with the end
    expect(page.locator("#kept .kept")).to_contain_text("Your draft for question 3 is kept")
    expect(page.locator("#kept .kept")).to_contain_text("fair pay")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # AND it stops following: its stream is closed and nothing says "reconnecting"
    wait_until(lambda: room.server.connected_phones == 0, "the phone let its stream go")
    room.stop()
    expect(page.locator("#connection")).to_be_hidden()
    assert serious_violations(page) == []


# ------------------------------------------------------------------ item 12: the timer


def test_the_timer_counts_down_on_the_laptops_clock_and_says_time_is_up(make_room, new_page):
    # GIVEN a running timer in the state (the laptop's clock is an hour ahead of the phone's; the
    # phone must count on the laptop's clock, from the offset it measures)
    room = make_room([every_kind()[0]])
    skew_ms = 3_600_000
    started = {"ends_at_ms": None}

    def state_route(route: Route) -> None:
        headers = {k: v for k, v in route.request.headers.items() if k.lower() != "if-none-match"}
        body = route.fetch(headers=headers).json()
        now_ms = int(time.time() * 1000) + skew_ms
        if started["ends_at_ms"] is None:  # started when the phone first asks: 6 s on the laptop's clock
            started["ends_at_ms"] = now_ms + 6_000
        body["timer"] = {"ends_at_ms": started["ends_at_ms"], "now_ms": now_ms, "closes": True}
        route.fulfill(status=200, content_type="application/json", body=json.dumps(body))

    page = new_page(init_script=FAST)
    page.route("**/events", lambda route: route.abort("failed"))
    page.route("**/state", state_route)
    page.goto(room.qr_url)
    # THEN the phone shows the seconds left, then that time is up
    timer = page.get_by_role("timer")
    expect(timer).to_have_text(re.compile(r"^0:0[1-6] left to answer$"))
    assert serious_violations(page) == []
    expect(timer).to_have_text("Time is up", timeout=20_000)
    expect(page.locator("#announcer")).to_have_text("Time is up")


def test_the_facilitators_timer_closes_the_question_at_zero_and_the_draft_is_kept(make_room, new_page):
    # GIVEN an attendee typing while the facilitator starts a timer that closes the question at zero
    room = make_room([every_kind()[0], every_kind()[1]])
    page = new_page()
    page.goto(room.qr_url)
    card(page, room.questions[0].prompt).get_by_role("textbox").fill("Almost finished")
    room.services.timers.start(room.forum.id, room.questions[0].id, 3_000, closes=True)
    # THEN the phone counts down, says time is up at zero (and keeps saying it), and the question
    # closes with the half-typed answer kept
    timer = page.get_by_role("timer")
    expect(timer).to_have_text(re.compile(r"^0:0[1-3] left to answer$"))
    expect(timer).to_have_text("Time is up", timeout=20_000)
    expect(page.locator("#kept .kept")).to_contain_text("Almost finished")
    assert not room.services.forums.question(room.questions[0].id).is_open
    expect(timer).to_have_text("Time is up")
    # WHEN the room moves on THEN the timer goes
    room.step(+1)
    expect(page.get_by_role("heading", name=room.questions[1].prompt)).to_be_visible()
    expect(timer).to_be_hidden()


# ------------------------------------------------------------------ item 15: validation and results


def test_an_error_goes_once_fixed_and_a_long_paste_is_never_cut(make_room, new_page):
    room = make_room([every_kind()[0]])  # an open question of at most 300 characters
    page = new_page()
    page.goto(room.qr_url)
    box = card(page, room.questions[0].prompt)
    field = box.get_by_role("textbox")
    send = box.get_by_role("button", name="Send", exact=True)
    # GIVEN an error for an empty answer WHEN the attendee types THEN the error goes
    send.click()
    expect(box.get_by_role("alert")).to_have_text("Please type an answer first.")
    field.click()
    page.keyboard.type("S")
    expect(box.get_by_role("alert")).to_be_hidden()
    # WHEN a text longer than the limit is pasted
    long_text = " ".join(["careers"] * 45)  # 359 characters
    field.fill("")
    page.keyboard.insert_text(long_text)
    # THEN nothing is cut, and the page says it is too long and how to fix it
    expect(field).to_have_value(long_text)
    expect(box.get_by_role("alert")).to_contain_text("longer than the limit of 300 characters")
    expect(box.locator(".count")).to_have_text("359 / 300")
    send.click()
    assert room.answers(0) == []
    # WHEN it is shortened THEN the message goes and it sends
    field.fill(" ".join(["careers"] * 30))
    expect(box.get_by_role("alert")).to_be_hidden()
    send.click()
    expect(box.locator(".status")).to_contain_text(SENT)


def test_results_show_only_after_answering_or_once_closed(make_room, new_page):
    room = make_room([every_kind()[1], every_kind()[2]], pace=Pace.SELF)
    page = new_page()
    page.goto(room.qr_url)
    single, multiple = room.questions
    # GIVEN results revealed while both questions are still open and unanswered on this phone
    for question in room.questions:
        room.services.forums.set_revealed(question.id, True)
    # THEN no results show under the forms, only where they will appear
    for question in room.questions:
        results = card(page, question.prompt).locator(".qresults")
        expect(results).to_contain_text("Results appear here once you have answered.")
        expect(results.locator(".results")).to_have_count(0)
    # WHEN the attendee answers one THEN its results show
    answer_current(page, single, ["A friend"])
    expect(card(page, single.prompt).locator(".results")).to_contain_text("1 response")
    # WHEN the other closes unanswered THEN its results show too
    room.services.forums.set_open(multiple.id, False)
    expect(card(page, multiple.prompt).locator(".results")).to_contain_text("0 responses")
