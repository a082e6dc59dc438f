"""The welcome slide: forum title, partner, a large QR code, the join address and code, and the
promise of anonymity."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from forumdesk.ui.qr import paint_qr
from forumdesk.ui.slides.common import SlideData, _short_url, draw_fitted, draw_line, rounded
from forumdesk.ui.theme import ProjectorTheme

QR_HEIGHT_FRACTION = 0.62  # of the slide's height; the issue asks for at least a third


def qr_rect(rect: QRectF) -> QRectF:
    """Where the QR card goes: a square on the right, ~62% of the slide's height."""
    u = rect.height() / 1080
    side = min(rect.height() * QR_HEIGHT_FRACTION, rect.width() * 0.42)
    return QRectF(rect.right() - side - 110 * u, rect.center().y() - side / 2 - 20 * u, side, side)


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    u = rect.height() / 1080
    card = qr_rect(rect)
    left = rect.left() + 110 * u
    text_width = card.left() - left - 90 * u

    # accent bar at the top
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 14 * u), theme.accent)

    y = rect.top() + 120 * u
    draw_line(p, "LISTENING FORUM", QRectF(left, y, text_width, 50 * u), 34 * u, theme.accent, QFont.Weight.Bold)
    y += 70 * u
    used = draw_fitted(p, data.title, QRectF(left, y, text_width, 260 * u), 88 * u, 48 * u, theme.text, QFont.Weight.Bold)
    y = used.bottom() + 24 * u
    if data.partner:
        used = draw_fitted(p, f"with {data.partner}", QRectF(left, y, text_width, 120 * u), 46 * u, 32 * u, theme.muted,
                           QFont.Weight.DemiBold)
        y = used.bottom()

    # how to join, anchored to the bottom of the text column
    bottom = rect.bottom() - 110 * u
    promise = QRectF(left, bottom - 56 * u, text_width, 56 * u)
    _lock_icon(p, QRectF(left, promise.top() + 6 * u, 40 * u, 44 * u), theme.text)
    draw_line(p, "Anonymous — no names collected", promise.adjusted(62 * u, 0, 0, 0), 40 * u, theme.text,
              QFont.Weight.DemiBold)

    code_box = QRectF(left, promise.top() - 190 * u, text_width, 150 * u)
    draw_line(p, "Code", QRectF(left, code_box.top(), text_width, 44 * u), 34 * u, theme.muted, QFont.Weight.DemiBold)
    code_font_px = 104 * u
    pill = QRectF(left, code_box.top() + 48 * u, min(text_width, 80 * u + len(data.code) * code_font_px * 0.78), 116 * u)
    rounded(p, pill, 20 * u, theme.accent)
    code_font = QFont(draw_code_font(code_font_px))
    p.setFont(code_font)
    p.setPen(theme.accent_text)
    p.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), data.code)

    url_box = QRectF(left, code_box.top() - 170 * u, text_width, 150 * u)
    draw_line(p, "Scan the code with your phone's camera, or open", QRectF(left, url_box.top(), text_width, 48 * u),
              36 * u, theme.muted, QFont.Weight.DemiBold)
    draw_fitted(p, _short_url(data.join_url) or "starting…", QRectF(left, url_box.top() + 54 * u, text_width, 80 * u),
                64 * u, 30 * u, theme.text, QFont.Weight.Bold)

    # the QR code on a white card (black on white in every theme)
    rounded(p, card.adjusted(-18 * u, -18 * u, 18 * u, 18 * u), 28 * u, QColor("white"))
    if data.join_url:
        paint_qr(p, data.join_url, card)
    else:
        draw_line(p, "Start the server to show the QR code", card, 30 * u, QColor("#333333"),
                  align=Qt.AlignmentFlag.AlignCenter)


def draw_code_font(px: float) -> QFont:
    from forumdesk.ui.theme import font

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
