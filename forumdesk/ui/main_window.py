"""The main window: the forums in the database grouped by partner, with search; creating,
editing, duplicating, deleting and running them; and the File menu (databases, backups, recap).
While it is open, the database is backed up automatically (forumdesk.ui.auto_backups)."""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
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
from forumdesk.storage import StoreError
from forumdesk.ui.auto_backups import AutoBackups
from forumdesk.ui.bridge import EventBridge
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.errors import Banner, explain, run_guarded
from forumdesk.ui.first_run import FirstRunPanel, GuideDialog
from forumdesk.ui.forum_editor import ForumEditor
from forumdesk.ui.labels import name_of
from forumdesk.ui.language import LANGUAGES, SYSTEM_DEFAULT, shown_date, tr
from forumdesk.ui.partner_editor import PartnersDialog
from forumdesk.ui.restore_dialog import restore_from_backup
from forumdesk.ui.screens import fit_to_screen
from forumdesk.ui.server_panel import ServerFactory
from forumdesk.ui.settings import Settings
from forumdesk.ui.slots import slot
from forumdesk.ui.style import APP_QSS
from forumdesk.ui.tasks import run_in_thread

log = logging.getLogger(__name__)

ForumRole = Qt.ItemDataRole.UserRole


class _ServerCount:
    """How many consoles' servers take answers: written on the GUI thread, read by the backup
    scheduler's thread (a plain int)."""

    def __init__(self) -> None:
        self.value = 0

    def any(self) -> bool:
        return self.value > 0


