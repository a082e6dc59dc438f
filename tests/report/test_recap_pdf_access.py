"""The recap PDF as a reader with assistive technology meets it (issue 17 item 4): language, title
and author in the file, bookmarks open on arrival, every font embedded, and every colour text is
drawn in at least 4.5:1 against the light backgrounds of the recap."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from report_helpers import pdf_text

from forumdesk.report import export_forum
from forumdesk.report.styles import ACCENT, ACCENT_LIGHT, PANEL, ROOM_LIGHT

LIGHT_BACKGROUNDS = [(1.0, 1.0, 1.0), *[(c.red, c.green, c.blue) for c in (PANEL, ROOM_LIGHT, ACCENT_LIGHT)]]


@pytest.fixture
def reader(services, rich_forum, tmp_path) -> PdfReader:
    path = tmp_path / "recap.pdf"
    export_forum(services, rich_forum.forum_id, pdf=path)
    return PdfReader(str(path))


def _luminance(rgb) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(float(c)) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colours(reader: PdfReader) -> set[tuple[float, float, float]]:
    """The fill colour in force at every text-showing operator of every page."""
    seen = set()
    for page in reader.pages:
        fill, stack = (0.0, 0.0, 0.0), []
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                stack.append(fill)
            elif op == b"Q" and stack:
                fill = stack.pop()
            elif op == b"rg":
                fill = tuple(round(float(x), 4) for x in operands)
            elif op == b"g":
                fill = (round(float(operands[0]), 4),) * 3
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                seen.add(fill)
    return seen


def test_language_title_author_and_bookmarks_open(reader):
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/PageMode"] == "/UseOutlines"
    assert reader.metadata.title == "Spring forum: what candidates need"
    assert reader.metadata.author != "Université de Lyon — Career Centre"  # the partner did not write it
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "What we heard" in titles and "What we will do" in titles


def test_every_font_is_embedded(reader):
    fonts = {}
    for page in reader.pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts


def test_every_text_colour_reaches_4_5_to_1(reader):
    colours = text_colours(reader)
    assert len(colours) >= 3
    white = (1.0, 1.0, 1.0)
    for colour in colours:
        if colour == white:  # white text sits on the cover's accent band only
            assert contrast(white, (ACCENT.red, ACCENT.green, ACCENT.blue)) >= 4.5
            continue
        worst = min(contrast(colour, background) for background in LIGHT_BACKGROUNDS)
        assert worst >= 4.5, f"text in {colour} reaches only {worst:.2f}:1"


def test_each_chart_has_its_figures_in_words_under_it(services, rich_forum, tmp_path):
    """A screen reader, or a partner reading a black-and-white printout, gets every chart's numbers
    from the text: choices with shares, the room's hands, each rating, each word, each theme."""
    path = tmp_path / "recap.pdf"
    export_forum(services, rich_forum.forum_id, pdf=path)
    text = pdf_text(path)
    assert "Answers per choice: Pay: 3 (50%), Flexibility: 2 (33%), and Growth: 1 (17%)." in text
    assert "Hands counted in the room: Pay: 17 hands, Flexibility: 0 hands, and Growth: 4 hands." in text
    assert ("Answers per rating: 1 (Very unfair): 0 answers, 2: 1 answer, 3: 2 answers, 4: 2 answers, "
            "and 5 (Very fair): 1 answer.") in text
    assert "Times each word was given: fair pay: 2, growth: 1, kindness: 1, and mentoring: 1." in text
    assert "Answers the facilitator grouped under each theme: Pay transparency: 2." in text
