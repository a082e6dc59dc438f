"""Checking questions and attendee answers, with a sentence a person can read on failure.

The prompt rules are the same for every kind; everything else is asked of the question's kind
(forumdesk.domain.kinds).
"""

from __future__ import annotations

from typing import Any

from forumdesk.domain import kinds
from forumdesk.domain.model import AnswerContent, Question
from forumdesk.domain.rules import (
    MAX_CHOICE_LENGTH,
    MAX_CHOICES,
    MAX_PROMPT_LENGTH,
    MAX_SCALE_STEPS,
    InvalidAnswer,
    InvalidQuestion,
    clean_text,
)

__all__ = [
    "MAX_CHOICES",
    "MAX_CHOICE_LENGTH",
    "MAX_PROMPT_LENGTH",
    "MAX_SCALE_STEPS",
    "InvalidAnswer",
    "InvalidQuestion",
    "clean_text",
    "validate_answer",
    "validate_question",
]


def validate_question(question: Question) -> None:
    prompt = question.prompt.strip()
    if not prompt:
        raise InvalidQuestion("A question needs a prompt.")
    if len(prompt) > MAX_PROMPT_LENGTH:
        raise InvalidQuestion("A prompt can be at most {limit} characters long.", limit=MAX_PROMPT_LENGTH)
    kinds.of(question.kind).validate_question(question)


def validate_answer(question: Question, payload: dict[str, Any]) -> AnswerContent:
    """Check a decoded answer body against its question and return the cleaned content.

    ``payload`` holds the attendee's ``text``, ``choices`` or ``rating`` (other keys are ignored).
    Raises InvalidAnswer with a sentence that can be shown on the phone.
    """
    return kinds.of(question.kind).validate_answer(question, payload)
