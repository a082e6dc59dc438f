"""Slots that carry arguments without keeping their window alive.

Windows and dialogs must be freed by reference counting when they close, on the GUI thread. A
window kept alive only by a reference cycle waits for Python's cycle collector, which runs in
whichever thread happens to allocate: a widget destroyed there (an export's worker thread, the
attendee server's loop) crashes Qt. PySide6 holds the object of a bound method connected to a
signal weakly, so ``signal.connect(self.method)`` makes no cycle; a ``lambda`` that uses
``self``, or a ``functools.partial`` of a bound method, is held strongly by the connection and does
(measured with PySide6 6.11: neither is freed after close, even by ``gc.collect()``).

Connect a method directly when the signal's arguments suit it (PySide6 drops the extra ones only
for methods without optional parameters; ``QAction.triggered`` would pass ``checked=False`` into
``delete_forum(confirm=True)``). Otherwise use :func:`slot`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def slot(method: Callable[..., object], *args: object) -> Callable[..., None]:
    """A slot that calls ``method(*args)``, whatever the signal sends, and holds the method's
    object weakly: once the window is gone, the slot does nothing. For the GUI thread only (a
    strong reference taken on another thread could be the last one, and free the window there)."""
    # By owner and name rather than weakref.WeakMethod, which refuses Qt's own methods
    # (``self.close``, ``self.search.setFocus``): they are built-in methods, without ``__func__``.
    owner = weakref.ref(method.__self__)  # type: ignore[attr-defined]
    name = method.__name__

    def call(*_signal_args: object) -> None:
        target = owner()
        if target is not None:
            getattr(target, name)(*args)

    return call


def once_after_events(parent: QObject, method: Callable[[], object]) -> Callable[..., None]:
    """A slot that runs ``method`` once, after the events already queued: connected to a signal that
    fires hundreds of times in a burst (a bulk tag changes hundreds of answers), the work is done
    once at the end. A zero-delay single-shot timer owned by ``parent``; held weakly like ``slot``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(method)
    return slot(timer.start)

