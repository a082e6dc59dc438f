"""What a slide shows (SlideData), shared drawing helpers, and the dispatcher ``paint_slide``."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath

from forumdesk.domain import Answer, Question, kinds
from forumdesk.domain.images import SlideImage
from forumdesk.domain.results import QuestionResults
from forumdesk.ui.language import isolate, right_to_left, tr
from forumdesk.ui.theme import ProjectorTheme, font


class SlideKind(StrEnum):
    WELCOME = "welcome"
    QUESTION = "question"
    RESULTS = "results"
    BLANK = "blank"
    FOLLOW_UP = "follow_up"  # "You said, we did" (slides/follow_up.py)
    SPOTLIGHT = "spotlight"  # one answer, full screen (issue 13)
    THEMES = "themes"  # the question's themes with counts and one answer each (issue 13)
    ASK = "ask"  # the room's own questions (slides/ask.py)


@dataclass
class SlideData:
    kind: SlideKind = SlideKind.WELCOME
    title: str = ""
    partner: str = ""
    join_url: str = ""
    code: str = ""
    question: Question | None = None
    number: int = 0  # 1-based position of the question
    total: int = 0
    answer_count: int = 0
    timer_text: str = ""  # "1:45" while a timer runs, "" otherwise
    timer_fraction: float = 0.0  # remaining time as a fraction of the timer's length
    results: QuestionResults | None = None
    wall: list[Answer] = field(default_factory=list)  # every visible answer once (same answers once)
    wall_counts: list[int] = field(default_factory=list)  # ×N for each of ``wall`` (1 when unique)
    wall_page: int = 0  # which page of the wall (wraps around; the wall says "page 2 of 7")
    spotlight: str = ""  # SPOTLIGHT: the answer's whole text
    spotlight_count: int = 1
    theme_rows: list[tuple[str, int, str]] = field(default_factory=list)  # THEMES: name, answers, one answer
    themes_tagged: int = 0  # THEMES: visible answers carrying at least one theme (each once)
    progress: float = 1.0  # 0..1 entry animation
    # "You said, we did": (what was committed, its status, what was done), oldest forum first
    follow_ups: list[tuple[str, str, str]] = field(default_factory=list)
    asked: list = field(default_factory=list)  # slides.ask.AskSlideItem, most votes first (the Q&A slide)
    image: SlideImage | None = None  # a content slide's image (slides/content.py)


# The smallest text a slide draws, in pixels of a 1080-pixel-high slide (2.2% of its height; it
# scales with the slide). Why 24: a 2 m high projected image puts 24 px at 44 mm per em, about
# 31 mm capitals; ISO 9241-303 / ANSI-HFES 100 ask for at least 16 arcmin per character for
# reading, which those capitals give up to 6.7 m, the back of a 60-seat room. Ordinary texts are
# far larger (34-100 px); only the longest texts (12 choices of 120 characters) come down to it.
MIN_PX_1080 = 24


@dataclass(frozen=True)
class TextBox:
    """One text as a slide drew it: the box it was given and where its glyphs went."""

    text: str  # as drawn: ends with "…" when it was cut to fit; for an area (px 0), its name
    box: QRectF  # the rectangle passed to drawText, or an area (see ``reserve``)
    used: QRectF  # the glyphs' bounding rectangle (QPainter.boundingRect with the same flags and font)
    px: int  # the font's pixel size


class LayoutPainter(QPainter):
    """A QPainter that also records every text it draws (and the areas slides reserve with
    ``reserve``), so tests check a slide's layout from the painter's own geometry, not from pixels.
    Slides only ever call ``drawText(rect, flags, text)``; that is the form recorded."""

    def __init__(self, device) -> None:
        super().__init__(device)
        self.boxes: list[TextBox] = []

    def drawText(self, *args) -> None:  # noqa: N802 - Qt's name
        if len(args) == 3 and isinstance(args[0], QRectF | QRect) and isinstance(args[2], str) and args[2]:
            rect, flags, text = QRectF(args[0]), int(args[1]), args[2]
            self.boxes.append(TextBox(text, rect, self.boundingRect(rect, flags, text), self.font().pixelSize()))
        super().drawText(*args)


def reserve(p: QPainter, name: str, rect: QRectF) -> None:
    """Record a drawn area (the QR code, a pill, a card, a bar) when a LayoutPainter paints: no text
    may cover the QR code, a text is either wholly inside another area or outside it, and areas do
    not overlap one another."""
    if isinstance(p, LayoutPainter):
        p.boxes.append(TextBox(name, QRectF(rect), QRectF(rect), 0))


WRAP = Qt.TextFlag.TextWordWrap
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@lru_cache(maxsize=512)
def _fitting_size(text: str, width: int, height: int, max_px: int, min_px: int, weight: int, align: int) -> int:
    lo, hi = min_px, max_px
    while lo < hi:
        mid = (lo + hi + 1) // 2
        metrics = QFontMetricsF(font(mid, QFont.Weight(weight)))
        box = metrics.boundingRect(QRectF(0, 0, width, 100_000), align | int(WRAP), text)
        if box.width() <= width + 0.5 and box.height() <= height + 0.5:
            lo = mid
        else:
            hi = mid - 1
    return lo


_HORIZONTAL = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignRight)


def directed(text: str, align):
    """``text`` and ``align`` for the app's writing direction: in a right-to-left language the
    horizontal alignment is mirrored (left becomes right) and the text isolated (language.isolate),
    so slide texts start at the right edge of their boxes."""
    if not right_to_left():
        return text, align
    value = int(align)
    if value & _HORIZONTAL:
        value ^= _HORIZONTAL
    return isolate(text), Qt.AlignmentFlag(value)


def own_directed(text: str, align):
    """What an attendee wrote, aligned to the start of its own writing direction (as ``dir="auto"``
    does on the phones): a Hebrew or Arabic answer starts at the right edge of its box whatever the
    app's language, isolated so its punctuation stays with it. Text with no letter follows the app."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL", "L"):
            break
    else:
        return directed(text, align)
    if (kind != "L") == right_to_left():
        return directed(text, align)
    # Written the other way from the app: start at the other edge (in a right-to-left app,
    # directed() has mirrored the alignment already; left-to-right text goes back to the left).
    text, align = directed(text, align)
    value = int(align)
    if value & _HORIZONTAL:
        value ^= _HORIZONTAL
    # directed() isolated it in a right-to-left app; in a left-to-right one it is done here.
    return (text if right_to_left() else f"\u2068{text}\u2069"), Qt.AlignmentFlag(value)


