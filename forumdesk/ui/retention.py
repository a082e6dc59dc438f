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
from forumdesk.ui.settings import Settings

ERASE_QUESTION = ("Erase every answer text and room note of “{title}”?\n\nThe counts, choices, ratings and "
                  "themes stay, so the recap can still be exported without the texts. This cannot be undone; "
                  "backups made before still hold the texts.")


def erase_question(services: Services, forum_id: int, parent: QWidget | None) -> tuple[QMessageBox, QPushButton]:
    """The confirmation box (not yet shown) and its "Erase" button. The caller connects
    ``finished`` to a method of its own (held weakly by PySide6) and calls :func:`erase_if_confirmed`."""
    forum = services.forums.forum(forum_id)
    box = QMessageBox(QMessageBox.Icon.Warning, "Erase what people typed", ERASE_QUESTION.format(title=forum.title),
                      parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the facilitator's text, shown as typed
    erase = box.addButton("Erase", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep the texts", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    return box, erase


def erase_if_confirmed(services: Services, forum_id: int, box: QMessageBox, erase: QPushButton) -> str | None:
    """After the box closed: erase when "Erase" was clicked; the sentence saying what went, or None."""
    if box.clickedButton() is not erase:
        return None
    erased = services.privacy.erase_texts(forum_id)
    return f"Erased {erased.answers} answer texts and {erased.notes} room notes; the counts are kept."


def reminder(services: Services, settings: Settings, parent: QWidget | None) -> QMessageBox | None:
    """At start-up: list the forums older than the reminder setting whose texts are still stored,
    or return None when there are none (or the reminder is off)."""
    days = settings.erase_reminder_days
    if days <= 0:
        return None
    stale = services.privacy.forums_keeping_texts(days)
    if not stale:
        return None
    lines = [f"• {f.title} ({f.date or f.created_at[:10]})" for f in stale]
    box = QMessageBox(QMessageBox.Icon.Information, "Texts kept for more than " + f"{days} days",
                      f"These forums are more than {days} days old and still hold what people typed:\n\n"
                      + "\n".join(lines)
                      + "\n\nIf the recaps are shared, erase the texts from each forum's Export dialog "
                        "(“Erase what people typed…”) or with `forumdesk erase --forum ID`.",
                      parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.addButton(QMessageBox.StandardButton.Ok)
    stop = box.addButton("Stop reminding me", QMessageBox.ButtonRole.DestructiveRole)

    def finished() -> None:
        if box.clickedButton() is stop:
            settings.erase_reminder_days = 0

    box.finished.connect(finished)
    box.open()
    return box
