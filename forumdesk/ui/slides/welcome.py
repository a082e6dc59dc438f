"""The welcome slide: forum title, partner, a large QR code, the join address and code, and the
promise of anonymity."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from forumdesk.ui.language import tr
from forumdesk.ui.qr import paint_qr
from forumdesk.ui.slides.common import (
    MIN_PX_1080,
    SlideData,
    _short_url,
    draw_fitted,
    draw_line,
    mirrored,
    reserve,
    rounded,
    text_height,
)
from forumdesk.ui.theme import ProjectorTheme, font

QR_HEIGHT_FRACTION = 0.56  # of the slide's height; the issue asks for at least a third of the screen's


def qr_rect(rect: QRectF) -> QRectF:
    """Where the QR card goes: a square on the right, ~56% of the slide's height."""
    u = rect.height() / 1080
    side = min(rect.height() * QR_HEIGHT_FRACTION, rect.width() * 0.42)
    return QRectF(rect.right() - side - 110 * u, rect.center().y() - side / 2 - 20 * u, side, side)


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    """Before the server runs there is no address to join: the room sees the forum and the promise
    of anonymity, without a QR card or a hint meant for the facilitator (the console says "QR code
    once started"). Texts are stacked from the bottom (how to join) and the top (what this is) and
    sized together, so a long title and partner shrink rather than run into the instructions. Right
    to left (Arabic), the slide is mirrored: the QR code at the left, the texts at the right."""
    u = rect.height() / 1080
    joinable = bool(data.join_url)
    card = qr_rect(rect)
    left = rect.left() + 110 * u
    text_width = (card.left() - 90 * u if joinable else rect.right() - 110 * u) - left

    # accent bar at the top
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 14 * u), theme.accent)

    y = rect.top() + 110 * u
    draw_line(p, tr("LISTENING FORUM"), mirrored(QRectF(left, y, text_width, 50 * u), rect), 34 * u, theme.accent,
              QFont.Weight.Bold)
    y += 70 * u

    # how to join, anchored to the bottom of the text column
    bottom = rect.bottom() - 100 * u
    promise = QRectF(left, bottom - 56 * u, text_width, 56 * u)
    _lock_icon(p, mirrored(QRectF(left, promise.top() + 6 * u, 40 * u, 44 * u), rect), theme.text)
    draw_line(p, tr("Anonymous — no names collected"), mirrored(promise.adjusted(62 * u, 0, 0, 0), rect), 40 * u,
              theme.text,
              QFont.Weight.DemiBold)
    top_of_join = promise.top()
    if joinable:
        code_top = promise.top() - 28 * u - 172 * u
        draw_line(p, tr("Code"), mirrored(QRectF(left, code_top, text_width, 44 * u), rect), 34 * u, theme.muted,
                  QFont.Weight.DemiBold)
        # The pill takes the code's measured width; a wide code (MMMMMM) gets smaller type, never cut.
        code_font_px = 96 * u
        code_width = QFontMetricsF(draw_code_font(code_font_px)).horizontalAdvance(data.code)
        if code_width + 80 * u > text_width:
            code_font_px *= (text_width - 80 * u) / code_width
            code_width = QFontMetricsF(draw_code_font(code_font_px)).horizontalAdvance(data.code)
        pill = mirrored(QRectF(left, code_top + 48 * u, min(text_width, code_width + 80 * u), 124 * u), rect)
        rounded(p, pill, 20 * u, theme.accent)
        reserve(p, "code", pill)
        p.setFont(draw_code_font(code_font_px))
        p.setPen(theme.accent_text)
        p.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), data.code)

        url_top = code_top - 24 * u - 136 * u
        draw_fitted(p, tr("Scan the code with your phone's camera, or open"),
                    mirrored(QRectF(left, url_top, text_width, 50 * u), rect),
                    36 * u, MIN_PX_1080 * u, theme.muted, QFont.Weight.DemiBold)
        draw_fitted(p, _short_url(data.join_url), mirrored(QRectF(left, url_top + 56 * u, text_width, 80 * u), rect),
                    64 * u, 30 * u, theme.text, QFont.Weight.Bold)
        top_of_join = url_top

    # the title and the partner share what is left, sized together
    space = QRectF(left, y, text_width, top_of_join - 36 * u - y)
    partner = tr("with {partner}").format(partner=data.partner) if data.partner else ""
    title_px, partner_px = _title_sizes(data.title, partner, space, u)
    used = draw_fitted(p, data.title, mirrored(QRectF(left, y, text_width, space.height()), rect), title_px, title_px,
                       theme.text,
                       QFont.Weight.Bold)
    if partner:
        top = used.bottom() + 20 * u if data.title else y
        draw_fitted(p, partner, mirrored(QRectF(left, top, text_width, max(0.0, space.bottom() - top)), rect),
                    partner_px,
                    partner_px, theme.muted, QFont.Weight.DemiBold)

    if joinable:
        # the QR code on a white card (black on white in every theme), at the left right to left
        card = mirrored(card, rect)
        rounded(p, card.adjusted(-18 * u, -18 * u, 18 * u, 18 * u), 28 * u, QColor("white"))
        reserve(p, "qr", card)
        paint_qr(p, data.join_url, card)


def _title_sizes(title: str, partner: str, space: QRectF, u: float) -> tuple[float, float]:
    """The largest title size (88 px down to 30 at 1080p; the partner at 60% of it) at which both
    fit ``space`` stacked; at the smallest sizes the texts are cut by draw_fitted."""
    bold, demi = font(88 * u, QFont.Weight.Bold), font(46 * u, QFont.Weight.DemiBold)
    px = 88.0
    while px > 30:
        bold.setPixelSize(max(1, round(px * u)))
        demi.setPixelSize(max(1, round(_partner_px(px) * u)))
        needed = (text_height(title, bold, space.width()) if title else 0) + (
            text_height(partner, demi, space.width()) + 20 * u if partner else 0)
        if needed <= space.height():
            break
        px -= 2
    return px * u, _partner_px(px) * u


def _partner_px(title_px: float) -> float:
    return max(MIN_PX_1080, min(46, title_px * 0.6))


def draw_code_font(px: float) -> QFont:
    f = font(px, QFont.Weight.Black)
    f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
    return f


def _lock_icon(p: QPainter, box: QRectF, color: QColor) -> None:
    """A small padlock, drawn so no icon font or image file is needed."""
    p.save()
    body = QRectF(box.left(), box.top() + box.height() * 0.42, box.width(), box.height() * 0.58)
    rounded(p, body, box.width() * 0.12, color)
    pen = QPen(color, box.width() * 0.14)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    arc = QRectF(box.left() + box.width() * 0.2, box.top(), box.width() * 0.6, box.height() * 0.8)
    p.drawArc(arc, 0, 180 * 16)
    p.drawLine(QPointF(arc.left(), arc.center().y()), QPointF(arc.left(), body.top()))
    p.drawLine(QPointF(arc.right(), arc.center().y()), QPointF(arc.right(), body.top()))
    p.restore()
