"""Choosing the screen for the projector window: screens as values, no side effects.

The default is the first screen that is not the primary one (the laptop's own panel); a screen the
user chose before is preferred when it is plugged in. With one screen there is no projector screen
and the window opens as an ordinary window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class ScreenLike(Protocol):
    def name(self) -> str: ...


def pick_projector_screen(screens: Sequence[ScreenLike], primary: ScreenLike | None, remembered: str = ""):
    """The screen the projector should use, or None when only the primary screen exists."""
    if remembered:
        for screen in screens:
            if screen.name() == remembered:
                return screen
    for screen in screens:
        if primary is None or screen.name() != primary.name():
            return screen
    return None


def screen_label(screen) -> str:
    size = screen.geometry()
    return f"{screen.name()} ({size.width()}×{size.height()})"
