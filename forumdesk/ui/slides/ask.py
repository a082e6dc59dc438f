"""The Q&A slide (issue 18): the room's own questions, most votes first, each with its votes; the
one being answered is highlighted in the accent colour, answered ones are marked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from forumdesk.ui.language import QT_TR_NOOP, tr
from forumdesk.ui.slides.common import (
    ALIGN_LEFT,
    WRAP,
    SlideData,
    directed,
    draw_line,
    elide_to_fit,
    footer,
    reserve,
    rounded,
)
from forumdesk.ui.theme import ProjectorTheme, font

TITLE = QT_TR_NOOP("Questions from the room")
SHOWN = 5  # the top five read from the back of the room; the rest are on the phones


@dataclass(frozen=True)
class AskSlideItem:
    text: str  # already masked (services.ask.public_view)
    votes: int
    answered: bool = False
    answering: bool = False  # the one the partner is answering now


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    items: list[AskSlideItem] = data.asked
    u = rect.height() / 1080
    draw_line(p, tr(TITLE), QRectF(rect.left() + 80 * u, rect.top() + 56 * u, rect.width() - 160 * u, 90 * u), 64 * u,
              theme.text, QFont.Weight.Bold)
    box = QRectF(rect.left() + 80 * u, rect.top() + 176 * u, rect.width() - 160 * u, rect.height() - 300 * u)
    shown = items[:SHOWN]
    if not shown:
        draw_line(p, tr("No questions yet: ask on your phone"), box, 52 * u, theme.muted, QFont.Weight.DemiBold,
                  Qt.AlignmentFlag.AlignCenter)
    else:
        gap = 20 * u
        card_h = (box.height() - gap * (SHOWN - 1)) / SHOWN
        pad = 22 * u
        text_font = font(40 * u, QFont.Weight.Medium)
        votes_font = font(44 * u, QFont.Weight.Bold)
        # wide enough for the largest count drawn, so no count is ever cut
        pill_w = max(QFontMetricsF(votes_font).horizontalAdvance(f"▲ {i.votes}") for i in shown) + 8 * u
        for index, item in enumerate(shown):
            card = QRectF(box.left(), box.top() + index * (card_h + gap), box.width(), card_h)
            rounded(p, card, 18 * u, theme.accent if item.answering else theme.surface)
            reserve(p, "card", card)
            ink = theme.accent_text if item.answering else theme.text
            pill = QRectF(card.right() - pad - pill_w, card.top() + pad, pill_w, card_h - 2 * pad)
            p.setFont(votes_font)
            p.setPen(ink)
            votes = f"▲ {item.votes}"
            p.drawText(pill, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), votes)
            label = ("✓ " if item.answered else "") + item.text
            area = QRectF(card.left() + pad, card.top() + pad, pill.left() - card.left() - 2 * pad, card_h - 2 * pad)
            label, align = directed(label, ALIGN_LEFT)
            flags = int(align) | int(WRAP)
            p.setFont(text_font)
            p.setPen(ink)
            p.drawText(area, flags, elide_to_fit(label, text_font, area, flags))
    more = len(items) - len(shown)
    footer(p, rect, theme, data, tr("+ %n more on the phones", "", more) if more > 0 else "")
