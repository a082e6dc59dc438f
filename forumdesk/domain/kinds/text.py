"""Open text: an answer in the attendee's own words, shown as an answer wall."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from forumdesk.domain.kinds.base import Kind
from forumdesk.domain.model import HARD_MAX_LENGTH, AnswerContent, Question
from forumdesk.domain.results import QuestionResults, word_frequencies
from forumdesk.domain.rules import InvalidAnswer, InvalidQuestion, clean_text


class OpenText(Kind):
    value = "text"
    label = "Open text"
    fields = ("max_length",)
    default_max_length = 500
    phone_hint = "Answer on your phone, in your own words"
    results_view = "wall"
    text_answers = True

    def validate_question(self, question: Question) -> None:
        if not (1 <= question.max_length <= HARD_MAX_LENGTH):
            raise InvalidQuestion("The answer length limit must be between 1 and {limit} characters.",
                                  limit=HARD_MAX_LENGTH)

    def validate_answer(self, question: Question, payload: dict[str, Any]) -> AnswerContent:
        return AnswerContent(text=self.clean_answer(question, payload))

    def clean_answer(self, question: Question, payload: dict[str, Any]) -> str:
        """The answer's text, cleaned and within the question's length limit."""
        text = payload.get("text")
        if not isinstance(text, str):
            raise InvalidAnswer("Please type an answer.")
        text = clean_text(text)
        if not text:
            raise InvalidAnswer("Your answer is empty.")
        if len(text) > question.max_length:
            raise InvalidAnswer(f"Your answer is {len(text)} characters long; the limit is {question.max_length}.")
        return text

    def tally(self, question: Question, answers: list[AnswerContent], results: QuestionResults,
              room_counts: dict[int, int], same_as: Mapping[str, str] | None = None) -> None:
        results.words = word_frequencies(a.text or "" for a in answers)

    def results_fields(self, results: QuestionResults) -> dict[str, Any]:
        return {"words": [[w, n] for w, n in results.words]}

    def demo_payloads(self, question: Question, rng: random.Random, sentences: list[str],
                      words: list[str]) -> list[dict[str, Any]]:
        return [{"text": t} for t in sentences]
