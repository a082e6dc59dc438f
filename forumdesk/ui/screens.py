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


def fit_to_screen(window, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or less: never larger than the free area of its
    screen (a 1366×768 laptop has about 1366×728 once the task bar is taken), leaving room for the
    title bar, and centred there."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    title_bar, frame = 32, 8  # the frame is not known before the window is shown
    size_w, size_h = min(width, area.width() - frame), min(height, max(200, area.height() - title_bar - frame))
    window.resize(size_w, size_h)
    window.move(area.left() + (area.width() - window.width()) // 2,
                area.top() + title_bar + max(0, (area.height() - title_bar - window.height()) // 2))
