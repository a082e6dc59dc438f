"""Editing the scribe's notes, the themes and the answers' marks during a forum, undoably.

Each change is a QUndoCommand on the console's QUndoStack (Edit ▸ Undo, Ctrl+Z): the command calls
the service and remembers what its undo needs (a deleted note's text and time, the answers a
deleted or merged theme tagged, the answers a bulk hide, star or tag changed). ``EditableList`` is
the list both panels use: double-click or F2 edits an entry in place, Delete asks to delete it.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from forumdesk.domain import Note, Theme
from forumdesk.services import Services
from forumdesk.ui.errors import run_guarded
from forumdesk.ui.language import tr

IdRole = Qt.ItemDataRole.UserRole  # the note's or theme's id
RawRole = Qt.ItemDataRole.UserRole + 1  # the text to edit (the shown text carries a number, a time, a count)


class EditableList(QListWidget):
    """Entries shown decorated, edited plain: ``edited(id, text)`` and ``delete_requested(id)``."""

    edited = Signal(int, str)
    delete_requested = Signal(int)
    labels_stale = Signal()  # an edit ended without a change: show the decorated texts again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)  # only by edit_current (double-click, F2)
        self._filling = False
        self._stale = QTimer(self)
        self._stale.setSingleShot(True)
        self._stale.setInterval(0)
        self._stale.timeout.connect(self.labels_stale)
        self.itemDoubleClicked.connect(self.edit_item)
        self.itemChanged.connect(self._changed)
        self.itemDelegate().closeEditor.connect(self._editor_closed)

    def fill(self, rows: list[tuple[int, str, str]]) -> None:
        """``rows``: (id, shown text, text to edit). Keeps the current entry selected."""
        current = self.current_id()
        self._filling = True
        self.clear()
        for entry_id, shown, raw in rows:
            item = QListWidgetItem(shown)
            item.setData(IdRole, entry_id)
            item.setData(RawRole, raw)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.addItem(item)
            if entry_id == current:
                self.setCurrentItem(item)
        self._filling = False

    def current_id(self) -> int | None:
        item = self.currentItem()
        return item.data(IdRole) if item is not None else None

    def select_id(self, entry_id: int) -> None:
        for row in range(self.count()):
            if self.item(row).data(IdRole) == entry_id:
                self.setCurrentRow(row)

    def edit_item(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.currentItem()
        if item is None:
            return
        self._filling = True
        item.setText(item.data(RawRole))  # edit the plain text, not "Q2 · 14:05  …"
        self._filling = False
        self.editItem(item)

    def _changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        text = item.text()
        if text.strip() and text != item.data(RawRole):
            self.edited.emit(item.data(IdRole), text)

    def _editor_closed(self, *_args: Any) -> None:
        self._stale.start()  # after the edit is committed (or cancelled); a timer of the list dies with it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2 and self.state() != QListWidget.State.EditingState:
            self.edit_item()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QListWidget.State.EditingState:
            entry_id = self.current_id()
            if entry_id is not None:
                self.delete_requested.emit(entry_id)
            return
        super().keyPressEvent(event)


class ServiceCommand(QUndoCommand):
    """An undoable change made through the services; a failure shows why (banner) and is not undone."""

    def __init__(self, text: str, services: Services, parent_widget: QWidget) -> None:
        super().__init__(text)
        self.services = services
        self.widget = weakref.ref(parent_widget)  # the stack outlives no window because of its commands

    def call(self, action: Callable[[], Any]) -> Any:
        return run_guarded(self.widget(), action)


class ChangeAnswers(ServiceCommand):
    """Hide, star or tag answers in one write (``change(ids, value)``, a bulk service call); undo
    changes back only those it changed (``changed``: the ones that were not already so)."""

    def __init__(self, text: str, services: Services, widget: QWidget, change: Callable[[list[int], bool], Any],
                 value: bool, changed: list[int]) -> None:
        super().__init__(text, services, widget)
        self.change, self.value, self.changed = change, value, changed

    def redo(self) -> None:
        self.call(lambda: self.change(self.changed, self.value))

    def undo(self) -> None:
        self.call(lambda: self.change(self.changed, not self.value))


def tagging(services: Services, widget: QWidget, theme_id: int, tagged: bool, changed: list[int]) -> ChangeAnswers:
    """Tag (or untag) ``changed`` with one theme, as an undoable step."""
    answers = services.answers
    return ChangeAnswers(tr("Tag the answers") if tagged else tr("Untag the answers"), services, widget,
                         lambda ids, on: answers.tag_all(ids, theme_id, on), tagged, changed)


class NewTheme(ServiceCommand):
    """A theme made with its answers (an accepted suggestion); undo deletes it. By name: the later
    steps are undone first, so a rename is back to this name, and a merge undone has made the
    theme again under a new id."""

    def __init__(self, services: Services, widget: QWidget, forum_id: int, name: str, answer_ids: list[int]) -> None:
        super().__init__(tr("New theme"), services, widget)
        self.forum_id, self.name, self.answer_ids = forum_id, name, answer_ids

    def redo(self) -> None:
        self.call(lambda: self.services.answers.restore_theme(self.forum_id, self.name, self.answer_ids))

    def undo(self) -> None:
        answers = self.services.answers
        theme = next((t for t in answers.themes(self.forum_id) if t.name.casefold() == self.name.casefold()), None)
        if theme is not None:
            self.call(lambda: answers.delete_theme(theme.id))


class EditNote(ServiceCommand):
    def __init__(self, services: Services, widget: QWidget, note: Note, new_text: str) -> None:
        super().__init__(tr("Edit the note"), services, widget)
        self.note, self.old_text, self.new_text = note, note.text, new_text

    def redo(self) -> None:
        self.call(lambda: self.services.answers.update_note(self.note.forum_id, self.note.id, self.new_text))

    def undo(self) -> None:
        self.call(lambda: self.services.answers.update_note(self.note.forum_id, self.note.id, self.old_text))


class DeleteNote(ServiceCommand):
    def __init__(self, services: Services, widget: QWidget, note: Note) -> None:
        super().__init__(tr("Delete the note"), services, widget)
        self.note = note

    def redo(self) -> None:
        self.call(lambda: self.services.answers.delete_note(self.note.forum_id, self.note.id))

    def undo(self) -> None:
        restored = self.call(lambda: self.services.answers.restore_note(self.note))
        if restored is not None:
            self.note = dataclasses.replace(self.note, id=restored.id)  # a redo deletes the restored one


class RenameTheme(ServiceCommand):
    def __init__(self, services: Services, widget: QWidget, theme: Theme, new_name: str) -> None:
        super().__init__(tr("Rename the theme"), services, widget)
        self.theme_id, self.old_name, self.new_name = theme.id, theme.name, new_name

    def redo(self) -> None:
        self.call(lambda: self.services.answers.rename_theme(self.theme_id, self.new_name))

    def undo(self) -> None:
        self.call(lambda: self.services.answers.rename_theme(self.theme_id, self.old_name))


class DeleteTheme(ServiceCommand):
    def __init__(self, services: Services, widget: QWidget, theme: Theme) -> None:
        super().__init__(tr("Delete the theme"), services, widget)
        self.theme = theme
        self.answer_ids: list[int] = []

    def redo(self) -> None:
        self.answer_ids = self.call(lambda: self.services.answers.delete_theme(self.theme.id)) or []

    def undo(self) -> None:
        theme = self.call(lambda: self.services.answers.restore_theme(self.theme.forum_id, self.theme.name,
                                                                      self.answer_ids))
        if theme is not None:
            self.theme = theme


class MergeThemes(ServiceCommand):
    def __init__(self, services: Services, widget: QWidget, source: Theme, target: Theme) -> None:
        super().__init__(tr("Merge the themes"), services, widget)
        self.source, self.target = source, target
        self.moved: list[int] = []
        self.already: list[int] = []

    def redo(self) -> None:
        result = self.call(lambda: self.services.answers.merge_themes(self.source.id, self.target.id))
        if result is not None:
            self.moved, self.already = result

    def undo(self) -> None:
        brought = [a for a in self.moved if a not in set(self.already)]
        theme = self.call(lambda: self.services.answers.restore_theme(
            self.source.forum_id, self.source.name, self.moved, untag_from=self.target.id, untag_ids=brought))
        if theme is not None:
            self.source = theme
