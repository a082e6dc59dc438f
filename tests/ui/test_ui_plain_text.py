"""Attendee text is plain text everywhere in Qt: markup typed on a phone shows literally."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_helpers import TIMEOUT_MS, post_answer

from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.slides import SlideKind

pytestmark = pytest.mark.gui

MARKUP = "<b>x</b><img src=x>"


def test_markup_from_a_phone_shows_literally(qtbot, services, forum, settings, server_factory, bridge, windows):
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.show()
    projector = console.driver.show_window()
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    question = console.session.current_question()

    # WHEN a phone sends markup as its answer
    assert post_answer(console.server_panel.server, question.id, text=MARKUP)[0] == 201
    qtbot.waitUntil(lambda: console.filter.rowCount() == 1, timeout=TIMEOUT_MS)

    # THEN the console's list holds it as text and the detail label shows it literally, as plain text
    assert console.filter.index(0, 0).data() == MARKUP
    console.answer_list.select_row(0)
    assert console.detail.text() == MARKUP
    assert console.detail.textFormat() == Qt.TextFormat.PlainText
    # AND no label anywhere in the console interprets it as rich text
    for label in console.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()

    # WHEN the results are revealed THEN the answer wall carries the literal text (painted with drawText)
    console.toggle_reveal()
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.RESULTS, timeout=TIMEOUT_MS)
    assert [a.content.text for a in projector.slide.wall] == [MARKUP]
    image = projector.canvas.grab().toImage()
    assert not image.isNull()
