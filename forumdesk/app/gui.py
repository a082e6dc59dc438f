"""Starting the facilitator app: the Qt application, the services and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from forumdesk.services import Services
from forumdesk.storage import StoreError


def run_gui(db_path: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from forumdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("forumdesk")
    app.setOrganizationName("forumdesk")
    try:
        services = Services.open(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, "forumdesk cannot open its data file", str(exc))
        return 2
    window = MainWindow(services)
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
