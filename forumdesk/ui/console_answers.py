"""The console's live answer list: a model appended to in batches (newest first) that knows which
answers are the same (issue 13: counted once, shown with ×N), and a delegate that paints each
answer as one compact line of plain text with its marks. The filters are in console_filters.py."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from forumdesk.domain import Answer
from forumdesk.domain.duplicates import face, normalise
from forumdesk.ui.language import isolate, tr
from forumdesk.ui.session import LiveForum

AnswerRole = Qt.ItemDataRole.UserRole + 1
QuestionRole = Qt.ItemDataRole.UserRole + 2
KeyRole = Qt.ItemDataRole.UserRole + 3  # the normalised text: same key, same answer
CountRole = Qt.ItemDataRole.UserRole + 4  # how many visible answers to its question say the same
LeadRole = Qt.ItemDataRole.UserRole + 5  # the row that stands for its group when same answers are shown once


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
        return tr("Rated {rating}").format(rating=content.rating)
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
        # same answers: (question id, group key) -> member answers by id, newest last. The group key
        # is the normalised text, or the key of the group the facilitator accepted it into.
        self._key_of: dict[int, str] = {}
        self._group_of: dict[int, str] = {}
        self._groups: dict[tuple[int, str], dict[int, Answer]] = {}
        self._leads: dict[tuple[int, str], Answer] = {}  # lead_of() by group, until the group changes
        for answer in reversed(self._rows):
            self._join(answer)
        session.answers_added.connect(self.add)
        session.answer_updated.connect(self.update_answer)
        session.same_answers_changed.connect(self.regroup)

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
        if role == KeyRole:
            return self._key_of.get(answer.id, "")
        if role == CountRole:
            return self.count_same(answer)
        if role == LeadRole:
            return self.lead_of(answer) is answer
        return None

    def all_answers(self) -> list[Answer]:
        return self._rows

    # ---------------------------------------------------------------- same answers

    def _join(self, answer: Answer) -> None:
        text = answer_text(self.session, answer)
        key = normalise(text) or f"\0{text}"
        self._key_of[answer.id] = key
        self._into_group(answer, self.session.same_as.get(answer.question_id, {}))

    def _into_group(self, answer: Answer, same_as: dict[str, str]) -> None:
        key = self._key_of[answer.id]
        group = same_as.get(key, key)
        self._group_of[answer.id] = group
        self._groups.setdefault((answer.question_id, group), {})[answer.id] = answer
        self._leads.pop((answer.question_id, group), None)

    def regroup(self, question_id: int) -> None:
        """Group one question's answers again (the facilitator accepted near-duplicates as the same)."""
        for group in [g for g in self._groups if g[0] == question_id]:
            del self._groups[group]
            self._leads.pop(group, None)
        same_as = self.session.same_as.get(question_id, {})
        rows = [row for row, answer in enumerate(self._rows) if answer.question_id == question_id]
        for row in reversed(rows):  # oldest first, as when they arrived
            self._into_group(self._rows[row], same_as)
        if rows:
            self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]))

    def members(self, answer: Answer) -> list[Answer]:
        """Every answer to its question that says the same (itself included), oldest first."""
        group = self._groups.get((answer.question_id, self._group_of.get(answer.id, "")), {})
        return list(group.values()) or [answer]

    def count_same(self, answer: Answer) -> int:
        """×N: visible answers saying the same (all of them when every one is hidden)."""
        members = self.members(answer)
        visible = sum(1 for a in members if not a.hidden)
        return visible or len(members)

    def lead_of(self, answer: Answer) -> Answer:
        """The member whose row stands for the group: of the visible ones (all, when every one is
        hidden), the newest written in the group's ``face`` words, those the projector and the
        recap show too ("More buses", not the "MORE BUSES" that came last)."""
        group = (answer.question_id, self._group_of.get(answer.id, ""))
        lead = self._leads.get(group)
        if lead is None:
            members = self.members(answer)
            candidates = [a for a in members if not a.hidden] or members
            texts = [answer_text(self.session, a).strip() for a in candidates]
            shown = texts[face(texts)]
            lead = next(a for a, text in zip(reversed(candidates), reversed(texts), strict=True) if text == shown)
            self._leads[group] = lead
        return lead

    def add(self, answers: list[Answer]) -> None:
        """Insert a batch (oldest first) at the top in one go."""
        if not answers:
            return
        self.beginInsertRows(QModelIndex(), 0, len(answers) - 1)
        base = len(self._rows)
        for offset, answer in enumerate(answers):
            self._row_of[answer.id] = base + offset
            self._join(answer)
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
        key = (answer.question_id, self._group_of.get(answer.id, ""))
        group = self._groups.get(key)
        if group is not None:
            group[answer.id] = answer
            self._leads.pop(key, None)
        # the whole group's ×N and lead may change (one copy hidden): repaint every member, row by
        # row (one span from the first to the last member would make the filter look again at every
        # answer in between: tagging 1,000 answers took 6 s on the GUI thread that way)
        for member in self.members(answer):
            index = self.index(len(self._rows) - 1 - self._row_of[member.id])
            self.dataChanged.emit(index, index)


