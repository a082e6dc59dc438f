"""The question slide: a large prompt, what kind of answer is expected, the live answer count and
the timer, and a small QR code for latecomers."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from forumdesk.domain import kinds
from forumdesk.ui.labels import kind_text
from forumdesk.ui.language import format_number, tr
from forumdesk.ui.qr import paint_qr
from forumdesk.ui.slides.common import (
    MIN_PX_1080,
    SlideData,
    draw_fitted,
    draw_line,
    footer,
    reserve,
    rounded,
    text_height,
)
from forumdesk.ui.theme import ProjectorTheme, font

PROMPT_MIN_PX = 30  # at 1080p: the prompt gives way to twelve long choices down to this size


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    u = rect.height() / 1080
    question = data.question
    left, right = rect.left() + 110 * u, rect.right() - 110 * u
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 14 * u), theme.accent)
    header = QRectF(left, rect.top() + 60 * u, right - left, 70 * u)
    count_box = _count(p, QRectF(right - 360 * u, header.top() - 10 * u, 360 * u, 90 * u), theme, data.answer_count, u)
    pills_left = count_box.left()
    if data.timer_text:
        pills_left = _timer(p, QRectF(left, header.top() - 10 * u, count_box.left() - 30 * u - left, 90 * u), theme,
                            data, u).left()
    label = (tr("QUESTION {number} OF {total}").format(number=data.number, total=data.total) if data.total
             else tr("QUESTION"))
    draw_line(p, label, QRectF(left, header.top(), pills_left - 30 * u - left, header.height()), 36 * u, theme.accent,
              QFont.Weight.Bold)
    if question is None:
        draw_fitted(p, tr("No question yet"), QRectF(left, rect.top() + 200 * u, right - left, 300 * u), 90 * u, 40 * u,
                    theme.muted, QFont.Weight.Bold)
        return

    top, bottom = rect.top() + 160 * u, rect.bottom() - 120 * u  # the footer strip starts at -96
    qr_side = 200 * u if data.join_url else 0
    body_right = right - (qr_side + 50 * u if qr_side else 0)
    kind = kinds.of(question.kind)
    has_options = kind.options_view is not None
    prompt_height = (360 if has_options else 560) * u
    grid = None
    if kind.options_view == "choices":
        # the choices get the room they need to be read in full; the prompt gets the rest. With
        # twelve long choices the latecomers' QR code gives way (the footer still says how to join).
        for width in ((body_right - left, right - left) if qr_side else (right - left,)):
            grid = _choice_grid(question.prompt, question.choices, width, bottom - top, u)
            if grid.fits:
                break
        if grid.width > body_right - left:
            qr_side, body_right = 0, right
        prompt_height = min(prompt_height, bottom - top - grid.height - 40 * u)
    used = draw_fitted(p, question.prompt, QRectF(left, top, body_right - left, prompt_height),
                       100 * u, PROMPT_MIN_PX * u, theme.text, QFont.Weight.Bold)
    y = used.bottom() + 40 * u
    # one renderer per presentation; the kind says which (forumdesk.domain.kinds.base)
    if kind.options_view == "choices":
        _choices(p, QRectF(left, y, body_right - left, bottom - y), theme, question.choices, grid, u)
    elif kind.options_view == "scale":
        _scale(p, QRectF(left, y, body_right - left, min(240 * u, bottom - y)), theme, question, u)
    else:
        draw_line(p, kind.phone_hint, QRectF(left, y, body_right - left, 60 * u), 40 * u, theme.muted,
                  QFont.Weight.DemiBold)

    if qr_side:
        card = QRectF(right - qr_side, bottom - qr_side, qr_side, qr_side)
        rounded(p, card.adjusted(-8 * u, -8 * u, 8 * u, 8 * u), 14 * u, QColor("white"))
        reserve(p, "qr", card)
        paint_qr(p, data.join_url, card)
    footer(p, rect, theme, data, kind_text(kind.phone_hint) if has_options else "")


def _count(p: QPainter, box: QRectF, theme: ProjectorTheme, count: int, u: float) -> QRectF:
    """The live answer count as a pill at the top right: "127 answers"."""
    number, label = format_number(count), " " + tr("answer(s)", "the word after the answer count", count)
    number_font, label_font = font(60 * u, QFont.Weight.Black), font(36 * u, QFont.Weight.DemiBold)
    p.setFont(number_font)
    number_w = p.fontMetrics().horizontalAdvance(number)
    p.setFont(label_font)
    label_w = p.fontMetrics().horizontalAdvance(label)
    width = number_w + label_w + 70 * u
    pill = QRectF(box.right() - width, box.top(), width, box.height())
    rounded(p, pill, box.height() / 2, theme.accent)
    reserve(p, "answer count", pill)
    p.setPen(theme.accent_text)
    p.setFont(number_font)
    text_box = pill.adjusted(35 * u, 0, -35 * u, 0)
    p.drawText(text_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), number)
    p.setFont(label_font)
    p.drawText(text_box.adjusted(number_w, 4 * u, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
               label)
    return pill


@dataclass(frozen=True)
class ChoiceGrid:
    """How the choices are laid out: columns, text size, each row's height, and the width used."""

    columns: int
    px: float
    rows: tuple[float, ...]
    width: float
    gap: float
    fits: bool

    @property
    def height(self) -> float:
        return sum(self.rows) + self.gap * (len(self.rows) - 1)


