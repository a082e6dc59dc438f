"""The console's answer filters (issue 13 item 2): which question, search as you type, starred /
hidden / untagged / late / one theme, and same answers shown once (×N).

``AnswerFilter`` is the proxy between the answer model and the list; ``FilterBar`` is the row of
controls above the list that sets it. Filtering 1,000 answers is one pass over the rows with no
I/O (the normalised text is computed once, when an answer arrives): benchmarks/bigroom.py times it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from forumdesk.domain import Answer
from forumdesk.domain.duplicates import normalise
from forumdesk.ui.console_answers import AnswerRole, CountRole, KeyRole, LeadRole, QuestionRole
from forumdesk.ui.language import tr
from forumdesk.ui.session import LiveForum

FLAGS = ("starred", "hidden", "untagged", "late")


class AnswerFilter(QSortFilterProxyModel):
    """Shows one question's answers (or all), narrowed by the search text and the flags."""

    def __init__(self) -> None:
        super().__init__()
        self.question_id: int | None = None
        self.search = ""  # normalised, so "cafe" finds "Café"
        self.only: set[str] = set()
        self.theme_id: int | None = None
        self.collapse = True  # same answers shown once
        self._source: QAbstractItemModel | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt's name
        super().setSourceModel(model)
        # Kept here because PySide6 6.11's sourceModel() leaks a reference to the model it returns:
        # a closed console's answers would never be freed (tests/ui/test_ui_windows_freed.py).
        self._source = model
        # (×N and the lead of a group change when a copy is hidden: the model repaints the whole
        # group, and the proxy's dynamic filter looks at those rows again)

    def _change(self, **values) -> None:
        if all(getattr(self, k) == v for k, v in values.items()):
            return
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_question(self, question_id: int | None) -> None:
        self._change(question_id=question_id)

    def set_search(self, text: str) -> None:
        self._change(search=normalise(text))

    def set_flag(self, flag: str, on: bool) -> None:
        self._change(only=(self.only | {flag}) if on else (self.only - {flag}))

    def set_theme(self, theme_id: int | None) -> None:
        self._change(theme_id=theme_id)

    def set_collapse(self, collapse: bool) -> None:
        self._change(collapse=collapse)

    def _matches(self, answer: Answer) -> bool:
        """Whether an answer passes the flags and the theme picker (not the search)."""
        only = self.only
        if only and (("starred" in only and not answer.starred) or ("hidden" in only and not answer.hidden)
                     or ("untagged" in only and answer.theme_ids) or ("late" in only and not answer.late)):
            return False
        return self.theme_id is None or self.theme_id in answer.theme_ids

    def _narrowed(self) -> bool:
        """A flag or a theme picks particular copies of a same answer (the hidden ones, those tagged)."""
        return bool(self.only) or self.theme_id is not None

    def _matching(self, answer: Answer) -> list[Answer]:
        """The copies of this answer's same-answer group that pass the flags and the theme, oldest first."""
        return [member for member in self._source.members(answer) if self._matches(member)]

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._source is None:
            return False
        index = self._source.index(row, 0, parent)
        if self.question_id is not None and index.data(QuestionRole) != self.question_id:
            return False
        answer: Answer = index.data(AnswerRole)
        if not self._matches(answer):
            return False
        if self.search and self.search not in index.data(KeyRole):
            return False
        if not self.collapse:
            return True
        if not self._narrowed():
            return bool(index.data(LeadRole))
        # Same answers once among the copies a flag or theme picks: the group's own row if it is one
        # of them, else the newest of them (listing each copy with "×5" beside it read as 25)
        lead = self._source.lead_of(answer)
        if self._matches(lead):
            return lead.id == answer.id
        return self._matching(answer)[-1].id == answer.id

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == CountRole and self.collapse and self._narrowed() and index.isValid():
            # ×N: the copies this row stands for (visible ones; all, when every one is hidden)
            matching = self._matching(super().data(index, AnswerRole))
            return sum(1 for a in matching if not a.hidden) or len(matching)
        return super().data(index, role)

    def answers(self, indexes: list[QModelIndex]) -> list[Answer]:
        """The answers behind selected rows; a row standing for same answers brings every copy it
        stands for (those the flags and theme pick, when one is on)."""
        out: dict[int, Answer] = {}
        for index in indexes:
            answer: Answer = index.data(AnswerRole)
            if not self.collapse:
                members = [answer]
            else:
                members = self._matching(answer) if self._narrowed() else self._source.members(answer)
            for member in members:
                out[member.id] = member
        return list(out.values())


class FilterBar(QWidget):
    """Search box, the flag check boxes, a theme picker and "same answers once"."""

    changed = Signal()

    def __init__(self, session: LiveForum, proxy: AnswerFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.proxy = proxy
        self.search = QLineEdit()
        self.search.setObjectName("answerSearch")
        self.search.setPlaceholderText(tr("Search"))
        self.search.setToolTip(tr("Search answers (Ctrl+F)"))
        # the placeholder whole, and no wider: the filters beside it share the column at 1366 px
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 30)
        self.search.setClearButtonEnabled(True)
        # search as you type, coalesced to one filter pass per pause in typing (no stall per key)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._apply_search)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        self.boxes: dict[str, QCheckBox] = {}
        names = {"starred": tr("Starred"), "hidden": tr("Hidden"), "untagged": tr("Untagged"), "late": tr("Late")}
        for flag in FLAGS:
            box = QCheckBox(names[flag])
            box.setObjectName(f"filter_{flag}")
            box.toggled.connect(self._apply_flags)
            self.boxes[flag] = box
            layout.addWidget(box)
        self.theme = QComboBox()
        self.theme.setObjectName("filterTheme")
        # room for eleven characters ("manageme" was all a theme showed): the list shows whole names
        self.theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme.setMinimumContentsLength(11)
        self.theme.currentIndexChanged.connect(self._apply_theme)
        layout.addWidget(self.theme)
        self.collapse = QCheckBox(tr("Same answers once"))
        self.collapse.setObjectName("collapseSame")
        self.collapse.setChecked(proxy.collapse)
        self.collapse.toggled.connect(self._apply_collapse)
        layout.addWidget(self.collapse)
        self.refresh_themes()

    def refresh_themes(self, counts: dict[int, int] | None = None) -> None:
        """The theme picker's items, each with how many answers carry it ("Buses (12)")."""
        current = self.theme.currentData()
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(tr("Any theme"), None)
        for theme in self.session.themes:
            count = (counts or {}).get(theme.id)
            self.theme.addItem(theme.name if count is None else f"{theme.name} ({count})", theme.id)
        position = self.theme.findData(current)
        self.theme.setCurrentIndex(max(0, position))
        self.theme.blockSignals(False)
        if position < 0 and current is not None:
            self._apply_theme()

    def _apply_search(self) -> None:
        self._debounce.stop()
        self.proxy.set_search(self.search.text())
        self.changed.emit()

    def _apply_flags(self) -> None:
        for flag, box in self.boxes.items():
            self.proxy.set_flag(flag, box.isChecked())
        self.changed.emit()

    def _apply_theme(self) -> None:
        self.proxy.set_theme(self.theme.currentData())
        self.changed.emit()

    def _apply_collapse(self, on: bool) -> None:
        self.proxy.set_collapse(on)
        self.changed.emit()
