"""Paragraphs of user text: an ordinary Paragraph for left-to-right text, and one that breaks
right-to-left text (Hebrew, Arabic) into lines itself, because each line must be reordered for
drawing on its own and then aligned to the right."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from forumdesk.report import fonts, rtl


def user_paragraph(text: str, style: ParagraphStyle, *, prefix: str = "", suffix: str = "",
                   bulletText: str | None = None) -> Paragraph:  # noqa: N803 - reportlab's spelling
    """``text`` typed by a person, shown exactly; ``prefix``/``suffix`` are trusted markup."""
    if rtl.has_rtl(text) and rtl.base_is_rtl(text):
        return RightToLeftParagraph(text, style, prefix=prefix, suffix=suffix, bulletText=bulletText)
    return Paragraph(prefix + fonts.markup(text) + suffix, style, bulletText=bulletText)


class RightToLeftParagraph(Paragraph):
    """Breaks its logical text into lines for the width it is given, then lets Paragraph draw the
    reordered lines, right-aligned."""

    def __init__(self, text: str, style: ParagraphStyle, *, prefix: str = "", suffix: str = "",
                 bulletText: str | None = None) -> None:  # noqa: N803
        self.logical, self.prefix, self.suffix = text, prefix, suffix
        self.rtl_style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        self.rtl_bullet = bulletText
        self._laid_for: float | None = None
        super().__init__(self._markup(None), self.rtl_style, bulletText=bulletText)

    def _lines(self, width: float | None) -> list[str]:
        style = self.rtl_style
        lines: list[str] = []
        for paragraph in self.logical.split("\n"):
            words = paragraph.split(" ")
            current = ""
            for word in words:
                candidate = f"{current} {word}" if current else word
                fits = width is None or stringWidth(rtl.shape_arabic(candidate), style.fontName,
                                                    style.fontSize) <= width
                if fits or not current:
                    current = candidate
                else:
                    lines.append(current)
                    current = word
            lines.append(current)
        return lines

    def _markup(self, width: float | None) -> str:
        lines = [fonts.markup(line) for line in self._lines(width)]
        # Read from the right: the prefix (an opening quote) ends the first drawn line, the suffix
        # (a closing quote, a star) starts the last one.
        lines[0] = lines[0] + self.prefix
        lines[-1] = self.suffix + lines[-1]
        return "<br/>".join(lines)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        reserve = 2 + (14 if self.prefix or self.suffix else 0)  # room for quotes or a star
        width = availWidth - self.rtl_style.leftIndent - self.rtl_style.rightIndent - reserve
        if self._laid_for != width:
            self._laid_for = width
            Paragraph.__init__(self, self._markup(width), self.rtl_style, bulletText=self.rtl_bullet)
        return super().wrap(availWidth, availHeight)
