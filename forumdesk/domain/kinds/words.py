"""Short words: a few words per answer, each answer one phrase of a word cloud."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from forumdesk.domain.kinds.text import OpenText
from forumdesk.domain.model import AnswerContent, Question
from forumdesk.domain.results import QuestionResults, phrase_frequencies
from forumdesk.domain.rules import InvalidAnswer, InvalidQuestion

MAX_WORDS = 10


class ShortWords(OpenText):
    value = "words"
    label = "Short words (word cloud)"
    fields = ("max_length", "max_words")
    default_max_length = 40
    phone_hint = "Answer on your phone with a few words"
    tall_answer_box = False
    results_view = "cloud"

    def answer_placeholder(self, question: Question) -> str:
        return f"Up to {question.max_words} words…"

    def validate_question(self, question: Question) -> None:
        super().validate_question(question)
        if not (1 <= question.max_words <= MAX_WORDS):
            raise InvalidQuestion("A short-words question allows between 1 and {limit} words.", limit=MAX_WORDS)

    def validate_answer(self, question: Question, payload: dict[str, Any]) -> AnswerContent:
        text = " ".join(self.clean_answer(question, payload).split())
        if len(text.split()) > question.max_words:
            raise InvalidAnswer(f"Please use at most {question.max_words} words.")
        return AnswerContent(text=text)

    def tally(self, question: Question, answers: list[AnswerContent], results: QuestionResults,
              room_counts: dict[int, int], same_as: Mapping[str, str] | None = None) -> None:
        results.words = phrase_frequencies((a.text or "" for a in answers), same_as=same_as)

    def demo_payloads(self, question: Question, rng: random.Random, sentences: list[str],
                      words: list[str]) -> list[dict[str, Any]]:
        return [{"text": w} for w in words]
