"""The recap's TrueType fonts, and turning attendee text into safe Paragraph markup.

DejaVu Sans (shipped in ``resources/fonts``) covers Latin with accents, Greek, Cyrillic, Hebrew,
Arabic letters and many symbols. WenQuanYi Micro Hei covers Chinese, Japanese and Korean; it is
loaded only when a text needs it. reportlab does no complex-script shaping or bidi reordering
itself, so Hebrew and Arabic go through ``report.rtl`` first (visual order, Arabic joining forms);
right-to-left paragraphs are broken into lines by ``report.paragraphs``.

A character that no font has (most emoji, rare scripts) is replaced with a visible placeholder
instead of being left to draw as an empty box or to break the export.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from forumdesk.paths import resource
from forumdesk.report import rtl

REGULAR = "ForumdeskSans"
BOLD = "ForumdeskSans-Bold"
ITALIC = "ForumdeskSans-Oblique"
FALLBACK = "ForumdeskFallbackCJK"
FAMILY = "ForumdeskSans"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
_FALLBACK_FILE = "wqy-microhei.ttc"
PLACEHOLDER = "\u25a1"  # WHITE SQUARE, drawn where no font has the character
# Joiners and selectors that shape emoji sequences: dropped quietly, never shown as placeholders.
_INVISIBLE = {0x200C, 0x200D, 0xFE0E, 0xFE0F, 0x20E3} | set(range(0x1F3FB, 0x1F400)) | set(range(0xE0020, 0xE0080))
_lock = threading.Lock()


@cache
def _font(name: str, filename: str) -> TTFont:
    font = TTFont(name, str(resource("fonts", filename)), subfontIndex=0)
    pdfmetrics.registerFont(font)
    return font


def register() -> None:
    """Register the recap's fonts with reportlab (idempotent, thread-safe)."""
    with _lock:
        for name, filename in _FILES.items():
            _font(name, filename)
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def _main_cmap() -> frozenset[int]:
    """Characters every style of the main font has (regular, bold, italic)."""
    register()
    cmaps = [set(_font(name, filename).face.charToGlyph) for name, filename in _FILES.items()]
    return frozenset(set.intersection(*cmaps))


@cache
def _regular_cmap() -> frozenset[int]:
    """The regular style has more than the italic one (Arabic, for one): used inside italic text."""
    register()
    return frozenset(_font(REGULAR, _FILES[REGULAR]).face.charToGlyph)


@cache
def _fallback_cmap() -> frozenset[int]:
    with _lock:
        return frozenset(_font(FALLBACK, _FALLBACK_FILE).face.charToGlyph)


def _is_plain(code: int) -> bool:
    return code < 0x0370  # Latin and its accents: always in the main font; the fast path


def markup(text: str, rtl_base: bool | None = None) -> str:
    """Attendee (or facilitator) text as Paragraph markup that shows exactly what was typed:
    escaped (so ``<font size=40>`` stays text), line breaks kept, characters the current style
    lacks switched to a font that has them, and characters no font has replaced by a placeholder.
    Lines with Hebrew or Arabic are put in drawing order, in the paragraph direction ``rtl_base``
    (each line's own when None)."""
    if all(_is_plain(ord(ch)) for ch in text):
        return escape(text).replace("\n", "<br/>")
    if rtl.has_rtl(text):  # Hebrew, Arabic: joined letters in drawing order, line by line
        text = "\n".join(rtl.visual_line(line, rtl_base) for line in text.split("\n"))
    main = _main_cmap()
    out: list[str] = []
    run: list[str] = []
    run_face: list[str | None] = [None]

    def emit(face: str | None, chunk: str) -> None:
        if face != run_face[0] and run:
            flush()
        run_face[0] = face
        run.append(chunk)

    def flush() -> None:
        if run:
            body = "".join(run)
            out.append(f'<font face="{run_face[0]}">{body}</font>' if run_face[0] else body)
            run.clear()

    for ch in unicodedata.normalize("NFC", text):
        code = ord(ch)
        if code in _INVISIBLE:
            continue
        if ch == "\n":
            emit(None, "<br/>")
        elif _is_plain(code) or code in main:
            emit(None, escape(ch))
        elif code in _regular_cmap():
            emit(REGULAR, escape(ch))
        elif code in _fallback_cmap():
            emit(FALLBACK, escape(ch))
        else:
            emit(None, PLACEHOLDER)
    flush()
    return "".join(out)


def plain(text: str) -> str:
    """Text for reportlab.graphics strings (chart labels), which take no markup: characters the
    main font lacks become the placeholder (charts use one font only)."""
    if all(_is_plain(ord(ch)) for ch in text):
        return text
    text = rtl.visual_line(text)
    regular = _regular_cmap()
    return "".join(
        ch if _is_plain(ord(ch)) or ord(ch) in regular else PLACEHOLDER for ch in text if ord(ch) not in _INVISIBLE
    )


def fit(text: str, width: float, font: str, size: float) -> str:
    """``text`` as plain drawable text, cut with an ellipsis so it fits ``width`` points."""
    text = plain(" ".join(text.split()))
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
