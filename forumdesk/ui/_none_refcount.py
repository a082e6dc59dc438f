"""Work around a PySide6 bug that would crash the app mid-forum on Python 3.11.

Measured with PySide6-Essentials 6.12.0 on CPython 3.11: every call of a Qt method that returns
nothing (``painter.setPen``, ``font.setBold``...) takes one reference from ``None`` without having
given one. ``None`` is not immortal before Python 3.12, so after some ten thousand such calls (a few
seconds of painting) its count reaches zero and CPython aborts with "none_dealloc: deallocating
None".

The fix checks for the bug with one call and, only if the count really dropped, gives ``None`` a
practically endless supply of references (2**60, what Python 3.12 does by making it immortal). On
Python 3.12+ or a fixed PySide6 it does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_SUPPLY = 2**60
_applied = False


def _leaks_none_references() -> bool:
    from PySide6.QtGui import QColor

    color = QColor()
    before = sys.getrefcount(None)
    for _ in range(100):
        color.setRed(1)
    return sys.getrefcount(None) < before - 50


def apply() -> bool:
    """Apply the work-around if this PySide6 needs it; returns whether it was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if _leaks_none_references():
        # ob_refcnt is the first field of every object; id() is its address in CPython.
        refcount = ctypes.c_ssize_t.from_address(id(None))
        refcount.value += _SUPPLY
        _applied = True
        log.info("PySide6 drops references to None on this Python; compensated")
    return _applied
