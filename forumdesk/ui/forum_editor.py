"""Preparing a forum: title, date, venue, partner and pace; its questions from sets or typed,
reordered by drag and drop or Ctrl+Up/Ctrl+Down, each previewed as projector and phone show it;
and saving the questions as a reusable set."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forumdesk.domain import Forum, Pace, Question
from forumdesk.domain.images import SlideImage
from forumdesk.i18n import LANGUAGES
from forumdesk.i18n import language as i18n_language
from forumdesk.services import NotFound, Services
from forumdesk.services.forums import MAX_LATE_GRACE_MINUTES
from forumdesk.ui.errors import run_guarded
from forumdesk.ui.labels import name_of
from forumdesk.ui.language import isolate, tr
from forumdesk.ui.partner_editor import PartnersDialog
from forumdesk.ui.preview import QuestionPreview
from forumdesk.ui.question_editor import QuestionDialog
from forumdesk.ui.screens import fit_to_screen
from forumdesk.ui.slots import slot

QuestionRole = Qt.ItemDataRole.UserRole


class ForumEditor(QDialog):
    saved = Signal(int)  # the forum's id, when Save wrote it and the editor closes

    def __init__(self, services: Services, forum_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.pending_images: dict[str, SlideImage] = {}  # chosen in this editor, by hash, stored on Save
        self.forum: Forum | None = services.forums.forum(forum_id) if forum_id else None
        self.setWindowTitle(tr("Edit forum") if self.forum else tr("New forum"))
        fit_to_screen(self, 1180, 780)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("e.g. Spring listening forum with the college's careers service"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.venue_edit = QLineEdit()
        self.organiser_edit = QLineEdit()
        self.organiser_edit.setPlaceholderText(tr("Who runs the forum, e.g. Northwind Logistics (on the recap's cover)"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(tr("How the partner reaches you, e.g. Dana Reyes, careers@northwind.example"))
        self.partner_combo = QComboBox()
        partners_button = QPushButton(tr("Partners…"))
        partners_button.clicked.connect(self.edit_partners)
        partner_row = QHBoxLayout()
        partner_row.addWidget(self.partner_combo, 1)
        partner_row.addWidget(partners_button)
        self.pace_combo = QComboBox()
        self.pace_combo.addItem(tr("The room follows me, question by question"), Pace.FACILITATOR.value)
        self.pace_combo.addItem(tr("Everyone answers at their own pace"), Pace.SELF.value)
        self.late_spin = QSpinBox()
        self.late_spin.setRange(0, MAX_LATE_GRACE_MINUTES)
        self.late_spin.setValue(Forum.late_grace_minutes)
        self.late_spin.setSuffix(tr(" minutes"))
        self.late_spin.setToolTip(tr("Phones that were offline send their answers when they are back. Answers to a "
                                  "question that closed less than this long ago are kept, marked late (0: never)."))
        self.review_check = QCheckBox(tr("Review open answers before the room sees them"))
        self.review_check.setToolTip(tr("Open answers reach the projector and the phones' results only once you "
                                     "approve them in the console (Y approves, H hides)."))
        self.changeable_check = QCheckBox(tr("Attendees may change a choice or rating while the question is open"))
        self.changeable_check.setToolTip(tr("Still one vote per phone: a change replaces that phone's earlier vote."))
        self.language_combo = QComboBox()
        self.language_combo.setToolTip(tr("The recap is written in this language; phones whose own language "
                                          "forumdesk does not speak show this one."))
        self.language_combo.addItem(tr("The app's language at export"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(i18n_language()))
        form = QFormLayout()
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Date"), self.date_edit)
        form.addRow(tr("Venue"), self.venue_edit)
        form.addRow(tr("Partner"), partner_row)
        form.addRow(tr("Organiser"), self.organiser_edit)
        form.addRow(tr("Contact"), self.contact_edit)
        form.addRow(tr("Pace"), self.pace_combo)
        form.addRow(tr("Late answers taken for"), self.late_spin)
        form.addRow(tr("Review first"), self.review_check)
        form.addRow(tr("Votes"), self.changeable_check)
        form.addRow(tr("Recap language"), self.language_combo)

        self.question_list = QListWidget()
        self.question_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.question_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.question_list.setWordWrap(True)
        self.question_list.setAccessibleName(tr("Questions (drag, or Ctrl+Up and Ctrl+Down, to reorder)"))
        self.question_list.currentRowChanged.connect(self._show_preview)
        self.question_list.itemDoubleClicked.connect(slot(self.edit_current))
        self.question_list.model().rowsMoved.connect(self._renumber)
        for keys, delta in (("Ctrl+Up", -1), ("Ctrl+Down", +1), ("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.question_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot(self.move_current, delta))
        self.sets_menu = QMenu(self)
        self.sets_menu.aboutToShow.connect(self._fill_sets_menu)
        buttons = QHBoxLayout()
        for text, method, args in ((tr("Add question…"), self.add_typed, ()), (tr("Edit…"), self.edit_current, ()),
                                   (tr("Remove"), self.remove_current, ()), (tr("Move up"), self.move_current, (-1,)),
                                   (tr("Move down"), self.move_current, (+1,)),
                                   (tr("Save as set…"), self.ask_save_as_set, ())):
            button = QPushButton(text)
            button.clicked.connect(slot(method, *args))
            buttons.addWidget(button)
        from_set = QPushButton(tr("Add from a set"))
        from_set.setMenu(self.sets_menu)
        buttons.insertWidget(1, from_set)
        buttons.addStretch(1)
        self.preview = QuestionPreview()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.question_list, 1)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.preview, 2)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(box)
        self._fill_partners()
        self._load()

    # ---------------------------------------------------------------- loading

    def _fill_partners(self, select: int | None = None) -> None:
        current = select if select is not None else self.partner_combo.currentData()
        self.partner_combo.clear()
        for partner in self.services.forums.partners():
            self.partner_combo.addItem(f"{partner.name} — {name_of(partner.kind)}", partner.id)
        index = self.partner_combo.findData(current)
        if index >= 0:
            self.partner_combo.setCurrentIndex(index)

    def _load(self) -> None:
        forum = self.forum
        if forum is None:
            self.date_edit.setDate(QDate.currentDate())
            return
        self.title_edit.setText(forum.title)
        self.date_edit.setDate(QDate.fromString(forum.date, "yyyy-MM-dd") if forum.date else QDate.currentDate())
        self.venue_edit.setText(forum.venue)
        self.organiser_edit.setText(forum.organiser)
        self.contact_edit.setText(forum.contact)
        self._fill_partners(forum.partner_id)
        self.pace_combo.setCurrentIndex(self.pace_combo.findData(forum.pace.value))
        self.late_spin.setValue(forum.late_grace_minutes)
        self.review_check.setChecked(forum.review_first)
        self.changeable_check.setChecked(forum.changeable_votes)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(forum.language)))
        for question in self.services.forums.questions(forum.id):
            self._append(question)
        if self.question_list.count():
            self.question_list.setCurrentRow(0)

    # ---------------------------------------------------------------- questions

    def questions(self) -> list[Question]:
        return [self.question_list.item(row).data(QuestionRole) for row in range(self.question_list.count())]

    def _label(self, number: int, question: Question) -> str:
        return f"{number}. {isolate(question.prompt)}\n     {name_of(question.kind)}"

    def _append(self, question: Question, row: int | None = None) -> None:
        item = QListWidgetItem()
        item.setData(QuestionRole, question)
        if row is None:
            self.question_list.addItem(item)
        else:
            self.question_list.insertItem(row, item)
        self._renumber()

    def _renumber(self) -> None:
        for row in range(self.question_list.count()):
            item = self.question_list.item(row)
            item.setText(self._label(row + 1, item.data(QuestionRole)))
        self._show_preview(self.question_list.currentRow())

    def add_questions(self, questions: list[Question]) -> None:
        for question in questions:
            self._append(replace(question, id=None, forum_id=None))
        self.question_list.setCurrentRow(self.question_list.count() - 1)

    def add_set(self, name: str) -> None:
        qset = run_guarded(self, lambda: self.services.sets.get(name))
        if qset is not None:
            self.add_questions(qset.questions)

    def _fill_sets_menu(self) -> None:
        self.sets_menu.clear()
        for qset in self.services.sets.all_sets():
            count = tr("%n question(s)", "", len(qset.questions))
            action = self.sets_menu.addAction(f"{qset.title} — {count}" if qset.builtin
                                              else tr("{title} — {count} (saved)").format(title=qset.title, count=count))
            action.triggered.connect(slot(self.add_set, qset.name))

    def question_dialog(self, question: Question | None = None) -> QuestionDialog:
        return QuestionDialog(question, parent=self, images=self.services.images,
                              image=self.image_of(question) if question else None)

    def add_typed(self) -> None:
        dialog = self.question_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._keep_image(dialog)
            self.add_questions([dialog.question()])

    def edit_current(self) -> None:
        row = self.question_list.currentRow()
        if row < 0:
            return
        dialog = self.question_dialog(self.question_list.item(row).data(QuestionRole))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._keep_image(dialog)
            self.replace_question(row, dialog.question())

    # ---------------------------------------------------------------- content slides' images

    def _keep_image(self, dialog: QuestionDialog) -> None:
        """Hold the image a content slide was given until the forum is saved."""
        image = dialog.editor.image
        if image is not None:
            self.pending_images[image.sha256] = image

    def image_of(self, question: Question) -> SlideImage | None:
        """A content slide's image: chosen in this editor, or stored with the forum."""
        if not question.image_sha:
            return None
        if question.image_sha in self.pending_images:
            return self.pending_images[question.image_sha]
        try:
            return self.services.images.get(question.image_sha)
        except NotFound:
            return None

    def _store_image(self, question: Question) -> None:
        """Copy a chosen image into the database, just before the question naming it is saved."""
        image = self.pending_images.get(question.image_sha)
        if image is not None:
            self.services.images.add(image.data)

    def replace_question(self, row: int, question: Question) -> None:
        self.question_list.item(row).setData(QuestionRole, question)
        self._renumber()

    def remove_current(self) -> None:
        row = self.question_list.currentRow()
        if row >= 0:
            self.question_list.takeItem(row)
            self._renumber()

    def move_current(self, delta: int) -> None:
        row = self.question_list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.question_list.count():
            return
        item = self.question_list.takeItem(row)
        self.question_list.insertItem(target, item)
        self.question_list.setCurrentRow(target)
        self._renumber()

    def _show_preview(self, row: int) -> None:
        questions = self.questions()
        question = questions[row] if 0 <= row < len(questions) else None
        self.preview.show_question(question, row + 1, len(questions), self.title_edit.text(),
                                   image=self.image_of(question) if question else None)

    # ---------------------------------------------------------------- sets and partners

    def ask_save_as_set(self) -> None:
        title, ok = QInputDialog.getText(self, tr("Save as a question set"), tr("Name of the set:"),
                                         text=self.title_edit.text())
        if ok and title.strip():
            if self.save_as_set(title) is not None:
                QMessageBox.information(self, tr("Saved"), tr("The questions are saved as the set “{title}”.").format(
                    title=title.strip()))

    def save_as_set(self, title: str):
        return run_guarded(self, lambda: self.services.sets.save(title, self.questions()))

    def edit_partners(self) -> None:
        dialog = PartnersDialog(self.services, self)
        dialog.exec()
        self._fill_partners(dialog.last_saved_id)

    # ---------------------------------------------------------------- saving

    def accept(self) -> None:
        forum = self.save()
        if forum is not None:
            self.saved.emit(forum.id)
            super().accept()

    def save(self) -> Forum | None:
        """Write the forum and its questions; returns it, or None after showing why not."""
        partner_id = self.partner_combo.currentData()
        if partner_id is None:
            QMessageBox.warning(self, "forumdesk", tr("Choose a partner (or add one with Partners…)."))
            return None
        fields = dict(date=self.date_edit.date().toString("yyyy-MM-dd"), venue=self.venue_edit.text(),
                      pace=Pace(self.pace_combo.currentData()), late_grace_minutes=self.late_spin.value(),
                      review_first=self.review_check.isChecked(),
                      changeable_votes=self.changeable_check.isChecked(),
                      organiser=self.organiser_edit.text(), contact=self.contact_edit.text(),
                      language=self.language_combo.currentData())
        if self.forum is None:
            forum = run_guarded(self, lambda: self._create(partner_id, fields))
        else:
            if not self._confirm_removals():
                return None
            forum = run_guarded(self, lambda: self._update(partner_id, fields))
        if forum is not None:
            self.forum = forum
        return forum

    def _confirm_removals(self) -> bool:
        """Ask before removing questions that already have answers (nothing is written if not)."""
        if self.forum is None:
            return True
        kept = {q.id for q in self.questions() if q.id is not None}
        counts = self.services.answers.answer_counts(self.forum.id)
        answered = [qid for qid, n in counts.items() if n and qid not in kept]
        if not answered:
            return True
        answer = QMessageBox.question(self, tr("Remove answered questions?"),
                                      tr("%n of the questions you removed already have answers. Remove them "
                                         "together with their answers?", "", len(answered)))
        return answer == QMessageBox.StandardButton.Yes

    def _create(self, partner_id: int, fields: dict) -> Forum:
        for question in self.questions():
            self._store_image(question)
        return self.services.forums.create_forum(self.title_edit.text(), partner_id, questions=self.questions(),
                                                 **fields)

    def _update(self, partner_id: int, fields: dict) -> Forum:
        forums = self.services.forums
        forum = replace(self.forum, title=self.title_edit.text(), partner_id=partner_id, **fields)
        forum = forums.update_forum(forum)
        stored = {q.id: q for q in forums.questions(forum.id)}
        kept = {q.id for q in self.questions() if q.id is not None}
        for qid in stored:
            if qid not in kept:
                forums.remove_question(qid)
        order = []
        for question in self.questions():
            self._store_image(question)
            if question.id is None:
                order.append(forums.add_question(forum.id, question).id)
            else:
                if question != stored.get(question.id):
                    forums.update_question(question)
                order.append(question.id)
        if order:
            forums.reorder_questions(forum.id, order)
        return forums.forum(forum.id)
