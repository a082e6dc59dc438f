"""The live state of one forum as the console and the projector see it, kept in memory.

Loaded once when the console opens, then kept current from the bridge's signals: answers are
appended as they arrive (never re-queried per answer) and results are tallied in memory with the
domain's ``tally`` so the GUI thread never reads the database per answer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from forumdesk.domain import Answer, Forum, Question, kinds
from forumdesk.domain.results import QuestionResults, tally
from forumdesk.services import Services
from forumdesk.services.live import needs_review, on_screen, waiting_for_review
from forumdesk.ui.bridge import EventBridge


class LiveForum(QObject):
    forum_changed = Signal()  # forum row or any question's flags/wording/order
    answers_added = Signal(list)  # [Answer] of this forum, oldest first
    answer_updated = Signal(object)  # Answer
    notes_changed = Signal()
    room_counts_changed = Signal(int)  # question id
    themes_changed = Signal()
    same_answers_changed = Signal(int)  # question id: the facilitator accepted near-duplicates as the same
    commitments_changed = Signal()
    follow_ups_changed = Signal()  # any forum's commitment changed: one carried here may have (issue 19)

    def __init__(self, services: Services, bridge: EventBridge, forum_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.forum_id = forum_id
        self._answers: dict[int, Answer] = {}
        self._by_question: dict[int, list[Answer]] = {}
        self._place: dict[int, int] = {}  # answer id -> its position in its question's list
        # Connect first, then load: an answer stored in between arrives twice and is ignored once.
        bridge.answers_stored.connect(self._on_answers)
        bridge.answer_changed.connect(self._on_answer_changed)
        bridge.forum_changed.connect(self._on_forum_changed)
        bridge.questions_changed.connect(self._on_forum_changed)
        bridge.notes_changed.connect(self._on_notes)
        bridge.room_counts_changed.connect(self._on_room_counts)
        bridge.themes_changed.connect(self._on_themes)
        bridge.same_answers_changed.connect(self._on_same_answers)
        bridge.commitments_changed.connect(self._on_commitments)
        self.forum: Forum = services.forums.forum(forum_id)
        self.questions: list[Question] = services.forums.questions(forum_id)
        self.partner_name = services.forums.partner(self.forum.partner_id).name
        self.room_counts: dict[int, dict[int, int]] = {
            q.id: services.answers.room_counts(q.id) for q in self.questions if kinds.of(q.kind).room_counts
        }
        self.themes = services.answers.themes(forum_id)
        # near-duplicates accepted as the same, per text question (domain.duplicates.same_as_keys)
        self.same_as: dict[int, dict[str, str]] = {
            q.id: self.services.answers.same_as(q.id) for q in self.questions if kinds.of(q.kind).text_answers}
        self.notes = services.answers.notes(forum_id)
        self.commitments = services.answers.commitments(forum_id)
        self._add(services.answers.answers(forum_id))

    # ---------------------------------------------------------------- queries

    def question(self, question_id: int | None) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def current_question(self) -> Question | None:
        return self.question(self.forum.current_question_id)

    def index_of(self, question_id: int | None) -> int:
        return next((i for i, q in enumerate(self.questions) if q.id == question_id), -1)

    def answers(self, question_id: int | None = None) -> list[Answer]:
        """Answers in arrival order; of one question, or of the whole forum."""
        if question_id is None:
            return sorted(self._answers.values(), key=lambda a: a.id)
        return list(self._by_question.get(question_id, []))

    def count(self, question_id: int | None, include_hidden: bool = False) -> int:
        answers = self._by_question.get(question_id, [])
        return len(answers) if include_hidden else sum(1 for a in answers if not a.hidden)

    def wall(self, question_id: int) -> list[Answer]:
        """Text answers for the answer wall: only those the room may see (not hidden; approved in a
        review-first forum: services/live.py), starred first, then newest first."""
        visible = self._on_screen(question_id)
        return sorted(visible, key=lambda a: (not a.starred, -(a.id or 0)))

    def _on_screen(self, question_id: int) -> list[Answer]:
        question = self.question(question_id)
        answers = self._by_question.get(question_id, [])
        if question is None:
            return [a for a in answers if not a.hidden]
        return [a for a in answers if on_screen(self.forum, question, a)]

    def is_waiting(self, answer: Answer) -> bool:
        question = self.question(answer.question_id)
        return question is not None and waiting_for_review(self.forum, question, answer)

    def waiting_for_review(self, question_id: int | None = None) -> int:
        """Answers neither approved nor hidden in a review-first forum (of one question, or all)."""
        questions = self.questions if question_id is None else [q for q in self.questions if q.id == question_id]
        return sum(1 for q in questions if needs_review(self.forum, q)
                   for a in self._by_question.get(q.id, []) if waiting_for_review(self.forum, q, a))

    def results(self, question_id: int, with_words: bool = True) -> QuestionResults | None:
        """Tallied in memory. ``with_words=False`` skips word frequencies of open text (the answer
        wall does not show them, and they are the costly part with thousands of answers)."""
        question = self.question(question_id)
        if question is None:
            return None
        if not with_words and kinds.of(question.kind).results_view == "wall":
            return QuestionResults(question_id, question.kind, responses=len(self._on_screen(question_id)))
        visible = (a.content for a in self._on_screen(question_id))
        return tally(question, visible, self.room_counts.get(question_id, {}), self.same_as.get(question_id))

    def theme_name(self, theme_id: int) -> str:
        return next((t.name for t in self.themes if t.id == theme_id), "")

    # ---------------------------------------------------------------- updates

    def _add(self, answers: list[Answer]) -> list[Answer]:
        added = []
        for answer in answers:
            if answer.forum_id != self.forum_id or answer.id in self._answers:
                continue
            self._answers[answer.id] = answer
            bucket = self._by_question.setdefault(answer.question_id, [])
            self._place[answer.id] = len(bucket)
            bucket.append(answer)
            added.append(answer)
        return added

    @Slot(list)
    def _on_answers(self, answers: list) -> None:
        added = self._add(answers)
        if added:
            self.answers_added.emit(added)

    @Slot(object)
    def _on_answer_changed(self, answer: Answer) -> None:
        old = self._answers.get(answer.id)
        if old is None:
            return
        self._answers[answer.id] = answer
        self._by_question[answer.question_id][self._place[answer.id]] = answer
        self.answer_updated.emit(answer)

    @Slot(int)
    def _on_forum_changed(self, forum_id: int) -> None:
        if forum_id != self.forum_id:
            return
        self.reload_forum()

    def reload_forum(self) -> None:
        self.forum = self.services.forums.forum(self.forum_id)
        self.questions = self.services.forums.questions(self.forum_id)
        self.forum_changed.emit()

    @Slot(int)
    def _on_notes(self, forum_id: int) -> None:
        if forum_id == self.forum_id:
            self.notes = self.services.answers.notes(self.forum_id)
            self.notes_changed.emit()

    @Slot(int, int)
    def _on_room_counts(self, forum_id: int, question_id: int) -> None:
        if forum_id == self.forum_id:
            self.room_counts[question_id] = self.services.answers.room_counts(question_id)
            self.room_counts_changed.emit(question_id)

    @Slot(int, int)
    def _on_same_answers(self, forum_id: int, question_id: int) -> None:
        if forum_id == self.forum_id:
            self.same_as[question_id] = self.services.answers.same_as(question_id)
            self.same_answers_changed.emit(question_id)

    @Slot(int)
    def _on_themes(self, forum_id: int) -> None:
        if forum_id == self.forum_id:
            self.themes = self.services.answers.themes(self.forum_id)
            self.themes_changed.emit()

    @Slot(int)
    def _on_commitments(self, forum_id: int) -> None:
        self.follow_ups_changed.emit()
        if forum_id == self.forum_id:
            self.commitments = self.services.answers.commitments(self.forum_id)
            self.commitments_changed.emit()
