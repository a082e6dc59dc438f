"""The recap's look: page geometry, colours and one type scale, in one place."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from forumdesk.report import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

ACCENT = colors.HexColor("#1D5C63")  # deep teal: headings, phone-answer bars, rules
ACCENT_LIGHT = colors.HexColor("#E3EFEF")
ROOM = colors.HexColor("#D9892B")  # amber: everything counted or said in the room
ROOM_LIGHT = colors.HexColor("#FBF1E4")
# Amber is too light for text (2.5:1 on ROOM_LIGHT); text about the room uses this darker amber,
# at least 4.5:1 on white and on every light panel of the recap.
ROOM_TEXT = colors.HexColor("#8A4B00")
INK = colors.HexColor("#1F2A30")
MUTED = colors.HexColor("#5F6B73")
RULE = colors.HexColor("#CDD6DA")
PANEL = colors.HexColor("#F4F6F7")
WHITE = colors.white

# One type scale (points): 30 / 20 / 13.5 / 10 / 8.5 / 7.5
TITLE_SIZE = 30
H1_SIZE = 20
H2_SIZE = 13.5
BODY_SIZE = 10
SMALL_SIZE = 8.5
TINY_SIZE = 7.5


@cache
def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle(
        "Body", fontName=fonts.REGULAR, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.42, textColor=INK,
        alignment=TA_LEFT, spaceAfter=5,
        bulletFontName=fonts.REGULAR,  # the chain's font, not reportlab's default Helvetica (never embedded; issue 16 item 3)
    )
    return {
        "body": body,
        "cover_kicker": ParagraphStyle("CoverKicker", parent=body, fontName=fonts.BOLD, fontSize=SMALL_SIZE,
                                       leading=12, textColor=WHITE),
        "cover_title": ParagraphStyle("CoverTitle", parent=body, fontName=fonts.BOLD, fontSize=TITLE_SIZE,
                                      leading=TITLE_SIZE * 1.15, textColor=INK, spaceAfter=14),
        "cover_partner": ParagraphStyle("CoverPartner", parent=body, fontSize=H2_SIZE + 1.5, leading=20,
                                        textColor=ACCENT, spaceAfter=4),
        "cover_meta": ParagraphStyle("CoverMeta", parent=body, fontSize=BODY_SIZE + 1, leading=16, textColor=MUTED),
        "figure": ParagraphStyle("Figure", parent=body, fontName=fonts.BOLD, fontSize=H1_SIZE + 2,
                                 leading=H1_SIZE + 6, textColor=ACCENT, spaceAfter=0),
        "figure_label": ParagraphStyle("FigureLabel", parent=body, fontSize=SMALL_SIZE, leading=11,
                                       textColor=MUTED, spaceAfter=0),
        "h1": ParagraphStyle("Heading1", parent=body, keepWithNext=1, fontName=fonts.BOLD, fontSize=H1_SIZE,
                             leading=H1_SIZE * 1.25, textColor=INK, spaceBefore=0, spaceAfter=10),
        "h2": ParagraphStyle("Heading2", parent=body, keepWithNext=1, fontName=fonts.BOLD, fontSize=H2_SIZE,
                             leading=H2_SIZE * 1.3, textColor=INK, spaceBefore=6, spaceAfter=3),
        "h3": ParagraphStyle("Heading3", parent=body, keepWithNext=1, fontName=fonts.BOLD, fontSize=BODY_SIZE,
                             leading=BODY_SIZE * 1.4, textColor=ACCENT, spaceBefore=8, spaceAfter=4),
        "glance_heading": ParagraphStyle("GlanceHeading", parent=body, keepWithNext=0, fontName=fonts.BOLD,
                                         fontSize=BODY_SIZE, leading=BODY_SIZE * 1.4, textColor=ACCENT, spaceBefore=8,
                                         spaceAfter=4),
        "meta": ParagraphStyle("Meta", parent=body, keepWithNext=1, fontSize=SMALL_SIZE, leading=12, textColor=MUTED, spaceAfter=8),
        "quote": ParagraphStyle("Quote", parent=body, leftIndent=11, bulletIndent=0, bulletColor=ACCENT,
                                spaceAfter=6),
        "point": ParagraphStyle("Point", parent=body, leftIndent=11, bulletIndent=0, bulletColor=ACCENT,
                                spaceAfter=6),
        "words": ParagraphStyle("Words", parent=body, leading=BODY_SIZE * 1.6, spaceAfter=6),
        "summary_quote": ParagraphStyle("SummaryQuote", parent=body, fontName=fonts.ITALIC, fontSize=BODY_SIZE + 0.5,
                                        leading=15, leftIndent=12, spaceAfter=2),
        "attribution": ParagraphStyle("Attribution", parent=body, fontSize=TINY_SIZE + 0.5, leading=10,
                                      textColor=MUTED, leftIndent=12, spaceAfter=10),
        "note_label": ParagraphStyle("NoteLabel", parent=body, fontName=fonts.BOLD, fontSize=TINY_SIZE,
                                     leading=9, textColor=ROOM_TEXT, spaceAfter=1),
        "note": ParagraphStyle("Note", parent=body, fontName=fonts.ITALIC, spaceAfter=0),
        "guard": ParagraphStyle("Guard", parent=body, textColor=MUTED, fontName=fonts.ITALIC),
        "small": ParagraphStyle("Small", parent=body, fontSize=SMALL_SIZE, leading=11.5, textColor=MUTED),
        "cell": ParagraphStyle("Cell", parent=body, fontSize=SMALL_SIZE + 0.5, leading=11.5, spaceAfter=0),
        "cell_right": ParagraphStyle("CellRight", parent=body, fontSize=SMALL_SIZE + 0.5, leading=11.5,
                                     spaceAfter=0, alignment=2),
        "cell_head": ParagraphStyle("CellHead", parent=body, fontName=fonts.BOLD, fontSize=SMALL_SIZE + 0.5,
                                    leading=11.5, spaceAfter=0),
        "cell_head_right": ParagraphStyle("CellHeadRight", parent=body, fontName=fonts.BOLD, fontSize=SMALL_SIZE + 0.5,
                                          leading=11.5, spaceAfter=0, alignment=2),
        "commitment": ParagraphStyle("Commitment", parent=body, fontSize=BODY_SIZE + 1, leading=16, spaceAfter=0),
        "commitment_number": ParagraphStyle("CommitmentNumber", parent=body, fontName=fonts.BOLD,
                                            fontSize=H2_SIZE, leading=16, textColor=ACCENT, spaceAfter=0),
        "toc1": ParagraphStyle("TOC1", parent=body, fontSize=BODY_SIZE + 0.5, leading=17, fontName=fonts.BOLD),
        "toc2": ParagraphStyle("TOC2", parent=body, fontSize=BODY_SIZE - 0.5, leading=14, leftIndent=14,
                               textColor=INK),
    }


def rtl_styles(base: dict[str, ParagraphStyle]) -> dict[str, ParagraphStyle]:
    """The recap's styles for a right-to-left language: every paragraph aligned to the right (same
    names, so headings keep their bookmark levels)."""
    # Not the contents' entries: reportlab draws their dots and page numbers for left-aligned lines only.
    out = {name: style if name.startswith("toc") else ParagraphStyle(style.name, parent=style, alignment=TA_RIGHT)
           for name, style in base.items()}
    # A point's bullet is drawn in the text on the right, so its indent moves to the right too.
    out["point_rtl_point"] = ParagraphStyle("Point", parent=out["point"], leftIndent=0,
                                            rightIndent=base["point"].leftIndent)
    return out
