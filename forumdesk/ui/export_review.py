"""The Export dialog's review step: one row per identifying detail found in a visible answer or a
room note, masked as it will be shared unless the facilitator ticks "Keep" (one decision per
detail, stored by ``services.privacy``, so the same detail elsewhere follows it).

A mixin of ``ExportDialog`` (its ``services`` and ``forum_id``). Attendee text is shown as plain
text only: table items are never rich text, and the tooltip escapes it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services import Finding, Services
from forumdesk.ui.labels import name_of
from forumdesk.ui.language import tr
from forumdesk.ui.slots import slot


class ExportReview:
    """Builds and keeps the review table of ``ExportDialog``."""

    services: Services
    forum_id: int

    def _review_box(self) -> QGroupBox:
        box = QGroupBox(tr("2. Review identifying details before sharing"))
        layout = QVBoxLayout(box)
        self.review_intro = intro = QLabel(tr("These answers and room notes contain something that may identify a person (an e-mail "
                       "address, a phone number, a name...). Each is masked (for example [email removed]) in the "
                       "recap, the exports, the projector and the phones' results, unless you tick “Keep” — "
                       "e.g. when someone asked to be contacted. The same detail elsewhere follows your choice."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.review_table = QTableWidget(0, 4)
        self.review_table.setHorizontalHeaderLabels([tr("Keep"), tr("Found"), tr("Where"), tr("As it will be shared")])
        self.review_table.verticalHeader().setVisible(False)
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.review_table.setWordWrap(True)
        header = self.review_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.review_table)
        self.review_empty = QLabel(tr("No answer or room note contains identifying details."))
        layout.addWidget(self.review_empty)
        self.findings: list[Finding] = []
        self.keep_checks: list[QCheckBox] = []  # one per row of the table, in the order of ``findings``
        self.refresh_review()
        return box

    def refresh_review(self) -> None:
        """One row per detail found in a visible answer or a room note (hidden answers are never exported)."""
        numbers = {q.id: i for i, q in enumerate(self.services.forums.questions(self.forum_id), start=1)}
        self.findings = self.services.privacy.findings(self.forum_id)
        self.review_table.setRowCount(len(self.findings))
        self.keep_checks = []
        for row, finding in enumerate(self.findings):
            keep = QCheckBox()
            keep.setChecked(finding.kept)
            keep.setToolTip(tr("Keep this detail unmasked everywhere in this forum"))
            keep.toggled.connect(slot(self._keep_toggled, row))
            cell = QWidget()
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(8, 0, 8, 0)
            cell_layout.addWidget(keep, alignment=Qt.AlignmentFlag.AlignCenter)
            self.review_table.setCellWidget(row, 0, cell)
            self.keep_checks.append(keep)
            self.review_table.setItem(row, 1, QTableWidgetItem(name_of(finding.kind)))
            number = numbers.get(finding.question_id) if finding.question_id is not None else None
            if finding.source == "answer":
                where = tr("Answer to Q{number}") if number else tr("Answer")
            else:
                where = tr("Room note on Q{number}") if number else tr("Room note")
            where = where.format(number=number)
            self.review_table.setItem(row, 2, QTableWidgetItem(where))
            self.review_table.setItem(row, 3, self._shared_item(finding))
        self.review_table.resizeRowsToContents()
        self.review_table.setVisible(bool(self.findings))
        self.review_intro.setVisible(bool(self.findings))  # it says "these answers contain ...": only when some do
        self.review_empty.setVisible(not self.findings)

    def _shared_item(self, finding: Finding) -> QTableWidgetItem:
        # QTableWidgetItem text is always plain text: attendee markup is shown, never interpreted.
        item = QTableWidgetItem(self.services.privacy.masked(finding.text, self.forum_id))
        # Tooltips guess rich text from "<b>"-like content; escaped inside <qt> it shows literally.
        item.setToolTip("<qt>" + tr("Found: {detail}<br>As typed: {text}").format(
            detail=html.escape(finding.detail), text=html.escape(finding.text)) + "</qt>")
        return item

    def _keep_toggled(self, row: int) -> None:
        self.set_keep(self.findings[row].key, self.keep_checks[row].isChecked())

    def set_keep(self, key: str, keep: bool) -> None:
        """Store the choice for one detail, then show every row as it will now be shared."""
        self.services.privacy.set_kept(self.forum_id, key, keep)
        for row, finding in enumerate(self.findings):
            if finding.key == key and self.keep_checks[row].isChecked() != keep:
                self.keep_checks[row].blockSignals(True)
                self.keep_checks[row].setChecked(keep)
                self.keep_checks[row].blockSignals(False)
            self.review_table.setItem(row, 3, self._shared_item(finding))