def mirrored(box: QRectF, slide: QRectF) -> QRectF:
    """``box`` mirrored across the slide's vertical centre line in a right-to-left language."""
    if not right_to_left():
        return box
    return QRectF(slide.left() + slide.right() - box.right(), box.top(), box.width(), box.height())


def fit_font(text: str, rect: QRectF, max_px: float, min_px: float,
             weight: QFont.Weight = QFont.Weight.Normal, align=ALIGN_LEFT) -> QFont:
    """The largest font (between min_px and max_px pixels) at which ``text`` wraps into ``rect``."""
    size = _fitting_size(text, int(rect.width()), int(rect.height()), round(max_px), round(min_px),
                         int(weight.value), int(align))
    return font(size, weight)


def draw_fitted(p: QPainter, text: str, rect: QRectF, max_px: float, min_px: float, color: QColor,
                weight: QFont.Weight = QFont.Weight.Normal, align=ALIGN_LEFT) -> QRectF:
    """Draw plain ``text`` as large as fits in ``rect``; too long even at min_px, it is cut with "…".
    Returns the rectangle the text took. Right to left, it starts at the box's right edge."""
    text, align = directed(text, align)
    f = fit_font(text, rect, max_px, min_px, weight, align)
    p.setFont(f)
    p.setPen(color)
    flags = int(align) | int(WRAP)
    text = elide_to_fit(text, f, rect, flags)
    used = p.boundingRect(rect, flags, text)
    p.drawText(rect, flags, text)
    return used


def elide_to_fit(text: str, f: QFont, rect: QRectF, flags: int) -> str:
    """``text`` cut (with "…") to fit ``rect`` when wrapped; cached, as walls repaint often."""
    return _elide_cached(text, f.pixelSize(), f.weight().value, rect.width(), rect.height(), flags)