def _choice_grid(prompt: str, choices: list[str], width: float, height: float, u: float) -> ChoiceGrid:
    """The largest text size (44 px down to MIN_PX_1080 at 1080p) and a column count at which every
    choice is drawn in full, wrapped, below a prompt at its smallest size. ``fits`` is False when
    even the smallest size does not fit; the grid is then the most compact one (texts are cut)."""
    gap = 18 * u
    room = height - text_height(prompt, font(PROMPT_MIN_PX * u, QFont.Weight.Bold), width) - 40 * u
    preferred = (1, 2, 3) if len(choices) <= 4 else (2, 3, 1)
    for px in range(44, MIN_PX_1080 - 1, -2):
        for columns in preferred:
            grid = _grid(choices, columns, px * u, width, gap, u)
            if grid.height <= room:
                return grid
    # too much even at the smallest size: the most compact grid, its rows shrunk to the room (the
    # texts are then cut with "…"); choices and prompts within their limits never come here
    grid = _grid(choices, 3, MIN_PX_1080 * u, width, gap, u)
    shrink = max(0.0, room - gap * (len(grid.rows) - 1)) / (sum(grid.rows) or 1)
    return replace(grid, rows=tuple(r * shrink for r in grid.rows), fits=False)


def _grid(choices: list[str], columns: int, px: float, width: float, gap: float, u: float) -> ChoiceGrid:
    columns = max(1, min(columns, len(choices)))
    n_rows = (len(choices) + columns - 1) // columns
    col_w = (width - gap * (columns - 1)) / columns
    f = font(px, QFont.Weight.DemiBold)
    heights = [0.0] * n_rows
    for i, choice in enumerate(choices):
        _col, row = divmod(i, n_rows)
        text_h = text_height(choice, f, _choice_text_width(col_w, px, u))
        heights[row] = max(heights[row], text_h + 2 * _PAD * u, _badge_side(px) + 2 * _PAD * u)
    return ChoiceGrid(columns, px, tuple(heights), width, gap, True)


_PAD = 10  # above and below a choice's text, at 1080p


def _badge_side(px: float) -> float:
    return px * 1.45


def _choice_text_width(col_w: float, px: float, u: float) -> float:
    return col_w - 16 * u - _badge_side(px) - 24 * u - 16 * u


