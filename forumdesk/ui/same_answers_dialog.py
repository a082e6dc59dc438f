"""The facilitator's look at near-duplicates (issue 13 item 1): answers that differ by a typo, a
plural or a word added, offered as groups. A group ticked and accepted counts as one answer, ×N,
on the console, the projector wall and in ``forumdesk themes --duplicates``; nothing is counted
together until the facilitator says so, and the answers stay stored one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout

from forumdesk.domain.duplicates import DuplicateGroup
from forumdesk.ui.console_view import plain_label
from forumdesk.ui.language import tr


def describe(proposal: list[DuplicateGroup]) -> str:
    """One line for a proposal: each wording as typed, with ×N when said more than once."""
    return "  ·  ".join(f"“{g.text}”" + (f" ×{g.count}" if g.count > 1 else "") for g in proposal)


class SameAnswersDialog(QDialog):
    """One line per proposed group, unticked: tick the groups that say the same thing."""

    def __init__(self, proposals: list[list[DuplicateGroup]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Near-duplicates"))
        self.proposals = proposals
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("These answers differ only by a typo, a plural or a word added. Tick the "
                                        "groups that say the same thing: each is then counted once, ×N, here, on "
                                        "the projector and in the recap. Every answer stays stored as it was typed.")))
        self.list = QListWidget()
        self.list.setObjectName("near_duplicates")
        self.list.setWordWrap(True)
        for proposal in proposals:
            item = QListWidgetItem(describe(proposal))  # attendee text: a list item is plain text
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(tr("Count as the same"))
        self.accept_button.setEnabled(False)
        self.list.itemChanged.connect(self._ticked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, 440)

    def _ticked(self) -> None:
        self.accept_button.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[list[int]]:
        """For each ticked group, one answer id per wording (the most often written first)."""
        return [[g.ids[0] for g in proposal] for row, proposal in enumerate(self.proposals)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]
