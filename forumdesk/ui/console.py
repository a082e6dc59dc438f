"""The live console: what the facilitator touches while a forum runs.

Top: the attendee server (start/stop, join address, code, QR, network, phones). Left: the
questions with their answer counts. Middle: the current question's controls and the live answers
(newest first), with hide, star and tag. Right: a preview of the projector and the scribe's
panels (notes, room counts, commitments, themes). Every action is in a menu, with the keys the
issue asks for: Right/Space next, Left previous, B blank, R reveal, T timer, Ctrl+N note box.
"""

from __future__ import annotations

import dataclasses
import logging
import weakref
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.domain import ForumState
from forumdesk.services import Services
from forumdesk.ui.bridge import EventBridge
from forumdesk.ui.console_answers import AnswerDelegate, AnswerListModel, answer_text
from forumdesk.ui.console_ask import AskPanel
from forumdesk.ui.console_ending import ForumEnding
from forumdesk.ui.console_filters import AnswerFilter, FilterBar
from forumdesk.ui.console_marks import ConsoleMarks
from forumdesk.ui.console_menus import ConsoleMenus
from forumdesk.ui.console_side import CommitmentsPanel, NotesPanel, RoomCountsPanel, ThemesPanel
from forumdesk.ui.console_themes import ConsoleThemes
from forumdesk.ui.console_view import AnswerList, ControlBar, QuestionList, late_answers_note, plain_label
from forumdesk.ui.errors import Banner, run_guarded
from forumdesk.ui.labels import slide_name
from forumdesk.ui.language import isolate, tr
from forumdesk.ui.projector import SlideCanvas
from forumdesk.ui.projector_driver import ProjectorDriver
from forumdesk.ui.screens import fit_to_screen
from forumdesk.ui.server_panel import ServerFactory, ServerPanel
from forumdesk.ui.session import LiveForum
from forumdesk.ui.settings import Settings
from forumdesk.ui.slots import once_after_events, slot
from forumdesk.ui.style import APP_QSS
from forumdesk.ui.theme import theme_named

log = logging.getLogger(__name__)


