"""The main window: the forums in the database grouped by partner, with search; creating,
editing, duplicating, deleting and running them; and the File menu (databases, backups, recap).
While it is open, the database is backed up automatically (forumdesk.ui.auto_backups)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.domain import ForumState
from forumdesk.services import Services
from forumdesk.services.backups import DEFAULT_INTERVAL_S
from forumdesk.ui.auto_backups import AutoBackups
from forumdesk.ui.bridge import EventBridge
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.errors import Banner, run_guarded
from forumdesk.ui.first_run import FirstRunPanel, GuideDialog
from forumdesk.ui.forum_editor import ForumEditor
from forumdesk.ui.labels import name_of
from forumdesk.ui.language import shown_date, tr
from forumdesk.ui.main_window_files import MainWindowFiles
from forumdesk.ui.main_window_menus import MainWindowMenus
from forumdesk.ui.partner_editor import PartnersDialog
from forumdesk.ui.restore_dialog import restore_from_backup
from forumdesk.ui.screens import fit_to_screen
from forumdesk.ui.server_panel import ServerFactory
from forumdesk.ui.settings import Settings
from forumdesk.ui.slots import slot
from forumdesk.ui.style import APP_QSS

log = logging.getLogger(__name__)

ForumRole = Qt.ItemDataRole.UserRole


class _ServerCount:
    """How many consoles' servers take answers: written on the GUI thread, read by the backup
    scheduler's thread (a plain int)."""

    def __init__(self) -> None:
        self.value = 0

    def any(self) -> bool:
        return self.value > 0


