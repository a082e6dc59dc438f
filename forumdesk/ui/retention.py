"""Retention in the app (issue 14 item 8): confirming "erase what people typed" for a forum, and
the start-up reminder listing forums older than the reminder setting that still hold typed texts.

Both are non-modal message boxes (``open()``), so the app keeps running and tests click them like a
user. The erasing itself is ``services.privacy.erase_texts``: answer texts and room notes go, the
counts, choices, ratings and themes of the recap stay.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from forumdesk.services import Services
from forumdesk.ui.language import QT_TR_NOOP, shown_date, tr
from forumdesk.ui.settings import Settings

ERASE_QUESTION = QT_TR_NOOP("Erase every answer text and room note of “{title}”?\n\nThe counts, choices, ratings and "
                  "themes stay, so the recap can still be exported without the texts. This cannot be undone; "
                  "backups made before still hold the texts.")  # tr() where shown


def erase_question(services: Services, forum_id: int, parent: QWidget | None) -> tuple[QMessageBox, QPushButton]:
    """The confirmation box (not yet shown) and its "Erase" button. The caller connects
    ``finished`` to a method of its own (held weakly by PySide6) and calls :func:`erase_if_confirmed`."""
    forum = services.forums.forum(forum_id)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Erase what people typed"), tr(ERASE_QUESTION).format(title=forum.title),
                      parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the facilitator's text, shown as typed
    erase = box.addButton(tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep the texts"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    return box, erase


def erase_if_confirmed(services: Services, forum_id: int, box: QMessageBox, erase: QPushButton) -> str | None:
    """After the box closed: erase when "Erase" was clicked; the sentence saying what went, or None."""
    if box.clickedButton() is not erase:
        return None
    erased = services.privacy.erase_texts(forum_id)
    return tr("Erased {answers} and {notes}; the counts are kept.").format(
        answers=tr("%n answer text(s)", "", erased.answers), notes=tr("%n room note(s)", "", erased.notes))


class RetentionReminder(QMessageBox):
    """The start-up reminder. Its button is handled by a method, not a closure: a closure holding
    the box would keep it in a reference cycle, freed later by the cycle collector on whichever
    thread runs it, and Qt crashes when a widget is deleted off the GUI thread (ui/slots.py)."""

    def __init__(self, text: str, days: int, settings: Settings, parent: QWidget | None) -> None:
        super().__init__(QMessageBox.Icon.Information, tr("Texts kept for more than %n day(s)", "", days), text, parent=parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # forum titles are shown as typed
        self._settings = settings
        self.addButton(QMessageBox.StandardButton.Ok)
        self.stop_button = self.addButton(tr("Stop reminding me"), QMessageBox.ButtonRole.DestructiveRole)
        self.finished.connect(self._answered)

    def _answered(self) -> None:
        if self.clickedButton() is self.stop_button:
            self._settings.erase_reminder_days = 0


def reminder(services: Services, settings: Settings, parent: QWidget | None) -> RetentionReminder | None:
    """At start-up: list the forums older than the reminder setting whose texts are still stored,
    or return None when there are none (or the reminder is off)."""
    days = settings.erase_reminder_days
    if days <= 0:
        return None
    stale = services.privacy.forums_keeping_texts(days)
    if not stale:
        return None
    lines = [f"• {f.title} ({shown_date(f.date or f.created_at[:10])})" for f in stale]
    text = (tr("These forums are more than %n day(s) old and still hold what people typed:", "", days) + "\n\n"
            + "\n".join(lines) + "\n\n"
            + tr("If the recaps are shared, erase the texts from each forum's Export dialog (“Erase what people "
                 "typed…”) or with `forumdesk erase --forum ID`."))
    box = RetentionReminder(text, days, settings, parent)
    box.open()
    return box
