"""Reference cycles are collected on the GUI thread, never in whichever thread allocates: a Qt
widget destroyed in a worker thread crashes the app (CI saw it happen during an export)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QObject

from forumdesk.ui.collector import GuiThreadCollector

pytestmark = pytest.mark.gui


class _InACycle(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # only the cycle keeps it alive once dropped, like a lambda slot capturing self


def _garbage_cycle(collected_in: list[int]) -> None:
    obj = _InACycle()
    weakref.finalize(obj, lambda: collected_in.append(threading.get_ident()))


def _allocate_in_a_worker(kept: list) -> None:
    """Allocate and keep far more objects than the young generation's threshold, as the server or
    an export would (CPython counts allocations net of deallocations)."""
    worker = threading.Thread(target=lambda: kept.extend([i] for i in range(20 * gc.get_threshold()[0])))
    worker.start()
    worker.join()


@pytest.fixture
def collector(qapp, gui_thread_collector):
    """Collectors made by the test, ticking every 20 ms; the one every Qt test runs under is off."""
    gui_thread_collector.stop()
    made: list[GuiThreadCollector] = []

    def make(**kwargs) -> GuiThreadCollector:
        made.append(GuiThreadCollector(qapp, interval_ms=20, **kwargs))
        made[-1].start()
        return made[-1]

    yield make
    for one in made:
        one.stop()


def test_a_cycle_dropped_while_a_worker_allocates_is_collected_on_the_gui_thread(qtbot, collector):
    collector()
    collected_in: list[int] = []
    _garbage_cycle(collected_in)
    kept: list = []
    _allocate_in_a_worker(kept)
    assert collected_in == []  # the worker's allocations did not collect it there
    qtbot.waitUntil(lambda: collected_in != [], timeout=5_000)
    assert collected_in == [threading.get_ident()]


def test_collection_waits_while_asked_to_and_catches_up_afterwards(qtbot, collector):
    allowed = threading.Event()
    one = collector(may_collect=allowed.is_set)
    collected_in: list[int] = []
    _garbage_cycle(collected_in)
    kept: list = []
    _allocate_in_a_worker(kept)
    qtbot.wait(200)  # ten ticks
    assert collected_in == [] and one.collections == [0, 0, 0]
    allowed.set()
    qtbot.waitUntil(lambda: collected_in != [], timeout=5_000)
    assert collected_in == [threading.get_ident()]


def test_stopping_collects_what_is_left_and_hands_collection_back(qapp, gui_thread_collector):
    gui_thread_collector.stop()
    was_enabled = gc.isenabled()
    one = GuiThreadCollector(qapp, interval_ms=60_000)
    one.start()
    assert not gc.isenabled()
    collected_in: list[int] = []
    _garbage_cycle(collected_in)
    one.stop()
    assert collected_in == [threading.get_ident()]
    assert gc.isenabled() == was_enabled


def test_young_collections_keep_pace_with_allocation_and_full_ones_stay_rare(qtbot, collector):
    one = collector()
    kept: list = []
    for _ in range(30):
        _allocate_in_a_worker(kept)
        qtbot.wait(30)
    assert one.collections[0] >= 10
    assert one.collections[2] <= one.collections[1] <= one.collections[0]
