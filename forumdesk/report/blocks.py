"""Small building blocks of the PDF recap: the panel of key figures, a room note's box and a
thin rule. Attendee and scribe text goes through ``user_paragraph`` (escaped markup)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from forumdesk.i18n import Message, Translator
from forumdesk.report.content import NoteView
from forumdesk.report.guard import Guarded, Warnings
from forumdesk.report.paragraphs import user_paragraph
from forumdesk.report.styles import ACCENT, CONTENT_WIDTH, PANEL, ROOM, ROOM_LIGHT, RULE


def figures_panel(items: list[tuple[str, str]], s: dict[str, ParagraphStyle]) -> Table:
    """A row of key figures: big number over a small label, on a light panel."""
    cells = [[user_paragraph(value, s["figure"]), user_paragraph(label, s["figure_label"])] for value, label in items]
    table = Table([cells], colWidths=[CONTENT_WIDTH / len(items)] * len(items))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    return table


def note_box(note: NoteView, warnings: Warnings, s: dict[str, ParagraphStyle], t: Translator) -> Table:
    text = Guarded(lambda: user_paragraph(note.text, s["note"]), Message("Room note {id}", id=note.id), s["note"], warnings)
    # splitInRow: a note of many lines is taller than a page and must continue on the next one.
    table = Table([[[user_paragraph(t.gettext("ROOM NOTE"), s["note_label"]), text]]], colWidths=[CONTENT_WIDTH],
                  splitInRow=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), ROOM_LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ROOM),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    table.spaceAfter = 6
    return table


class Rule(Flowable):
    """A thin horizontal line between parts of a section."""

    def __init__(self, width: float = CONTENT_WIDTH, colour=RULE, thickness: float = 0.6, space: float = 6) -> None:
        super().__init__()
        self.width, self.colour, self.thickness, self.space = width, colour, thickness, space

    def wrap(self, available_width, available_height):
        return self.width, self.space * 2

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)