class ConsoleWindow(ForumEnding, ConsoleMenus, ConsoleMarks, QMainWindow):
    def __init__(self, services: Services, bridge: EventBridge, forum_id: int, settings: Settings,
                 server_factory: ServerFactory | None = None, parent: QWidget | None = None, *,
                 exporter: Callable | None = None) -> None:
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.exporter = exporter  # writes the recap (report layer), handed over by the main window
        self.session = LiveForum(services, bridge, forum_id, self)
        self.driver = ProjectorDriver(self.session, settings, self)
        self.driver.key_pressed.connect(self.handle_projector_key)
        self.setWindowTitle(tr("{title} — forumdesk console").format(title=self.session.forum.title))
        self.setStyleSheet(APP_QSS)
        fit_to_screen(self, 1400, 860)
        self.banner = Banner()
        self.server_panel = ServerPanel(services, self.session, server_factory)
        console = weakref.ref(self)  # the panel must not keep its window alive (see ui/slots.py)
        self.server_panel.before_start = lambda: (window := console()) is None or window.confirm_reopen()
        self.banner.action_clicked.connect(self.export_recap)  # the only banner action here: after the end
        self._ended_said = False
        self.server_panel.problem.connect(self.show_problem)
        self.server_panel.storage_changed.connect(self.banner.set_lasting)  # disk full, read-only file
        bridge.votes_refused.connect(self._votes_refused)  # a script rotating client ids (web/votes.py)
        self.server_panel.join_url_changed.connect(self.driver.set_join_url)
        self.server_panel.started.connect(self._server_state_changed)
        self.server_panel.stopped.connect(self._server_state_changed)
        self.server_panel.busy_changed.connect(slot(self._server_state_changed))

        # left: the questions
        self.question_list = QuestionList()
        self.question_list.setObjectName("questions")
        self.question_list.width_changed.connect(self._relabel_questions)
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.question_list.itemClicked.connect(self._question_clicked)

        # middle: controls and answers
        self.model = AnswerListModel(self.session)
        self.filter = AnswerFilter()
        self.filter.setSourceModel(self.model)
        self.controls = ControlBar()
        self.filter_bar = FilterBar(self.session, self.filter)
        self.filter_bar.changed.connect(self._filters_changed)
        self.answer_list = AnswerList(self.filter, AnswerDelegate(self.session))
        self.answer_list.selection_changed.connect(self._show_selected)
        self.detail = plain_label()
        self.detail.setObjectName("detail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(48)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.controls)
        middle_layout.addWidget(self.filter_bar)
        middle_layout.addWidget(self.answer_list, 1)
        middle_layout.addWidget(self.detail)

        # right: the projector preview and the scribe's panels
        self.preview = SlideCanvas(theme_named(settings.theme))
        self.preview.setMinimumHeight(200)
        self.preview.letterbox = self.palette().window().color()
        self.preview_label = plain_label()
        self.preview_label.setObjectName("sectionTitle")
        self.undo_stack = QUndoStack(self)  # notes, themes and bulk marks on answers (Edit ▸ Undo, Ctrl+Z)
        self.notes_panel = NotesPanel(services, self.session, self.undo_stack)
        self.room_panel = RoomCountsPanel(services, self.session)
        self.commitments_panel = CommitmentsPanel(services, self.session)
        self.themes_panel = ThemesPanel(services, self.session, self.undo_stack)
        self.ask_panel = AskPanel(services, self.session, bridge, self.driver)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notes_panel, tr("Notes"))
        self.tabs.addTab(self.room_panel, tr("Room counts"))
        self.tabs.addTab(self.commitments_panel, tr("Commitments"))
        self.tabs.addTab(self.themes_panel, tr("Themes"))
        self.tabs.addTab(self.ask_panel, tr("Q&&A"))  # "&&": a literal &, not a mnemonic
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(self.question_list)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setSizes([250, 700, 400])  # answers first; the list keeps room for its counts
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.server_panel)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.actions: dict[str, QAction] = {}
        self.themes_helper_ui = ConsoleThemes(self)
        self._build_menus()
        self.controls.connect_actions(self.actions)
        self.timer_spin = self.controls.timer_spin
        self.timer_spin.setValue(self.driver.timer_seconds)
        self.timer_spin.valueChanged.connect(self.driver.set_timer_seconds)
        self.controls.timer_closes.toggled.connect(self.driver.set_timer_closes)
        self.controls.timer_keys.done.connect(self.presenter_keys)

        self.session.forum_changed.connect(self._refresh_questions)
        self.session.answers_added.connect(self._update_counts)
        self.session.answer_updated.connect(slot(self._show_selected))
        self.session.answer_updated.connect(once_after_events(self, self._answers_updated))
        self.session.answers_added.connect(self._update_theme_counts)
        self.session.themes_changed.connect(self._update_theme_counts)
        self.driver.changed.connect(self._update_preview)
        self.driver.timer_changed.connect(self.controls.set_timer_text)
        self._refresh_questions()
        self._show_selected()
        self.driver.refresh()
        if len(QGuiApplication.screens()) > 1:
            self.driver.show_window()

    # ---------------------------------------------------------------- running the forum

    def step(self, delta: int) -> None:
        if delta > 0 and self.driver.leave_welcome():
            return
        self.driver.leave_welcome()
        run_guarded(self, lambda: self.services.forums.step(self.session.forum_id, delta))

    def _question_clicked(self, item: QListWidgetItem) -> None:
        question_id = item.data(Qt.ItemDataRole.UserRole)
        self.driver.leave_welcome()
        if question_id != self.session.forum.current_question_id:
            run_guarded(self, lambda: self.services.forums.set_current(self.session.forum_id, question_id))

    def toggle_open(self) -> None:
        question = self.session.current_question()
        if question is not None and (question.is_open or self.confirm_reopen()):
            run_guarded(self, lambda: self.services.forums.set_open(question.id, not question.is_open))

    def toggle_reveal(self) -> None:
        question = self.session.current_question()
        if question is not None:
            self.driver.leave_welcome()
            run_guarded(self, lambda: self.services.forums.set_revealed(question.id, not question.revealed))

    def toggle_blank(self) -> None:
        self.driver.toggle_blank()
        self.actions["blank"].setChecked(self.driver.blank)

    # ---------------------------------------------------------------- answers (marks: console_marks.py)

    def _filters_changed(self) -> None:
        delegate = self.answer_list.itemDelegate()
        delegate.show_counts = self.filter.collapse
        self.answer_list.viewport().update()

    def _update_theme_counts(self, *_changed) -> None:
        """"Buses (12)" in the theme picker: answers carrying each theme, across the forum."""
        counts: dict[int, int] = {}
        for answer in self.model.all_answers():
            for theme_id in answer.theme_ids:
                counts[theme_id] = counts.get(theme_id, 0) + 1
        self.filter_bar.refresh_themes(counts)

    def _wall_turning(self) -> None:
        self.driver.set_wall_turning(self.actions["wall_turn"].isChecked())

    def _filter_changed(self) -> None:
        show_all = self.actions["all"].isChecked()
        self.filter.set_question(None if show_all else self.session.forum.current_question_id)

    def _show_selected(self) -> None:
        answer = self.selected_answer()
        self.detail.setText(answer_text(self.session, answer) if answer is not None
                            else tr("Select an answer to read it in full, hide it (H), star it (S) or tag it."))

    # ---------------------------------------------------------------- notes panels

    def focus_note_box(self) -> None:
        self._focus_tab(self.notes_panel)

    def _focus_tab(self, panel: QWidget) -> None:
        """Show the panel and put the cursor in its entry (Ctrl+N, Ctrl+R, Ctrl+K, Ctrl+T)."""
        self.tabs.setCurrentWidget(panel)
        spins = getattr(panel, "spins", [])
        target = getattr(panel, "note_box", None) or getattr(panel, "entry", None) or (spins[0] if spins else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def presenter_keys(self) -> None:
        """Esc: leave whatever entry has the cursor; Right/Space, Left, B, R, T... work again."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractSpinBox):
            focused.interpretText()  # keep what was typed in a number box
        self.answer_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ---------------------------------------------------------------- projector

    def set_theme(self, name: str) -> None:
        self.settings.theme = name
        self.preview.set_theme(theme_named(name))
        if self.driver.window is not None:
            self.driver.window.set_theme(name)

    def choose_screen(self, name: str) -> None:
        self.settings.projector_screen = name
        self.driver.show_window()

    def _toggle_projector_full_screen(self) -> None:
        window = self.driver.window or self.driver.show_window()
        window.toggle_full_screen()

    def handle_projector_key(self, event: QKeyEvent) -> None:
        """Keys pressed while the projector window has the focus (one screen, full screen)."""
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions.values():
            if any(s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()):
                action.trigger()
                return

    def _update_preview(self) -> None:
        data = self.driver.current
        self.preview.set_data(dataclasses.replace(data, wall=list(data.wall)))
        window = self.driver.window
        if window is None or not window.isVisible():
            where = tr("Projector (hidden): {slide}")
        elif window.on_projector_screen:
            where = tr("Projector (full screen on {screen}): {slide}")
        else:
            where = tr("Projector (in a window): {slide}")
        self.preview_label.setText(where.format(screen=window.screen().name() if window is not None else "",
                                                slide=slide_name(data.kind)))

    # ---------------------------------------------------------------- refreshing

    def _refresh_questions(self) -> None:
        current = self.session.forum.current_question_id
        self.question_list.clear()
        for number, question in enumerate(self.session.questions, start=1):
            item = QListWidgetItem(self._question_text(number, question))
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            item.setToolTip(question.prompt)
            if question.id == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.question_list.addItem(item)
            if question.id == current:
                self.question_list.setCurrentItem(item)
        self.controls.show_question(self.session)
        self._filter_changed()
        self._server_state_changed()
        self._say_if_ended()

    def _question_text(self, number: int, question) -> str:
        """Two lines: the prompt cut to the list's width (in full in the tooltip), then the count,
        which a long prompt can therefore never push out of sight."""
        marks = []
        if question.is_open:
            marks.append(tr("open"))
        if question.revealed:
            marks.append(tr("results shown"))
        count = self.session.count(question.id, include_hidden=True)
        suffix = f"   [{', '.join(marks)}]" if marks else ""
        late = late_answers_note(self.session, question.id)
        elided = self.question_list.elide(f"{number}. {' '.join(question.prompt.split())}")
        prompt = "\n".join(isolate(line) for line in elided.split("\n"))  # each line in the prompt's own direction
        answers = tr("%n answer(s)", "", count)
        return f"{prompt}\n     {answers}{late}{suffix}"

    def _relabel_questions(self) -> None:
        for row in range(self.question_list.count()):
            item = self.question_list.item(row)
            question = self.session.question(item.data(Qt.ItemDataRole.UserRole))
            if question is not None:
                item.setText(self._question_text(row + 1, question))

    def _update_counts(self, answers: list) -> None:
        touched = {a.question_id for a in answers}
        for row in range(self.question_list.count()):
            item = self.question_list.item(row)
            question = self.session.question(item.data(Qt.ItemDataRole.UserRole))
            if question is not None and question.id in touched:
                item.setText(self._question_text(row + 1, question))
        self.controls.show_question(self.session)

    def _answers_updated(self) -> None:
        # "N answers" and "N waiting for review" change when one is approved or hidden; theme counts when tagged
        self._relabel_questions()
        self.controls.show_question(self.session)
        self._update_theme_counts()

    def _server_state_changed(self, *_args) -> None:
        running = self.server_panel.running
        busy = self.server_panel.busy
        self.actions["start"].setEnabled(not running and not busy and self.server_panel.server_factory is not None)
        self.actions["stop"].setEnabled(running and not busy)
        ended = self.session.forum.state is ForumState.ENDED
        self.actions["end"].setEnabled(not ended)

    def show_problem(self, message: str, level: str = "warning") -> None:
        self.banner.show_message(message, level)

    def _votes_refused(self, forum_id: int, question_id: int, refused: int) -> None:
        """The server refused many votes from one address on one question (never says which address)."""
        if forum_id != self.session.forum_id:
            return
        number = self.session.index_of(question_id) + 1
        if number:
            text = tr("Someone is voting repeatedly on question {number}: one network address tried %n more "
                      "vote(s) than a phone may send. Those votes were refused and are not counted.", "", refused)
        else:
            text = tr("Someone is voting repeatedly: one network address tried %n more vote(s) than a phone may "
                      "send. Those votes were refused and are not counted.", "", refused)
        self.show_problem(text.format(number=number), "warning")

    # ---------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.server_panel.running or self.server_panel.busy:
            box = QMessageBox(QMessageBox.Icon.Question, tr("Phones are still connected"),
                              tr("The attendee server is running. Stop it and close the console? The forum stays "
                              "open so you can resume it later with the same code."), parent=self)
            stop = box.addButton(tr("Stop and close"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not stop:
                event.ignore()
                return
            self.server_panel.stop_now()
        self.driver.close()
        event.accept()

