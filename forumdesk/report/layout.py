"""The recap's page furniture: the document template (cover and body pages), header and footer
with "Page X of Y", bookmarks and table-of-contents entries."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from forumdesk.i18n import Translator, translator
from forumdesk.report import fonts
from forumdesk.report.styles import (
    ACCENT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TINY_SIZE,
    WHITE,
)

COVER_BAND = 92 * mm
HEADING_LEVELS = {"Heading1": 0, "Heading2": 1}


class Heading(Paragraph):
    """A heading that knows the markup to show in the table of contents and the bookmark text
    (``toc_markup`` None: a bookmark only, not listed in the contents)."""

    def __init__(self, markup: str, style, *, toc_markup: str | None, outline: str) -> None:
        super().__init__(markup, style)
        self.toc_markup = toc_markup
        self.outline = outline

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        # A heading is never split: it moves to the next page whole. (Paragraph.split would also
        # rebuild its halves as Heading(None, style, frags=...), which this constructor refuses.)
        return []




class NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Page X of Y" (in the language of
    ``page_words``, set by ``write_pdf`` through ``numbered_canvas``).

    Bookmarks wait with their page: reportlab binds one to the page written last, and while the
    pages are held back that would be the first page for every bookmark and contents entry."""

    page_words: Translator | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._page_bookmarks: list[tuple[str, dict]] = []

    def bookmarkPage(self, key: str, **kwargs) -> None:  # noqa: N802 - reportlab's name
        self._page_bookmarks.append((key, kwargs))

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._page_bookmarks = []
        self._startPage()

    def save(self) -> None:
        # Opened in a viewer, the recap shows its bookmarks (PageMode /UseOutlines): a partner finds
        # each section, and a screen-reader user has a map of the document.
        self.showOutline()
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            for key, kwargs in self._page_bookmarks:
                super().bookmarkPage(key, **kwargs)
            if self._pageNumber > 1:  # the cover carries no number
                self.setFont(fonts.REGULAR, TINY_SIZE + 0.5)
                self.setFillColor(MUTED)
                t = self.page_words or translator("en")
                words = fonts.plain(t.gettext("Page {page} of {pages}", page=t.format_number(self._pageNumber),
                                              pages=t.format_number(total)))
                x, anchor = (MARGIN_LEFT, "start") if t.rtl else (PAGE_WIDTH - MARGIN_RIGHT, "end")
                fonts.draw(self, x, MARGIN_BOTTOM - 12 * mm, words, fonts.REGULAR, TINY_SIZE + 0.5, anchor=anchor)
            super().showPage()
        super().save()


def numbered_canvas(t: Translator) -> type[NumberedCanvas]:
    """A NumberedCanvas class whose page numbers are worded in ``t``'s language."""
    return type("NumberedCanvas", (NumberedCanvas,), {"page_words": t})


