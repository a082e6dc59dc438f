"""The results slide: bars for choices (phones and room counts), a distribution and mean for
ratings, an answer wall for open text and a word cloud for short words."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from forumdesk.domain import kinds
from forumdesk.ui.language import format_one_decimal, tr
from forumdesk.ui.slides import bars, wall, wordcloud
from forumdesk.ui.slides.common import MIN_PX_1080, SlideData, draw_fitted, draw_line, footer, rounded, text_height
from forumdesk.ui.theme import ProjectorTheme, font


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    u = rect.height() / 1080
    question, results = data.question, data.results
    left, right = rect.left() + 90 * u, rect.right() - 90 * u
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 14 * u), theme.accent)
    if question is None:
        return
    label = (tr("RESULTS · QUESTION {number} OF {total}").format(number=data.number, total=data.total) if data.total
             else tr("RESULTS"))
    draw_line(p, label, QRectF(left, rect.top() + 44 * u, right - left, 56 * u), 32 * u, theme.accent, QFont.Weight.Bold)
    top, bottom = rect.top() + 100 * u, rect.bottom() - 116 * u  # the footer strip starts at -96
    # the prompt takes up to 200 px at 1080p; bars for many long choices take room from it, down to
    # what the prompt needs at its smallest size, so that every choice is drawn in full
    prompt_h = 200 * u
    layout = None
    if kinds.of(question.kind).results_view == "bars" and results is not None:
        least = text_height(question.prompt, font(30 * u, QFont.Weight.Bold), right - left)
        legend = bars.legend_height(u) if any(results.room_counts) else 0
        counts = [str(a + b) for a, b in zip(results.choice_counts, results.room_counts, strict=False)]
        layout = bars.plan(question.choices, counts, right - left, bottom - top - least - 36 * u - legend, u)
        prompt_h = max(least, min(prompt_h, bottom - top - layout.height - 36 * u - legend))
    used = draw_fitted(p, question.prompt, QRectF(left, top, right - left, prompt_h), 60 * u, 30 * u,
                       theme.text, QFont.Weight.Bold)
    body = QRectF(left, used.bottom() + 36 * u, right - left, bottom - used.bottom() - 36 * u)
    responses = results.responses if results else 0
    extra = ""
    if results is None or (responses == 0 and not any(results.room_counts)):
        draw_line(p, tr("No answers yet"), body, 56 * u, theme.muted, QFont.Weight.DemiBold, Qt.AlignmentFlag.AlignCenter)
    else:
        # one renderer per presentation; the kind says which (forumdesk.domain.kinds.base)
        view = kinds.of(question.kind).results_view
        if view == "bars":
            extra = bars.paint(p, body, theme, question, results, data.progress, u, layout)
        elif view == "histogram":
            _rating(p, body, theme, question, results, data.progress, u)
        elif view == "cloud":
            wordcloud.paint(p, body, theme, results.words, u)
        else:
            extra = wall.paint(p, body, theme, data.wall, u, data.wall_counts, data.wall_page)
    footer(p, rect, theme, data, tr("%n answer(s)", "", responses) + extra)


def _rating(p: QPainter, box: QRectF, theme: ProjectorTheme, question, results, progress: float, u: float) -> None:
    scale = question.scale
    dist = results.rating_distribution
    values = list(range(scale.min, scale.max + 1))
    # the mean, big, on the left
    mean_box = QRectF(box.left(), box.top(), box.width() * 0.28, box.height())
    mean = "–" if results.mean is None else format_one_decimal(results.mean)
    p.setFont(font(min(220 * u, mean_box.height() * 0.45), QFont.Weight.Black))
    p.setPen(theme.accent)
    p.drawText(mean_box.adjusted(0, 0, 0, -mean_box.height() * 0.25), int(Qt.AlignmentFlag.AlignCenter), mean)
    draw_line(p, tr("average out of {max}").format(max=scale.max), QRectF(mean_box.left(), mean_box.center().y() + mean_box.height() * 0.12,
                                                        mean_box.width(), 60 * u),
              38 * u, theme.muted, QFont.Weight.DemiBold, Qt.AlignmentFlag.AlignCenter)
    # the distribution as columns
    chart = QRectF(mean_box.right() + 60 * u, box.top(), box.right() - mean_box.right() - 60 * u, box.height())
    peak = max(dist.values() or [0]) or 1
    n = len(values)
    gap = 26 * u
    col_w = min(200 * u, (chart.width() - gap * (n - 1)) / n)
    label_h = 110 * u
    plot_h = chart.height() - label_h - 60 * u
    start = chart.left() + (chart.width() - (col_w * n + gap * (n - 1))) / 2
    # each count stays above its own column: with eleven columns of four-digit counts, smaller
    widest = max((str(dist.get(v, 0)) for v in values), key=len)
    count_px = 44 * u
    while count_px > MIN_PX_1080 * u and QFontMetricsF(font(count_px, QFont.Weight.Bold)).horizontalAdvance(
            widest) > col_w + gap - 4 * u:
        count_px -= 1
    count_font = font(count_px, QFont.Weight.Bold)
    for i, value in enumerate(values):
        count = dist.get(value, 0)
        x = start + i * (col_w + gap)
        h = plot_h * count / peak * progress
        base = chart.top() + 60 * u + plot_h
        rounded(p, QRectF(x, chart.top() + 60 * u, col_w, plot_h), 14 * u, theme.surface)
        if h > 0:
            rounded(p, QRectF(x, base - max(h, 20 * u), col_w, max(h, 20 * u)), 14 * u, theme.accent)
        p.setFont(count_font)
        p.setPen(theme.text)
        p.drawText(QRectF(x - gap / 2, base - max(h, 20 * u) - 58 * u, col_w + gap, 54 * u),
                   int(Qt.AlignmentFlag.AlignCenter), str(count))
        p.setFont(font(48 * u, QFont.Weight.Black))
        p.drawText(QRectF(x, base + 8 * u, col_w, 60 * u), int(Qt.AlignmentFlag.AlignCenter), str(value))
    ends_y = chart.bottom() - 44 * u
    end = start + col_w * n + gap * (n - 1)
    half = (end - start) / 2 - 10 * u  # the two end labels never meet
    if scale.min_label:
        draw_fitted(p, scale.min_label, QRectF(start, ends_y, half, 44 * u), 30 * u, MIN_PX_1080 * u, theme.muted)
    if scale.max_label:
        draw_fitted(p, scale.max_label, QRectF(end - half, ends_y, half, 44 * u), 30 * u, MIN_PX_1080 * u, theme.muted,
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