class MainWindow(QMainWindow):
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

    # ---------------------------------------------------------------- menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.actions: dict[str, QAction] = {}

        def add(menu, key, text, method, shortcut=None):
            action = menu.addAction(text)
            action.triggered.connect(slot(method))
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            self.actions[key] = action
            return action

        add(file_menu, "new_db", tr("&New database…"), self.new_database)
        add(file_menu, "open_db", tr("&Open database…"), self.open_database_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        add(file_menu, "backup", tr("Save a &backup copy…"), self.backup)
        add(file_menu, "restore", tr("Re&store from a backup…"), self._restore_from_backup)
        add(file_menu, "export_bundle", tr("Export a forum &bundle…"), self.export_bundle)
        add(file_menu, "import", tr("&Import a forum bundle…"), self.import_bundle)
        file_menu.addSeparator()
        if self.exporter is not None and importlib.util.find_spec("forumdesk.ui.export_dialog") is not None:
            add(file_menu, "export", tr("&Export recap…"), self.export_recap, "Ctrl+E")
            file_menu.addSeparator()
        add(file_menu, "quit", tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        forum_menu = self.menuBar().addMenu(tr("F&orum"))
        add(forum_menu, "new", tr("&New forum…"), self.new_forum, "Ctrl+Shift+N")
        add(forum_menu, "edit", tr("&Edit…"), self.edit_forum)
        add(forum_menu, "run", tr("&Run (live console)"), self.run_forum, "Ctrl+Return")
        add(forum_menu, "duplicate", tr("&Duplicate"), self.duplicate_forum, "Ctrl+D")
        add(forum_menu, "delete", tr("De&lete…"), self.delete_forum, QKeySequence.StandardKey.Delete)
        forum_menu.addSeparator()
        add(forum_menu, "partners", tr("&Partners…"), self.edit_partners)
        add(forum_menu, "partner_page", tr("Partner &page…"), self.open_partner_page)
        add(forum_menu, "compare", tr("&Compare forums…"), self.open_compare)
        add(forum_menu, "demo", tr("Create a &demo forum"), self.create_demo)
        add(forum_menu, "find", tr("&Find"), self.search.setFocus, QKeySequence.StandardKey.Find)
        self._build_language_menu(self.menuBar().addMenu(tr("&Settings")))
        help_menu = self.menuBar().addMenu(tr("&Help"))
        add(help_menu, "guide", tr("&How attendees join…"), self.show_guide,
            QKeySequence.StandardKey.HelpContents)

    def _build_language_menu(self, settings_menu) -> None:
        """Settings ▸ Language: "System default" and the five languages, each by its own name."""
        self.language_menu = settings_menu.addMenu(tr("&Language"))
        group = QActionGroup(self)
        chosen = self.settings.language
        self.language_actions: dict[str, QAction] = {}
        for code, name in [(SYSTEM_DEFAULT, tr("System default")), *LANGUAGES.items()]:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(slot(self.choose_language, code))
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Remember the language; the app starts in it next time (now, for forumdesk.i18n's strings)."""
        if code == self.settings.language:
            return
        self.settings.language = code
        self.settings.sync()
        name = LANGUAGES.get(code, tr("the system's language"))
        self.banner.show_message(tr("forumdesk will be in {language} the next time it starts.").format(language=name),
                                 "info")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(slot(self.open_database, Path(path)))
        if not self.settings.recent_files():
            self.recent_menu.addAction(tr("No recent files")).setEnabled(False)

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

    # ---------------------------------------------------------------- databases

    def _remember(self, services: Services) -> None:
        self.settings.add_recent_file(services.store.path)
        self.setWindowTitle(f"forumdesk — {services.store.path.name}")

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New database"), str(Path.home() / "forums.sqlite"),
                                              tr("forumdesk databases (*.sqlite)"))
        if path:
            self.open_database(Path(path))

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open database"), str(self.services.store.path.parent),
                                              tr("forumdesk databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_database(Path(path))

    def open_database(self, path: Path) -> bool:
        """Switch to another database file; the current one stays open if the new one cannot be used."""
        if self.consoles:
            QMessageBox.information(self, "forumdesk", tr("Close the live consoles first."))
            return False
        try:
            services = Services.open(path)
        except StoreError as exc:
            QMessageBox.warning(self, tr("forumdesk cannot open that file"), str(exc))
            return False
        old, scheduler = self.services, self.auto_backups.detach()
        self.use_services(services)
        if scheduler is None:
            old.close()
        else:  # its thread may be writing a copy of the old file: stop it, then close, off the GUI thread
            run_in_thread(lambda: (scheduler.stop(), old.close()), name="forumdesk-close-database")
        return True

    def use_services(self, services: Services) -> None:
        """Show and back up ``services`` from now on (the old ones are closed by the caller)."""
        self.services = services
        self.bridge.close()
        self.bridge.deleteLater()
        self.bridge = EventBridge(services.events, self)
        self._connect_bridge()
        self._remember(services)
        self.refresh()
        if self.isVisible() and self.auto_backups.scheduler is None:
            self.auto_backups.start(services)

    def backup(self, path: Path | None = None) -> bool:
        if path is None:
            suggested = self.services.store.path.with_name(self.services.store.path.stem + "-backup.sqlite")
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Save a backup copy"), str(suggested),
                                                    tr("forumdesk databases (*.sqlite)"))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            self.services.store.backup_to(path)
        except Exception as exc:  # any failure is shown; the database itself is untouched
            self.banner.show_message(tr("The backup copy was not written: {reason}").format(reason=explain(exc)), "error")
            return False
        self.banner.show_message(tr("Backup copy saved to {path}.").format(path=path), "info")
        return True

    def import_bundle(self, path: Path | None = None, ask: Callable[[str], bool] | None = None):
        """File ▸ Import a forum bundle… (forumdesk/ui/bundle_import.py); the result goes to the banner."""
        from forumdesk.ui.bundle_import import import_bundle

        result = import_bundle(self, self.services, path, ask=ask, tell=self._tell)
        if result is not None:
            self.refresh()
            self.select_forum(result.forum_id)
        return result

    def export_bundle(self, path: Path | None = None):
        """File ▸ Export a forum bundle…: the selected forum, for another laptop's import."""
        from forumdesk.ui.bundle_import import export_bundle

        forum_id = self.selected_forum_id()
        if forum_id is None:
            return None
        return export_bundle(self, self.services, forum_id, path, tell=self._tell)

    def _tell(self, level: str, text: str) -> None:
        self.banner.show_message(text, level)

    def export_recap(self):
        """Open the export dialog (window-modal, so a running console keeps updating)."""
        forum_id = self.selected_forum_id()
        if forum_id is None or self.exporter is None:
            return None
        from forumdesk.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, forum_id, self.exporter, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
