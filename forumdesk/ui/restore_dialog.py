"""File ▸ Restore from a backup…: choose a copy (the automatic ones, newest first, or any file),
confirm, and put it back in place of the open database.

The current file is first kept aside as ``<name>-before-restore-<time>.sqlite`` (by
:func:`forumdesk.storage.restore.restore_backup`). Running servers are stopped and the consoles
(with their projector windows) closed first; the copying runs on a worker thread while the main
window waits, disabled. A damaged, foreign or newer file is refused with a sentence and the
current database is opened again, untouched.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services import Services
from forumdesk.storage import StoreError
from forumdesk.storage.restore import restore_backup
from forumdesk.ui.errors import explain
from forumdesk.ui.language import QT_TR_NOOP, format_date, format_number, format_time, tr
from forumdesk.ui.slots import slot
from forumdesk.ui.tasks import run_in_thread

if TYPE_CHECKING:
    from forumdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

PathRole = Qt.ItemDataRole.UserRole
# BackupService names its copies <database>-<YYYYmmdd-HHMMSS-micro>-<reason>.sqlite
COPY_NAME = re.compile(r"-(\d{8}-\d{6})-\d{6}-([a-z0-9-]+)\.sqlite$")
REASONS = {"auto": QT_TR_NOOP("automatic copy while a forum ran"), "forum-ended": QT_TR_NOOP("when a forum ended"),
           "stopped": QT_TR_NOOP("when the attendee server stopped")}


def readable_size(size: int) -> str:
    if size < 1024:
        return tr("%n byte(s)", "", size)
    for unit in (tr("KB"), tr("MB")):
        size /= 1024
        if size < 1024 or unit == tr("MB"):
            return f"{format_number(round(size, 1))} {unit}"
    return ""  # pragma: no cover - the loop returns


def describe_copy(path: Path) -> str:
    """'Tuesday 25 November 2026, 21:50:03 · when a forum ended · 1.2 MB' (the file's own time if
    its name does not say)."""
    try:
        stat = path.stat()
    except OSError:
        return path.name
    match = COPY_NAME.search(path.name)
    if match:
        when = datetime.strptime(match[1], "%Y%m%d-%H%M%S")
        reason = REASONS.get(match[2])
        what = tr(reason) if reason else match[2].replace("-", " ")
    else:
        when, what = datetime.fromtimestamp(stat.st_mtime), path.name
    return f"{format_date(when.date(), 'full')}, {format_time(when, 'medium')}  ·  {what}  ·  {readable_size(stat.st_size)}"


class RestoreDialog(QDialog):
    """The copies to choose from; ``chosen`` is the one to restore once accepted."""

    def __init__(self, copies: list[Path], folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from a backup"))
        self.resize(640, 420)
        self.folder = folder
        self.chosen: Path | None = None
        intro = QLabel(tr("Choose the copy to put back. Everything saved after it is replaced; the current file is "
                       "kept aside first, so nothing is deleted."))
        intro.setWordWrap(True)
        self.copy_list = QListWidget()
        for path in copies:
            item = QListWidgetItem(describe_copy(path))
            item.setData(PathRole, str(path))
            item.setToolTip(str(path))
            self.copy_list.addItem(item)
        if not copies:
            empty = QListWidgetItem(tr("No automatic backups yet (they are kept in {folder}).").format(folder=folder))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.copy_list.addItem(empty)
        else:
            self.copy_list.setCurrentRow(0)
        self.copy_list.itemDoubleClicked.connect(slot(self.accept))
        self.copy_list.currentItemChanged.connect(self._update)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(tr("Choose another file…"))
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.copy_list, 1)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _selected(self) -> Path | None:
        item = self.copy_list.currentItem()
        data = item.data(PathRole) if item is not None else None
        return Path(data) if data else None

    def accept(self) -> None:
        self.chosen = self.chosen or self._selected()
        if self.chosen is not None:
            super().accept()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Restore from a file"), str(self.folder),
                                              tr("forumdesk databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()


def _ask(window: QWidget, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=window)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def restore_from_backup(window: MainWindow, backup: Path | None = None) -> bool:
    """The whole File ▸ Restore flow; True once the restore has started (it ends on its own)."""
    services = window.services
    if backup is None:
        dialog = RestoreDialog(services.backups.backups(), services.backups.folder, window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        backup = dialog.chosen
    db_path = services.store.path
    if backup.resolve() == db_path.resolve():
        QMessageBox.information(window, "forumdesk", tr("That is the database file in use: choose a backup copy."))
        return False
    panels = [console.server_panel for console in window.consoles.values()]
    if any(panel.busy for panel in panels):
        QMessageBox.information(window, "forumdesk", tr("An attendee server is starting or stopping. Try again in a "
                                "moment."))
        return False
    live = [console.session.forum.title for console in window.consoles.values() if console.server_panel.running]
    text = tr("Put back {backup} in place of {database}? Everything saved after that copy is replaced. The current "
              "file is kept aside first, as {stem}-before-restore-<date>-<time>.sqlite in {folder}, so nothing is "
              "lost.").format(backup=backup.name, database=db_path.name, stem=db_path.stem, folder=db_path.parent)
    if live:
        names = ", ".join(f"“{title}”" for title in live)
        text += "\n\n" + tr("{names}: taking answers right now. The attendee server stops, phones cannot answer "
                             "until you start it again, and the consoles close.").format(names=names)
    elif window.consoles:
        text += "\n\n" + tr("The open consoles close.")
    if not _ask(window, tr("Restore this copy?"), text, tr("Stop and restore") if live else tr("Restore")):
        return False
    window.menuBar().setEnabled(False)
    window.centralWidget().setEnabled(False)
    window.banner.show_message(tr("Restoring… (the attendee servers stop first)") if live else tr("Restoring…"),
                               "info")
    _stop_servers([p for p in panels if p.running], lambda: _close_and_restore(window, backup, db_path))
    return True


def _stop_servers(panels: list, then: Callable[[], None]) -> None:
    """Stop every server (each on its own worker thread); ``then()`` once all have stopped."""
    left = [len(panels)]

    def one_stopped() -> None:
        left[0] -= 1
        if left[0] == 0:
            then()

    if not panels:
        then()
    for panel in panels:
        panel.stop(on_stopped=one_stopped)


def _close_and_restore(window: MainWindow, backup: Path, db_path: Path) -> None:
    for console in list(window.consoles.values()):
        if not console.close():  # cannot happen once its server stopped; never restore under it
            _finish(window)
            return
    window.consoles.clear()
    window.update_servers_running()
    scheduler = window.auto_backups.detach()
    old = window.services
    window.bridge.close()

    def work() -> Path | None:
        if scheduler is not None:
            scheduler.stop()  # waits for a copy in progress
        old.close()  # restore_backup needs every connection to the file closed
        return restore_backup(backup, db_path)

    def restored(kept: Path | None) -> None:
        if _reopen(window, db_path):
            where = " " + tr("The file as it was before is kept as {path}.").format(path=kept) if kept else ""
            window.banner.show_message(tr("Restored the copy {name}.").format(name=backup.name) + where, "info")

    def refused(exc: BaseException) -> None:
        log.warning("restoring %s failed: %s", backup, exc)
        message = str(exc) if isinstance(exc, StoreError) else explain(exc)
        QMessageBox.warning(window, tr("This copy cannot be restored"), message + "\n\n" + tr("Nothing was changed."))
        if _reopen(window, db_path):
            window.banner.show_message(tr("{name} was not restored: {reason}").format(name=backup.name, reason=message),
                                       "warning")

    run_in_thread(work, restored, refused, name="forumdesk-restore")


def _reopen(window: MainWindow, db_path: Path) -> bool:
    try:
        services = Services.open(db_path)
    except StoreError as exc:
        QMessageBox.critical(window, tr("forumdesk cannot open its data file"),
                             f"{exc}\n\n" + tr("Use File ▸ Open database… to open another file."))
        window.menuBar().setEnabled(True)  # File ▸ Open stays usable; the list is empty
        window.forum_tree.clear()
        return False
    window.use_services(services)
    _finish(window)
    return True


def _finish(window: MainWindow) -> None:
    window.menuBar().setEnabled(True)
    window.centralWidget().setEnabled(True)
    window.banner.hide()
