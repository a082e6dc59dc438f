"""The console's theme helpers (issue 13 items 1 and 3): theme suggestions the facilitator accepts,
renames, merges (same name) or rejects (unticked); "similar answers" selected in the list to tag
together; "suggest the theme of the rest" from the answers already tagged; near-duplicates offered
as groups the facilitator accepts as the same answer (same_answers_dialog.py).

The work (embedding, clustering) runs on a background thread (``ui/tasks.run_in_thread``); only
the result comes back to the GUI thread, so the console keeps answering while it runs. Nothing is
tagged until the facilitator says so.
"""

from __future__ import annotations

import weakref
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from forumdesk.domain.duplicates import DuplicateGroup
from forumdesk.services.themes import RestSuggestion, ThemeGroup, ThemeService
from forumdesk.ui.console_undo import NewTheme, tagging
from forumdesk.ui.console_view import plain_label
from forumdesk.ui.errors import run_guarded
from forumdesk.ui.language import tr
from forumdesk.ui.same_answers_dialog import SameAnswersDialog
from forumdesk.ui.tasks import run_in_thread

CountRole = Qt.ItemDataRole.UserRole + 1


class _CountDelegate(QStyledItemDelegate):
    """A suggested theme's line: its (editable) name, and how many answers it holds at the line's end."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        count = index.data(CountRole)
        if count is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = QColor(option.palette.highlightedText().color() if selected else option.palette.text().color())
        colour.setAlphaF(0.7)
        painter.setPen(colour)
        end = Qt.AlignmentFlag.AlignLeft if option.direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignRight
        painter.drawText(option.rect.adjusted(8, 0, -8, 0), int(end | Qt.AlignmentFlag.AlignVCenter),
                         tr("%n answer(s)", "", count))
        painter.restore()


class SuggestionsDialog(QDialog):
    """One line per proposed theme: tick to accept, edit the name to rename, give two the same
    name to merge them, untick to reject."""

    def __init__(self, groups: list[ThemeGroup], texts: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Suggested themes"))
        self.groups = groups
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Tick the themes to keep. Double-click a name to change it; two themes with "
                                        "the same name become one. Nothing is tagged until you press Tag.")))
        self.list = QListWidget()
        self.list.setObjectName("suggestions")
        self.list.setItemDelegate(_CountDelegate(self.list))
        for group in groups:
            item = QListWidgetItem(group.name)
            item.setData(CountRole, len(group.answer_ids))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked)
            # plain text everywhere: the example is attendee text
            examples = "  ·  ".join(f"“{texts.get(i, '')}”" for i in group.example_ids)
            item.setToolTip(tr("%n answer(s), for example: {example}", "", len(group.answer_ids)).format(
                example=examples))
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.summary = plain_label()
        layout.addWidget(self.summary)
        self.list.currentRowChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Tag"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 440)

    def _show(self, row: int) -> None:
        self.summary.setText(self.list.item(row).toolTip() if row >= 0 else "")

    def chosen(self) -> dict[str, list[int]]:
        """Theme name -> answer ids, for the ticked lines (same names merged)."""
        out: dict[str, list[int]] = {}
        for row, group in enumerate(self.groups):
            item = self.list.item(row)
            name = " ".join(item.text().split())
            if item.checkState() == Qt.CheckState.Checked and name:
                out.setdefault(name, []).extend(group.answer_ids)
        return out


def _weak(console, method_name: str):
    """A callback that reaches the console weakly (windows are freed by reference counting)."""
    ref = weakref.ref(console)

    def call(result) -> None:
        target = ref()
        if target is not None:
            getattr(target.themes_helper_ui, method_name)(result)

    return call


class ConsoleThemes:
    """The console's three theme actions; owned by the console window."""

    def __init__(self, console) -> None:
        self._console = weakref.ref(console)
        self.helper = ThemeService(console.services.answers)
        self.busy = False
        self.last_dialog: SuggestionsDialog | None = None  # the dialog on screen (tests read it)
        self.last_box: QMessageBox | None = None
        self.last_same: SameAnswersDialog | None = None
        self._same_question: int | None = None
        self.pending_rest = RestSuggestion()
        self.surer_button: QAbstractButton | None = None  # "Tag the surer N" and "Tag all N" on the box on screen
        self.all_button: QAbstractButton | None = None

    @property
    def console(self):
        return self._console()

    def _start_on_question(self, work, done: str) -> int | None:
        """``work(forum_id, question_id)`` off the GUI thread for the console's current question;
        its id, or None when there is no question (nothing started)."""
        console = self.console
        question = console.session.current_question() if console else None
        if question is None:
            return None
        forum_id, question_id = console.session.forum_id, question.id
        self._start(lambda: work(forum_id, question_id), done)
        return question_id

    def _finished(self):
        """The work is back on the GUI thread: not busy any more; the console, if still open."""
        self.busy = False
        console = self.console
        if console is not None:
            console.statusBar().clearMessage()
        return console

    def _start(self, work, done: str) -> None:
        console = self.console
        if self.busy or console is None:
            return
        self.busy = True
        console.statusBar().showMessage(tr("Working on the answers…"))
        run_in_thread(work, _weak(console, done), _weak(console, "failed"), name="forumdesk-themes")

    def failed(self, error: BaseException) -> None:
        console = self._finished()
        if console is not None:
            QMessageBox.warning(console, tr("Themes"),
                                tr("The answers could not be grouped: {reason}").format(reason=error))

    # ---------------------------------------------------------------- suggestions

    def suggest(self) -> None:
        self._start_on_question(self.helper.suggest, "suggested")

    def suggested(self, groups: list[ThemeGroup]) -> None:
        console = self._finished()
        if console is None:
            return
        if not groups:
            QMessageBox.information(console, tr("Themes"), tr("There are no visible text answers to group yet."))
            return
        texts = {a.id: a.content.text or "" for a in console.model.all_answers()}
        dialog = SuggestionsDialog(groups, texts, console)
        self.last_dialog = dialog
        dialog.finished.connect(_weak(console, "dialog_done"))
        dialog.open()

    def dialog_done(self, result: int) -> None:
        dialog, self.last_dialog = self.last_dialog, None
        console = self.console
        if dialog is None or console is None:
            return
        if result == QDialog.DialogCode.Accepted:
            self.tag_by_name(dialog.chosen())
        dialog.deleteLater()

    def tag_by_name(self, chosen: dict[str, list[int]]) -> None:
        """Tag the answers of each accepted theme, making the themes that do not exist yet: one
        step of Edit ▸ Undo."""
        console = self.console
        forum_id = console.session.forum_id
        existing = {t.name.casefold(): t for t in console.services.answers.themes(forum_id)}
        stack = console.undo_stack
        stack.beginMacro(tr("Tag the suggested themes"))
        for name, ids in chosen.items():
            theme = existing.get(name.casefold())
            if theme is None:
                stack.push(NewTheme(console.services, console, forum_id, name, ids))
            else:
                self._tag(theme.id, ids)
        stack.endMacro()

    def _tag(self, theme_id: int, ids: list[int]) -> None:
        """Tag these answers with an existing theme, undoably (undo untags those it tagged)."""
        console = self.console
        had = {a.id for a in console.session.answers() if theme_id in a.theme_ids}
        console.undo_stack.push(tagging(console.services, console, theme_id, True, [i for i in ids if i not in had]))

    # ---------------------------------------------------------------- similar answers

    def similar(self) -> None:
        console = self.console
        answer = console.selected_answer() if console else None
        if answer is None or answer.content.text is None:
            return
        self._start(lambda: [answer.id, *self.helper.similar(answer.id)], "select_similar")

    def select_similar(self, ids: list[int]) -> None:
        """Select the answer and those like it in the list (then H, S or 1-9 act on all of them)."""
        self.busy = False
        console = self.console
        if console is None:
            return
        console.statusBar().showMessage(tr("%n similar answer(s) selected", "", len(ids) - 1), 5000)
        console.answer_list.select_answers(set(ids), add=True)

    # ---------------------------------------------------------------- the rest

    def suggest_rest(self) -> None:
        self._start_on_question(self.helper.suggest_rest, "rest_suggested")

    def rest_suggested(self, found: RestSuggestion) -> None:
        console = self._finished()
        if console is None:
            return
        if not found.chosen:
            QMessageBox.information(console, tr("Themes"), tr("Tag a few answers with each theme first; the rest are "
                                    "then suggested from those examples."))
            return
        counts = Counter(found.chosen.values())
        surer = Counter(found.chosen[i] for i in found.surer)
        lines = "\n".join(tr("{theme}: {count} ({surer} surer)").format(theme=console.session.theme_name(t), count=n,
                                                                          surer=surer[t]) for t, n in counts.most_common())
        box = QMessageBox(QMessageBox.Icon.Question, tr("Tag the rest?"),
                          tr("%n untagged answer(s), by the examples you tagged:", "", len(found.chosen)) + "\n" + lines
                          + "\n\n" + tr("The surer half are those your examples point to most clearly. Tag only "
                                         "them, and the others stay untagged for you to check (filter: Untagged)."),
                          QMessageBox.StandardButton.Cancel, console)
        box.setTextFormat(Qt.TextFormat.PlainText)  # theme names are the facilitator's, but stay plain
        self.surer_button = box.addButton(tr("Tag the surer %n", "", len(found.surer)),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.all_button = box.addButton(tr("Tag all %n", "", len(found.chosen)), QMessageBox.ButtonRole.YesRole)
        box.setDefaultButton(self.surer_button)
        self.pending_rest, self.last_box = found, box
        box.finished.connect(_weak(console, "rest_answered"))
        box.open()  # not exec(): no nested event loop while answers keep arriving

    def rest_answered(self, result: int) -> None:
        box, found = self.last_box, self.pending_rest
        self.last_box, self.pending_rest = None, RestSuggestion()
        console = self.console
        if box is None or console is None:
            return
        clicked = box.clickedButton()
        if clicked in (self.surer_button, self.all_button):
            by_theme: dict[int, list[int]] = {}
            for answer_id, theme_id in found.chosen.items():
                if clicked is self.all_button or answer_id in found.surer:
                    by_theme.setdefault(theme_id, []).append(answer_id)
            console.undo_stack.beginMacro(tr("Tag the rest"))
            for theme_id, ids in by_theme.items():
                self._tag(theme_id, ids)
            console.undo_stack.endMacro()
        box.deleteLater()

    # ---------------------------------------------------------------- near-duplicates

    def near_duplicates(self) -> None:
        started = self._start_on_question(self.helper.near_duplicates, "near_found")
        if started is not None:
            self._same_question = started

    def near_found(self, proposals: list[list[DuplicateGroup]]) -> None:
        console = self._finished()
        if console is None:
            return
        if not proposals:
            QMessageBox.information(console, tr("Near-duplicates"), tr("No answers to this question differ only "
                                                                       "by a typo, a plural or a word added."))
            return
        dialog = SameAnswersDialog(proposals, console)
        self.last_same = dialog
        dialog.finished.connect(_weak(console, "same_done"))
        dialog.open()

    def same_done(self, result: int) -> None:
        dialog, self.last_same = self.last_same, None
        console, question_id = self.console, self._same_question
        if dialog is None or console is None or question_id is None:
            return
        if result == QDialog.DialogCode.Accepted:
            forum_id = console.session.forum_id
            for ids in dialog.chosen():
                run_guarded(console, lambda ids=ids: self.helper.accept_same(forum_id, question_id, ids))
        dialog.deleteLater()

    def count_apart(self) -> None:
        """Take back "count as the same" for the selected rows: each text is its own row again."""
        console = self.console
        chosen = console.selected_answers() if console else []
        if not chosen:
            return
        forum_id, question_id = console.session.forum_id, chosen[0].question_id
        undone = run_guarded(console, lambda: self.helper.count_apart(
            forum_id, question_id, [a.id for a in chosen if a.question_id == question_id]))
        if undone == 0:
            console.show_problem(tr("These answers are not counted together by your choice: answers that differ only "
                                    "in case, accents, punctuation or spacing always count once."), "info")
        elif undone:
            console.statusBar().showMessage(tr("Counted apart again: each text is its own row."), 5000)
