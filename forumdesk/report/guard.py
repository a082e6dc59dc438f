"""One answer must never stop the recap: a flowable that cannot be built, laid out or drawn is
replaced by a short notice, and the facilitator is told which answer it was.

``Guarded`` wraps the flowable of one piece of typed text. Any exception while reportlab builds,
wraps, splits or draws it swaps in the notice and adds one sentence to the export's warning list
(shown by ``forumdesk export`` on stderr and by the Export dialog). The rest of the recap is
written as usual.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from forumdesk.i18n import N_, Message

log = logging.getLogger(__name__)

NOTICE = N_("[This text could not be drawn in the recap; see the export warnings.]")


class Warnings(list[str]):
    """The sentences for the facilitator, each once, in the order the problems were met (the
    recap may be laid out twice, with and without its contents page), in the app's language;
    ``notice`` is what stands in the recap (in the recap's language) for a text not drawn."""

    def __init__(self, notice: str = NOTICE) -> None:
        super().__init__()
        self.notice = notice

    def add(self, sentence: str) -> None:
        if sentence not in self:
            self.append(sentence)


class Guarded(Flowable):
    """``build()``'s flowable, or the notice in ``style`` if building or drawing it fails."""

    def __init__(self, build: Callable[[], Flowable], what: Message, style: ParagraphStyle, warnings: Warnings) -> None:
        super().__init__()
        self.what, self.style, self.warnings = what, style, warnings
        self._failed = False
        try:
            self.inner = build()
        except Exception as exc:  # noqa: BLE001 - whatever the text does, the recap goes on
            self.inner = self._fail(exc)

    def _fail(self, exc: Exception) -> Flowable:
        # The log gets the error type only: the text is an attendee's and stays out of logs.
        log.info("recap: %s could not be drawn (%s)", self.what.english, type(exc).__name__)
        self.warnings.add(str(Message("{what} could not be drawn in the recap and is replaced by a notice ({error}).",
                                      what=self.what, error=type(exc).__name__)))
        self._failed = True
        return Paragraph(self.warnings.notice, self.style)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        try:
            self.width, self.height = self.inner.wrap(availWidth, availHeight)
        except Exception as exc:  # noqa: BLE001
            self.inner = self._fail(exc)
            self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        try:
            parts = self.inner.split(availWidth, availHeight)
        except Exception as exc:  # noqa: BLE001
            self.inner = self._fail(exc)
            return self.inner.split(availWidth, availHeight)
        if self._failed:
            return parts
        return [Guarded(lambda part=part: part, self.what, self.style, self.warnings) for part in parts]

    def draw(self) -> None:
        self.canv.saveState()
        try:
            self.inner.drawOn(self.canv, 0, 0)
        except Exception as exc:  # noqa: BLE001 - the space is taken; the notice goes in it
            self.canv.restoreState()
            self.canv.saveState()
            self.inner = self._fail(exc)
            self.inner.wrap(self.width, self.height)
            self.inner.drawOn(self.canv, 0, 0)
        finally:
            self.canv.restoreState()

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.inner.getSpaceAfter()

    def minWidth(self) -> float:  # noqa: N802
        return self.inner.minWidth() if hasattr(self.inner, "minWidth") else 0.0
