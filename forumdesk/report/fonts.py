"""The recap's TrueType fonts, and turning attendee text into safe Paragraph markup.

One font chain draws every text of the PDF (issue 16 item 3): body text, cover, headers, footers
and chart labels. DejaVu Sans (shipped in ``resources/fonts``) comes first, in the text's style: Latin
with accents, Greek, Cyrillic, Hebrew, Arabic letters and many symbols. A character the style lacks
is drawn with the first of ``FALLBACKS`` that has it: Noto Sans Devanagari, Hebrew and Arabic,
WenQuanYi Micro Hei (Chinese, Japanese, Korean) and Symbola (monochrome emoji); each is loaded only
when a text needs it. Canvas strings and chart labels are drawn run by run (``draw``, ``label``)
because they take one font each; bookmarks take the text as typed (PDF outlines are Unicode). reportlab does no complex-script shaping or bidi reordering
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

from reportlab.graphics.shapes import Group, String
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from forumdesk.paths import resource
from forumdesk.report import rtl

REGULAR = "ForumdeskSans"
BOLD = "ForumdeskSans-Bold"
ITALIC = "ForumdeskSans-Oblique"
FALLBACK = "ForumdeskFallbackCJK"
EMOJI = "ForumdeskFallbackEmoji"
FAMILY = "ForumdeskSans"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
# After the style's own font and DejaVu Sans regular, in this order (resources/fonts/README.md).
FALLBACKS: list[tuple[str, str]] = [
    ("ForumdeskFallbackDevanagari", "NotoSansDevanagari-Regular.ttf"),
    ("ForumdeskFallbackHebrew", "NotoSansHebrew-Regular.ttf"),
    ("ForumdeskFallbackArabic", "NotoSansArabic-Regular.ttf"),
    (FALLBACK, "wqy-microhei.ttc"),
    (EMOJI, "Symbola_hint.ttf"),
]
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
        # reportlab.graphics starts every drawing, and a Table every cell, by selecting its default
        # font, Helvetica, which is never embedded (a PDF/UA checker flags it even unused): ours
        # is selected instead. The report is reportlab's only user in the process.
        from reportlab.graphics import shapes
        from reportlab.platypus import tables

        shapes.STATE_DEFAULTS["fontName"] = REGULAR
        tables.CellStyle.fontname = REGULAR


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
def _fallback_cmap(name: str, filename: str) -> frozenset[int]:
    with _lock:
        return frozenset(_font(name, filename).face.charToGlyph)


def cmap(name: str) -> frozenset[int]:
    """The characters font ``name`` (one of the chain's) has glyphs for."""
    for fallback, filename in FALLBACKS:
        if fallback == name:
            return _fallback_cmap(fallback, filename)
    register()
    return frozenset(_font(name, _FILES[name]).face.charToGlyph)


def fallback_for(code: int) -> str | None:
    """The first fallback font that has ``code``; None when no font of the chain has it."""
    for name, filename in FALLBACKS:
        if code in _fallback_cmap(name, filename):
            return name
    return None


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
        elif (face := fallback_for(code)) is not None:
            emit(face, escape(ch))
        else:
            emit(None, PLACEHOLDER)
    flush()
    return "".join(out)


def plain(text: str) -> str:
    """Text in drawing order for one line drawn outside a Paragraph (canvas strings, chart labels):
    NFC, joiners dropped, Hebrew and Arabic reordered; characters no font of the chain has become
    the placeholder. Draw it with ``draw`` or ``label``, which switch fonts run by run."""
    text = unicodedata.normalize("NFC", text)
    if all(_is_plain(ord(ch)) for ch in text):
        return text
    text = rtl.visual_line(text)
    regular = _regular_cmap()
    return "".join(
        ch if _is_plain(code := ord(ch)) or code in regular or fallback_for(code) is not None else PLACEHOLDER
        for ch in text if ord(ch) not in _INVISIBLE
    )


def outline(text: str) -> str:
    """A bookmark's title: the text as typed, in logical order (PDF outlines are Unicode and the
    viewer draws them with its own fonts), on one line."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``plain`` text cut into (font name, chunk) runs: ``font`` where it has the character, else
    DejaVu Sans regular, else the first fallback that has it."""
    if all(_is_plain(ord(ch)) for ch in text):
        return [(font, text)] if text else []
    own = cmap(font) if font in _FILES else _main_cmap()
    regular = _regular_cmap()
    out: list[tuple[str, str]] = []
    for ch in text:
        code = ord(ch)
        if _is_plain(code) or code in own:
            face = font
        elif code in regular:
            face = REGULAR
        else:
            face = fallback_for(code) or font
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out


def width(text: str, font: str, size: float) -> float:
    """The width of ``plain`` text drawn run by run."""
    return sum(stringWidth(chunk, face, size) for face, chunk in runs(text, font))


def draw(canvas, x: float, y: float, text: str, font: str, size: float, *, anchor: str = "start") -> None:
    """Draw ``plain`` text on a canvas at ``x`` (its start, or its end with anchor="end"), switching
    fonts run by run; the canvas is left in ``font``."""
    if anchor == "end":
        x -= width(text, font, size)
    for face, chunk in runs(text, font):
        canvas.setFont(face, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, face, size)
    canvas.setFont(font, size)


def label(x: float, y: float, text: str, font: str, size: float, *, anchor: str = "start", **style) -> Group:
    """A chart label (reportlab.graphics), as one String per font run."""
    group = Group()
    if anchor == "end":
        x -= width(text, font, size)
    for face, chunk in runs(text, font):
        group.add(String(x, y, chunk, fontName=face, fontSize=size, **style))
        x += stringWidth(chunk, face, size)
    return group


def fit(text: str, room: float, font: str, size: float) -> str:
    """``text`` as ``plain`` drawable text, cut with an ellipsis so it fits ``room`` points."""
    text = plain(" ".join(text.split()))
    if width(text, font, size) <= room:
        return text
    while text and width(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"
