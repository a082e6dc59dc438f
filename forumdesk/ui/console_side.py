"""The console's side panels: room notes, room counts (show of hands), commitments and themes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forumdesk.domain import Note, Theme, kinds
from forumdesk.services import Services
from forumdesk.ui.console_answers import local_time
from forumdesk.ui.console_undo import DeleteNote, DeleteTheme, EditableList, EditNote, MergeThemes, RenameTheme
from forumdesk.ui.console_view import plain_label
from forumdesk.ui.errors import run_guarded
from forumdesk.ui.language import isolate, tr
from forumdesk.ui.session import LiveForum
from forumdesk.ui.slots import once_after_events


class NotesPanel(QWidget):
    """A note box for the scribe: Enter adds a room note to the current question. Notes are
    corrected in place (double-click or F2) and deleted (Delete), with undo (Ctrl+Z)."""

    def __init__(self, services: Services, session: LiveForum, undo: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.session = services, session
        self.undo = undo or QUndoStack(self)
        layout = QVBoxLayout(self)
        self.hint = plain_label()
        self.note_box = QLineEdit()
        self.note_box.setPlaceholderText(tr("Type what is said in the room, then press Enter"))
        self.note_box.setClearButtonEnabled(True)
        self.note_box.returnPressed.connect(self.add_note)
        self.notes = EditableList()
        self.notes.edited.connect(self.edit_note)
        self.notes.delete_requested.connect(self.delete_note)
        self.notes.labels_stale.connect(self.refresh)
        self.edit_button = QPushButton(tr("Edit"))
        self.edit_button.clicked.connect(self.notes.edit_item)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self._delete_current)
        row = QHBoxLayout()
        row.addWidget(plain_label(tr("Double-click a note to correct it.")), 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        layout.addWidget(self.hint)
        layout.addWidget(self.note_box)
        layout.addWidget(self.notes, 1)
        layout.addLayout(row)
        session.notes_changed.connect(self.refresh)
        session.forum_changed.connect(self._update_hint)
        self.refresh()
        self._update_hint()

    def _update_hint(self) -> None:
        current = self.session.current_question()
        number = self.session.index_of(current.id) + 1 if current else 0
        self.hint.setText(tr("Notes go to question {number}.").format(number=number) if current else tr("Notes go to the forum as a whole."))

    def add_note(self) -> None:
        text = self.note_box.text().strip()
        if not text:
            return
        current = self.session.current_question()
        note = run_guarded(self, lambda: self.services.answers.add_note(self.session.forum_id, text,
                                                                          current.id if current else None))
        if note is not None:
            self.note_box.clear()

    def _note(self, note_id: int | None) -> Note | None:
        return next((n for n in self.session.notes if n.id == note_id), None)

    def edit_note(self, note_id: int, text: str) -> None:
        note = self._note(note_id)
        if note is not None:
            self.undo.push(EditNote(self.services, self, note, text))

    def delete_note(self, note_id: int) -> None:
        note = self._note(note_id)
        if note is not None:
            self.undo.push(DeleteNote(self.services, self, note))

    def _delete_current(self) -> None:
        if self.notes.current_id() is not None:
            self.delete_note(self.notes.current_id())

    def refresh(self) -> None:
        rows = []
        for note in reversed(self.session.notes):
            number = self.session.index_of(note.question_id) + 1
            prefix = tr("Q{number}").format(number=number) + " · " if number else ""
            rows.append((note.id, f"{prefix}{local_time(note.created_at)}  {isolate(note.text)}", note.text))
        self.notes.fill(rows)


class RoomCountsPanel(QWidget):
    """Hands counted in the room for each choice of the current choice question.

    A box the scribe typed in is "typed" until its value is stored: it is saved when the scribe
    leaves it (Tab, Enter, a click elsewhere) or presses Save (which stores every typed box in one
    go), and a refresh from the database never overwrites it. Moving to another question saves
    what was typed for the one being left.
    """

    def __init__(self, services: Services, session: LiveForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.session = services, session
        self.question_id: int | None = None
        self.spins: list[QSpinBox] = []
        self.typed: set[int] = set()  # indexes of boxes changed by the scribe and not stored yet
        self._filling = False  # True while the panel itself sets values (not the scribe typing)
        layout = QVBoxLayout(self)
        self.title = plain_label()
        self.form = QFormLayout()
        self.save_button = QPushButton(tr("Save room counts"))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        session.forum_changed.connect(self.rebuild)
        session.room_counts_changed.connect(self._on_counts)
        self.rebuild()

    def rebuild(self) -> None:
        question = self.session.current_question()
        if question is not None and question.id == self.question_id and len(self.spins) == len(question.choices):
            return
        self.save()  # what was typed for the question being left is kept
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins = []
        self.typed = set()
        self.question_id = question.id if question and kinds.of(question.kind).room_counts else None
        if self.question_id is None:
            self.title.setText(tr("Room counts are for choice questions. Go to one to count a show of hands."))
            self.save_button.setEnabled(False)
            return
        self.title.setText(tr("Show of hands for the current question:"))
        counts = self.session.room_counts.get(question.id, {})
        self._filling = True
        for index, choice in enumerate(question.choices):
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setValue(counts.get(index, 0))
            spin.setAccessibleName(tr("Room count for {choice}").format(choice=choice))
            spin.valueChanged.connect(self._typed)
            spin.editingFinished.connect(self.save)
            label = plain_label(choice)
            self.form.addRow(label, spin)
            self.spins.append(spin)
        self._filling = False
        self.save_button.setEnabled(True)

    def _typed(self) -> None:
        if self._filling:
            return
        spin = self.sender()
        if spin in self.spins:
            self.typed.add(self.spins.index(spin))

    def _on_counts(self, question_id: int) -> None:
        if question_id != self.question_id:
            return
        counts = self.session.room_counts.get(question_id, {})
        self._filling = True
        for index, spin in enumerate(self.spins):
            if index not in self.typed and not spin.hasFocus():  # never overwrite what the scribe is typing
                spin.setValue(counts.get(index, 0))
        self._filling = False

    def save(self) -> None:
        """Store every typed box of the current question (one transaction)."""
        if self.question_id is None or not self.typed:
            return
        counts = {index: self.spins[index].value() for index in sorted(self.typed) if index < len(self.spins)}
        question_id = self.question_id
        self.typed = set()
        if run_guarded(self, lambda: self.services.answers.set_room_counts(question_id, counts) or True) is None:
            self.typed = set(counts)  # not stored: keep them marked so a refresh does not erase them


class CommitmentsPanel(QWidget):
    """What the employer will do: add, edit in place (double-click) and remove."""

    def __init__(self, services: Services, session: LiveForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.session = services, session
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("What we will do (goes into the recap). Double-click to edit.")))
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(tr("A commitment, then Enter"))
        self.entry.returnPressed.connect(self.add)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.itemChanged.connect(self._edited)
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(remove)
        layout.addWidget(self.entry)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        session.commitments_changed.connect(self.refresh)
        self._refreshing = False
        self.refresh()

    def refresh(self) -> None:
        self._refreshing = True
        self.items.clear()
        for commitment in self.session.commitments:
            item = QListWidgetItem(commitment.text)
            item.setData(Qt.ItemDataRole.UserRole, commitment.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.items.addItem(item)
        self._refreshing = False

    def add(self) -> None:
        text = self.entry.text().strip()
        if text and run_guarded(self, lambda: self.services.answers.add_commitment(self.session.forum_id, text)):
            self.entry.clear()

    def _edited(self, item: QListWidgetItem) -> None:
        if self._refreshing:
            return
        cid, text = item.data(Qt.ItemDataRole.UserRole), item.text()
        run_guarded(self, lambda: self.services.answers.update_commitment(self.session.forum_id, cid, text))

    def remove_selected(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            cid = item.data(Qt.ItemDataRole.UserRole)
            run_guarded(self, lambda: self.services.answers.remove_commitment(self.session.forum_id, cid))


class ThemesPanel(QWidget):
    """The forum's themes, numbered (keys 1-9 tag the selected answer); renamed in place
    (double-click or F2), merged into another, deleted, with undo (Ctrl+Z)."""

    theme_created = Signal()

    def __init__(self, services: Services, session: LiveForum, undo: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.session = services, session
        self.undo = undo or QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Group answers under themes: select an answer, then press the theme's number "
                                     "(or Answer ▸ Tag). Double-click a theme to rename it.")))
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(tr("New theme, then Enter"))
        self.entry.returnPressed.connect(self.add)
        self.items = EditableList()
        self.items.edited.connect(self.rename)
        self.items.delete_requested.connect(self.delete)
        self.items.labels_stale.connect(self.refresh)
        self.merge_target = QComboBox()
        self.merge_target.setAccessibleName(tr("Theme to merge into"))
        self.merge_button = QPushButton(tr("Merge into"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self._delete_current)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.merge_target, 1)
        row.addWidget(self.delete_button)
        layout.addWidget(self.entry)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        session.themes_changed.connect(self.refresh)
        recount = once_after_events(self, self._recount)  # when shown
        session.answers_added.connect(recount)
        session.answer_updated.connect(recount)
        self.refresh()

    def refresh(self) -> None:
        counts: dict[int, int] = {}
        for answer in self.session.answers():
            for theme_id in answer.theme_ids:
                counts[theme_id] = counts.get(theme_id, 0) + 1
        rows = []
        for number, theme in enumerate(self.session.themes, start=1):
            key = f"{number}. " if number < 10 else ""
            rows.append((theme.id, f"{key}{theme.name}  ({counts.get(theme.id, 0)})", theme.name))
        self.items.fill(rows)
        chosen = self.merge_target.currentData()
        self.merge_target.clear()
        for theme in self.session.themes:
            self.merge_target.addItem(theme.name, theme.id)
        if chosen is not None and self.merge_target.findData(chosen) >= 0:
            self.merge_target.setCurrentIndex(self.merge_target.findData(chosen))

    def _recount(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()  # answers tagged while another tab was in front
        super().showEvent(event)

    def _theme(self, theme_id: int | None) -> Theme | None:
        return next((t for t in self.session.themes if t.id == theme_id), None)

    def add(self) -> None:
        name = self.entry.text().strip()
        if name and run_guarded(self, lambda: self.services.answers.create_theme(self.session.forum_id, name)):
            self.entry.clear()
            self.theme_created.emit()

    def rename(self, theme_id: int, name: str) -> None:
        theme = self._theme(theme_id)
        if theme is not None and " ".join(name.split()) != theme.name:
            self.undo.push(RenameTheme(self.services, self, theme, name))

    def delete(self, theme_id: int) -> None:
        theme = self._theme(theme_id)
        if theme is not None:
            self.undo.push(DeleteTheme(self.services, self, theme))

    def _delete_current(self) -> None:
        if self.items.current_id() is not None:
            self.delete(self.items.current_id())

    def merge_selected(self) -> None:
        """Merge the selected theme into the one chosen beside the button."""
        source, target = self._theme(self.items.current_id()), self._theme(self.merge_target.currentData())
        if source is None or target is None or source.id == target.id:
            window = self.window()
            if hasattr(window, "show_problem"):
                window.show_problem(tr("Select a theme in the list, then choose another one to merge it into."), "warning")
            return
        self.undo.push(MergeThemes(self.services, self, source, target))
