"""Nothing one piece of text contains may stop the recap: what cannot be drawn becomes a notice,
the rest is written, and the facilitator is told which answer it was.

No answer the phone accepts is known to break the recap any more (test_export_fuzz.py tries hard),
so these tests stand in a flowable that fails the way a reportlab bug would, and build a real PDF
around it.
"""

from __future__ import annotations

import pytest
from report_helpers import pdf_text
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from forumdesk.i18n import Message
from forumdesk.report.guard import NOTICE, Guarded, Warnings
from forumdesk.report.styles import styles


class Broken(Flowable):
    """Fails in the step named ``when``, as a flowable with a bug would."""

    def __init__(self, when: str) -> None:
        super().__init__()
        self.when = when

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        if self.when == "wrap":
            raise TypeError("wrap failed")
        return availWidth, 20

    def split(self, availWidth, availHeight):  # noqa: N803
        raise TypeError("split failed")

    def draw(self) -> None:
        self.canv.drawString(0, 0, "half drawn")
        raise ValueError("draw failed")


def _build(tmp_path, inner) -> tuple[str, Warnings]:
    style = styles()["quote"]
    warnings = Warnings()
    story = [Paragraph("Before the broken answer.", style),
             Guarded(inner, Message("Answer {id} to Q{number}", id=7, number=2), style, warnings),
             Paragraph("After the broken answer.", style)]
    path = tmp_path / "guarded.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return pdf_text(path), warnings


@pytest.mark.parametrize("when", ["build", "wrap", "draw"])
def test_text_that_cannot_be_drawn_becomes_a_notice_and_a_warning(tmp_path, when):
    def build() -> Flowable:
        if when == "build":
            raise ValueError("paragraph markup the parser refuses")
        return Broken(when)

    text, warnings = _build(tmp_path, build)
    assert "Before the broken answer." in text and "After the broken answer." in text
    assert NOTICE in text
    assert len(warnings) == 1 and warnings[0].startswith("Answer 7 to Q2 could not be drawn in the recap")


def test_a_working_flowable_is_drawn_unchanged_and_warns_nothing(tmp_path):
    style = styles()["quote"]
    text, warnings = _build(tmp_path, lambda: Paragraph("An ordinary answer.", style))
    assert "An ordinary answer." in text and NOTICE not in text
    assert warnings == []


def test_the_notice_speaks_the_recaps_language_and_the_warning_the_apps(tmp_path):
    from forumdesk import i18n

    style = styles()["quote"]
    warnings = Warnings(i18n.translator("fr").gettext(NOTICE))  # a French forum's recap
    previous = i18n.language()
    i18n.set_language("de")  # exported from a German desktop
    try:
        story = [Guarded(lambda: Broken("wrap"), Message("Answer {id} to Q{number}", id=7, number=2), style, warnings)]
        path = tmp_path / "guarded.pdf"
        SimpleDocTemplate(str(path), pagesize=A4).build(story)
    finally:
        i18n.set_language(previous)
    assert "voir les avertissements de l’export" in pdf_text(path)
    assert warnings == ["Antwort 7 auf F2 konnte im Bericht nicht dargestellt werden und wird durch einen "
                        "Hinweis ersetzt (TypeError)."]
