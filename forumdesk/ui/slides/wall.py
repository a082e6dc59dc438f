"""The answer wall: open-text answers as cards in columns, starred ones first and marked, each
text once with "×N" when several people wrote it, paged so every visible answer can be shown
(issue 13: the wall used to stop at 60 answers and say "+ 48 more" of 288).

A page holds the cards that fit; the next key (or rotation) shows the next page. A card shows up
to a few lines; a longer answer ends with "…" and is read whole with the spotlight slide.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPolygonF

from forumdesk.domain import Answer
from forumdesk.services.live import shown_text
from forumdesk.ui.language import tr
from forumdesk.ui.slides.common import (
    ALIGN_LEFT,
    WRAP,
    draw_line,
    elide_to_fit,
    own_directed,
    reserve,
    rounded,
    text_height,
)
from forumdesk.ui.theme import ProjectorTheme, font


def _layout(n: int, box: QRectF, u: float) -> tuple[int, float, float, float, float, int]:
    columns = 2 if n <= 4 else 3
    px = (52 if n <= 4 else 42 if n <= 9 else 36) * u
    gap, pad = 24 * u, 28 * u
    col_w = (box.width() - gap * (columns - 1)) / columns
    lines = 4 if n <= 9 else 3  # with many answers, shorter cards so more of them fit
    return columns, px, gap, pad, col_w, lines


def _badge(count: int) -> str:
    return f"×{count}" if count > 1 else ""


def _page_of(answers: list[Answer], counts: list[int], start: int, box: QRectF, u: float) -> list[tuple[int, QRectF, float]]:
    """The cards of the page that starts at ``start``: (index, card rectangle, text height)."""
    columns, px, gap, pad, col_w, lines = _layout(len(answers), box, u)
    f = font(px, QFont.Weight.Medium)
    text_w = col_w - 2 * pad
    max_h = text_height("\n".join(["Ag"] * lines), f, text_w)
    heights = [box.top()] * columns
    placed: list[tuple[int, QRectF, float]] = []
    for i in range(start, len(answers)):
        width = _text_width(answers[i], counts[i], text_w, u)
        h = min(text_height(shown_text(answers[i]), f, width), max_h)
        card_h = h + 2 * pad
        col = min(range(columns), key=lambda c: heights[c])
        if heights[col] + card_h > box.bottom() and placed:
            break
        placed.append((i, QRectF(box.left() + col * (col_w + gap), heights[col], col_w, min(card_h, box.height())), h))
        heights[col] += card_h + gap
    return placed


def _text_width(answer: Answer, count: int, text_w: float, u: float) -> float:
    return text_w - (36 * u if answer.starred else 0) - (90 * u if count > 1 else 0)


def pages(answers: list[Answer], counts: list[int], box: QRectF, u: float) -> list[int]:
    """Where each page starts (indexes into ``answers``)."""
    starts, start = [], 0
    while start < len(answers):
        starts.append(start)
        start += max(1, len(_page_of(answers, counts, start, box, u)))
    return starts


def paint(p: QPainter, box: QRectF, theme: ProjectorTheme, answers: list[Answer], u: float,
          counts: list[int] | None = None, page: int = 0) -> str:
    """Paint page ``page`` (wrapping around) and return what the footer adds ("page 2 of 7")."""
    if not answers:
        draw_line(p, tr("No answers to show"), box, 52 * u, theme.muted, QFont.Weight.DemiBold, Qt.AlignmentFlag.AlignCenter)
        return ""
    counts = counts if counts and len(counts) == len(answers) else [1] * len(answers)
    starts = pages(answers, counts, box, u)
    page %= len(starts)
    columns, px, gap, pad, col_w, lines = _layout(len(answers), box, u)
    f = font(px, QFont.Weight.Medium)
    for i, card, h in _page_of(answers, counts, starts[page], box, u):
        answer = answers[i]
        rounded(p, card, 18 * u, theme.surface)
        reserve(p, "card", card)
        if answer.starred:
            path = QPainterPath()
            path.addRoundedRect(card, 18 * u, 18 * u)
            p.save()
            p.setClipPath(path)
            p.fillRect(QRectF(card.left(), card.top(), 10 * u, card.height()), theme.star)
            p.restore()
            _star(p, QPointF(card.right() - 30 * u, card.top() + 30 * u), 16 * u, theme.star)
        if counts[i] > 1:  # how many wrote it, top right (left of the star)
            right = card.right() - pad - (36 * u if answer.starred else 0)
            draw_line(p, _badge(counts[i]), QRectF(right - 84 * u, card.top() + pad, 84 * u, 48 * u), 34 * u,
                      theme.accent, QFont.Weight.Bold, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        width = _text_width(answer, counts[i], col_w - 2 * pad, u)
        area = QRectF(card.left() + pad, card.top() + pad, width, min(h, card.height() - 2 * pad))
        p.setFont(f)
        p.setPen(theme.text)
        text, align = own_directed(shown_text(answer), ALIGN_LEFT)  # contact details masked unless kept
        flags = int(align) | int(WRAP)
        p.drawText(area, flags, elide_to_fit(text, f, area, flags))
    return " · " + tr("page {page} of {pages}").format(page=page + 1, pages=len(starts)) if len(starts) > 1 else ""


def _star(p: QPainter, center: QPointF, radius: float, color) -> None:
    import math

    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle)))
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawPolygon(QPolygonF(points))
    p.restore()
