"""The "You said, we did" slide (issue 19 item 2): what was committed to at the partner's last
forum and what happened, to open the next one.

Each commitment is a card: what we said on the left, its status in a pill and what was done on
the right. Up to ``MAX_CARDS`` cards; the rest are counted in a line at the bottom (the recap's
"Since last time" lists them all). Commitments and outcomes can be long (2,000 characters): they
are drawn as large as fits their card and cut with "…" beyond the smallest readable size.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from forumdesk.ui.language import QT_TR_NOOP, tr
from forumdesk.ui.slides.common import MIN_PX_1080, SlideData, draw_fitted, draw_line, reserve, rounded
from forumdesk.ui.theme import ProjectorTheme

MAX_CARDS = 4
KICKER = QT_TR_NOOP("SINCE LAST TIME")
TITLE = QT_TR_NOOP("You said, we did")


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    u = rect.height() / 1080
    left, width = rect.left() + 110 * u, rect.width() - 220 * u
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 14 * u), theme.accent)
    draw_line(p, tr(KICKER), QRectF(left, rect.top() + 70 * u, width, 50 * u), 34 * u, theme.accent, QFont.Weight.Bold)
    draw_line(p, tr(TITLE), QRectF(left, rect.top() + 125 * u, width, 96 * u), 72 * u, theme.text, QFont.Weight.Bold)
    items = data.follow_ups
    if not items:
        draw_fitted(p, tr("Nothing was carried over from the last forum."), QRectF(left, rect.top() + 300 * u, width,
                    120 * u), 48 * u, MIN_PX_1080 * u, theme.muted, QFont.Weight.DemiBold)
        return
    shown = items[:MAX_CARDS]
    top, bottom = rect.top() + 250 * u, rect.bottom() - (110 if len(items) > MAX_CARDS else 60) * u
    gap = 22 * u
    height = (bottom - top - gap * (len(shown) - 1)) / len(shown)
    for index, (said, status, done) in enumerate(shown):
        card = QRectF(left, top + index * (height + gap), width, height)
        rounded(p, card, 18 * u, theme.surface)
        inner = card.adjusted(28 * u, 18 * u, -28 * u, -18 * u)
        split = inner.left() + inner.width() * 0.52
        draw_fitted(p, said, QRectF(inner.left(), inner.top(), split - inner.left() - 30 * u, inner.height()),
                    44 * u, MIN_PX_1080 * u, theme.text, QFont.Weight.DemiBold)
        pill = QRectF(split, inner.top(), min(280 * u, inner.right() - split), 52 * u)
        rounded(p, pill, 26 * u, theme.accent)
        reserve(p, f"status {index + 1}", pill)
        draw_line(p, status, pill.adjusted(10 * u, 0, -10 * u, 0), 30 * u, theme.accent_text, QFont.Weight.Bold,
                  Qt.AlignmentFlag.AlignCenter)
        if done:
            below = QRectF(split, pill.bottom() + 12 * u, inner.right() - split, inner.bottom() - pill.bottom() - 12 * u)
            if below.height() >= MIN_PX_1080 * u * 1.3:
                draw_fitted(p, done, below, 36 * u, MIN_PX_1080 * u, theme.text)
    if len(items) > MAX_CARDS:
        more = len(items) - MAX_CARDS
        draw_line(p, tr("… and %n more in the recap", "", more), QRectF(left, rect.bottom() - 95 * u, width, 50 * u),
                  32 * u, theme.muted, QFont.Weight.DemiBold)
