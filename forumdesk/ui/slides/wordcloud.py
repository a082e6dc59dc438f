"""A word cloud: the most frequent words, biggest in the middle, placed on a spiral without
overlaps. The layout is a pure function of the words and the box, cached between repaints."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from forumdesk.ui.language import tr
from forumdesk.ui.slides.common import draw_line
from forumdesk.ui.theme import ProjectorTheme, font

MAX_WORDS = 40


@lru_cache(maxsize=32)
def layout(words: tuple[tuple[str, int], ...], width: int, height: int, u: float) -> tuple[tuple[str, float, float, float, int], ...]:
    """(word, x, y, pixel size, colour index) for each word that fits; x, y is the text's top-left."""
    if not words:
        return ()
    top = words[0][1]
    low = words[-1][1]
    max_px = min(150 * u, height / 3.4)
    min_px = 44 * u
    placed: list[QRectF] = []
    result = []
    cx, cy = width / 2, height / 2
    for index, (word, count) in enumerate(words[:MAX_WORDS]):
        weight = 1.0 if top == low else (math.sqrt(count) - math.sqrt(low)) / (math.sqrt(top) - math.sqrt(low))
        px = min_px + (max_px - min_px) * weight
        for _attempt in range(4):
            metrics = QFontMetricsF(font(px, QFont.Weight.Bold))
            # the whole line box, as drawText uses it: words' boxes never overlap on the slide
            w, h = metrics.horizontalAdvance(word) + 4, metrics.height()
            spot = _find_spot(placed, w, h, width, height, cx, cy)
            if spot is not None:
                break
            px *= 0.8
            if px < min_px * 0.8:
                spot = None
                break
        if spot is None:
            continue
        rect = QRectF(spot[0], spot[1], w, h)
        placed.append(rect.adjusted(-12 * u, 0, 12 * u, 0))  # the line box has room above and below
        result.append((word, rect.left(), rect.top(), px, index))
    return tuple(result)


def _find_spot(placed: list[QRectF], w: float, h: float, width: float, height: float, cx: float, cy: float):
    # Archimedean spiral, squashed to the box's aspect ratio.
    aspect = width / max(height, 1)
    step = 0.0
    while step < 200:
        angle = step * 0.5
        radius = step * 6
        x = cx + radius * math.cos(angle) * aspect * 0.7 - w / 2
        y = cy + radius * math.sin(angle) * 0.7 - h / 2
        step += 0.35
        if x < 0 or y < 0 or x + w > width or y + h > height:
            if radius > max(width, height):
                return None
            continue
        candidate = QRectF(x, y, w, h)
        if not any(candidate.intersects(other) for other in placed):
            return x, y
    return None


def paint(p: QPainter, box: QRectF, theme: ProjectorTheme, words: list[tuple[str, int]], u: float) -> None:
    if not words:
        draw_line(p, tr("No words yet"), box, 52 * u, theme.muted, QFont.Weight.DemiBold, Qt.AlignmentFlag.AlignCenter)
        return
    placements = layout(tuple(words[:MAX_WORDS]), int(box.width()), int(box.height()), round(u, 3))
    for word, x, y, px, index in placements:
        p.setFont(font(px, QFont.Weight.Bold))
        p.setPen(theme.series[index % len(theme.series)])
        metrics = QFontMetricsF(p.font())
        p.drawText(QRectF(box.left() + x, box.top() + y, metrics.horizontalAdvance(word) + 4, metrics.height()),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), word)
