"""Issue 12 item 9: invalid input in the question editor gets a message beside its field, the
preview draws nothing rather than failing, and an error box is never shown twice for one cause."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from forumdesk.domain import QuestionKind
from forumdesk.ui.question_editor import QuestionDialog

pytestmark = pytest.mark.gui


def test_a_rating_scale_upside_down_is_explained_beside_its_fields(qtbot):
    dialog = QuestionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor = dialog.editor
    # GIVEN a rating question from 1 to 5
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(QuestionKind.RATING.value))
    qtbot.keyClicks(editor.prompt_edit, "How fair was the interview?")
    assert editor.scale_error.text() == "" and editor.preview.phone.question is not None

    # WHEN the lowest value is typed above the highest (the highest box is typed down to 1)
    editor.scale_min.setFocus()
    editor.scale_min.selectAll()
    qtbot.keyClicks(editor.scale_min, "7")
    editor.scale_max.setFocus()
    editor.scale_max.selectAll()
    qtbot.keyClicks(editor.scale_max, "2")
    # THEN the message is beside the scale's fields
    assert editor.scale_error.isVisible()
    assert editor.scale_error.text() == "The lowest value (7) must be below the highest value (2)."
    # AND the preview shows nothing, and repainting it (pytest-qt fails on any error in a paint) works
    assert editor.preview.phone.question is None and editor.preview.slide.data.question is None
    editor.preview.phone.repaint()
    editor.preview.slide.repaint()
    assert not editor.preview.phone.grab().isNull()
    # AND OK does not accept it
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0

    # WHEN it is fixed THEN the message goes and the preview comes back
    editor.scale_max.selectAll()
    qtbot.keyClicks(editor.scale_max, "9")
    assert editor.scale_error.text() == "" and editor.preview.phone.question.scale.max == 9


def test_the_phone_preview_draws_nothing_for_an_impossible_scale(qtbot):
    """Defence in depth: even if an invalid question reached the phone preview, it does not fail."""
    from forumdesk.domain import Question, Scale
    from forumdesk.ui.preview import PhonePreview

    phone = PhonePreview()
    qtbot.addWidget(phone)
    phone.show()
    phone.set_question(Question(kind=QuestionKind.RATING, prompt="Upside down", scale=Scale(5, 1)))
    phone.repaint()
    assert not phone.grab().isNull()


def test_an_error_box_is_shown_once_per_cause_and_never_blocks(qtbot, qapp):
    from forumdesk.app.gui import _install_excepthook

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    # A box that blocked (a nested modal loop inside the hook) is recorded and closed, so the old
    # behaviour fails this test instead of hanging it.
    blocked: list[str] = []
    inside_hook = [False]

    def unblock() -> None:
        box = QApplication.activeModalWidget()
        if inside_hook[0] and isinstance(box, QMessageBox):
            blocked.append(box.text())
            box.done(0)

    guard = QTimer()
    guard.setInterval(50)
    guard.timeout.connect(unblock)
    guard.start()
    before = sys.excepthook
    _install_excepthook(qapp)
    try:
        def fail() -> None:
            inside_hook[0] = True
            try:
                1 / 0  # noqa: B018 - the error a broken repaint raised
            except ZeroDivisionError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
            finally:
                inside_hook[0] = False

        # WHEN the same error happens on every repaint THEN one box is open, and the call returned
        for _ in range(5):
            fail()
        assert not blocked
        assert len(boxes()) == 1
        # WHEN the box is closed and the error happens again THEN it is not shown again
        boxes()[0].close()
        qtbot.waitUntil(lambda: not boxes())
        fail()
        assert not boxes()
        # WHEN another error happens THEN it is shown (once)
        try:
            raise ValueError("another cause")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        assert len(boxes()) == 1 and "another cause" in boxes()[0].text()
        boxes()[0].close()
    finally:
        guard.stop()
        sys.excepthook = before
