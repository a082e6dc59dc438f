"""The console's answer filters (issue 13 item 2): which question, search as you type, starred /
hidden / untagged / late / one theme, and same answers shown once (×N).

``AnswerFilter`` is the proxy between the answer model and the list; ``FilterBar`` is the row of
controls above the list that sets it. Filtering 1,000 answers is one pass over the rows with no
I/O (the normalised text is computed once, when an answer arrives): benchmarks/bigroom.py times it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from forumdesk.domain import Answer
from forumdesk.domain.duplicates import normalise
from forumdesk.ui.console_answers import AnswerRole, KeyRole, LeadRole, QuestionRole
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

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._source is None:
            return False
        index = self._source.index(row, 0, parent)
        if self.question_id is not None and index.data(QuestionRole) != self.question_id:
            return False
        answer: Answer = index.data(AnswerRole)
        only = self.only
        if only:
            if ("starred" in only and not answer.starred) or ("hidden" in only and not answer.hidden) \
                    or ("untagged" in only and answer.theme_ids) or ("late" in only and not answer.late):
                return False
        if self.theme_id is not None and self.theme_id not in answer.theme_ids:
            return False
        if self.search and self.search not in index.data(KeyRole):
            return False
        # Same answers once, unless a flag asks for particular copies (a hidden copy, a starred one)
        return not (self.collapse and not only and self.theme_id is None and not index.data(LeadRole))

    def answers(self, indexes: list[QModelIndex]) -> list[Answer]:
        """The answers behind selected rows; a row standing for same answers brings every copy."""
        source = self._source
        out: dict[int, Answer] = {}
        for index in indexes:
            answer: Answer = index.data(AnswerRole)
            members = source.members(answer) if self.collapse and hasattr(source, "members") else [answer]
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
        self.search.setPlaceholderText(tr("Search answers (Ctrl+F)"))
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
