"""The partners (sources) a forum is run with: name, kind and contact notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forumdesk.domain import Partner, PartnerKind
from forumdesk.services import Services
from forumdesk.ui.errors import run_guarded
from forumdesk.ui.labels import name_of
from forumdesk.ui.language import tr


class PartnersDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.last_saved_id: int | None = None
        self.setWindowTitle(tr("Partners"))
        self.resize(760, 460)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show)
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in PartnerKind:
            self.kind_combo.addItem(name_of(kind), kind.value)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(tr("Contact person, goals, anything useful before the next forum"))
        form = QFormLayout()
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Kind"), self.kind_combo)
        form.addRow(tr("Notes"), self.notes_edit)
        new_button, save_button, delete_button = QPushButton(tr("New")), QPushButton(tr("Save")), QPushButton(tr("Delete"))
        new_button.clicked.connect(self.new_partner)
        save_button.clicked.connect(self.save)
        delete_button.clicked.connect(self.delete)
        row = QHBoxLayout()
        for button in (new_button, save_button, delete_button):
            row.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(row)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.list.clear()
        for partner in self.services.forums.partners():
            item = QListWidgetItem(partner.name)
            item.setData(Qt.ItemDataRole.UserRole, partner)
            self.list.addItem(item)
            if partner.id == select:
                self.list.setCurrentItem(item)
        if select is None:
            self.new_partner()

    def _show(self, item: QListWidgetItem | None) -> None:
        partner: Partner | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.name_edit.setText(partner.name if partner else "")
        self.kind_combo.setCurrentIndex(self.kind_combo.findData((partner.kind if partner else PartnerKind.OTHER).value))
        self.notes_edit.setPlainText(partner.contact_notes if partner else "")

    def selected(self) -> Partner | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def new_partner(self) -> None:
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self._show(None)
        self.name_edit.setFocus()

    def save(self) -> Partner | None:
        partner = self.selected()
        kind = PartnerKind(self.kind_combo.currentData())
        name, notes = self.name_edit.text(), self.notes_edit.toPlainText()
        if partner is None:
            saved = run_guarded(self, lambda: self.services.forums.create_partner(name, kind, notes))
        else:
            updated = Partner(name=name, kind=kind, contact_notes=notes, id=partner.id)
            saved = run_guarded(self, lambda: (self.services.forums.update_partner(updated), updated)[1])
        if saved is not None:
            self.last_saved_id = saved.id
            self.refresh(saved.id)
        return saved

    def delete(self) -> None:
        partner = self.selected()
        if partner is None:
            return
        answer = QMessageBox.question(self, tr("Delete partner?"), tr("Delete {name}?").format(name=partner.name))
        if answer == QMessageBox.StandardButton.Yes:
            if run_guarded(self, lambda: (self.services.forums.delete_partner(partner.id), True)[1]):
                self.refresh()
