"""Python's cycle collector, run on the GUI thread only.

CPython collects reference cycles in whichever thread happens to allocate past a threshold: the
attendee server's event loop, the answer writer, an export worker. A window or dialog that is kept
alive only by a cycle (a lambda slot that captures ``self`` is enough) is then destroyed on that
thread, and Qt crashes when a widget is deleted off the GUI thread. CI caught one: a closed Export
dialog was collected inside the next export's worker thread, which died with a segmentation fault.

So the app turns automatic collection off and collects from a timer on the GUI thread instead
(pyqtgraph and calibre do the same). The timer follows CPython's own rules, so garbage is reclaimed
as often as before: a young collection once more than ``threshold[0]`` objects were allocated, an
older one every ``threshold[1]`` young ones, and a full one only when the old generation has grown
by a quarter since the last (CPython's guard against quadratic full collections with many
long-lived objects, which thousands of connected phones are).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100


class GuiThreadCollector(QObject):
    """Create and ``start()`` on the GUI thread. ``may_collect`` (optional) is asked before each
    collection; returning False postpones it (the attendee server pauses collection during a burst
    of answers). ``stop()`` collects what is left on this thread and hands collection back to
    CPython."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS,
                 may_collect: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._may_collect = may_collect
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = True
        self._long_lived = 0  # objects in the oldest generation after the last full collection
        self._pending = 0  # objects moved into it since then
        self.collections = [0, 0, 0]  # per generation, for tests and curiosity

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        if self.running:
            return
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._long_lived = len(gc.get_objects(generation=2))
        self._pending = 0
        self._timer.start()

    def stop(self) -> None:
        if not self.running:
            return
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int | None:
        """Run the collection CPython would have run by now; the generation collected, or None."""
        if self._may_collect is not None and not self._may_collect():
            return None
        young, middle, full = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if young == 0 or count0 <= young:
            return None
        if count2 > full and self._pending >= self._long_lived // 4:
            gc.collect(2)
            self._long_lived = len(gc.get_objects(generation=2))
            self._pending = 0
            generation = 2
        elif count1 > middle:
            before = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
            self._pending += max(0, before - gc.collect(1))
            generation = 1
        else:
            gc.collect(0)
            generation = 0
        self.collections[generation] += 1
        return generation
