"""Slides for a big room (issue 13): the spotlight (one answer, full screen, as large as fits,
so a long answer is read whole) and the themes slide (each theme of the question with how many
answers carry it and one representative answer)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from forumdesk.ui.language import tr
from forumdesk.ui.slides.common import (
    MIN_PX_1080,
    SlideData,
    SlideKind,
    draw_fitted,
    draw_line,
    footer,
    reserve,
    rounded,
)
from forumdesk.ui.theme import ProjectorTheme


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    u = rect.height() / 1080
    left, right = rect.left() + 90 * u, rect.right() - 90 * u
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 14 * u), theme.accent)
    label = tr("ONE ANSWER") if data.kind is SlideKind.SPOTLIGHT else tr("THEMES")
    if data.number:
        label += " · " + tr("QUESTION {number}").format(number=data.number)
    draw_line(p, label, QRectF(left, rect.top() + 44 * u, right - left, 56 * u), 32 * u, theme.accent, QFont.Weight.Bold)
    body = QRectF(left, rect.top() + 130 * u, right - left, rect.bottom() - 116 * u - rect.top() - 130 * u)
    if data.kind is SlideKind.SPOTLIGHT:
        _spotlight(p, body, theme, data, u)
        left_text = tr("written by %n people", "", data.spotlight_count) if data.spotlight_count > 1 else ""
    else:
        _themes(p, body, theme, data, u)
        left_text = (tr("%n theme(s)", "", len(data.theme_rows)) + " · "
                     + tr("%n tagged answer(s)", "", data.themes_tagged) if data.theme_rows else "")
    footer(p, rect, theme, data, left_text)


def _spotlight(p: QPainter, body: QRectF, theme: ProjectorTheme, data: SlideData, u: float) -> None:
    card = body.adjusted(0, 0, 0, -20 * u)
    rounded(p, card, 24 * u, theme.surface)
    reserve(p, "spotlight", card)
    inner = card.adjusted(60 * u, 50 * u, -60 * u, -50 * u)
    # as large as fits (96 px at 1080p for a short answer), down to the smallest readable size:
    # 1,000 characters (the longest answer a phone may send) fit a 1080p slide at that size
    draw_fitted(p, data.spotlight or tr("(no text)"), inner, 96 * u, MIN_PX_1080 * u, theme.text, QFont.Weight.Medium,
                Qt.AlignmentFlag.AlignCenter)


SHOWN_THEMES = 8  # cards on the themes slide: beyond, the eighth stands for the rest


def _themes(p: QPainter, body: QRectF, theme: ProjectorTheme, data: SlideData, u: float) -> None:
    rows = data.theme_rows
    if not rows:
        draw_line(p, tr("No themes tagged yet"), body, 52 * u, theme.muted, QFont.Weight.DemiBold,
                  Qt.AlignmentFlag.AlignCenter)
        return
    if len(rows) > SHOWN_THEMES:  # biggest first; more would not be read from the back of the room
        rest = rows[SHOWN_THEMES - 1:]  # so the last card names the others, with their answers
        others = (tr("%n more theme(s)", "", len(rest)), sum(count for _, count, _ in rest),
                  ", ".join(name for name, _, _ in rest))
        rows = [*rows[:SHOWN_THEMES - 1], others]
    gap = 18 * u
    row_h = min(190 * u, (body.height() - gap * (len(rows) - 1)) / len(rows))
    peak = max(count for _, count, _ in rows) or 1
    for n, (name, count, example) in enumerate(rows):
        top = body.top() + n * (row_h + gap)
        card = QRectF(body.left(), top, body.width(), row_h)
        rounded(p, card, 16 * u, theme.surface)
        reserve(p, "theme", card)
        bar_w = (card.width() * 0.3 - 40 * u) * count / peak
        name_box = QRectF(card.left() + 30 * u, card.top() + 10 * u, card.width() * 0.3 - 40 * u, row_h * 0.5 - 10 * u)
        draw_fitted(p, name, name_box, 44 * u, MIN_PX_1080 * u, theme.text, QFont.Weight.Bold)
        count_box = QRectF(card.left() + 30 * u, card.top() + row_h * 0.5, card.width() * 0.3 - 40 * u,
                           row_h * 0.5 - 10 * u)
        draw_line(p, tr("%n answer(s)", "", count), count_box, min(34 * u, row_h * 0.3), theme.muted,
                  QFont.Weight.DemiBold)
        p.fillRect(QRectF(card.left() + 30 * u, card.bottom() - 12 * u, max(4 * u, bar_w), 6 * u), theme.accent)
        quote = QRectF(card.left() + card.width() * 0.3, card.top() + 12 * u, card.width() * 0.7 - 30 * u,
                       row_h - 24 * u)
        last = n == len(rows) - 1 and len(data.theme_rows) > SHOWN_THEMES
        draw_fitted(p, example if last else f"“{example}”" if example else "", quote, 38 * u, MIN_PX_1080 * u,
                    theme.muted if last else theme.text)
