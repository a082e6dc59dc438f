"""The console's actions on the selected answers: hide (H), approve (Y), star (S), tag (1-9 and
the tag menu), spotlight (L). A selection of many rows acts on every answer they stand for (each
copy of a ×N row) in one write, as one step of Edit ▸ Undo, and stays selected.

A mixin of ``ConsoleWindow`` (its services, session, answer list, filter, driver and undo stack).
"""

from __future__ import annotations

from collections.abc import Callable

from forumdesk.domain import Answer
from forumdesk.ui.console_undo import ChangeAnswers, tagging
from forumdesk.ui.errors import run_guarded
from forumdesk.ui.language import tr


class ConsoleMarks:
    """Hide, approve, star, tag and spotlight the selected answers of ``ConsoleWindow``."""

    def selected_answer(self):
        return self.answer_list.selected_answer()

    def selected_answers(self) -> list:
        """Every selected answer; a row standing for same answers (×N) brings every copy."""
        return self.filter.answers(self.answer_list.selectionModel().selectedRows())

    def _bulk(self, value: bool, already: Callable[[Answer], bool],
              command: Callable[[list[int]], ChangeAnswers]) -> None:
        """Set the selected answers (every copy of a ×N row) to ``value`` in one write, undoably:
        ``command`` of those that were not ``already`` so (Ctrl+Z puts back only them); they stay
        selected."""
        answer = self.selected_answer()
        targets = self.selected_answers() or [answer]
        changed = [a.id for a in targets if already(a) != value]
        if changed:
            self.undo_stack.push(command(changed))
        self.answer_list.select_answers({a.id for a in targets}, answer.id)

    def _marking(self, text: str, change: Callable[[list[int], bool], object], value: bool):
        return lambda changed: ChangeAnswers(text, self.services, self, change, value, changed)

    def toggle_hidden(self) -> None:
        """Hide the selection (or show it again, when the current answer is hidden): bulk."""
        answer = self.selected_answer()
        if answer is not None:
            hide = not answer.hidden
            self._bulk(hide, lambda a: a.hidden, self._marking(
                tr("Hide the answers") if hide else tr("Show the answers again"), self.services.answers.set_hidden_all, hide))

    def approve_selected(self) -> None:
        """Y: let the selected answer on the projector and into the phones' results (review-first
        forums); a hidden answer is shown again."""
        answer = self.selected_answer()
        if answer is not None and (answer.hidden or self.session.is_waiting(answer)):
            run_guarded(self, lambda: self.services.answers.set_approved(answer.id, True))

    def toggle_starred(self) -> None:
        answer = self.selected_answer()
        if answer is not None:
            star = not answer.starred
            self._bulk(star, lambda a: a.starred, self._marking(
                tr("Star the answers") if star else tr("Remove the stars"), self.services.answers.set_starred_all, star))

    def spotlight_selected(self) -> None:
        self.driver.leave_welcome()
        self.driver.show_spotlight(self.selected_answer())

    def _tag_key(self, n: int) -> None:
        if 1 <= n <= len(self.session.themes):
            self._toggle_tag(self.session.themes[n - 1].id)

    def _toggle_tag(self, theme_id: int) -> None:
        """The tag menu's checkable item: tags the selected answer, or untags it if it had the theme."""
        answer = self.selected_answer()
        if answer is not None:
            self.tag_selected(theme_id, theme_id not in answer.theme_ids)

    def tag_selected(self, theme_id: int, tagged: bool = True) -> None:
        if self.selected_answer() is not None:
            self._bulk(tagged, lambda a: theme_id in a.theme_ids,
                       lambda changed: tagging(self.services, self, theme_id, tagged, changed))
