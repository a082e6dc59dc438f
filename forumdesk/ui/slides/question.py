"""The question slide: a large prompt, what kind of answer is expected, the live answer count and
the timer, and a small QR code for latecomers."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from forumdesk.domain import QuestionKind
from forumdesk.ui.qr import paint_qr
from forumdesk.ui.slides.common import SlideData, draw_fitted, draw_line, footer, reserve, rounded
from forumdesk.ui.theme import ProjectorTheme, font

HINTS = {
    QuestionKind.OPEN_TEXT: "Answer on your phone, in your own words",
    QuestionKind.SHORT_WORDS: "Answer on your phone with a few words",
    QuestionKind.SINGLE_CHOICE: "Choose one on your phone",
    QuestionKind.MULTIPLE_CHOICE: "Choose all that apply on your phone",
    QuestionKind.RATING: "Rate it on your phone",
}


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    u = rect.height() / 1080
    question = data.question
    left, right = rect.left() + 110 * u, rect.right() - 110 * u
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 14 * u), theme.accent)
    header = QRectF(left, rect.top() + 60 * u, right - left, 70 * u)
    label = f"QUESTION {data.number} OF {data.total}" if data.total else "QUESTION"
    draw_line(p, label, header, 36 * u, theme.accent, QFont.Weight.Bold)
    count_box = _count(p, QRectF(right - 360 * u, header.top() - 10 * u, 360 * u, 90 * u), theme, data.answer_count, u)
    if data.timer_text:
        _timer(p, QRectF(count_box.left() - 290 * u, header.top() - 10 * u, 260 * u, 90 * u), theme, data, u)
    if question is None:
        draw_fitted(p, "No question yet", QRectF(left, rect.top() + 200 * u, right - left, 300 * u), 90 * u, 40 * u,
                    theme.muted, QFont.Weight.Bold)
        return

    qr_side = 200 * u if data.join_url else 0
    body_right = right - (qr_side + 50 * u if qr_side else 0)
    has_options = question.kind.has_choices or question.kind is QuestionKind.RATING
    prompt_height = (360 if has_options else 560) * u
    used = draw_fitted(p, question.prompt, QRectF(left, rect.top() + 160 * u, body_right - left, prompt_height),
                       100 * u, 48 * u, theme.text, QFont.Weight.Bold)
    y = used.bottom() + 40 * u
    bottom = rect.bottom() - 150 * u
    if question.kind.has_choices:
        _choices(p, QRectF(left, y, body_right - left, bottom - y), theme, question.choices, u)
    elif question.kind is QuestionKind.RATING:
        _scale(p, QRectF(left, y, body_right - left, min(240 * u, bottom - y)), theme, question, u)
    else:
        draw_line(p, HINTS[question.kind], QRectF(left, y, body_right - left, 60 * u), 40 * u, theme.muted,
                  QFont.Weight.DemiBold)

    if qr_side:
        card = QRectF(right - qr_side, bottom - qr_side, qr_side, qr_side)
        rounded(p, card.adjusted(-8 * u, -8 * u, 8 * u, 8 * u), 14 * u, QColor("white"))
        reserve(p, "qr", card)
        paint_qr(p, data.join_url, card)
    footer(p, rect, theme, data, HINTS[question.kind] if question.kind.has_choices
           or question.kind is QuestionKind.RATING else "")


def _count(p: QPainter, box: QRectF, theme: ProjectorTheme, count: int, u: float) -> QRectF:
    """The live answer count as a pill at the top right: "127 answers"."""
    number, label = f"{count}", " answer" if count == 1 else " answers"
    number_font, label_font = font(60 * u, QFont.Weight.Black), font(36 * u, QFont.Weight.DemiBold)
    p.setFont(number_font)
    number_w = p.fontMetrics().horizontalAdvance(number)
    p.setFont(label_font)
    label_w = p.fontMetrics().horizontalAdvance(label)
    width = number_w + label_w + 70 * u
    pill = QRectF(box.right() - width, box.top(), width, box.height())
    rounded(p, pill, box.height() / 2, theme.accent)
    p.setPen(theme.accent_text)
    p.setFont(number_font)
    text_box = pill.adjusted(35 * u, 0, -35 * u, 0)
    p.drawText(text_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), number)
    p.setFont(label_font)
    p.drawText(text_box.adjusted(number_w, 4 * u, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
               label)
    return pill


def _choices(p: QPainter, box: QRectF, theme: ProjectorTheme, choices: list[str], u: float) -> None:
    columns = 2 if len(choices) > 4 else 1
    rows = (len(choices) + columns - 1) // columns
    gap = 22 * u
    row_h = min(110 * u, (box.height() - gap * (rows - 1)) / max(rows, 1))
    col_w = (box.width() - gap * (columns - 1)) / columns
    px = min(44 * u, row_h * 0.45)
    for i, choice in enumerate(choices):
        col, row = divmod(i, rows)
        cell = QRectF(box.left() + col * (col_w + gap), box.top() + row * (row_h + gap), col_w, row_h)
        rounded(p, cell, 18 * u, theme.surface)
        badge = QRectF(cell.left() + 16 * u, cell.top() + (row_h - row_h * 0.64) / 2, row_h * 0.64, row_h * 0.64)
        rounded(p, badge, 12 * u, theme.accent)
        p.setFont(font(px, QFont.Weight.Bold))
        p.setPen(theme.accent_text)
        p.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), chr(ord("A") + i))
        draw_fitted(p, choice, QRectF(badge.right() + 24 * u, cell.top() + 6 * u, cell.right() - badge.right() - 40 * u,
                                      row_h - 12 * u), px, 24 * u, theme.text, QFont.Weight.DemiBold,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _scale(p: QPainter, box: QRectF, theme: ProjectorTheme, question, u: float) -> None:
    scale = question.scale
    values = list(range(scale.min, scale.max + 1))
    gap = 18 * u
    side = min(150 * u, box.height() * 0.7, (box.width() - gap * (len(values) - 1)) / len(values))
    for i, value in enumerate(values):
        cell = QRectF(box.left() + i * (side + gap), box.top(), side, side)
        rounded(p, cell, 18 * u, theme.surface)
        p.setFont(font(side * 0.45, QFont.Weight.Bold))
        p.setPen(theme.text)
        p.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), str(value))
    labels_y = box.top() + side + 14 * u
    width = len(values) * (side + gap) - gap
    if scale.min_label:
        draw_line(p, f"{scale.min} = {scale.min_label}", QRectF(box.left(), labels_y, width / 2, 50 * u), 32 * u, theme.muted)
    if scale.max_label:
        draw_line(p, f"{scale.max_label} = {scale.max}", QRectF(box.left() + width / 2, labels_y, width / 2, 50 * u),
                  32 * u, theme.muted, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _timer(p: QPainter, box: QRectF, theme: ProjectorTheme, data: SlideData, u: float) -> None:
    urgent = data.timer_fraction <= 0.15
    color = QColor("#dc2626") if urgent else theme.accent
    rounded(p, box, box.height() / 2, theme.surface)
    ring = QRectF(box.left() + 16 * u, box.top() + 14 * u, box.height() - 28 * u, box.height() - 28 * u)
    pen = QPen(color, 9 * u)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawArc(ring, 90 * 16, int(360 * 16 * max(0.0, min(1.0, data.timer_fraction))))
    p.setFont(font(54 * u, QFont.Weight.Bold))
    p.setPen(color if urgent else theme.text)
    p.drawText(box.adjusted(ring.width() + 20 * u, 0, -20 * u, 0), int(Qt.AlignmentFlag.AlignCenter), data.timer_text)
