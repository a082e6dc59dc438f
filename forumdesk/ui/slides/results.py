"""The results slide: bars for choices (phones and room counts), a distribution and mean for
ratings, an answer wall for open text and a word cloud for short words."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from forumdesk.domain import kinds
from forumdesk.ui.slides import wall, wordcloud
from forumdesk.ui.slides.common import SlideData, draw_fitted, draw_line, footer, rounded
from forumdesk.ui.theme import ProjectorTheme, font


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    u = rect.height() / 1080
    question, results = data.question, data.results
    left, right = rect.left() + 90 * u, rect.right() - 90 * u
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 14 * u), theme.accent)
    if question is None:
        return
    label = f"RESULTS · QUESTION {data.number} OF {data.total}" if data.total else "RESULTS"
    draw_line(p, label, QRectF(left, rect.top() + 44 * u, right - left, 56 * u), 32 * u, theme.accent, QFont.Weight.Bold)
    used = draw_fitted(p, question.prompt, QRectF(left, rect.top() + 100 * u, right - left, 150 * u), 60 * u, 34 * u,
                       theme.text, QFont.Weight.Bold)
    body = QRectF(left, used.bottom() + 36 * u, right - left, rect.bottom() - 130 * u - used.bottom() - 36 * u)
    responses = results.responses if results else 0
    extra = ""
    if results is None or (responses == 0 and not any(results.room_counts)):
        draw_line(p, "No answers yet", body, 56 * u, theme.muted, QFont.Weight.DemiBold, Qt.AlignmentFlag.AlignCenter)
    else:
        # one renderer per presentation; the kind says which (forumdesk.domain.kinds.base)
        view = kinds.of(question.kind).results_view
        if view == "bars":
            extra = _bars(p, body, theme, question, results, data.progress, u)
        elif view == "histogram":
            _rating(p, body, theme, question, results, data.progress, u)
        elif view == "cloud":
            wordcloud.paint(p, body, theme, results.words, u)
        else:
            wall.paint(p, body, theme, data.wall, u)
    footer(p, rect, theme, data, f"{responses} answer{'s' if responses != 1 else ''}{extra}")


def _bars(p, box: QRectF, theme: ProjectorTheme, question, results, progress: float, u: float) -> str:
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
        legend = QRectF(box.left(), box.top() - 8 * u, box.width(), 40 * u)
        _legend(p, legend, theme, u)
        box = box.adjusted(0, 44 * u, 0, 0)
    n = max(1, len(choices))
    gap = 18 * u
    row_h = min(120 * u, (box.height() - gap * (n - 1)) / n)
    label_w = box.width() * 0.34
    track_left = box.left() + label_w + 30 * u
    number_w = 200 * u
    track_w = box.right() - number_w - track_left
    px = min(42 * u, row_h * 0.5)
    leader = max(totals) if totals else 0
    for i, choice in enumerate(choices):
        top = box.top() + i * (row_h + gap)
        draw_fitted(p, choice, QRectF(box.left(), top, label_w, row_h), px, 24 * u, theme.text, QFont.Weight.DemiBold,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        track = QRectF(track_left, top + row_h * 0.12, track_w, row_h * 0.76)
        rounded(p, track, 12 * u, theme.surface)
        phone_w = track_w * phones[i] / peak * progress
        room_w = track_w * room[i] / peak * progress
        if phone_w + room_w > 0:
            rounded(p, QRectF(track.left(), track.top(), max(phone_w + room_w, 24 * u), track.height()), 12 * u,
                    theme.room if room_w else theme.accent)
            if phone_w:
                rounded(p, QRectF(track.left(), track.top(), max(phone_w, 24 * u), track.height()), 12 * u, theme.accent)
        weight = QFont.Weight.Black if totals[i] == leader and leader else QFont.Weight.Bold
        p.setFont(font(px * 1.1, weight))
        p.setPen(theme.text)
        pct = round(100 * totals[i] / total)
        numbers = QRectF(track.right() + 16 * u, top, number_w, row_h)
        p.drawText(QRectF(numbers.left(), top, 80 * u, row_h),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(totals[i]))
        p.setFont(font(px * 0.85, QFont.Weight.DemiBold))
        p.setPen(theme.muted)
        p.drawText(QRectF(numbers.left() + 96 * u, top, number_w - 96 * u, row_h),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), f"{pct}%")
    return f" from phones   ·   {sum(room)} counted in the room" if has_room else ""


def _legend(p: QPainter, box: QRectF, theme: ProjectorTheme, u: float) -> None:
    x = box.right()
    for label, color in (("Room count", theme.room), ("Phones", theme.accent)):
        f = font(30 * u, QFont.Weight.DemiBold)
        p.setFont(f)
        width = p.fontMetrics().horizontalAdvance(label)
        x -= width
        p.setPen(theme.muted)
        p.drawText(QRectF(x, box.top(), width + 2, box.height()), int(Qt.AlignmentFlag.AlignVCenter), label)
        x -= 40 * u
        rounded(p, QRectF(x, box.center().y() - 13 * u, 28 * u, 26 * u), 6 * u, color)
        x -= 50 * u


def _rating(p: QPainter, box: QRectF, theme: ProjectorTheme, question, results, progress: float, u: float) -> None:
    scale = question.scale
    dist = results.rating_distribution
    values = list(range(scale.min, scale.max + 1))
    # the mean, big, on the left
    mean_box = QRectF(box.left(), box.top(), box.width() * 0.28, box.height())
    mean = "–" if results.mean is None else f"{results.mean:.1f}"
    p.setFont(font(min(220 * u, mean_box.height() * 0.45), QFont.Weight.Black))
    p.setPen(theme.accent)
    p.drawText(mean_box.adjusted(0, 0, 0, -mean_box.height() * 0.25), int(Qt.AlignmentFlag.AlignCenter), mean)
    draw_line(p, f"average out of {scale.max}", QRectF(mean_box.left(), mean_box.center().y() + mean_box.height() * 0.12,
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
    for i, value in enumerate(values):
        count = dist.get(value, 0)
        x = start + i * (col_w + gap)
        h = plot_h * count / peak * progress
        base = chart.top() + 60 * u + plot_h
        rounded(p, QRectF(x, chart.top() + 60 * u, col_w, plot_h), 14 * u, theme.surface)
        if h > 0:
            rounded(p, QRectF(x, base - max(h, 20 * u), col_w, max(h, 20 * u)), 14 * u, theme.accent)
        p.setFont(font(44 * u, QFont.Weight.Bold))
        p.setPen(theme.text)
        p.drawText(QRectF(x - 20 * u, base - max(h, 20 * u) - 58 * u, col_w + 40 * u, 54 * u),
                   int(Qt.AlignmentFlag.AlignCenter), str(count))
        p.setFont(font(48 * u, QFont.Weight.Black))
        p.drawText(QRectF(x, base + 8 * u, col_w, 60 * u), int(Qt.AlignmentFlag.AlignCenter), str(value))
    ends_y = chart.bottom() - 44 * u
    if scale.min_label:
        draw_line(p, scale.min_label, QRectF(start, ends_y, chart.width() / 2, 44 * u), 30 * u, theme.muted)
    if scale.max_label:
        end = start + col_w * n + gap * (n - 1)
        draw_line(p, scale.max_label, QRectF(end - chart.width() / 2, ends_y, chart.width() / 2, 44 * u), 30 * u,
                  theme.muted, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
