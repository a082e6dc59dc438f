"""The main window: the forums in the database, grouped by partner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTreeWidget, QTreeWidgetItem

from forumdesk.services import Services


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle("forumdesk")
        self.resize(1100, 720)
        self.forum_tree = QTreeWidget()
        self.forum_tree.setHeaderLabels(["Forum", "Date", "Answers"])
        self.forum_tree.setColumnWidth(0, 600)
        self.setCentralWidget(self.forum_tree)
        self.refresh()

    def refresh(self) -> None:
        self.forum_tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.services.forums.forum_listing():
            group = groups.get(row["partner_name"])
            if group is None:
                group = QTreeWidgetItem([row["partner_name"]])
                groups[row["partner_name"]] = group
                self.forum_tree.addTopLevelItem(group)
            item = QTreeWidgetItem([row["title"], row["date"], str(row["answer_count"])])
            item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
            group.addChild(item)
        self.forum_tree.expandAll()