def _choices(p: QPainter, box: QRectF, theme: ProjectorTheme, choices: list[str], grid: ChoiceGrid, u: float) -> None:
    n_rows = len(grid.rows)
    col_w = (box.width() - grid.gap * (grid.columns - 1)) / grid.columns
    px = grid.px
    tops = [box.top() + sum(grid.rows[:r]) + grid.gap * r for r in range(n_rows)]
    for i, choice in enumerate(choices):
        col, row = divmod(i, n_rows)
        row_h = grid.rows[row]
        cell = QRectF(box.left() + col * (col_w + grid.gap), tops[row], col_w, row_h)
        rounded(p, cell, 18 * u, theme.surface)
        reserve(p, "cell", cell)
        side = _badge_side(px)
        badge = QRectF(cell.left() + 16 * u, cell.top() + (row_h - side) / 2, side, side)
        rounded(p, badge, 12 * u, theme.accent)
        p.setFont(font(px, QFont.Weight.Bold))
        p.setPen(theme.accent_text)
        p.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), chr(ord("A") + i))
        text = QRectF(badge.right() + 24 * u, cell.top() + _PAD * u, _choice_text_width(col_w, px, u),
                      row_h - 2 * _PAD * u)
        draw_fitted(p, choice, text, px, px, theme.text, QFont.Weight.DemiBold,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _scale(p: QPainter, box: QRectF, theme: ProjectorTheme, question, u: float) -> None:
    scale = question.scale
    values = list(range(scale.min, scale.max + 1))
    gap = 18 * u
    side = min(150 * u, box.height() * 0.7, (box.width() - gap * (len(values) - 1)) / len(values))
    for i, value in enumerate(values):
        cell = QRectF(box.left() + i * (side + gap), box.top(), side, side)
        rounded(p, cell, 18 * u, theme.surface)
        reserve(p, "cell", cell)
        p.setFont(font(side * 0.45, QFont.Weight.Bold))
        p.setPen(theme.text)
        p.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), str(value))
    labels_y = box.top() + side + 14 * u
    width = len(values) * (side + gap) - gap
    # the two ends' labels have no length limit: each wraps to two lines in its half, then is cut
    half = width / 2 - 10 * u
    if scale.min_label:
        draw_fitted(p, f"{scale.min} = {scale.min_label}", QRectF(box.left(), labels_y, half, 64 * u), 32 * u,
                    MIN_PX_1080 * u, theme.muted)
    if scale.max_label:
        draw_fitted(p, f"{scale.max_label} = {scale.max}", QRectF(box.left() + width - half, labels_y, half, 64 * u),
                    32 * u, MIN_PX_1080 * u, theme.muted, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)


def _timer(p: QPainter, space: QRectF, theme: ProjectorTheme, data: SlideData, u: float) -> QRectF:
    """The timer as a pill with a ring, as wide as its text needs, at the right of ``space``;
    returns the pill."""
    urgent = data.timer_fraction <= 0.15
    color = QColor("#dc2626") if urgent else theme.accent
    text_font = font(54 * u, QFont.Weight.Bold)
    ring_side = space.height() - 28 * u
    text_w = QFontMetricsF(text_font).horizontalAdvance(data.timer_text) + 4 * u
    width = 16 * u + ring_side + 20 * u + text_w + 24 * u
    box = QRectF(space.right() - width, space.top(), width, space.height())
    rounded(p, box, box.height() / 2, theme.surface)
    reserve(p, "timer", box)
    ring = QRectF(box.left() + 16 * u, box.top() + 14 * u, ring_side, ring_side)
    pen = QPen(color, 9 * u)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawArc(ring, 90 * 16, int(360 * 16 * max(0.0, min(1.0, data.timer_fraction))))
    p.setFont(text_font)
    p.setPen(color if urgent else theme.text)
    p.drawText(QRectF(ring.right() + 20 * u, box.top(), text_w, box.height()), int(Qt.AlignmentFlag.AlignCenter),
               data.timer_text)
    return box
