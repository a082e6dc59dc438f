"""The end of a forum, as the console handles it: ending it (asked first), saying that it ended
with the recap's Export at hand, and asking before an ended forum takes answers again.

A mixin of ConsoleWindow (it uses its session, services, server panel, banner and exporter), kept
apart to keep the console's module small.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from forumdesk.domain import ForumState
from forumdesk.services import Services
from forumdesk.ui.errors import Banner, run_guarded
from forumdesk.ui.language import tr
from forumdesk.ui.server_panel import ServerPanel
from forumdesk.ui.session import LiveForum


class ForumEnding:
    services: Services
    session: LiveForum
    server_panel: ServerPanel
    banner: Banner
    exporter: Callable | None
    _ended_said: bool = False  # the banner says the forum ended

    def confirm_reopen(self) -> bool:
        """Taking answers again in an ended forum is asked first (it would silently run again)."""
        if self.session.forum.state is not ForumState.ENDED:
            return True
        answer = QMessageBox.question(
            self, tr("Reopen the ended forum?"),
            tr("“{title}” has ended. Take answers again? Phones can then answer its open questions, and the recap "
               "will include what they send.").format(title=self.session.forum.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export_recap(self):
        """The main window's Export dialog, for this forum (window-modal: the console keeps updating)."""
        if self.exporter is None:
            return None
        from forumdesk.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, self.session.forum_id, self.exporter, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _say_if_ended(self) -> None:
        ended = self.session.forum.state is ForumState.ENDED
        if ended and not self._ended_said:
            self.banner.show_message(tr("This forum has ended: phones can no longer answer. Answers, notes and "
                                        "results are kept; export the recap when you are ready."), "info",
                                     tr("Export the recap…") if self.exporter is not None else "")
        elif not ended and self._ended_said:
            self.banner.hide()
        self._ended_said = ended

    def end_forum(self) -> None:
        answer = QMessageBox.question(self, tr("End the forum?"), tr("Every question closes and phones can no longer answer. "
                                      "Answers, notes and results stay as they are."))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.services.forums.end_forum(self.session.forum_id))
            self.server_panel.stop_after_phones_left()  # phones first learn that it ended
