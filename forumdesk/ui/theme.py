"""Colours and type for the projector (light and dark) and small helpers for fonts.

The projector is read from the back of a room: very high contrast text, large type, a few strong
accent colours for bars and words. The QR code is always black on white, whatever the theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

FONT_FAMILIES = ["Inter", "Segoe UI", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", "Arial", "sans-serif"]


@dataclass(frozen=True)
class ProjectorTheme:
    name: str
    background: QColor
    surface: QColor  # cards of the answer wall, track of the bars
    text: QColor
    muted: QColor
    accent: QColor
    accent_text: QColor  # text drawn on the accent colour
    room: QColor  # the room-count part of a bar
    star: QColor
    series: tuple[QColor, ...]  # word cloud colours


def _c(hex_code: str) -> QColor:
    return QColor(hex_code)


LIGHT = ProjectorTheme(
    name="light",
    background=_c("#ffffff"),
    surface=_c("#eef1f6"),
    text=_c("#0b1320"),
    muted=_c("#4a5568"),
    accent=_c("#1d4ed8"),
    accent_text=_c("#ffffff"),
    room=_c("#f59e0b"),
    star=_c("#b45309"),
    series=(_c("#1d4ed8"), _c("#0f766e"), _c("#b91c1c"), _c("#6d28d9"), _c("#0b1320"), _c("#c2410c")),
)

DARK = ProjectorTheme(
    name="dark",
    background=_c("#0b1020"),
    surface=_c("#1b2238"),
    text=_c("#ffffff"),
    muted=_c("#b8c2d9"),
    accent=_c("#60a5fa"),
    accent_text=_c("#0b1020"),
    room=_c("#fbbf24"),
    star=_c("#fbbf24"),
    series=(_c("#93c5fd"), _c("#5eead4"), _c("#fca5a5"), _c("#c4b5fd"), _c("#ffffff"), _c("#fdba74")),
)

THEMES = {"light": LIGHT, "dark": DARK}


def theme_named(name: str) -> ProjectorTheme:
    return THEMES.get(name, LIGHT)


def font(pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """A sans-serif font of ``pixel_size`` pixels (pixels, not points: slides scale with the screen)."""
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPixelSize(max(1, round(pixel_size)))
    f.setWeight(weight)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    return f
