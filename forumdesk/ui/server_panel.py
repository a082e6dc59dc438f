"""The console's top bar: start and stop the attendee server, the join address, code and QR,
which network address to advertise, and how many phones are connected. While the server cannot
save answers (disk full, file read-only), ``storage_changed`` says why, for the console's banner.

The server comes from ``server_factory`` (built by the composition root, forumdesk.app.gui), so
the UI never imports the web layer. Starting and stopping run on a worker thread: the window
keeps repainting while the server binds its port.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QPushButton, QWidget

from forumdesk.services import Services
from forumdesk.services.joining import lan_addresses
from forumdesk.ui.language import tr
from forumdesk.ui.qr import qr_pixmap_image
from forumdesk.ui.session import LiveForum
from forumdesk.ui.slots import slot
from forumdesk.ui.tasks import run_in_thread

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


class AttendeeServerLike(Protocol):
    port: int | None
    code: str
    join_url: str
    running: bool
    connected_phones: int
    storage_problem: str | None  # why answers cannot be saved right now, else None

    def start(self, forum_id: int) -> None: ...
    def stop(self) -> None: ...
    def set_public_host(self, host: str) -> None: ...


ServerFactory = Callable[..., AttendeeServerLike]


class ServerPanel(QFrame):
    started = Signal(str)  # join URL
    stopped = Signal()
    join_url_changed = Signal(str)
    problem = Signal(str, str)  # message, level ("error", "warning", "info")
    busy_changed = Signal(bool)
    storage_changed = Signal(str, str)  # the problem while it lasts (every poll), else "" and what to say now

    def __init__(self, services: Services, session: LiveForum, server_factory: ServerFactory | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBar")
        self.services, self.session, self.server_factory = services, session, server_factory
        self.server: Any = None
        self.busy = False
        self.requested_port: int | None = None
        self.storage_problem: str | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setHorizontalSpacing(10)
        self.status_label = QLabel(tr("● Not taking answers"))
        self.status_label.setObjectName("status")
        self.status_label.setProperty("live", False)
        self.before_start: Callable[[], bool] | None = None  # asked before starting; False cancels
        self.start_button = QPushButton(tr("Start taking answers"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(slot(self.start))  # not start(port=checked)
        self.stop_button = QPushButton(tr("Stop server"))
        self.stop_button.clicked.connect(slot(self.stop))
        self.url_label = QLabel(tr("Not started"))
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setObjectName("joinUrl")
        self.code_label = QLabel(tr("Code {code}").format(code=session.forum.join_code))
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setObjectName("joinCode")
        self.address_combo = QComboBox()
        self.address_combo.setToolTip(tr("The network address phones use to reach this laptop"))
        self.address_combo.currentIndexChanged.connect(self._address_chosen)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setToolTip(tr("Look for networks again (after joining the room's Wi-Fi)"))
        self.refresh_button.clicked.connect(self.refresh_addresses)
        self.phones_label = QLabel(tr("%n phone(s) connected", "", 0))
        self.qr_label = QLabel(tr("QR code\nonce started"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setStyleSheet("border: 1px dashed palette(mid); color: palette(dark);")
        self.qr_label.setFixedSize(112, 112)
        self.qr_label.setScaledContents(False)
        for button in (self.start_button, self.stop_button, self.refresh_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.address_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(self.qr_label, 0, 0, 3, 1)
        layout.addWidget(self.status_label, 0, 1, 1, 3)
        layout.addWidget(self.url_label, 1, 1, 1, 3)
        layout.addWidget(QLabel(tr("Network:")), 2, 1)
        layout.addWidget(self.address_combo, 2, 2)
        layout.addWidget(self.refresh_button, 2, 3)
        layout.addWidget(self.code_label, 0, 4, 2, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.phones_label, 2, 4, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.start_button, 0, 5, 2, 1)
        layout.addWidget(self.stop_button, 2, 5)
        layout.setColumnStretch(2, 1)
        layout.setColumnMinimumWidth(4, 180)
        self._poll = QTimer(self)
        self._poll.setInterval(1000)
        self._poll.timeout.connect(self._poll_server)
        self.refresh_addresses()
        self._update_buttons()

    # ---------------------------------------------------------------- addresses

    def refresh_addresses(self) -> None:
        previous = self.chosen_host()
        self.address_combo.blockSignals(True)
        self.address_combo.clear()
        addresses = lan_addresses()
        for address in addresses:
            self.address_combo.addItem(address.label, address.address)
        self.address_combo.addItem(tr("127.0.0.1 (this laptop only)"), LOOPBACK)
        index = self.address_combo.findData(previous) if previous else -1
        self.address_combo.setCurrentIndex(index if index >= 0 else 0)
        self.address_combo.blockSignals(False)
        if not addresses:
            self.problem.emit(tr("No network found: only this laptop can join. Connect to the room's Wi-Fi or your "
                                 "pocket router, then click Refresh."), "warning")
        elif len(addresses) > 1:
            self.problem.emit(tr("This laptop is on %n networks. Check that the address under Network is the one "
                                 "the room's phones are on.", "", len(addresses)), "info")
        self._address_chosen()

    def chosen_host(self) -> str:
        return str(self.address_combo.currentData() or "")

    def _address_chosen(self, *_args) -> None:
        host = self.chosen_host()
        if self.server is not None and host:
            self.server.set_public_host(host)
            self._show_join(self.server.join_url)

    # ---------------------------------------------------------------- life cycle

    @property
    def running(self) -> bool:
        """True once the server runs and the console knows its address (not while starting or stopping)."""
        return bool(self.server is not None and not self.busy and self.server.running)

    def start(self, port: int | None = None) -> None:
        """Start the server (on a worker thread). ``port``: the port to reuse when resuming."""
        if self.busy or self.server is not None or self.server_factory is None:
            return
        if self.before_start is not None and not self.before_start():  # e.g. "reopen the ended forum?"
            return
        # None: the server reuses the forum's stored port (resume), else its default, with fallbacks.
        self.requested_port = port if port is not None else self.session.forum.port
        self.server = self.server_factory(self.services, port=port, public_host=self.chosen_host() or None)
        forum_id = self.session.forum_id
        self._set_busy(True, tr("Starting…"))
        run_in_thread(lambda: self.server.start(forum_id), self._on_started, self._on_start_failed,
                      name="forumdesk-server-start")

    def _on_started(self, _result) -> None:
        self._set_busy(False)
        server = self.server  # it marked the forum as running (and stored its port) itself
        if self.requested_port and server.port != self.requested_port:
            self.problem.emit(tr("Port {requested} was taken by another program, so the server uses port {port}. "
                                 "Phones that joined before must scan the new QR code.").format(
                                     requested=self.requested_port, port=server.port), "warning")
        self._show_join(server.join_url)
        self._poll.start()
        self._poll_server()
        self._update_buttons()
        self.started.emit(server.join_url)

    def _on_start_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.server = None
        log.warning("the attendee server did not start: %s", exc)
        self.problem.emit(tr("The attendee server did not start: {reason} Phones cannot answer until it runs; close "
                             "other programs using the network port, then Start again.").format(reason=exc), "error")
        self._update_buttons()

    def stop_after_phones_left(self, longest_s: float = 10.0) -> None:
        """Stop once every phone has let its event stream go, or after ``longest_s``. For an ended
        forum: its phones show the thank-you screen and close their streams when the ended state
        reaches them; stopping at once left them saying "Connection lost — reconnecting…" forever."""
        if self.server is None or self.busy:
            return
        deadline = time.monotonic() + longest_s
        waiting = QTimer(self)
        waiting.setInterval(100)

        def check() -> None:
            if self.server is None or self.busy:
                waiting.stop()
            elif not self.server.connected_phones or time.monotonic() >= deadline:
                waiting.stop()
                self.stop()

        waiting.timeout.connect(check)
        waiting.start()

    def stop(self, on_stopped: Callable[[], None] | None = None) -> None:
        if self.server is None or self.busy:
            if on_stopped:
                on_stopped()
            return
        server = self.server
        self._set_busy(True, tr("Stopping…"))
        self._poll.stop()

        def done(_result=None) -> None:
            self.server = None
            self._storage_unknown()
            self._set_busy(False)
            self.url_label.setText(tr("Stopped — phones cannot answer"))
            self.qr_label.clear()
            self.phones_label.setText(tr("%n phone(s) connected", "", 0))
            self.stopped.emit()
            self.join_url_changed.emit("")
            if on_stopped:
                on_stopped()

        def failed(exc: BaseException) -> None:
            log.warning("stopping the server failed: %s", exc)
            done()

        run_in_thread(server.stop, done, failed, name="forumdesk-server-stop")

    def stop_now(self) -> None:
        """Stop synchronously (the app is quitting)."""
        self._poll.stop()
        if self.server is not None:
            try:
                self.server.stop()
            except Exception:  # quitting: log and go on
                log.exception("stopping the server failed")
            self.server = None
            self._storage_unknown()

    # ---------------------------------------------------------------- display

    def _show_join(self, url: str) -> None:
        self.url_label.setText(url)
        self.qr_label.setStyleSheet("")
        self.qr_label.setPixmap(QPixmap.fromImage(qr_pixmap_image(url, 112)))
        self.join_url_changed.emit(url)
        if self.chosen_host() == LOOPBACK:
            self.problem.emit(tr("The join address is 127.0.0.1: only this laptop can join. Choose a network "
                                 "address under Network."), "warning")

    def _poll_server(self) -> None:
        """Every second while the server runs: phones connected, and whether answers can be saved."""
        if self.server is None:
            return
        n = int(self.server.connected_phones)
        self.phones_label.setText(tr("%n phone(s) connected", "", n))
        problem = self.server.storage_problem
        if problem:
            self.storage_changed.emit(problem, "")  # the banner keeps it (or shows it again) while it lasts
        elif self.storage_problem:
            self.storage_changed.emit("", tr("Saving works again: answers are stored as they arrive, and phones "
                                             "send the ones they kept by themselves."))
        self.storage_problem = problem or None

    def _storage_unknown(self) -> None:
        """The server stopped while answers could not be saved: keep saying so, but let it be dismissed."""
        if self.storage_problem:
            self.problem.emit(self.storage_problem, "error")
            self.storage_problem = None

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if busy:
            self.url_label.setText(text)
        self._update_buttons()
        self.busy_changed.emit(busy)

    def _update_buttons(self) -> None:
        live = self.running
        self.status_label.setText(tr("● Taking answers") if live else tr("● Starting…") if self.busy else tr("● Not taking answers"))
        self.status_label.setProperty("live", live)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        has_factory = self.server_factory is not None
        self.start_button.setEnabled(has_factory and not self.busy and not self.running)
        self.stop_button.setEnabled(not self.busy and self.running)
        if not has_factory:
            self.url_label.setText(tr("The attendee server is not available in this build"))
