"""Charts for the recap, drawn with reportlab.graphics: labelled horizontal bars for choices and
top words (phone answers and room counts as two distinct, labelled series) and a column chart for
rating scales."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect

from forumdesk.domain.model import Scale
from forumdesk.i18n import Translator, translator
from forumdesk.report import fonts
from forumdesk.report.styles import ACCENT, CONTENT_WIDTH, INK, MUTED, ROOM, RULE, SMALL_SIZE, TINY_SIZE


def phones_label(t: Translator) -> str:
    return t.gettext("Answers from phones")


def room_label(t: Translator) -> str:
    return t.gettext("Room count (show of hands)")


class _Side:
    """Horizontal positions read from the start of the line: the left edge in a left-to-right
    recap, the right edge (mirrored) in a right-to-left one, where labels, bars and numbers run
    from the right as the text around them does."""

    def __init__(self, width: float, rtl: bool) -> None:
        self.width, self.rtl = width, rtl

    def x(self, x: float) -> float:
        return self.width - x if self.rtl else x

    def span(self, x: float, length: float) -> float:
        """The left edge of something ``length`` long that starts at ``x`` from the line's start."""
        return self.width - x - length if self.rtl else x

    def anchor(self, anchor: str) -> str:
        return {"start": "end", "end": "start"}[anchor] if self.rtl else anchor


def _legend(drawing: Drawing, y: float, entries: list[tuple[str, object]], side: _Side) -> None:
    x = 0.0
    for label, colour in entries:
        drawing.add(Rect(side.span(x, 8), y, 8, 8, fillColor=colour, strokeColor=None))
        text = fonts.plain(label)
        drawing.add(fonts.label(side.x(x + 12), y + 1, text, fonts.REGULAR, TINY_SIZE + 0.5,
                                anchor=side.anchor("start"), fillColor=MUTED))
        x += 24 + fonts.width(text, fonts.REGULAR, TINY_SIZE + 0.5)


def bar_rows(
    labels: list[str],
    phone: list[int] | None,
    room: list[int] | None = None,
    *,
    width: float = CONTENT_WIDTH,
    percent_of: int | None = None,
    phone_label: str | None = None,
    t: Translator | None = None,
) -> Drawing:
    """One row per label with a bar for phone answers and, when given, a second bar for the room's
    count. Each bar carries its number; the legend names both series so the room's hands are never
    read as phone answers. In a right-to-left recap the chart is mirrored: labels on the right, bars
    growing to the left."""
    fonts.register()
    t = t or translator("en")
    side = _Side(width, t.rtl)
    phone_label = phone_label or phones_label(t)
    series = [(values, colour) for values, colour in ((phone, ACCENT), (room, ROOM)) if values is not None]
    bar_height = 9.0
    row_height = 10 + bar_height * len(series) + 3 * (len(series) - 1)
    legend_height = 18 if len(series) > 1 or room is not None else 0
    height = legend_height + row_height * len(labels) + 4
    drawing = Drawing(width, height)
    label_width = min(width * 0.42, 210)
    bar_x = label_width + 10
    number_room = 62
    bar_space = width - bar_x - number_room
    peak = max([max(values, default=0) for values, _ in series] + [1])
    if legend_height:
        entries = []
        if phone is not None:
            entries.append((phone_label, ACCENT))
        if room is not None:
            entries.append((room_label(t), ROOM))
        _legend(drawing, height - 10, entries, side)
    top = height - legend_height
    drawing.add(Line(side.x(bar_x), 2, side.x(bar_x), top, strokeColor=RULE, strokeWidth=0.8))
    for row, label in enumerate(labels):
        row_top = top - row * row_height
        block = bar_height * len(series) + 3 * (len(series) - 1)
        label_y = row_top - 5 - block / 2 - SMALL_SIZE / 3
        drawing.add(fonts.label(side.x(label_width), label_y, fonts.fit(label, label_width, fonts.REGULAR, SMALL_SIZE),
                                fonts.REGULAR, SMALL_SIZE, anchor=side.anchor("end"), fillColor=INK))
        y = row_top - 5 - bar_height
        for index, (values, colour) in enumerate(series):
            value = values[row] if row < len(values) else 0
            length = bar_space * value / peak
            if value:
                drawing.add(Rect(side.span(bar_x, max(length, 1.5)), y, max(length, 1.5), bar_height,
                                 fillColor=colour, strokeColor=None))
            text = t.format_number(value)
            if index == 0 and phone is not None and percent_of:
                text += f"  ({t.format_percent(value / percent_of)})"
            elif colour is ROOM:
                text = t.ngettext("{n} hand", "{n} hands", value)
            drawing.add(fonts.label(side.x(bar_x + length + 4), y + 1.5, fonts.plain(text), fonts.REGULAR,
                                    TINY_SIZE + 0.5, anchor=side.anchor("start"), fillColor=MUTED if colour is ROOM else INK))
            y -= bar_height + 3
    return drawing


def rating_chart(distribution: dict[int, int], scale: Scale, *, width: float = CONTENT_WIDTH,
                 t: Translator | None = None) -> Drawing:
    """Columns for each value of the scale, with counts on top and the scale's end labels below."""
    fonts.register()
    t = t or translator("en")
    values = list(range(scale.min, scale.max + 1))
    counts = [distribution.get(v, 0) for v in values]
    height = 150.0
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 34
    chart.width = min(width - 50, 60 * len(values))
    chart.height = height - 52
    chart.data = [counts]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 10
    chart.valueAxis.valueMin = 0
    peak = max(counts + [1])
    step = max(1, round(peak / 4))
    chart.valueAxis.valueMax = step * (peak // step + 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = TINY_SIZE
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = [str(v) for v in values]
    chart.categoryAxis.labels.fontName = fonts.BOLD
    chart.categoryAxis.labels.fontSize = SMALL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = TINY_SIZE + 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(fonts.label(chart.x - 26, chart.y + chart.height + 8, fonts.plain(t.gettext("Answers")), fonts.REGULAR,
                            TINY_SIZE, fillColor=MUTED))
    left = chart.x
    right = chart.x + chart.width
    if scale.min_label:
        drawing.add(fonts.label(left, 6, fonts.fit(f"{scale.min} = {scale.min_label}", chart.width / 2 - 6,
                                                   fonts.REGULAR, TINY_SIZE + 0.5),
                                fonts.REGULAR, TINY_SIZE + 0.5, fillColor=MUTED))
    if scale.max_label:
        drawing.add(fonts.label(right, 6, fonts.fit(f"{scale.max} = {scale.max_label}", chart.width / 2 - 6,
                                                    fonts.REGULAR, TINY_SIZE + 0.5),
                                fonts.REGULAR, TINY_SIZE + 0.5, anchor="end", fillColor=MUTED))
    return drawing