class MainWindow(MainWindowMenus, MainWindowFiles, QMainWindow):
    def __init__(self, services: Services, settings: Settings | None = None, *,
                 server_factory: ServerFactory | None = None, exporter: Callable | None = None,
                 backup_interval_s: float = DEFAULT_INTERVAL_S) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.server_factory, self.exporter = server_factory, exporter
        self.services: Services = services
        self.bridge = EventBridge(services.events, self)
        self.consoles: dict[int, ConsoleWindow] = {}
        # Consoles whose server takes answers, read by the backup scheduler's thread: a count of its
        # own, so that thread never holds (and could never be the last to drop) the window.
        self._live_servers = _ServerCount()
        self.auto_backups = AutoBackups(self._live_servers.any, backup_interval_s, self)
        self.setWindowTitle("forumdesk")
        self.setStyleSheet(APP_QSS)
        fit_to_screen(self, 1100, 720)
        self.banner = Banner()
        self.auto_backups.failed.connect(self._backup_failed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search forums, partners and venues"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_search)
        self.forum_tree = QTreeWidget()
        self.forum_tree.setHeaderLabels([tr("Forum"), tr("Date"), tr("State"), tr("Answers")])
        self.forum_tree.setColumnWidth(0, 560)
        self.forum_tree.setColumnWidth(1, 110)
        self.forum_tree.itemDoubleClicked.connect(slot(self.edit_forum))
        self.forum_tree.currentItemChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, method in (("new", tr("New forum…"), self.new_forum), ("edit", tr("Edit…"), self.edit_forum),
                                ("run", tr("Run ▶"), self.run_forum), ("duplicate", tr("Duplicate"), self.duplicate_forum),
                                ("delete", tr("Delete…"), self.delete_forum),
                                ("partners", tr("Partners…"), self.edit_partners)):
            button = QPushButton(text)
            button.clicked.connect(slot(method))
            if key in ("new", "run"):
                button.setObjectName("primary")
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.forum_tree, 1)
        layout.addLayout(buttons)
        # An empty database shows the first-run panel instead of an empty list.
        self.first_run = FirstRunPanel()
        self.first_run.create_requested.connect(self.new_forum)
        self.first_run.demo_requested.connect(self.create_demo)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.first_run)
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._connect_bridge()
        geometry = self.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._remember(services)
        self.refresh()

    # ---------------------------------------------------------------- the list

    def _connect_bridge(self) -> None:
        for signal in (self.bridge.forum_changed, self.bridge.forum_deleted, self.bridge.partners_changed,
                       self.bridge.questions_changed):
            signal.connect(self.refresh)

    def refresh(self) -> None:
        selected = self.selected_forum_id()
        self.forum_tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        rows = self.services.forums.forum_listing()
        self.pages.setCurrentWidget(self.list_page if rows else self.first_run)
        for row in rows:
            group = groups.get(row["partner_name"])
            if group is None:
                group = QTreeWidgetItem([row["partner_name"]])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                groups[row["partner_name"]] = group
                self.forum_tree.addTopLevelItem(group)
            item = QTreeWidgetItem([row["title"], shown_date(row["date"]), name_of(row["state"]),
                                    str(row["answer_count"])])
            item.setData(0, ForumRole, row["id"])
            item.setData(1, ForumRole, f"{row['title']} {row['partner_name']} {row.get('venue', '')}".casefold())
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            group.addChild(item)
            if row["id"] == selected:
                self.forum_tree.setCurrentItem(item)
        self.forum_tree.expandAll()
        self.apply_search(self.search.text())
        self._update_buttons()

    def apply_search(self, text: str) -> None:
        words = text.casefold().split()
        for g in range(self.forum_tree.topLevelItemCount()):
            group = self.forum_tree.topLevelItem(g)
            visible = 0
            for c in range(group.childCount()):
                child = group.child(c)
                hay = child.data(1, ForumRole) or ""
                match = all(w in hay for w in words)
                child.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)

    def selected_forum_id(self) -> int | None:
        item = self.forum_tree.currentItem()
        return item.data(0, ForumRole) if item is not None else None

    def select_forum(self, forum_id: int) -> None:
        for g in range(self.forum_tree.topLevelItemCount()):
            group = self.forum_tree.topLevelItem(g)
            for c in range(group.childCount()):
                if group.child(c).data(0, ForumRole) == forum_id:
                    self.forum_tree.setCurrentItem(group.child(c))

    def _update_buttons(self) -> None:
        has = self.selected_forum_id() is not None
        for key in ("edit", "run", "duplicate", "delete"):
            self.buttons[key].setEnabled(has)
            self.actions[key].setEnabled(has)
        if "export" in self.actions:
            self.actions["export"].setEnabled(has)

    # ---------------------------------------------------------------- forums

    def new_forum(self) -> ForumEditor:
        editor = ForumEditor(self.services, None, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # freed once closed, not kept by the window
        editor.saved.connect(self.select_forum)
        editor.open()
        return editor

    def edit_forum(self) -> ForumEditor | None:
        forum_id = self.selected_forum_id()
        if forum_id is None:
            return None
        editor = ForumEditor(self.services, forum_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def duplicate_forum(self) -> None:
        forum_id = self.selected_forum_id()
        if forum_id is not None:
            copy = run_guarded(self, lambda: self.services.forums.duplicate_forum(forum_id))
            if copy is not None:
                self.refresh()
                self.select_forum(copy.id)

    def delete_forum(self, confirm: bool = True) -> None:
        forum_id = self.selected_forum_id()
        if forum_id is None:
            return
        forum = self.services.forums.forum(forum_id)
        count = sum(self.services.answers.answer_counts(forum_id).values())
        if confirm:
            answer = QMessageBox.question(
                self, tr("Delete forum?"),
                tr("Delete “{title}” with its %n answer(s), notes and commitments? This cannot be undone (save a "
                   "backup copy first if unsure).", "", count).format(title=forum.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        if forum_id in self.consoles:
            self.consoles[forum_id].close()
            if forum_id in self.consoles:
                return
        run_guarded(self, lambda: self.services.forums.delete_forum(forum_id))

    def run_forum(self, forum_id: int | None = None, *, resume_port: int | None = None) -> ConsoleWindow | None:
        forum_id = forum_id if forum_id is not None else self.selected_forum_id()
        if forum_id is None:
            return None
        console = self.consoles.get(forum_id)
        if console is None:
            console = ConsoleWindow(self.services, self.bridge, forum_id, self.settings, self.server_factory,
                                    exporter=self.exporter)
            console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            console.destroyed.connect(slot(self._forget_console, forum_id))
            panel = console.server_panel
            for signal in (panel.started, panel.stopped, panel.busy_changed, console.destroyed):
                signal.connect(self.update_servers_running)
            self.consoles[forum_id] = console
        console.show()
        console.raise_()
        if resume_port is not None:
            console.server_panel.start(resume_port)
        return console

    def edit_partners(self) -> None:
        dialog = PartnersDialog(self.services, self)
        dialog.exec()
        dialog.deleteLater()  # a child of the window: freed now, not when the window closes

    def open_partner_page(self, partner_id: int | None = None):
        """The selected forum's partner over time (issue 19; forumdesk/ui/partner_page.py)."""
        from forumdesk.ui.partner_page import PartnerPage

        if partner_id is None:
            forum_id = self.selected_forum_id()
            if forum_id is None:
                return None
            partner_id = self.services.forums.forum(forum_id).partner_id
        page = PartnerPage(self.services, partner_id, self)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.open()
        return page

    def open_compare(self):
        from forumdesk.ui.compare_view import CompareDialog

        dialog = CompareDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def create_demo(self) -> None:
        from forumdesk.services.demo import create_demo_forum

        forum = run_guarded(self, lambda: create_demo_forum(self.services.forums, self.services.answers,
                                                            self.services.sets, ask=self.services.ask,
                                                            images=self.services.images))
        if forum is not None:
            self.refresh()
            self.select_forum(forum.id)

    def offer_resume(self, ask: Callable[[str], bool] | None = None) -> ConsoleWindow | None:
        """A forum left running (closed app, crash, flat battery): offer to resume it as it was."""
        running = [f for f in self.services.forums.running_forums() if f.state is ForumState.RUNNING]
        if not running:
            return None
        forum = running[-1]
        if forum.port:
            text = tr("“{title}” was still running when forumdesk closed. Resume it with the same code {code} on "
                      "port {port}? Phones that were connected reconnect by themselves.")
        else:
            text = tr("“{title}” was still running when forumdesk closed. Resume it with the same code {code}? "
                      "Phones that were connected reconnect by themselves.")
        text = text.format(title=forum.title, code=forum.join_code, port=forum.port)
        if ask is None:
            answer = QMessageBox.question(self, tr("Resume the forum?"), text)
            yes = answer == QMessageBox.StandardButton.Yes
        else:
            yes = ask(text)
        if not yes:
            return None
        return self.run_forum(forum.id, resume_port=forum.port)

    def update_servers_running(self) -> None:
        """Count the consoles taking answers (read by the backup thread: a plain int, set here)."""
        self._live_servers.value = sum(1 for c in self.consoles.values() if c.server_panel.running)

    @property
    def servers_running(self) -> int:
        return self._live_servers.value

    def _forget_console(self, forum_id: int) -> None:
        self.consoles.pop(forum_id, None)
        self.update_servers_running()

    def _backup_failed(self, message: str) -> None:
        self.banner.show_message(message, "error")

    def _restore_from_backup(self) -> None:
        restore_from_backup(self)

    def show_guide(self) -> None:
        dialog = GuideDialog(self)
        dialog.exec()
        dialog.deleteLater()

    # ---------------------------------------------------------------- opening and closing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self.auto_backups.scheduler is None:  # not when un-minimised
            self.auto_backups.start(self.services)

    def closeEvent(self, event: QCloseEvent) -> None:
        for console in list(self.consoles.values()):
            if not console.close():
                event.ignore()
                return
        self.auto_backups.stop()
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        self.bridge.close()
        event.accept()
