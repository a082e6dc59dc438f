"""Issue 12 item 14: notes are corrected and deleted, themes renamed, merged and deleted, in the
console, and every one of these can be undone (Ctrl+Z) and redone."""

from __future__ import annotations

import pytest
from console_helpers import open_console
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import TIMEOUT_MS

from forumdesk.report.content import gather
from forumdesk.services import Submission

pytestmark = pytest.mark.gui


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def undo(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def row_of(view, text_part: str) -> int:
    for row in range(view.count()):
        if text_part in view.item(row).text():
            return row
    raise AssertionError(f"{text_part!r} not in {[view.item(r).text() for r in range(view.count())]}")


def edit_in_place(qtbot, view, row: int, text: str) -> None:
    """Double-click the entry, replace its text, press Enter (as a user corrects a typo)."""
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit) and
                    QApplication.focusWidget().parent() is view.viewport(), timeout=TIMEOUT_MS)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_notes_are_corrected_and_deleted_with_undo(qtbot, services, forum, settings, bridge):
    services.forums.start_forum(forum.id)
    console = open_console(qtbot, services, bridge, forum.id, settings)
    first = console.session.current_question()

    def stored() -> list[tuple[str, int | None]]:
        return [(n.text, n.question_id) for n in services.answers.notes(forum.id)]

    console.focus_note_box()
    qtbot.keyClicks(console.notes_panel.note_box, "Evryone wants salary ranges")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.notes_panel.notes.count() == 1, timeout=TIMEOUT_MS)

    # WHEN the scribe corrects the typo in place THEN the corrected note is stored (and the recap has it)
    view = console.notes_panel.notes
    edit_in_place(qtbot, view, 0, "Everyone wants salary ranges")
    qtbot.waitUntil(lambda: stored() == [("Everyone wants salary ranges", first.id)], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: view.item(0).text().endswith("Everyone wants salary ranges"), timeout=TIMEOUT_MS)
    assert view.item(0).text().startswith("Q1 · ")
    assert [n.text for v in gather(services, forum.id).questions for n in v.notes] == ["Everyone wants salary ranges"]
    # AND Ctrl+Z brings the old text back, Ctrl+Shift+Z the correction
    view.setFocus()
    undo(qtbot)
    assert stored() == [("Evryone wants salary ranges", first.id)]
    redo(qtbot)
    assert stored() == [("Everyone wants salary ranges", first.id)]

    # WHEN the note is deleted (Delete key) THEN it is gone; Ctrl+Z brings it back, on its question
    view.setFocus()
    view.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert stored() == []
    qtbot.waitUntil(lambda: view.count() == 0, timeout=TIMEOUT_MS)
    undo(qtbot)
    assert stored() == [("Everyone wants salary ranges", first.id)]
    qtbot.waitUntil(lambda: view.count() == 1, timeout=TIMEOUT_MS)
    # AND the Delete button works too, and redo deletes the restored note
    view.setCurrentRow(0)
    qtbot.mouseClick(console.notes_panel.delete_button, Qt.MouseButton.LeftButton)
    assert stored() == []
    undo(qtbot)
    redo(qtbot)
    assert stored() == []


def test_themes_are_renamed_merged_and_deleted_with_undo(qtbot, services, forum, settings, bridge):
    services.forums.start_forum(forum.id)
    first = services.forums.questions(forum.id)[0]
    for n, text in enumerate(["Show the pay", "Pay and bonus", "Bonus matters"]):
        services.answers.submit(Submission(forum.id, first.id, f"s-{n}", {"text": text}))
    answers = {a.content.text: a.id for a in services.answers.answers(forum.id)}
    pay, bonus, workload = (services.answers.create_theme(forum.id, name) for name in ("Pay", "Bonus", "Workload"))
    for text, theme in (("Show the pay", pay), ("Pay and bonus", pay), ("Pay and bonus", bonus),
                        ("Bonus matters", bonus)):
        services.answers.tag(answers[text], theme.id)
    console = open_console(qtbot, services, bridge, forum.id, settings)
    panel = console.themes_panel
    console.tabs.setCurrentWidget(panel)
    view = panel.items

    def tags() -> dict[str, list[str]]:
        names = {t.id: t.name for t in services.answers.themes(forum.id)}
        return {a.content.text: sorted(names[t] for t in a.theme_ids) for a in services.answers.answers(forum.id)}

    def theme_names() -> list[str]:
        return [t.name for t in services.answers.themes(forum.id)]

    before = tags()
    assert before == {"Show the pay": ["Pay"], "Pay and bonus": ["Bonus", "Pay"], "Bonus matters": ["Bonus"]}

    # WHEN "Workload" is renamed in place THEN it is stored; Ctrl+Z undoes it
    edit_in_place(qtbot, view, row_of(view, "Workload"), "Hours")
    qtbot.waitUntil(lambda: theme_names() == ["Bonus", "Hours", "Pay"], timeout=TIMEOUT_MS)
    view.setFocus()
    undo(qtbot)
    assert theme_names() == ["Bonus", "Pay", "Workload"]

    # WHEN "Bonus" is merged into "Pay" THEN its answers carry "Pay" and "Bonus" is gone
    qtbot.waitUntil(lambda: view.count() == 3, timeout=TIMEOUT_MS)
    view.setCurrentRow(row_of(view, "Bonus"))
    panel.merge_target.setCurrentIndex(panel.merge_target.findText("Pay"))
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert theme_names() == ["Pay", "Workload"]
    assert tags() == {"Show the pay": ["Pay"], "Pay and bonus": ["Pay"], "Bonus matters": ["Pay"]}
    qtbot.waitUntil(lambda: console.session.theme_name(pay.id) == "Pay" and len(console.session.themes) == 2,
                    timeout=TIMEOUT_MS)
    # AND Ctrl+Z restores both themes exactly as they were
    view.setFocus()
    undo(qtbot)
    assert tags() == before

    # WHEN "Pay" is deleted (Delete button) THEN no answer carries it; Ctrl+Z brings it back on them
    qtbot.waitUntil(lambda: view.count() == 3, timeout=TIMEOUT_MS)
    view.setCurrentRow(row_of(view, "Pay"))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert theme_names() == ["Bonus", "Workload"] and tags()["Show the pay"] == []
    view.setFocus()
    undo(qtbot)
    assert tags() == before
    # AND the console's own view follows (the themes list, numbered for the 1-9 keys)
    qtbot.waitUntil(lambda: [view.item(r).text() for r in range(view.count())] ==
                    ["1. Bonus  (2)", "2. Pay  (2)", "3. Workload  (0)"], timeout=TIMEOUT_MS)
