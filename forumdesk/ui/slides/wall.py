"""The answer wall: open-text answers as cards in columns, starred ones first and marked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPolygonF

from forumdesk.domain import Answer
from forumdesk.services.live import shown_text
from forumdesk.ui.slides.common import ALIGN_LEFT, WRAP, draw_line, elide_to_fit, reserve, rounded, text_height
from forumdesk.ui.theme import ProjectorTheme, font


def paint(p: QPainter, box: QRectF, theme: ProjectorTheme, answers: list[Answer], u: float) -> None:
    if not answers:
        draw_line(p, "No answers to show", box, 52 * u, theme.muted, QFont.Weight.DemiBold, Qt.AlignmentFlag.AlignCenter)
        return
    n = len(answers)
    columns = 2 if n <= 4 else 3
    px = (52 if n <= 4 else 42 if n <= 9 else 36) * u
    f = font(px, QFont.Weight.Medium)
    gap, pad = 24 * u, 28 * u
    col_w = (box.width() - gap * (columns - 1)) / columns
    text_w = col_w - 2 * pad
    lines = 4 if n <= 9 else 3  # with many answers, shorter cards so more of them fit
    # the height of exactly ``lines`` wrapped lines, measured the way the text is drawn
    max_h = text_height("\n".join(["Ag"] * lines), f, text_w)
    heights = [box.top()] * columns
    shown = 0
    more_h = 56 * u
    for answer in answers:
        text = shown_text(answer)  # contact details masked unless the facilitator kept them
        width = text_w - (36 * u if answer.starred else 0)
        h = min(text_height(text, f, width), max_h)
        card_h = h + 2 * pad
        col = min(range(columns), key=lambda c: heights[c])
        limit = box.bottom() - (more_h if shown < n - 1 else 0)
        if heights[col] + card_h > limit:
            break
        card = QRectF(box.left() + col * (col_w + gap), heights[col], col_w, card_h)
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
        area = QRectF(card.left() + pad, card.top() + pad, width, h)
        p.setFont(f)
        p.setPen(theme.text)
        flags = int(ALIGN_LEFT) | int(WRAP)
        p.drawText(area, flags, elide_to_fit(text, f, area, flags))
        heights[col] += card_h + gap
        shown += 1
    if shown < n:
        draw_line(p, f"+ {n - shown} more", QRectF(box.left(), box.bottom() - more_h + 8 * u, box.width(), more_h - 8 * u),
                  34 * u, theme.muted, QFont.Weight.DemiBold, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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
