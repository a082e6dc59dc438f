"""Forum ▸ Compare forums…: the same questions across chosen forums on screen (issue 19 item 3).

The facilitator ticks two or more forums; the view shows, per shared question, one row per forum
with its answers and what they said (forumdesk/services/compare.py: a guarded small group shows
only its count). Every text is a plain-text item: attendee words never become markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services import ServiceError, Services
from forumdesk.services.compare import compare_forums, summary
from forumdesk.ui.language import shown_date, tr
from forumdesk.ui.slots import slot

ForumRole = Qt.ItemDataRole.UserRole


class CompareDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *, checked: list[int] = ()) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(tr("Compare forums"))
        self.resize(1000, 640)
        self.forum_list = QListWidget()
        for row in reversed(services.forums.forum_listing()):  # oldest first: compared in time order
            label = f"{row['title']} — {row['partner_name']}" + (f" ({shown_date(row['date'])})" if row["date"] else "")
            item = QListWidgetItem(label)
            item.setData(ForumRole, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row["id"] in checked else Qt.CheckState.Unchecked)
            self.forum_list.addItem(item)
        self.compare_button = QPushButton(tr("Compare"))
        self.compare_button.setObjectName("primary")
        self.compare_button.clicked.connect(slot(self.compare))
        self.message = QLabel(tr("Tick two or more forums, then Compare."))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([tr("Question / forum"), tr("Answers"), tr("What they said")])
        self.table.setColumnWidth(0, 360)
        self.table.setColumnWidth(1, 80)
        self.table.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.forum_list, 1)
        left.addWidget(self.compare_button)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self.message)
        right.addWidget(self.table, 1)
        row.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self.document: dict | None = None
        if len(checked) >= 2:
            self.compare()

    def checked_ids(self) -> list[int]:
        items = (self.forum_list.item(i) for i in range(self.forum_list.count()))
        return [item.data(ForumRole) for item in items if item.checkState() is Qt.CheckState.Checked]

    def compare(self) -> None:
        self.table.clear()
        try:
            document = compare_forums(self.services.store, self.checked_ids())
        except ServiceError as exc:
            self.document = None
            self.message.setText(str(exc))
            return
        self.document = document
        forums = {f["forum"]: f for f in document["forums"]}
        for question in document["questions"]:
            top = QTreeWidgetItem([question["prompt"], "", ""])
            for entry in question["per_forum"]:
                forum = forums[entry["forum"]]
                said = summary(entry, forum["small_group_k"])
                child = QTreeWidgetItem([forum["title"], str(entry["answers"]), said.replace("\n", " · ")])
                child.setToolTip(2, said)
                top.addChild(child)
            self.table.addTopLevelItem(top)
            top.setExpanded(True)
        shared = len(document["questions"])
        self.message.setText(tr("%n question(s) asked at more than one of these forums.", "", shared)
                             if shared else tr("These forums asked no question in common."))
