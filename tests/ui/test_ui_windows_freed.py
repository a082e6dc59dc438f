"""Closed windows and dialogs are freed by reference counting, on the GUI thread, without Python's
cycle collector.

Why it matters: a dialog kept alive only by a reference cycle (a ``lambda`` slot capturing
``self`` is enough) is destroyed by whichever thread next runs the cycle collector; when that was
an export's worker thread, Qt crashed (a QWidget deleted off the GUI thread). So every window and
dialog is checked here with automatic collection turned off: if it is freed, no collection can ever
reach it from another thread.
"""

from __future__ import annotations

import gc
import threading
import time
import uuid
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from ui_helpers import TIMEOUT_MS

from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.report import export_forum
from forumdesk.services import Submission
from forumdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def no_cycle_collector():
    """Automatic collection off for the test: only reference counting may free the windows."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture
def forum_id(services, partner):
    forum = services.forums.create_forum("Autumn forum", partner.id, pace=Pace.SELF, questions=[
        Question(QuestionKind.OPEN_TEXT, "What should we change?"),
        Question(QuestionKind.SINGLE_CHOICE, "Which matters most?", choices=["Pay", "People"])])
    services.forums.start_forum(forum.id)
    question = services.forums.questions(forum.id)[0]
    services.answers.submit_many([Submission(forum.id, question.id, str(uuid.uuid4()), {"text": text})
                                  for text in ("Write to sam@example.org", "Salary ranges in every ad")])
    return forum.id


@pytest.fixture
def window(qtbot, services, settings, forum_id):
    window = MainWindow(services, settings, exporter=export_forum)
    qtbot.addWidget(window)
    window.show()
    window.select_forum(forum_id)
    return window


def wait_freed(qtbot, ref: weakref.ref) -> None:
    """Let Qt run the pending deleteLater()s (as the event loop does) until ``ref`` is dead."""

    def freed() -> bool:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        return ref() is None

    qtbot.waitUntil(freed, timeout=TIMEOUT_MS)


def export_and_close(qtbot, dialog, tmp_path, name: str) -> weakref.ref:
    """Export a PDF from ``dialog`` and close it as the facilitator does; a weak reference to it."""
    dialog.show()
    dialog.path_edits["pdf"].setText(str(tmp_path / f"{name}.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    assert (tmp_path / f"{name}.pdf").stat().st_size > 0
    dialog.close_button.click()
    assert not dialog.isVisible()
    return weakref.ref(dialog)


def a_standalone_export_dialog(services, forum_id):
    """Without a parent, as the tests and any caller but the main window make it: only Python owns it."""
    from forumdesk.ui.export_dialog import ExportDialog

    return ExportDialog(services, forum_id, export_forum)


def test_a_closed_export_dialog_is_freed_as_soon_as_it_is_dropped(qtbot, services, forum_id, tmp_path,
                                                                  no_cycle_collector):
    ref = export_and_close(qtbot, a_standalone_export_dialog(services, forum_id), tmp_path, "recap")
    QApplication.processEvents()
    assert ref() is None  # by reference counting, right away: nothing else holds a closed dialog


def test_the_main_windows_dialogs_are_freed_when_closed(qtbot, window, tmp_path, no_cycle_collector):
    """The forum editors (opened without blocking) and the Export dialog are children of the main
    window: they must be deleted when closed, not kept until the window goes."""
    from forumdesk.ui.export_dialog import ExportDialog
    from forumdesk.ui.forum_editor import ForumEditor

    # a new forum, saved: the list selects it, and the editor goes
    editor = window.new_forum()
    qtbot.keyClicks(editor.title_edit, "Winter forum")
    editor.accept()
    assert not editor.isVisible() and editor.forum is not None
    assert window.selected_forum_id() == editor.forum.id
    ref = weakref.ref(editor)
    del editor
    wait_freed(qtbot, ref)
    # an existing one, cancelled
    editor = window.edit_forum()
    assert isinstance(editor, ForumEditor) and editor.isVisible()
    editor.reject()
    ref = weakref.ref(editor)
    del editor
    wait_freed(qtbot, ref)
    window.actions["export"].trigger()
    (dialog,) = window.findChildren(ExportDialog)
    ref = export_and_close(qtbot, dialog, tmp_path, "recap")
    del dialog
    wait_freed(qtbot, ref)
    assert window.findChildren(ForumEditor) == [] and window.findChildren(ExportDialog) == []


def test_a_closed_console_and_its_projector_are_freed(qtbot, window, forum_id, no_cycle_collector):
    console = window.run_forum(forum_id)
    projector = console.driver.show_window()
    assert projector.isVisible()
    # with undoable bulk actions on its undo stack (which holds their commands): hide, tag, new theme
    console.filter.set_question(None)
    console.answer_list.setCurrentIndex(console.filter.index(0, 0))
    console.answer_list.selectAll()
    console.toggle_hidden()
    theme = console.services.answers.create_theme(forum_id, "Pay")
    console.tag_selected(theme.id)
    console.themes_helper_ui.tag_by_name({"Contact": [console.selected_answer().id]})
    assert console.undo_stack.count() == 3
    refs = [weakref.ref(console), weakref.ref(projector), weakref.ref(console.session)]
    del projector
    assert console.close()
    del console
    for ref in refs:
        wait_freed(qtbot, ref)
    assert window.consoles == {}


def test_a_closed_main_window_is_freed(qtbot, services, settings, forum_id, no_cycle_collector):
    window = MainWindow(services, settings, exporter=export_forum)
    window.show()
    window.select_forum(forum_id)
    window.run_forum(forum_id)
    assert window.close()
    window.deleteLater()
    ref = weakref.ref(window)
    del window
    wait_freed(qtbot, ref)


def test_two_exports_in_a_row_while_another_thread_collects(qtbot, services, forum_id, tmp_path):
    """The old CI crash: the first dialog, closed but left in a cycle, was collected inside the
    second export's worker thread. Here another thread allocates and collects throughout; the first
    dialog must already be gone (freed on the GUI thread) before the second export starts."""
    stop = threading.Event()

    def allocate_and_collect() -> None:
        while not stop.is_set():
            junk = [[i] for i in range(5_000)]
            junk.append(junk)  # a cycle of its own, so collections have work to do
            del junk
            gc.collect()
            # A full collection holds the GIL for long in a process this size: without a pause the
            # export thread was starved (40 s per export, at the edge of the test's time limits).
            time.sleep(0.005)

    collector = threading.Thread(target=allocate_and_collect, name="test-allocator", daemon=True)
    collector.start()
    try:
        first = export_and_close(qtbot, a_standalone_export_dialog(services, forum_id), tmp_path, "first")
        QApplication.processEvents()
        assert first() is None  # freed here, on the GUI thread: no collection can reach it any more
        second = export_and_close(qtbot, a_standalone_export_dialog(services, forum_id), tmp_path, "second")
        QApplication.processEvents()
        assert second() is None
    finally:
        stop.set()
        collector.join(timeout=TIMEOUT_MS / 1000)
    assert not collector.is_alive()
