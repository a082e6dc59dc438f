"""Running slow work (starting or stopping the attendee server, backups) off the GUI thread and
getting the result back on it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object, object)  # result, exception

    def __init__(self, on_done, on_error) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        _live.discard(self)
        if error is None:
            if self._on_done:
                self._on_done(result)
        elif self._on_error:
            self._on_error(error)
        else:
            log.error("background task failed", exc_info=error)


_live: set[_Relay] = set()  # relays stay alive until they have delivered


def run_in_thread(work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None, name: str = "forumdesk-task") -> threading.Thread:
    """Run ``work()`` on a new daemon thread; ``on_done(result)`` or ``on_error(exc)`` run on the GUI thread."""
    relay = _Relay(on_done, on_error)  # created on the calling (GUI) thread: its slot runs there
    _live.add(relay)

    def target() -> None:
        try:
            result = work()
        except BaseException as exc:  # handed to the GUI thread, never lost
            relay.finished.emit(None, exc)
        else:
            relay.finished.emit(result, None)

    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    return thread