class RecapDocument(BaseDocTemplate):
    def __init__(self, filename, *, title: str, partner: str, kicker: str, footer: str, author: str = "",
                 on_flowable: Callable[[], None] | None = None, t: Translator | None = None) -> None:
        t = t or translator("en")
        super().__init__(
            filename,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            # The author is whoever ran the forum (the organiser), not the partner it was prepared for.
            # lang: the document's language for screen readers; initialFontName: the canvas's first
            # font is one we embed, so no standard Type 1 font is left unembedded in the file.
            title=title, author=author or "forumdesk", subject=t.gettext("Listening forum recap"), creator="forumdesk",
            lang=t.code, initialFontName=fonts.REGULAR,
        )
        self.t = t
        self.forum_title = title
        self.partner = partner
        self.kicker = kicker
        self.footer = footer
        self.on_flowable = on_flowable
        self._bookmarks = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(self.leftMargin, self.bottomMargin, self.width, PAGE_HEIGHT - COVER_BAND - 22 * mm
                            - self.bottomMargin, id="cover", leftPadding=0, rightPadding=0, topPadding=0,
                            bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover_frame], onPage=self._draw_cover),
            PageTemplate(id="body", frames=[frame], onPage=self._draw_body),
        ])

    # ------------------------------------------------------------ page furniture

    def _draw_cover(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_HEIGHT - COVER_BAND, PAGE_WIDTH, COVER_BAND, stroke=0, fill=1)
        canvas.setFillColor(WHITE)
        t = self.t
        # A right-to-left recap starts its lines at the right margin.
        x, anchor = (PAGE_WIDTH - MARGIN_RIGHT, "end") if t.rtl else (MARGIN_LEFT, "start")
        fonts.draw(canvas, x, PAGE_HEIGHT - 30 * mm, fonts.plain(t.gettext("LISTENING FORUM RECAP")), fonts.BOLD, 9,
                   anchor=anchor)
        prepared = " ".join(t.gettext("Prepared for {partner}", partner=" ".join(self.partner.split())).split())
        size = 22.0
        while size > 13 and fonts.width(fonts.plain(prepared), fonts.REGULAR, size) > self.width:
            size -= 1
        fonts.draw(canvas, x, PAGE_HEIGHT - 45 * mm, fonts.fit(prepared, self.width, fonts.REGULAR, size),
                   fonts.REGULAR, size, anchor=anchor)
        fonts.draw(canvas, x, PAGE_HEIGHT - 54 * mm, fonts.fit(self.kicker, self.width, fonts.REGULAR, 10),
                   fonts.REGULAR, 10, anchor=anchor)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_LEFT, MARGIN_BOTTOM - 6 * mm, PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM - 6 * mm)
        canvas.setFont(fonts.REGULAR, TINY_SIZE + 0.5)
        canvas.setFillColor(MUTED)
        fonts.draw(canvas, x, MARGIN_BOTTOM - 12 * mm,
                   fonts.plain(t.gettext("Anonymous answers collected offline with forumdesk")), fonts.REGULAR,
                   TINY_SIZE + 0.5, anchor=anchor)
        canvas.restoreState()

    def _draw_body(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 10 * mm
        half = self.width / 2 - 6
        # The forum's title where lines start (the left, or the right when right to left), the partner
        # opposite; the footer likewise, the page number opposite it (NumberedCanvas).
        start, end = ((PAGE_WIDTH - MARGIN_RIGHT, "end"), (MARGIN_LEFT, "start")) if self.t.rtl else \
            ((MARGIN_LEFT, "start"), (PAGE_WIDTH - MARGIN_RIGHT, "end"))
        canvas.setFont(fonts.REGULAR, TINY_SIZE + 0.5)
        canvas.setFillColor(MUTED)
        fonts.draw(canvas, start[0], top, fonts.fit(self.forum_title, half, fonts.REGULAR, TINY_SIZE + 0.5),
                   fonts.REGULAR, TINY_SIZE + 0.5, anchor=start[1])
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.BOLD, TINY_SIZE + 0.5)
        fonts.draw(canvas, end[0], top, fonts.fit(self.partner, half, fonts.BOLD, TINY_SIZE + 0.5),
                   fonts.BOLD, TINY_SIZE + 0.5, anchor=end[1])
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_LEFT, top - 3 * mm, PAGE_WIDTH - MARGIN_RIGHT, top - 3 * mm)
        canvas.line(MARGIN_LEFT, MARGIN_BOTTOM - 6 * mm, PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM - 6 * mm)
        canvas.setFont(fonts.REGULAR, TINY_SIZE + 0.5)
        canvas.setFillColor(MUTED)
        fonts.draw(canvas, start[0], MARGIN_BOTTOM - 12 * mm,
                   fonts.fit(self.footer, self.width - 80, fonts.REGULAR, TINY_SIZE + 0.5), fonts.REGULAR, TINY_SIZE + 0.5,
                   anchor=start[1])
        canvas.restoreState()

    # ------------------------------------------------------------ contents and bookmarks

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's name; called at each multiBuild pass
        self._bookmarks = 0  # the same heading gets the same key in every pass, so the contents settle

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's name
        if self.on_flowable:
            self.on_flowable()
        if isinstance(flowable, Heading):
            level = HEADING_LEVELS.get(flowable.style.name, 1)
            self._bookmarks += 1
            key = f"h{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=level, closed=level > 0)
            if flowable.toc_markup is not None:
                self.notify("TOCEntry", (level, flowable.toc_markup, self.page, key))
