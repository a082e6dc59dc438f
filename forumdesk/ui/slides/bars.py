"""Bars for a choice question's results: phones and room counts per choice, each choice with the
letter it had on the question slide.

Every label is drawn in full: the layout is the largest text size (42 px down to MIN_PX_1080 at
1080p) at which all labels wrap into their place, trying a label column beside one column of bars
and then labels above their bars in one to three columns. Twelve 120-character choices that differ
only at their end stay distinguishable (and readable) that way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from forumdesk.domain import kinds
from forumdesk.ui.language import tr
from forumdesk.ui.slides.common import MIN_PX_1080, draw_fitted, reserve, rounded, text_height
from forumdesk.ui.theme import ProjectorTheme, font

LABEL = QFont.Weight.DemiBold


@dataclass(frozen=True)
class BarsLayout:
    stacked: bool  # labels above their bars (else a label column beside the bars)
    columns: int
    px: float  # the labels' pixel size
    rows: tuple[float, ...]
    gap: float
    fits: bool

    @property
    def height(self) -> float:
        return sum(self.rows) + self.gap * (len(self.rows) - 1)


def legend_height(u: float) -> float:
    return 44 * u


def plan(choices: list[str], counts: list[str], width: float, height: float, u: float) -> BarsLayout:
    """The layout for ``choices`` (with ``counts``, the longest numbers drawn) in ``width`` ×
    ``height``; ``fits`` is False when even the smallest size does not fit (labels are then cut)."""
    gap = 14 * u
    last = None
    for px in range(42, MIN_PX_1080 - 1, -2):
        for stacked, columns in ((False, 1), (True, 1), (True, 2), (True, 3)):
            last = _measure(choices, counts, stacked, columns, px * u, width, gap, u)
            if last.height <= height:
                return last
    assert last is not None
    return BarsLayout(last.stacked, last.columns, last.px, last.rows, gap, False)


def _letter_w(px: float) -> float:
    return px * 1.5


def _numbers_w(counts: list[str], px: float, u: float) -> tuple[float, float]:
    """Widths of the count and the percentage columns."""
    count_w = max((QFontMetricsF(font(px * 1.1, QFont.Weight.Black)).horizontalAdvance(c) for c in counts),
                  default=0.0) + 8 * u
    pct_w = QFontMetricsF(font(_pct_px(px, u), QFont.Weight.DemiBold)).horizontalAdvance("100%") + 8 * u
    return count_w, pct_w


def _pct_px(px: float, u: float) -> float:
    return max(px * 0.85, MIN_PX_1080 * u)


def _label_w(stacked: bool, col_w: float, px: float) -> float:
    return col_w - _letter_w(px) if stacked else col_w * 0.34 - _letter_w(px)


def _bar_h(px: float) -> float:
    return px * 1.45  # the numbers beside a bar are px * 1.1 high


def _measure(choices: list[str], counts: list[str], stacked: bool, columns: int, px: float, width: float,
             gap: float, u: float) -> BarsLayout:
    columns = max(1, min(columns, len(choices)))
    n_rows = (len(choices) + columns - 1) // columns
    col_w = (width - 40 * u * (columns - 1)) / columns
    f = font(px, LABEL)
    rows = [0.0] * n_rows
    for i, choice in enumerate(choices):
        _col, row = divmod(i, n_rows)
        label_h = text_height(choice, f, _label_w(stacked, col_w, px))
        rows[row] = max(rows[row], label_h + 4 * u + _bar_h(px) if stacked else max(label_h, _bar_h(px)))
    return BarsLayout(stacked, columns, px, tuple(rows), gap, True)


def paint(p: QPainter, box: QRectF, theme: ProjectorTheme, question, results, progress: float, u: float,
          layout: BarsLayout | None = None) -> str:
    """Draw the bars in ``box``; returns what the footer adds after the answer count."""
    choices, phones, room = question.choices, results.choice_counts, results.room_counts
    totals = [a + b for a, b in zip(phones, room, strict=False)]
    has_room = any(room)
    peak = max(totals or [0]) or 1
    if kinds.of(question.kind).multi_select:
        # share of the people who answered (each may pick several); the largest show of hands
        # stands in for the number of people counted in the room
        total = results.responses + max(room or [0]) or 1
    else:
        total = sum(totals) or 1
    if has_room:
        _legend(p, QRectF(box.left(), box.top() - 8 * u, box.width(), 40 * u), theme, u)
        box = box.adjusted(0, legend_height(u), 0, 0)
    counts = [str(t) for t in totals]
    layout = layout or plan(choices, counts, box.width(), box.height(), u)
    if layout.fits and not layout.stacked and layout.rows:
        # few short choices: thicker bars fill the room, up to 120 px a row at 1080p
        spare = (box.height() - layout.height) / len(layout.rows)
        layout = replace(layout, rows=tuple(max(r, min(120 * u, r + spare)) for r in layout.rows))
    px = layout.px
    count_w, pct_w = _numbers_w(counts, px, u)
    n_rows = len(layout.rows)
    col_w = (box.width() - 40 * u * (layout.columns - 1)) / layout.columns
    tops = [box.top() + sum(layout.rows[:r]) + layout.gap * r for r in range(n_rows)]
    leader = max(totals) if totals else 0
    for i, choice in enumerate(choices):
        col, row = divmod(i, n_rows)
        cell = QRectF(box.left() + col * (col_w + 40 * u), tops[row], col_w, layout.rows[row])
        letter = QRectF(cell.left(), cell.top(), _letter_w(px), px * 1.3)
        label_w = _label_w(layout.stacked, col_w, px)
        if layout.stacked:
            label = QRectF(letter.right(), cell.top(), label_w, cell.height() - _bar_h(px) - 4 * u)
            bar_row = QRectF(letter.right(), cell.bottom() - _bar_h(px), label_w, _bar_h(px))
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        else:
            label = QRectF(letter.right(), cell.top(), label_w, cell.height())
            bar_row = QRectF(label.right() + 30 * u, cell.top(), cell.right() - label.right() - 30 * u, cell.height())
            letter.moveTop(cell.center().y() - letter.height() / 2)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.setFont(font(px, QFont.Weight.Black))
        p.setPen(theme.accent)
        p.drawText(letter, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), chr(ord("A") + i))
        draw_fitted(p, choice, label, px, px, theme.text, LABEL, align)
        # the track, then the numbers at its right
        track_w = bar_row.width() - count_w - pct_w - 24 * u
        bar_h = bar_row.height() * 0.76
        track = QRectF(bar_row.left(), bar_row.center().y() - bar_h / 2, track_w, bar_h)
        rounded(p, track, 10 * u, theme.surface)
        reserve(p, "bar", track)
        phone_w = track_w * phones[i] / peak * progress
        room_w = track_w * room[i] / peak * progress
        if phone_w + room_w > 0:
            rounded(p, QRectF(track.left(), track.top(), max(phone_w + room_w, 20 * u), track.height()), 10 * u,
                    theme.room if room_w else theme.accent)
            if phone_w:
                rounded(p, QRectF(track.left(), track.top(), max(phone_w, 20 * u), track.height()), 10 * u, theme.accent)
        weight = QFont.Weight.Black if totals[i] == leader and leader else QFont.Weight.Bold
        p.setFont(font(px * 1.1, weight))
        p.setPen(theme.text)
        numbers = QRectF(track.right() + 16 * u, bar_row.top(), count_w, bar_row.height())
        p.drawText(numbers, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), counts[i])
        p.setFont(font(_pct_px(px, u), QFont.Weight.DemiBold))
        p.setPen(theme.muted)
        p.drawText(QRectF(numbers.right() + 8 * u, bar_row.top(), pct_w, bar_row.height()),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), f"{round(100 * totals[i] / total)}%")
    return " " + tr("from phones   ·   %n counted in the room", "", sum(room)) if has_room else ""


def _legend(p: QPainter, box: QRectF, theme: ProjectorTheme, u: float) -> None:
    x = box.right()
    for label, color in ((tr("Room count"), theme.room), (tr("Phones"), theme.accent)):
        f = font(30 * u, QFont.Weight.DemiBold)
        p.setFont(f)
        width = p.fontMetrics().horizontalAdvance(label)
        x -= width
        p.setPen(theme.muted)
        p.drawText(QRectF(x, box.top(), width + 2, box.height()), int(Qt.AlignmentFlag.AlignVCenter), label)
        x -= 40 * u
        rounded(p, QRectF(x, box.center().y() - 13 * u, 28 * u, 26 * u), 6 * u, color)
        x -= 50 * u
