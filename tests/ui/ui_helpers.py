"""Helpers for the UI tests: a forum with every kind of question, HTTP as a phone does it, and
answering a modal dialog as a user would."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid

from forumdesk.domain import Question, QuestionKind, Scale

TIMEOUT_MS = 15_000  # generous: a failing test fails, it never hangs; never a timing assertion


def every_kind() -> list[Question]:
    return [
        Question(kind=QuestionKind.OPEN_TEXT, prompt="What would make you apply?"),
        Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Which matters most?", choices=["Pay", "People", "Growth"]),
        Question(kind=QuestionKind.RATING, prompt="How fair was your last interview?", scale=Scale(1, 5, "Poor", "Great")),
        Question(kind=QuestionKind.SHORT_WORDS, prompt="One word for a red flag", max_words=2),
    ]


def http(method: str, url: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def post_answer(server, question_id: int, **payload) -> tuple[int, dict]:
    body = {"question_id": question_id, "submission_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4()), **payload}
    return http("POST", f"http://127.0.0.1:{server.port}/api/f/{server.code}/answers", body)


def get_results(server, question_id: int) -> tuple[int, dict]:
    return http("GET", f"http://127.0.0.1:{server.port}/api/f/{server.code}/results/{question_id}")


def answer_next_dialog(button_text: str) -> list[str]:
    """Click ``button_text`` in the next modal dialog that opens (as a user would); returns its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication

    seen: list[str] = []

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        seen.append(getattr(dialog, "text", lambda: "")())
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in the dialog")

    QTimer.singleShot(0, click)
    return seen
