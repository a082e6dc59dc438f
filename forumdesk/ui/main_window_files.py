"""The main window's File actions: new and open databases, backups, forum bundles and the recap."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from forumdesk.services import Services
from forumdesk.storage import StoreError
from forumdesk.ui.bridge import EventBridge
from forumdesk.ui.errors import explain
from forumdesk.ui.language import tr
from forumdesk.ui.tasks import run_in_thread


class MainWindowFiles:
    """A mixin of ``MainWindow``: the database it works on and the files it reads and writes."""

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
