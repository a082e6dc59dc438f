"""Starting the facilitator app: the composition root for the windows.

Builds the Qt application, the services, the attendee server factory and the recap exporter,
and hands them to the UI by constructor (the UI never imports the web or report layers).
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from forumdesk.services import Services
from forumdesk.services.backups import interval_from_env
from forumdesk.storage import StoreError

log = logging.getLogger(__name__)


def make_server_factory():
    """``factory(services, port=..., public_host=...)`` -> a not yet started AttendeeServer."""
    from forumdesk.web.server import AttendeeServer

    def factory(services: Services, *, port: int | None = None, public_host: str | None = None) -> AttendeeServer:
        return AttendeeServer(services, port=port, public_host=public_host)

    return factory


def make_exporter():
    try:
        from forumdesk.report import export_forum
    except ImportError:  # pragma: no cover - a build without the report layer
        return None
    return export_forum


def _open_services(db_path: Path):
    """Open the database, or let the facilitator pick another file; None to quit."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from forumdesk.ui.language import tr

    while True:
        try:
            return Services.open(db_path)
        except StoreError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, tr("forumdesk cannot open its data file"), str(exc))
            other = box.addButton(tr("Open another file…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not other:
                return None
            chosen, _ = QFileDialog.getOpenFileName(None, tr("Open a forumdesk database"), str(db_path.parent),
                                                    tr("forumdesk databases (*.sqlite *.db);;All files (*)"))
            if not chosen:
                return None
            db_path = Path(chosen)


def _install_excepthook(app) -> None:
    """Log uncaught errors; show a dialog when they happen on the GUI thread, never from another.

    The dialog does not block (a modal ``exec`` would run a nested event loop in which the same
    failing repaint fails again, box after box), is shown once per cause (the same error type and
    message) and never while another one is open: an error in a paint event cannot freeze the app.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from forumdesk.ui.language import tr

    gui_thread = threading.current_thread()
    previous = sys.excepthook
    shown: set[tuple[str, str]] = set()
    open_boxes: list[QMessageBox] = []

    def hook(kind, value, tb) -> None:
        cause = (kind.__name__, str(value))
        if threading.current_thread() is not gui_thread or app is None:
            log.error("uncaught error", exc_info=(kind, value, tb))
            previous(kind, value, tb)
            return
        if cause in shown:
            log.debug("uncaught error again: %s", cause)
            return
        log.error("uncaught error", exc_info=(kind, value, tb))
        shown.add(cause)
        if any(box.isVisible() for box in open_boxes):
            return
        open_boxes.clear()
        box = QMessageBox(QMessageBox.Icon.Critical, "forumdesk", tr(
            "Something went wrong: {problem}\n\nEverything saved before is safe. Details are in the log file.").format(
            problem=value))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(open_boxes.clear)
        open_boxes.append(box)
        box.open()

    sys.excepthook = hook


def run_gui(db_path: Path) -> int:
    """Run the app (logging is set up by the command line before this is called)."""
    from PySide6.QtWidgets import QApplication

    from forumdesk.ui.language import start_in_language
    from forumdesk.ui.main_window import MainWindow
    from forumdesk.ui.retention import reminder
    from forumdesk.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("forumdesk")
    app.setOrganizationName("forumdesk")
    app.setStyle("Fusion")
    _install_excepthook(app)
    settings = Settings()
    start_in_language(app, settings)  # the system's language, or the one picked in Settings ▸ Language
    services = _open_services(db_path)
    if services is None:
        return 2
    # The window backs the database up while it is open (every few minutes while a console's
    # server takes answers, and when a forum ends); closing it stops that.
    window = MainWindow(services, settings, server_factory=make_server_factory(), exporter=make_exporter(),
                        backup_interval_s=interval_from_env())
    window.show()
    from PySide6.QtCore import QTimer

    from forumdesk.services.themes_embed import warm_up

    # The themes model loads on a background thread, not on the facilitator's first click; a
    # moment after start, so its imports do not compete with painting the first window.
    QTimer.singleShot(1500, warm_up)
    window.offer_resume()
    reminder(services, settings, window)  # a non-modal box owned by the window, when forums keep old texts
    try:
        return app.exec()
    finally:
        window.auto_backups.stop()  # already stopped if the window was closed; waits for a copy in progress
        window.services.close()