class AnswerDelegate(QStyledItemDelegate):
    """Paints an answer as one compact line: its text (plain, cut with "…") on the left, its marks
    (×N, question, local time, star, hidden, themes) on the right.

    Every row has the same height (the view uses uniform item sizes), so inserting answers at the
    top never makes the view measure thousands of rows, and 20+ rows fit a 1366×768 screen: the
    full text of the selected answer is shown under the list.
    """

    LINES = 1

    def __init__(self, session: LiveForum, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.show_counts = True  # ×N beside an answer said more than once (off when copies are listed one by one)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        body = QFont(option.font)
        meta = QFont(option.font)
        meta.setPointSizeF(meta.pointSizeF() * 0.88)
        return body, meta

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        body, _ = self._fonts(option)
        return QSize(max(200, option.rect.width()), QFontMetrics(body).lineSpacing() * self.LINES + 5)

    def marks(self, index: QModelIndex) -> str:
        answer: Answer = index.data(AnswerRole)
        count = index.data(CountRole) or 1
        number = self.session.index_of(answer.question_id) + 1
        marks = [f"×{count}" if self.show_counts and count > 1 else "", tr("Q{number}").format(number=number), local_time(answer.created_at)]
        if answer.late:
            marks.append(tr("late"))
        if answer.starred:
            marks.append("★")
        if answer.hidden:
            marks.append(tr("hidden"))
        elif self.session.is_waiting(answer):
            marks.append(tr("waiting for review (Y shows it, H hides it)"))
        elif answer.approved:
            marks.append(tr("approved"))
        marks += [isolate(f"#{self.session.theme_name(t)}") for t in answer.theme_ids]
        return "  ".join(m for m in marks if m)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        answer: Answer = index.data(AnswerRole)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(2, 1, -2, -1)
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
        inner = rect.adjusted(10, 0, -8, 0)
        marks = self.marks(index)
        meta_metrics = QFontMetrics(meta)
        marks_w = min(meta_metrics.horizontalAdvance(marks) + 12, inner.width() // 2)
        text_rect = QRect(inner.left(), inner.top(), inner.width() - marks_w, inner.height())
        meta_rect = QRect(inner.right() - marks_w, inner.top(), marks_w, inner.height())
        if option.direction == Qt.LayoutDirection.RightToLeft:  # Arabic: the text at the right, the marks at the left
            text_rect.moveLeft(inner.left() + marks_w)
            meta_rect.moveLeft(inner.left())
        painter.setFont(body)
        painter.setPen(text_color)
        metrics = QFontMetrics(body)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         isolate(metrics.elidedText(" ".join((index.data() or "").split()), Qt.TextElideMode.ElideRight,
                                                    text_rect.width())))
        painter.setFont(meta)
        muted = QColor(text_color)
        muted.setAlphaF(0.7 if not answer.hidden else 0.4)
        painter.setPen(muted)
        painter.drawText(meta_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         meta_metrics.elidedText(marks, Qt.TextElideMode.ElideRight, marks_w))
        painter.restore()
