"""The bridge hands events from other threads to the GUI thread, answers in batches."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QRectF
from ui_helpers import TIMEOUT_MS

from forumdesk.domain import Answer, AnswerContent
from forumdesk.services import Event, EventKind
from forumdesk.ui.slides.welcome import qr_rect

pytestmark = pytest.mark.gui


def test_answers_from_a_server_thread_arrive_in_few_batches_on_the_gui_thread(qtbot, services, bridge):
    batches: list[list[Answer]] = []
    threads: set[int] = set()

    def received(batch: list) -> None:
        batches.append(batch)
        threads.add(threading.get_ident())

    bridge.answers_stored.connect(received)
    answers = [Answer(1, 1, f"s{i}", AnswerContent(text=f"answer {i}"), "2026-11-25T20:00", id=i) for i in range(500)]

    def publish() -> None:
        for answer in answers:
            services.events.publish(Event(EventKind.ANSWER_STORED, 1, {"answer": answer}))

    worker = threading.Thread(target=publish)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: sum(len(b) for b in batches) == 500, timeout=TIMEOUT_MS)
    # THEN every answer arrives once, in order, on the GUI thread, in a handful of signals
    assert [a.id for batch in batches for a in batch] == list(range(500))
    assert threads == {threading.get_ident()}
    assert len(batches) < 50


def test_the_welcome_qr_code_is_at_least_a_third_of_the_screen_height():
    for width, height in ((1920, 1080), (1280, 720), (1024, 768), (3840, 2160)):
        stage = QRectF(0, 0, width, height * 1.0)
        if width / height < 16 / 9:  # the slide keeps a 16:9 stage inside the screen
            stage = QRectF(0, 0, width, width * 9 / 16)
        assert qr_rect(stage).height() >= height / 3
