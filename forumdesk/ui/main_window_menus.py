"""The main window's menu bar: File (with recent databases), Forum, Settings (the app's language)
and Help."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from forumdesk.ui.language import LANGUAGES, SYSTEM_DEFAULT, tr
from forumdesk.ui.slots import slot


class MainWindowMenus:
    """A mixin of ``MainWindow``: builds its menus; the actions call the window's methods."""

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
