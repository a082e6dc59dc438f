"""Forum ▸ Partner page…: the relationship with one partner over time (issue 19 item 1).

Its forums (oldest first) with their answers and most-tagged themes, the questions they asked in
common (Compare opens them side by side), and every commitment made to the partner with its
status, owner, date and what was done, all editable here: an edit is saved at once through
``services.partners.set_commitment`` (one commitment, whichever forum shows it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.domain import CommitmentStatus
from forumdesk.services import Services
from forumdesk.services.partners import STATUS_LABELS, PartnerOverview
from forumdesk.ui.errors import Banner, explain
from forumdesk.ui.labels import name_of
from forumdesk.ui.language import tr
from forumdesk.ui.slots import slot

EDITABLE = {3: "owner", 4: "due_date", 6: "outcome"}  # commitment table columns saved on edit


def _item(text: str, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # table items are plain text: partner and attendee words stay words
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class PartnerPage(QDialog):
    def __init__(self, services: Services, partner_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.partner_id = services, partner_id
        self.resize(1100, 720)
        self.banner = Banner()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("heading")
        self.forums = QTableWidget(0, 4)
        self.forums.setHorizontalHeaderLabels([tr("Date"), tr("Forum"), tr("Answers"), tr("Themes")])
        self.shared = QLabel()
        self.shared.setTextFormat(Qt.TextFormat.PlainText)
        self.shared.setWordWrap(True)
        self.compare_button = QPushButton(tr("Compare these forums…"))
        self.compare_button.clicked.connect(slot(self.open_compare))
        self.commitments = QTableWidget(0, 7)
        self.commitments.setHorizontalHeaderLabels([tr("Forum"), tr("Date"), tr("Commitment"), tr("Owner"), tr("Due"),
                                                    tr("Status"), tr("What was done")])
        self.commitments.itemChanged.connect(self._cell_edited)  # a method: no cycle (architecture §2.3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(tr("Forums over time")))
        layout.addWidget(self.forums, 2)
        layout.addWidget(self.shared)
        layout.addWidget(self.compare_button)
        layout.addWidget(QLabel(tr("Commitments (edit owner, due date, status and what was done here)")))
        layout.addWidget(self.commitments, 3)
        layout.addWidget(close)
        self.page: PartnerOverview | None = None
        self._filling = False
        self.compare_dialog = None
        self.refresh()

    def refresh(self) -> None:
        page = self.page = self.services.partners.overview(self.partner_id)
        self.setWindowTitle(tr("Partner: {name}").format(name=page.partner.name))
        self.heading.setText(f"{page.partner.name} — {name_of(page.partner.kind)}, "
                             + tr("%n forum(s)", "", len(page.forums)))
        self._filling = True
        try:
            self.forums.setRowCount(len(page.forums))
            for row, summary in enumerate(page.forums):
                themes = ", ".join(f"{name} ({n})" for name, n in summary.themes[:4])
                for col, text in enumerate([summary.forum.date, summary.forum.title, str(summary.answers), themes]):
                    self.forums.setItem(row, col, _item(text))
            self.shared.setText((tr("Asked at more than one forum: ") + "; ".join(page.shared_prompts))
                                if page.shared_prompts else tr("No question was asked at more than one forum yet."))
            self.compare_button.setEnabled(len(page.forums) >= 2)
            self.commitments.setRowCount(len(page.commitments))
            for row, entry in enumerate(page.commitments):
                c = entry.commitment
                values = [entry.forum_title, entry.forum_date, c.text, c.owner, c.due_date, "", c.outcome]
                for col, text in enumerate(values):
                    item = _item(text, col in EDITABLE)
                    item.setData(Qt.ItemDataRole.UserRole, c.id)
                    self.commitments.setItem(row, col, item)
                status = QComboBox()
                for value, label in STATUS_LABELS.items():
                    status.addItem(label, value.value)
                status.setCurrentIndex(list(STATUS_LABELS).index(c.status))
                status.currentIndexChanged.connect(slot(self._status_chosen, row))
                self.commitments.setCellWidget(row, 5, status)
        finally:
            self._filling = False

    def status_box(self, row: int) -> QComboBox:
        return self.commitments.cellWidget(row, 5)

    def _commitment_id(self, row: int) -> int:
        return self.commitments.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def _status_chosen(self, row: int, _index: int = 0) -> None:
        value = CommitmentStatus(self.status_box(row).currentData())
        self._save(row, status=value)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in EDITABLE:
            return
        self._save(item.row(), **{EDITABLE[item.column()]: item.text()})

    def _save(self, row: int, **change) -> None:
        try:
            self.services.partners.set_commitment(self._commitment_id(row), **change)
        except Exception as exc:  # a refused value (a bad date) or a storage failure: its sentence
            self.banner.show_message(tr("Not saved: {reason}").format(reason=explain(exc)), "error")
        else:
            self.banner.hide()
        # Rebuilt after this signal returns: the edited item or status box is replaced by the rebuild.
        QTimer.singleShot(0, slot(self.refresh))

    def open_compare(self) -> QDialog:
        from forumdesk.ui.compare_view import CompareDialog

        assert self.page is not None
        dialog = CompareDialog(self.services, self, checked=[s.forum.id for s in self.page.forums])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.compare_dialog = dialog
        return dialog
