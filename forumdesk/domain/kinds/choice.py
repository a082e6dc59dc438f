"""What single and multiple choice share: a list of choices, bars, and room counts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forumdesk.domain.kinds.base import Kind
from forumdesk.domain.model import AnswerContent, Question
from forumdesk.domain.results import QuestionResults
from forumdesk.domain.rules import MAX_CHOICE_LENGTH, MAX_CHOICES, InvalidAnswer, InvalidQuestion, is_int


class ChoiceKind(Kind):
    fields = ("choices",)
    options_view = "choices"
    results_view = "bars"
    room_counts = True
    one_answer_per_phone = True

    def validate_question(self, question: Question) -> None:
        choices = [c.strip() for c in question.choices]
        if len(choices) < 2:
            raise InvalidQuestion("A choice question needs at least two choices.")
        if len(choices) > MAX_CHOICES:
            raise InvalidQuestion("A choice question can have at most {limit} choices.", limit=MAX_CHOICES)
        if any(not c for c in choices):
            raise InvalidQuestion("Every choice needs some text.")
        if any(len(c) > MAX_CHOICE_LENGTH for c in choices):
            raise InvalidQuestion("A choice can be at most {limit} characters long.", limit=MAX_CHOICE_LENGTH)
        if len({c.casefold() for c in choices}) != len(choices):
            raise InvalidQuestion("Two choices have the same text.")

    def validate_answer(self, question: Question, payload: dict[str, Any]) -> AnswerContent:
        choices = payload.get("choices")
        if not isinstance(choices, list) or not all(is_int(c) for c in choices):
            raise InvalidAnswer("Please pick a choice.")
        if not choices:
            raise InvalidAnswer("Please pick at least one choice.")
        if len(set(choices)) != len(choices):
            raise InvalidAnswer("The same choice was picked twice.")
        if any(c < 0 or c >= len(question.choices) for c in choices):
            raise InvalidAnswer("That choice is not one of this question's choices.")
        if not self.multi_select and len(choices) != 1:
            raise InvalidAnswer("Please pick only one choice.")
        return AnswerContent(choices=tuple(sorted(choices)))

    def tally(self, question: Question, answers: list[AnswerContent], results: QuestionResults,
              room_counts: dict[int, int], same_as: Mapping[str, str] | None = None) -> None:
        counts = [0] * len(question.choices)
        for answer in answers:
            for index in answer.choices:
                if 0 <= index < len(counts):
                    counts[index] += 1
        results.choice_counts = counts
        results.room_counts = [room_counts.get(i, 0) for i in range(len(question.choices))]

    def results_fields(self, results: QuestionResults) -> dict[str, Any]:
        return {"choice_counts": list(results.choice_counts), "room_counts": list(results.room_counts)}
