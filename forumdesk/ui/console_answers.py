"""The console's live answer list: a model appended to in batches (newest first), a filter by
question, and a delegate that paints each answer as plain text with its moderation marks."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from forumdesk.domain import Answer
from forumdesk.ui.session import LiveForum

AnswerRole = Qt.ItemDataRole.UserRole + 1
QuestionRole = Qt.ItemDataRole.UserRole + 2


def local_time(iso: str) -> str:
    """"14:05" in the laptop's time zone, from a stored timestamp (stored in UTC)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso[11:16]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%H:%M")


def answer_text(session: LiveForum, answer: Answer) -> str:
    """What an answer says, as plain text (choices and ratings spelled out)."""
    content = answer.content
    if content.text is not None:
        return content.text
    question = session.question(answer.question_id)
    if content.choices and question is not None:
        return " · ".join(question.choices[i] if 0 <= i < len(question.choices) else "?" for i in content.choices)
    if content.rating is not None:
        return f"Rated {content.rating}"
    return ""


class AnswerListModel(QAbstractListModel):
    """All answers of the forum, newest first. Rows are only ever inserted at the top or changed."""

    def __init__(self, session: LiveForum) -> None:
        super().__init__()
        self.session = session
        self._rows: list[Answer] = list(reversed(session.answers()))
        self._row_of: dict[int, int] = {}  # answer id -> position counted from the oldest (stable)
        for position, answer in enumerate(reversed(self._rows)):
            self._row_of[answer.id] = position
        self.visible_at: dict[str, float] = {}  # submission id -> time.monotonic() it entered the model
        session.answers_added.connect(self.add)
        session.answer_updated.connect(self.update_answer)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        answer = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return answer_text(self.session, answer)
        if role == AnswerRole:
            return answer
        if role == QuestionRole:
            return answer.question_id
        return None

    def add(self, answers: list[Answer]) -> None:
        """Insert a batch (oldest first) at the top in one go."""
        if not answers:
            return
        self.beginInsertRows(QModelIndex(), 0, len(answers) - 1)
        base = len(self._rows)
        for offset, answer in enumerate(answers):
            self._row_of[answer.id] = base + offset
        self._rows[0:0] = list(reversed(answers))
        self.endInsertRows()
        now = time.monotonic()
        for answer in answers:
            self.visible_at[answer.submission_id] = now

    def update_answer(self, answer: Answer) -> None:
        position = self._row_of.get(answer.id)
        if position is None:
            return
        row = len(self._rows) - 1 - position
        self._rows[row] = answer
        index = self.index(row)
        self.dataChanged.emit(index, index)


class QuestionFilter(QSortFilterProxyModel):
    """Shows one question's answers, or all of them."""

    def __init__(self) -> None:
        super().__init__()
        self.question_id: int | None = None
        self._source: QAbstractItemModel | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt's name
        super().setSourceModel(model)
        # Kept here because PySide6 6.11's sourceModel() leaks a reference to the model it returns:
        # a closed console's answers would never be freed (tests/ui/test_ui_windows_freed.py).
        self._source = model

    def set_question(self, question_id: int | None) -> None:
        if question_id != self.question_id:
            self.beginFilterChange()
            self.question_id = question_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self.question_id is None:
            return True
        return self._source is not None and self._source.index(row, 0, parent).data(QuestionRole) == self.question_id


class AnswerDelegate(QStyledItemDelegate):
    """Paints an answer: up to two lines of its text (plain, cut with "…"), then a line of marks.

    Every row has the same height (the view uses uniform item sizes), so inserting answers at the
    top never makes the view measure thousands of rows: the full text of the selected answer is
    shown under the list.
    """

    LINES = 2

    def __init__(self, session: LiveForum, parent=None) -> None:
        super().__init__(parent)
        self.session = session

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        body = QFont(option.font)
        body.setPointSizeF(body.pointSizeF() * 1.1)
        meta = QFont(option.font)
        meta.setPointSizeF(meta.pointSizeF() * 0.9)
        return body, meta

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        body, meta = self._fonts(option)
        height = QFontMetrics(body).lineSpacing() * self.LINES + QFontMetrics(meta).height() + 22
        return QSize(max(200, option.rect.width()), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        answer: Answer = index.data(AnswerRole)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(4, 3, -4, -3)
        background = palette.highlight().color() if selected else palette.base().color()
        if answer.starred and not selected:
            background = QColor("#fff7e0") if palette.base().color().lightness() > 128 else QColor("#3a3118")
        painter.fillRect(rect, background)
        if answer.starred:
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor("#d97706"))
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), palette.midlight().color())
        body, meta = self._fonts(option)
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        if answer.hidden:
            text_color = QColor(text_color)
            text_color.setAlphaF(0.45)
        inner = rect.adjusted(12, 6, -10, -6)
        metrics = QFontMetrics(body)
        text_rect = QRect(inner.left(), inner.top(), inner.width(), metrics.lineSpacing() * self.LINES)
        painter.setFont(body)
        painter.setPen(text_color)
        painter.drawText(text_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft),
                         _elide_lines(index.data() or "", metrics, text_rect.width(), self.LINES))
        painter.setFont(meta)
        muted = QColor(text_color)
        muted.setAlphaF(0.65 if not answer.hidden else 0.4)
        painter.setPen(muted)
        number = self.session.index_of(answer.question_id) + 1
        marks = [f"Q{number}", local_time(answer.created_at)]
        if answer.starred:
            marks.append("★ starred")
        if answer.hidden:
            marks.append("hidden from the projector")
        elif self.session.is_waiting(answer):
            marks.append("waiting for review (Y shows it, H hides it)")
        elif answer.approved:
            marks.append("approved")
        marks += [f"#{self.session.theme_name(t)}" for t in answer.theme_ids]
        meta_rect = QRect(inner.left(), text_rect.bottom() + 4, inner.width(), QFontMetrics(meta).height())
        painter.drawText(meta_rect, int(Qt.AlignmentFlag.AlignLeft), "   ·   ".join(m for m in marks if m))
        painter.restore()


def _elide_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` cut to fit ``lines`` wrapped lines of ``width`` pixels, ending in "…" when cut."""
    text = " ".join(text.split())
    def height(candidate: str) -> int:
        return metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), candidate).height()
    limit = metrics.lineSpacing() * lines
    if height(text) <= limit:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if height(text[:mid].rstrip() + "…") <= limit:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
