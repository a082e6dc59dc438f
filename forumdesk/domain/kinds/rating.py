"""Rating: a value on the question's scale (1 to 5 by default), shown as a distribution and mean."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from forumdesk.domain.kinds.base import Kind
from forumdesk.domain.model import AnswerContent, Question, Scale
from forumdesk.domain.results import QuestionResults
from forumdesk.domain.rules import MAX_SCALE_STEPS, InvalidAnswer, InvalidQuestion, is_int


class Rating(Kind):
    value = "rating"
    label = "Rating scale"
    fields = ("scale",)
    phone_hint = "Rate it on your phone"
    options_view = "scale"
    results_view = "histogram"
    one_answer_per_phone = True

    def prepare(self, question: Question) -> None:
        if question.scale is None:
            question.scale = Scale()
        super().prepare(question)

    def validate_question(self, question: Question) -> None:
        scale = question.scale
        if scale is None or scale.max <= scale.min:
            raise InvalidQuestion("A rating scale needs a lowest value below its highest value.")
        if scale.max - scale.min + 1 > MAX_SCALE_STEPS:
            raise InvalidQuestion("A rating scale can have at most {limit} steps.", limit=MAX_SCALE_STEPS)

    def validate_answer(self, question: Question, payload: dict[str, Any]) -> AnswerContent:
        rating = payload.get("rating")
        scale = question.scale
        assert scale is not None
        if not is_int(rating):
            raise InvalidAnswer("Please pick a rating.")
        if not (scale.min <= rating <= scale.max):
            raise InvalidAnswer(f"The rating must be between {scale.min} and {scale.max}.")
        return AnswerContent(rating=rating)

    def tally(self, question: Question, answers: list[AnswerContent], results: QuestionResults,
              room_counts: dict[int, int], same_as: Mapping[str, str] | None = None) -> None:
        scale = question.scale
        assert scale is not None
        distribution = {value: 0 for value in range(scale.min, scale.max + 1)}
        ratings = [a.rating for a in answers if a.rating is not None]
        for rating in ratings:
            if rating in distribution:
                distribution[rating] += 1
        results.rating_distribution = distribution
        results.mean = sum(ratings) / len(ratings) if ratings else None

    def results_fields(self, results: QuestionResults) -> dict[str, Any]:
        return {"distribution": {str(k): v for k, v in results.rating_distribution.items()},
                "mean": None if results.mean is None else round(results.mean, 2)}

    def demo_payloads(self, question: Question, rng: random.Random, sentences: list[str],
                      words: list[str]) -> list[dict[str, Any]]:
        scale = question.scale
        assert scale is not None
        return [{"rating": rng.choice([scale.min + 1, scale.min + 2, scale.min + 2, scale.max - 1])}
                for _ in range(7)]
