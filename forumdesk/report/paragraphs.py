"""Paragraphs of user text: an ordinary Paragraph for left-to-right text, and a flowable that
breaks text with Hebrew or Arabic into lines itself, because each line must be reordered for
drawing on its own (with the direction of the paragraph it belongs to).

The bidi flowable is not a Paragraph subclass: reportlab's ``Paragraph.split`` (a page break
inside the answer) rebuilds halves with ``self.__class__(None, style, frags=...)``, which a
subclass with its own constructor cannot take. Here the laid-out lines live in a plain Paragraph
that does the wrapping, splitting and drawing, so the halves of a split are plain Paragraphs.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from forumdesk.report import fonts, rtl

_LONG_WORD_MARGIN = 0.9  # joined Arabic letters are narrower than isolated ones; leave some slack


def user_paragraph(text: str, style: ParagraphStyle, *, prefix: str = "", suffix: str = "",
                   bulletText: str | None = None) -> Flowable:  # noqa: N803 - reportlab's spelling
    """``text`` typed by a person, shown exactly; ``prefix``/``suffix`` are trusted markup."""
    if rtl.has_rtl(text):
        return BidiParagraph(text, style, prefix=prefix, suffix=suffix, bulletText=bulletText)
    return Paragraph(prefix + fonts.markup(text) + suffix, style, bulletText=bulletText)


def _width(text: str, style: ParagraphStyle) -> float:
    return _measure(text, style.fontName, style.fontSize)


@lru_cache(maxsize=16_384)
def _measure(text: str, font: str, size: float) -> float:
    """Width of ``text`` once shaped (answers repeat words; shaping is the slow part)."""
    return stringWidth(rtl.shape_arabic(text), font, size)


def _chop(word: str, width: float, style: ParagraphStyle) -> list[str]:
    """A word too wide for a line cut into pieces that fit, in reading order."""
    pieces, current, used = [], "", 0.0
    for ch in word:
        advance = _width(ch, style)
        if current and used + advance > width * _LONG_WORD_MARGIN:
            pieces.append(current)
            current, used = "", 0.0
        current += ch
        used += advance
    return [*pieces, current]


def break_lines(text: str, width: float | None, style: ParagraphStyle) -> list[tuple[str, bool]]:
    """``text`` broken into lines no wider than ``width`` (no limit when None), in logical order,
    each with the direction of the paragraph (between two newlines) it comes from."""
    if width is None:
        return [(paragraph, rtl.base_is_rtl(paragraph)) for paragraph in text.split("\n")]
    space = _width(" ", style)
    lines: list[tuple[str, bool]] = []
    for paragraph in text.split("\n"):
        rtl_base = rtl.base_is_rtl(paragraph)
        current, used = "", 0.0
        for word in paragraph.split(" "):
            # Arabic letters never join across a space, so a line's width is the sum of its
            # words' (each shaped and measured once).
            advance = _width(word, style)
            if current and used + space + advance <= width:
                current, used = f"{current} {word}", used + space + advance
                continue
            if current:
                lines.append((current, rtl_base))
            current, used = word, advance
            if advance > width:
                *whole, current = _chop(word, width, style)
                lines.extend((piece, rtl_base) for piece in whole)
                used = _width(current, style)
        lines.append((current, rtl_base))
    return lines


def line_markup(text: str, width: float | None, style: ParagraphStyle) -> list[str]:
    """``text`` broken into lines for ``width`` and each made markup in drawing order."""
    return [fonts.markup(line, rtl_base=base) for line, base in break_lines(text, width, style)]


def bidi_markup(text: str, style: ParagraphStyle, width: float) -> str:
    """Markup for typed text in a plain Paragraph ``width`` points wide (a heading, a table cell).
    Text with Hebrew or Arabic is broken into lines here: left to reportlab, the lines of the
    reordered text would come out in the wrong order."""
    if not rtl.has_rtl(text):
        return fonts.markup(text)
    return "<br/>".join(line_markup(text, width, style))


def _mirrored_spaces(markup: str) -> str:
    """Trusted markup put beside right-to-left text: its leading spaces moved to its end and its
    trailing ones to its start ("– " drawn left of the first word is " –")."""
    core = markup.strip(" ")
    if not core:
        return markup
    lead = len(markup) - len(markup.lstrip(" "))
    trail = len(markup) - len(markup.rstrip(" "))
    return " " * trail + core + " " * lead


class _RightBullet(Flowable):
    """A paragraph of right-to-left text with its bullet (a dash, "1.") drawn at the right of its
    first line, mirrored from where reportlab puts a bullet: reportlab draws bullets on the left
    only (but for its own bidi, which the recap does not use)."""

    def __init__(self, inner: Paragraph, bullet: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.inner, self.bullet, self.style = inner, bullet, style

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        parts = self.inner.split(availWidth, availHeight)
        return [_RightBullet(parts[0], self.bullet, self.style), *parts[1:]] if parts else []

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
        s = self.style
        self.canv.setFont(s.bulletFontName, s.bulletFontSize)
        self.canv.setFillColor(getattr(s, "bulletColor", None) or s.textColor)
        # the first line's baseline, where reportlab's Paragraph puts it (and its bullet)
        self.canv.drawRightString(self.width - s.bulletIndent, self.height - s.fontSize, self.bullet)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.inner.getSpaceAfter()


class BidiParagraph(Flowable):
    """Text containing Hebrew or Arabic, laid out line by line for the width it is given, aligned
    to the right when the text starts in a right-to-left script; a bullet then goes on the right
    too, the text indented from the right as it would be from the left."""

    def __init__(self, text: str, style: ParagraphStyle, *, prefix: str = "", suffix: str = "",
                 bulletText: str | None = None) -> None:  # noqa: N803
        super().__init__()
        self.logical, self.prefix, self.suffix, self.bullet = text, prefix, suffix, bulletText
        self.right_to_left = rtl.base_is_rtl(text)
        self.style = style
        if self.right_to_left:
            mirrored = ({"leftIndent": style.rightIndent, "rightIndent": style.leftIndent}
                        if bulletText is not None else {})
            self.style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT, **mirrored)
        self._laid_for: float | None = None
        self._inner_paragraph: Flowable | None = None  # laid out on the first wrap

    @property
    def _inner(self) -> Flowable:
        if self._inner_paragraph is None:
            self._inner_paragraph = self._paragraph(None)
        return self._inner_paragraph

    def _paragraph(self, width: float | None) -> Flowable:
        lines = line_markup(self.logical, width, self.style)
        if self.right_to_left:
            # Read from the right: the prefix (an opening quote, a dash) ends the first drawn line,
            # the suffix (a closing quote, "×N", a star) starts the last one; the space that
            # parts them from the text changes sides with them.
            lines[0] += _mirrored_spaces(self.prefix)
            lines[-1] = _mirrored_spaces(self.suffix) + lines[-1]
        else:
            lines[0] = self.prefix + lines[0]
            lines[-1] += self.suffix
        if self.right_to_left and self.bullet is not None:
            return _RightBullet(Paragraph("<br/>".join(lines), self.style), self.bullet, self.style)
        return Paragraph("<br/>".join(lines), self.style, bulletText=self.bullet)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        reserve = 2 + (14 if self.prefix or self.suffix else 0)  # room for quotes or a star
        width = availWidth - self.style.leftIndent - self.style.rightIndent - reserve
        if self._laid_for != width:
            self._laid_for = width
            self._inner_paragraph = self._paragraph(width)
        self.width, self.height = self._inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        return self._inner.split(availWidth, availHeight)

    def draw(self) -> None:
        self._inner.drawOn(self.canv, 0, 0)

    def minWidth(self) -> float:  # noqa: N802 - reportlab's name
        return self._inner.minWidth()

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter
