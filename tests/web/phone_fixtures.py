"""Shared by the phone-page tests (test_phone_*.py): headless Chromium at a phone viewport, a
forum in a fresh database with the real attendee server on loopback, and what an attendee does.
Test modules load the fixtures with ``pytest_plugins`` and import the helpers."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from forumdesk.domain.model import Pace, Question, QuestionKind, Scale
from forumdesk.services import Services

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 360, "height": 740}
SENT = re.compile(r"Sent ✓")
XSS_PROMPT = '<img src=x onerror="alert(1)"> & <script>alert(2)</script> why?'
XSS_ANSWER = "<script>alert('a')</script><img src=y onerror=alert(3)> & more"


def every_kind() -> list[Question]:
    return [
        Question(kind=QuestionKind.OPEN_TEXT, prompt="What makes you hesitate to apply?", max_length=300),
        Question(kind=QuestionKind.SINGLE_CHOICE, prompt="How did you hear about us?",
                 choices=["A friend", "A job board", "This forum"]),
        Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt="Which benefits matter most?",
                 choices=["Remote work", "Training", "Pension", "Flexible hours"]),
        Question(kind=QuestionKind.RATING, prompt="How fair was our interview?",
                 scale=Scale(1, 5, "Not at all", "Completely")),
        Question(kind=QuestionKind.SHORT_WORDS, prompt="One or two words for a great employer", max_words=2),
    ]


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def browser() -> Browser:
    # The machine is shared; give auto-waiting assertions room before they call something missing.
    expect.set_options(timeout=10_000)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


class Room:
    """One forum in a fresh database with the attendee server running on loopback. Starting the
    server starts the forum: a facilitator-paced one opens its first question, a self-paced one
    opens them all."""

    def __init__(self, tmp_path, questions: list[Question], pace: Pace = Pace.FACILITATOR, config=None) -> None:
        from forumdesk.web.server import AttendeeServer

        self.config = config  # a ServerConfig (e.g. faster heartbeats), or None for the defaults
        self._server_class = AttendeeServer
        self.services = Services.open(tmp_path / "f.sqlite")
        partner = self.services.forums.create_partner("Riverside University")
        self.forum = self.services.forums.create_forum("Careers evening", partner.id, pace=pace, questions=questions)
        self.questions = self.services.forums.questions(self.forum.id)
        self.server = None
        self.start()

    def start(self, port: int = 0) -> None:
        self.server = self._server_class(self.services, host="127.0.0.1", port=port, config=self.config)
        self.server.start(self.forum.id)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def close(self) -> None:
        self.stop()
        self.services.close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    @property
    def qr_url(self) -> str:
        """The URL the QR code encodes, with the LAN address swapped for loopback."""
        parts = urlsplit(self.server.join_url)
        return urlunsplit(parts._replace(netloc=f"127.0.0.1:{self.server.port}"))

    def answers(self, question_index: int | None = None):
        answers = self.services.answers.answers(self.forum.id)
        if question_index is None:
            return answers
        return [a for a in answers if a.question_id == self.questions[question_index].id]

    def step(self, delta: int = 1) -> None:
        self.services.forums.step(self.forum.id, delta)


@pytest.fixture
def make_room(tmp_path):
    rooms: list[Room] = []

    def make(questions=None, pace: Pace = Pace.FACILITATOR, config=None) -> Room:
        folder = tmp_path / f"room{len(rooms)}"
        folder.mkdir()
        room = Room(folder, questions or every_kind(), pace, config)
        rooms.append(room)
        return room

    yield make
    for room in rooms:
        room.close()


@pytest.fixture
def new_page(browser):
    contexts = []

    def make(locale: str = "en-GB", viewport: dict | None = None, init_script: str | None = None) -> Page:
        context = browser.new_context(locale=locale, viewport=viewport or PHONE, is_mobile=True, has_touch=True,
                                      service_workers="block")
        contexts.append(context)
        if init_script:
            context.add_init_script(init_script)
        page = context.new_page()
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.foreign_requests = []
        page.on("request", lambda request: _note_foreign(page, request.url))
        return page

    yield make
    for context in contexts:
        # A route handler still running when the test ends (a poll in flight) must not raise into
        # the next test: wait for it and ignore what fails because the page is going away.
        for page in context.pages:
            page.unroute_all(behavior="ignoreErrors")
        context.close()


def _note_foreign(page: Page, url: str) -> None:
    if not url.startswith(("http://127.0.0.1:", "data:")):
        page.foreign_requests.append(url)


def card(page: Page, prompt: str):
    return page.locator("section.question", has=page.get_by_role("heading", name=prompt))


def answer_current(page: Page, question: Question, value) -> None:
    """Answer the question on screen the way a person would, then press Send."""
    box = card(page, question.prompt)
    if question.kind in (QuestionKind.OPEN_TEXT, QuestionKind.SHORT_WORDS):
        box.get_by_role("textbox").fill(value)
    elif question.kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE):
        for label in value:
            box.get_by_text(label, exact=True).click()
    else:
        box.locator("label.option", has_text=str(value)).first.click()
    box.get_by_role("button", name="Send", exact=True).click()


def serious_violations(page: Page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


# The page's own time limits, shortened for tests (outbox.js and live.js read window.fdTuning).
FAST_TUNING = "window.fdTuning = {staleMs: 2000, pollMs: 400, fetchTimeoutMs: 1500, sendTimeoutMs: 1500};"
