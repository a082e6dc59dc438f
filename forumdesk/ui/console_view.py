"""Widgets of the console's middle column: the current question's control bar and the answer list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from forumdesk.domain import Answer, kinds
from forumdesk.ui.console_answers import AnswerRole
from forumdesk.ui.labels import name_of
from forumdesk.ui.language import tr
from forumdesk.ui.session import LiveForum


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PresenterKeysFilter(QObject):
    """Lets a small entry (the timer's length) give Left, Right and Space to the presenter keys
    (previous, next) instead of moving its cursor, and Enter leave it: the facilitator types a
    number and carries on presenting."""

    PASSED = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space)
    done = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in self.PASSED and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                event.ignore()  # not taken by the entry, so the window's shortcut runs
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.done.emit()
        return False


class ControlBar(QFrame):
    """The current question (number, kind, prompt, answers) and buttons for every question action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controlBar")
        layout = QVBoxLayout(self)
        self.heading = plain_label()
        self.heading.setObjectName("heading")
        # beside the timer's controls, the heading takes what they leave (it wraps), never they
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.prompt = plain_label()
        self.prompt.setObjectName("prompt")
        self.buttons: dict[str, QToolButton] = {}
        # The timer's controls sit beside the heading, not after the question's buttons: on one row
        # they made the console wider than a 1280-pixel laptop screen and squeezed the question
        # list until its counts ("2 answers · 1 late answer") were cut. (A row of their own would
        # take answers off the list.)
        row, timer_row = QHBoxLayout(), QHBoxLayout()
        for key, text in (("prev", tr("◀ Previous")), ("next", tr("Next ▶")), ("open", tr("Open/close")),
                          ("reveal", tr("Reveal")), ("timer", tr("Timer")), ("blank", tr("Blank")),
                          ("welcome", tr("Welcome"))):
            button = QToolButton()
            button.setText(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must go to "next", not to a button
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[key] = button
            (timer_row if key == "timer" else row).addWidget(button)
        self.timer_spin = QSpinBox()
        self.timer_spin.setRange(5, 3600)
        self.timer_spin.setSingleStep(15)
        self.timer_spin.setSuffix(tr(" s"))
        self.timer_spin.setToolTip(tr("Length of the timer"))
        self.timer_spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.timer_keys = PresenterKeysFilter(self)
        self.timer_spin.installEventFilter(self.timer_keys)
        self.timer_spin.lineEdit().installEventFilter(self.timer_keys)
        self.timer_closes = QCheckBox(tr("Close at zero"))
        self.timer_closes.setToolTip(tr("Close the question for answers when the timer reaches zero"))
        self.timer_closes.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must go to "next"
        self.timer_label = QLabel("")
        self.timer_label.setObjectName("timer")
        timer_row.addWidget(self.timer_spin)
        timer_row.addWidget(self.timer_closes)
        timer_row.addWidget(self.timer_label)
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addLayout(timer_row)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addLayout(row)

    def connect_actions(self, actions: dict[str, QAction]) -> None:
        for key, button in self.buttons.items():
            button.clicked.connect(actions[key].trigger)
            tips = ", ".join(s.toString() for s in actions[key].shortcuts())
            button.setToolTip(tr("{action} ({keys})").format(action=actions[key].text().replace("&", ""), keys=tips)
                              if tips else "")

    def show_question(self, session: LiveForum) -> None:
        question = session.current_question()
        if question is None:
            if session.questions:  # the forum has not started yet, or the current one was removed
                self.heading.setText(tr("No question shown yet"))
                self.prompt.setText(tr("Press → (or Space) to show question 1 of {count}.").format(
                    count=len(session.questions)))
            else:
                self.heading.setText(tr("No questions yet"))
                self.prompt.setText(tr("Add questions in the forum editor."))
            return
        number = session.index_of(question.id) + 1
        informs = not kinds.of(question.kind).takes_answers  # a content slide: nothing to open or reveal
        for key in ("open", "reveal", "timer"):
            self.buttons[key].setEnabled(not informs)
        parts = [tr("Question {number} of {count}").format(number=number, count=len(session.questions)),
                 name_of(question.kind)]
        if informs:
            self.heading.setText(" · ".join(parts))
            self.prompt.setText(question.prompt)
            return
        parts.append(tr("open for answers") if question.is_open else tr("closed"))
        if question.revealed:
            parts.append(tr("results shown"))
        parts.append(tr("%n answer(s)", "", session.count(question.id, include_hidden=True)))
        self.heading.setText(" · ".join(parts) + late_answers_note(session, question.id))
        self.prompt.setText(question.prompt)
        self.buttons["reveal"].setText(tr("Hide results") if question.revealed else tr("Reveal"))
        self.buttons["open"].setText(tr("Close") if question.is_open else tr("Open"))

    def set_timer_text(self, text: str) -> None:
        self.timer_label.setText(text)
        self.timer_label.setMinimumWidth(self.timer_label.sizeHint().width())  # the heading wraps instead


def late_answers_note(session: LiveForum, question_id: int) -> str:
    """For the answer count: ``" · 2 late answers"`` when answers arrived after the question closed
    (sent by phones that were offline, taken within the forum's grace period), else nothing."""
    late = sum(1 for answer in session.answers(question_id) if answer.late)
    waiting = session.waiting_for_review(question_id)  # review-first forums (services/live.py)
    return ((" · " + tr("%n late answer(s)", "", late) if late else "")
            + (" · " + tr("%n waiting for review", "", waiting) if waiting else ""))


class QuestionList(QListWidget):
    """The forum's questions; tells when its width changes so their prompts are cut again."""

    width_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)  # one line per prompt: the answer count below it always shows
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def elide(self, text: str, lines: int = 2) -> str:
        """``text`` on at most ``lines`` lines of the list's width (broken between words), the last
        one cut with "…" when it does not fit."""
        metrics = self.fontMetrics()
        width = max(40, self.viewport().width() - 2 * self.spacing() - 16)
        out: list[str] = []
        rest = text
        while len(out) < lines - 1 and metrics.horizontalAdvance(rest) > width:
            lo, hi = 1, len(rest)
            while lo < hi:  # the longest start of ``rest`` that fits
                mid = (lo + hi + 1) // 2
                lo, hi = (mid, hi) if metrics.horizontalAdvance(rest[:mid]) <= width else (lo, mid - 1)
            space = rest.rfind(" ", 0, lo + 1)
            cut = space if space > 0 else lo
            out.append(rest[:cut].rstrip())
            rest = rest[cut:].lstrip()
        out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
        return "\n".join(out)

    def resizeEvent(self, event) -> None:
        old_width = event.oldSize().width()
        super().resizeEvent(event)
        if old_width != event.size().width():
            self.width_changed.emit()


class AnswerList(QListView):
    """The live answers; the context menu offers the Answer menu's actions."""

    selection_changed = Signal()

    def __init__(self, model, delegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(delegate)
        delegate.setParent(self)
        # several rows at once (Shift/Ctrl+click, Shift+arrows) for bulk hide / star / tag
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)  # see AnswerDelegate: no per-row measuring
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.selectionModel().currentChanged.connect(self.selection_changed)  # signal to signal: no cycle
        model.dataChanged.connect(self.selection_changed)
        self.context_actions: list[QAction] = []

    def selected_answer(self) -> Answer | None:
        index = self.currentIndex()
        return index.data(AnswerRole) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_answers(self, ids: set[int], current: int | None = None, add: bool = False) -> None:
        """Select every row standing for one of these answers (a ×N row when any of its copies is),
        instead of the selection (or besides it: ``add``), the row of answer ``current`` the current
        one. After a bulk action, another copy may stand for a ×N row: the selection follows it."""
        proxy = self.model()
        selection = QItemSelection()
        current_index = None
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            members = {a.id for a in proxy.answers([index])}
            if members & ids:
                selection.select(index, index)
                if current in members:
                    current_index = index
        model = self.selectionModel()
        if current_index is not None:
            model.setCurrentIndex(current_index, QItemSelectionModel.SelectionFlag.NoUpdate)
        flag = QItemSelectionModel.SelectionFlag
        model.select(selection, flag.Select if add else flag.ClearAndSelect)

    def _menu(self, pos) -> None:
        window = self.window()
        actions = getattr(window, "actions", {})
        menu = QMenu(self)
        for key in ("hide", "star", "count_apart"):
            if key in actions:
                menu.addAction(actions[key])
        tag_menu = getattr(window, "tag_menu", None)
        if tag_menu is not None:
            menu.addMenu(tag_menu)
        menu.exec(self.viewport().mapToGlobal(pos))
