"""The Export dialog's "Recap details": what the facilitator adds to the partner's recap after the
forum (issue 17 item 1) — the room's headcount, "three things we heard" in their own words (the
biggest themes offered as a starting point), an owner and a date for each commitment, and whether
questions never asked are listed as "not asked". Saved through the services before each export.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services import InvalidInput, Services
from forumdesk.services.forums import MAX_HEADCOUNT, MAX_TAKEAWAYS
from forumdesk.ui.language import tr

NOT_COUNTED = -1  # the spin box's special value: the room was not counted


class RecapDetailsBox(QGroupBox):
    def __init__(self, services: Services, forum_id: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Recap details (added to the PDF, HTML and spreadsheet)"), parent)
        self.services, self.forum_id = services, forum_id
        forum = services.forums.forum(forum_id)
        form = QFormLayout()
        self.headcount = QSpinBox()
        self.headcount.setRange(NOT_COUNTED, MAX_HEADCOUNT)
        self.headcount.setSpecialValueText(tr("not counted"))
        self.headcount.setValue(NOT_COUNTED if forum.headcount is None else forum.headcount)
        self.headcount.setAccessibleName(tr("People in the room (your count)"))
        form.addRow(tr("People in the room (your count)"), self.headcount)
        # The biggest themes are offered as placeholders: a start, in the facilitator's words.
        carried = Counter(theme_id for answer in services.answers.answers(forum_id, include_hidden=False)
                          for theme_id in answer.theme_ids)
        themes = sorted(services.answers.themes(forum_id), key=lambda t: (-carried[t.id], t.name.casefold()))
        self.takeaways: list[QLineEdit] = []
        for index in range(MAX_TAKEAWAYS):
            edit = QLineEdit(forum.takeaways[index] if index < len(forum.takeaways) else "")
            hint = (tr("e.g. about “{theme}”: …").format(theme=themes[index].name) if index < len(themes)
                    else tr("What did the room tell you?"))
            edit.setPlaceholderText(hint)
            name = tr("Thing we heard {number}").format(number=index + 1)
            edit.setAccessibleName(name)
            self.takeaways.append(edit)
            form.addRow(name, edit)
        self.include_unasked = QCheckBox(tr("List questions that were never asked, marked “not asked”"))
        form.addRow("", self.include_unasked)
        self.commitments = QTableWidget(0, 3)
        self.commitments.setHorizontalHeaderLabels([tr("Commitment"), tr("Owner"), tr("Due date (YYYY-MM-DD)")])
        self.commitments.verticalHeader().setVisible(False)
        self.commitments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.commitments.setAccessibleName(tr("Commitments: owner and due date"))
        self._ids: list[int] = []
        for item in services.answers.commitments(forum_id):
            row = self.commitments.rowCount()
            self.commitments.insertRow(row)
            text = QTableWidgetItem(item.text)  # attendee-free, but shown as plain text all the same
            text.setFlags(text.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.commitments.setItem(row, 0, text)
            self.commitments.setItem(row, 1, QTableWidgetItem(item.owner))
            self.commitments.setItem(row, 2, QTableWidgetItem(item.due_date))
            self._ids.append(item.id)
        self.commitments.setMaximumHeight(30 + 28 * max(1, min(4, len(self._ids))))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self._ids:
            layout.addWidget(self.commitments)

    def save(self) -> None:
        """Write the details; raises the services' InvalidInput (one sentence) for a bad value."""
        forum = self.services.forums.forum(self.forum_id)
        count = self.headcount.value()
        self.services.forums.update_forum(replace(
            forum, headcount=None if count == NOT_COUNTED else count,
            takeaways=[edit.text() for edit in self.takeaways]))
        current = {c.id: c for c in self.services.answers.commitments(self.forum_id)}
        for row, commitment_id in enumerate(self._ids):
            owner = self.commitments.item(row, 1).text().strip()
            due = self.commitments.item(row, 2).text().strip()
            stored = current.get(commitment_id)
            if stored is None:
                raise InvalidInput("A commitment was deleted meanwhile; close and reopen the Export dialog.")
            if (owner, due) != (stored.owner, stored.due_date):
                self.services.answers.update_commitment(self.forum_id, commitment_id, owner=owner, due_date=due)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.headcount, self.include_unasked, self.commitments, *self.takeaways):
            widget.setEnabled(enabled)