@lru_cache(maxsize=2048)
def _elide_cached(text: str, px: int, weight: int, width: float, height: float, flags: int) -> str:
    metrics = QFontMetricsF(font(px, QFont.Weight(weight)))
    rect = QRectF(0, 0, width, height)

    def fits(candidate: str) -> bool:
        box = metrics.boundingRect(QRectF(0, 0, rect.width(), 100_000), flags, candidate)
        return box.height() <= rect.height() + 0.5

    if fits(text):
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(text[:mid].rstrip() + "…"):
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def text_height(text: str, f: QFont, width: float) -> float:
    return _text_height_cached(text, f.pixelSize(), f.weight().value, width)


@lru_cache(maxsize=4096)
def _text_height_cached(text: str, px: int, weight: int, width: float) -> float:
    metrics = QFontMetricsF(font(px, QFont.Weight(weight)))
    return metrics.boundingRect(QRectF(0, 0, width, 100_000), int(ALIGN_LEFT) | int(WRAP), text).height()


def rounded(p: QPainter, rect: QRectF, radius: float, color: QColor) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    p.fillPath(path, color)


def draw_line(p: QPainter, text: str, rect: QRectF, px: float, color: QColor,
              weight: QFont.Weight = QFont.Weight.Normal, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
    """One line of text, elided at its end if it is too wide (right to left: from the box's right edge)."""
    text, align = directed(text, align)
    f = font(px, weight)
    p.setFont(f)
    p.setPen(color)
    elided = QFontMetricsF(f).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    p.drawText(rect, int(align), elided)


def footer(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData, left: str) -> None:
    """The bottom strip: a left label (answer count...) and how to join, on every question slide.
    Both share one line: when they are too long for it together, both get smaller (never under
    MIN_PX_1080), so the count never runs into the join address."""
    u = rect.height() / 1080
    strip = QRectF(rect.left() + 80 * u, rect.bottom() - 96 * u, rect.width() - 160 * u, 64 * u)
    join = tr("{address}   ·   code {code}").format(address=_short_url(data.join_url), code=data.code) if data.join_url else ""
    gap = 60 * u if left and join else 0
    weight = QFont.Weight.DemiBold
    px = 34 * u
    while px > MIN_PX_1080 * u:
        metrics = QFontMetricsF(font(px, weight))
        if metrics.horizontalAdvance(left) + metrics.horizontalAdvance(join) + gap <= strip.width():
            break
        px -= 1
    metrics = QFontMetricsF(font(px, weight))
    join_w = min(strip.width(), metrics.horizontalAdvance(join) + 2)
    # right to left, mirrored: the count at the right, how to join at the left
    if join:
        draw_line(p, join, mirrored(QRectF(strip.right() - join_w, strip.top(), join_w, strip.height()), rect), px,
                  theme.muted, weight, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if left:
        draw_line(p, left, mirrored(QRectF(strip.left(), strip.top(), strip.width() - join_w - gap, strip.height()),
                                    rect), px, theme.muted, weight)


def _short_url(url: str) -> str:
    return url.removeprefix("http://").removeprefix("https://")


def paint_slide(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    """Paint ``data`` into ``rect`` (the whole slide)."""
    from forumdesk.ui.slides import big_room, follow_up, question, results, welcome

    # Every slide is laid out by its own code, the same on a window and on an image: right to left
    # is handled by ``directed``/``mirrored``, not by a painter mirroring the alignments it is given.
    p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if data.kind is SlideKind.BLANK:
        p.fillRect(rect, QColor("black"))
        return
    p.fillRect(rect, theme.background)
    p.save()
    p.setOpacity(max(0.0, min(1.0, 0.25 + 0.75 * data.progress)))
    if data.kind is SlideKind.WELCOME:
        welcome.paint(p, rect, theme, data)
    elif (data.kind in (SlideKind.QUESTION, SlideKind.RESULTS) and data.question is not None
          and kinds.of(data.question.kind).options_view == "content"):
        from forumdesk.ui.slides import content

        content.paint(p, rect, theme, data)  # a content slide: the same on screen before and after
    elif data.kind is SlideKind.QUESTION:
        question.paint(p, rect, theme, data)
    elif data.kind is SlideKind.FOLLOW_UP:
        follow_up.paint(p, rect, theme, data)
    elif data.kind in (SlideKind.SPOTLIGHT, SlideKind.THEMES):
        big_room.paint(p, rect, theme, data)
    elif data.kind is SlideKind.ASK:
        from forumdesk.ui.slides import ask

        ask.paint(p, rect, theme, data)
    else:
        results.paint(p, rect, theme, data)
    p.restore()
