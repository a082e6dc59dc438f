"""``forumdesk --self-test``: prove an installation (or the frozen bundle) works, offscreen.

Starts the attendee server on loopback, submits one answer of each kind over HTTP, renders every
projector slide, writes a recap, loads the theme helpers' sentence encoder, and prints one line
per check. Exit status 0 when all pass.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

from forumdesk import __version__
from forumdesk.domain import Pace, Question, QuestionKind, Scale
from forumdesk.services import Services

QUESTIONS = [
    Question(kind=QuestionKind.OPEN_TEXT, prompt="What would make you apply?"),
    Question(kind=QuestionKind.SINGLE_CHOICE, prompt="What matters most?", choices=["Pay", "Team", "Growth"]),
    Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt="Which benefits help?", choices=["Remote", "Training", "Leave"]),
    Question(kind=QuestionKind.RATING, prompt="How fair is hiring?", scale=Scale(1, 5, "Unfair", "Fair")),
    Question(kind=QuestionKind.SHORT_WORDS, prompt="One word for your job search"),
]
PAYLOADS = [{"text": "Clear pay — ÉÀ Ωμέγα Привет"}, {"choices": [1]}, {"choices": [0, 2]}, {"rating": 4},
            {"text": "hopeful"}]


def _post(url: str, body: dict) -> tuple[int, dict]:
    data = json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _not_blank(image) -> bool:
    colours = set()
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 36)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            colours.add(image.pixel(x, y))
            if len(colours) > 3:
                return True
    return False


class _Checks:
    def __init__(self) -> None:
        self.failed = 0

    def run(self, name: str, check: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = check()
        except Exception as exc:  # a self-test reports every failure and carries on
            self.failed += 1
            print(f"FAIL  {name}: {exc}", flush=True)
            if os.environ.get("FORUMDESK_SELF_TEST_DEBUG"):
                traceback.print_exc()
            return False
        print(f"ok    {name} ({detail}, {1000 * (time.perf_counter() - started):.0f} ms)", flush=True)
        return True


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"forumdesk {__version__} self-test (Python {sys.version.split()[0]}, {sys.platform})", flush=True)
    checks = _Checks()
    with tempfile.TemporaryDirectory(prefix="forumdesk-self-test-") as folder:
        services = Services.open(Path(folder) / "self-test.sqlite")
        try:
            _run_all(checks, services, Path(folder))
        finally:
            services.close()
    print("self-test passed" if not checks.failed else f"self-test FAILED: {checks.failed} check(s)", flush=True)
    return 0 if not checks.failed else 1


def _run_all(checks: _Checks, services: Services, folder: Path) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from forumdesk.report import export_forum
    from forumdesk.ui.projector import render_slide
    from forumdesk.ui.slides import SlideData, SlideKind
    from forumdesk.ui.theme import theme_named
    from forumdesk.web.server import AttendeeServer

    state: dict = {}

    def database() -> str:
        partner = services.forums.create_partner("Self-test partner")
        forum = services.forums.create_forum("Self-test forum", partner.id, pace=Pace.SELF, questions=QUESTIONS)
        state["forum"] = forum
        state["questions"] = services.forums.questions(forum.id)
        return f"forum {forum.id} with {len(state['questions'])} questions"

    def server() -> str:
        srv = AttendeeServer(services, host="127.0.0.1", port=0)
        srv.start(state["forum"].id)
        state["server"] = srv
        with urllib.request.urlopen(f"http://127.0.0.1:{srv.port}/api/f/{srv.code}/state", timeout=10) as r:
            body = json.loads(r.read())
        if len(body["questions"]) != len(QUESTIONS):
            raise RuntimeError(f"the state lists {len(body['questions'])} questions")
        return f"listening on port {srv.port}"

    def answers() -> str:
        srv = state["server"]
        url = f"http://127.0.0.1:{srv.port}/api/f/{srv.code}/answers"
        for question, payload in zip(state["questions"], PAYLOADS, strict=True):
            body = {"question_id": question.id, "submission_id": str(uuid.uuid4()),
                    "client_id": str(uuid.uuid4()), **payload}
            status, reply = _post(url, body)
            if status != 201:
                raise RuntimeError(f"{question.kind.value}: HTTP {status} {reply}")
            again, _ = _post(url, body)
            if again != 200:
                raise RuntimeError(f"{question.kind.value}: a retry gave HTTP {again}, not 200")
        stored = len(services.answers.answers(state["forum"].id))
        if stored != len(PAYLOADS):
            raise RuntimeError(f"{stored} answers stored, expected {len(PAYLOADS)}")
        return f"{stored} kinds stored once each"

    def slides() -> str:
        QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        forum, srv = state["forum"], state.get("server")
        size = QSize(1280, 720)
        rendered = 0
        base = dict(title=forum.title, partner="Self-test partner", join_url=srv.join_url if srv else "",
                    code=forum.join_code, total=len(state["questions"]))
        datas = [SlideData(kind=SlideKind.WELCOME, **base), SlideData(kind=SlideKind.BLANK, **base)]
        for number, question in enumerate(state["questions"], 1):
            results = services.answers.results(question.id)
            wall = services.answers.answers(forum.id, question.id, include_hidden=False)
            datas.append(SlideData(kind=SlideKind.QUESTION, question=question, number=number, answer_count=1, **base))
            datas.append(SlideData(kind=SlideKind.RESULTS, question=question, number=number, results=results,
                                   wall=wall, answer_count=results.responses, **base))
        for theme in ("light", "dark"):
            for data in datas:
                image = render_slide(data, theme_named(theme), size)
                if data.kind is not SlideKind.BLANK and not _not_blank(image):
                    raise RuntimeError(f"the {data.kind.value} slide ({theme}) came out blank")
                rendered += 1
        return f"{rendered} slides rendered"

    def recap() -> str:
        result = export_forum(services, state["forum"].id, pdf=folder / "recap.pdf", csv=folder / "a.csv",
                              json=folder / "a.json")
        if result.pages < 1 or (folder / "recap.pdf").read_bytes()[:5] != b"%PDF-":
            raise RuntimeError("the recap PDF is empty")
        return f"{result.pages}-page recap, CSV and JSON written"

    def themes() -> str:
        from forumdesk.services import themes_embed

        if not themes_embed.available():
            raise RuntimeError("the sentence encoder did not load: themes would fall back to word overlap")
        if not themes_embed.fast_tokenizer():
            raise RuntimeError("the SentencePiece library is missing: the encoder tokenizes in pure Python")
        vectors = themes_embed.embed(["Higher pay", "Un meilleur salaire", "More remote days", "Plus de télétravail"])
        scores = vectors @ vectors.T
        if not (scores[0, 1] > scores[0, 2] and scores[2, 3] > scores[1, 3]):
            raise RuntimeError("an English answer and its French translation are not grouped together")
        return "the sentence encoder loads (SentencePiece library) and pairs English with French"

    def stop() -> str:
        srv = state.pop("server", None)
        if srv is None:
            return "no server to stop"
        srv.stop()
        if srv.running:
            raise RuntimeError("the server is still running")
        return "stopped cleanly"

    for name, check in (("database", database), ("attendee server", server), ("answers of every kind", answers),
                        ("projector slides", slides), ("partner recap", recap), ("theme helpers", themes), ("server stop", stop)):
        if not checks.run(name, check) and name == "database":
            return
