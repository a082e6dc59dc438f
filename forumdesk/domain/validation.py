"""Checking questions and attendee answers, with a sentence a person can read on failure."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from forumdesk.domain.model import HARD_MAX_LENGTH, AnswerContent, Question, QuestionKind

MAX_CHOICES = 12
MAX_PROMPT_LENGTH = 300
MAX_CHOICE_LENGTH = 120
MAX_SCALE_STEPS = 11


class InvalidAnswer(ValueError):
    """An answer that does not fit its question. ``str(exc)`` is a sentence for the attendee."""


class InvalidQuestion(ValueError):
    """A question the facilitator wrote that cannot be asked. ``str(exc)`` is for the facilitator."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str) -> str:
    """Normalise text from a phone: NFC, no control or bidi-override characters, trimmed.

    Newlines and tabs are kept inside open text; everything else below U+0020 goes.
    """
    value = unicodedata.normalize("NFC", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    # Drop lone surrogates that JSON can smuggle in; they cannot be stored as UTF-8.
    value = value.encode("utf-8", "ignore").decode("utf-8")
    return value.strip()


def validate_question(question: Question) -> None:
    prompt = question.prompt.strip()
    if not prompt:
        raise InvalidQuestion("A question needs a prompt.")
    if len(prompt) > MAX_PROMPT_LENGTH:
        raise InvalidQuestion(f"A prompt can be at most {MAX_PROMPT_LENGTH} characters long.")
    if question.kind.has_choices:
        choices = [c.strip() for c in question.choices]
        if len(choices) < 2:
            raise InvalidQuestion("A choice question needs at least two choices.")
        if len(choices) > MAX_CHOICES:
            raise InvalidQuestion(f"A choice question can have at most {MAX_CHOICES} choices.")
        if any(not c for c in choices):
            raise InvalidQuestion("Every choice needs some text.")
        if any(len(c) > MAX_CHOICE_LENGTH for c in choices):
            raise InvalidQuestion(f"A choice can be at most {MAX_CHOICE_LENGTH} characters long.")
        if len({c.casefold() for c in choices}) != len(choices):
            raise InvalidQuestion("Two choices have the same text.")
    if question.kind is QuestionKind.RATING:
        scale = question.scale
        if scale is None or scale.max <= scale.min:
            raise InvalidQuestion("A rating scale needs a lowest value below its highest value.")
        if scale.max - scale.min + 1 > MAX_SCALE_STEPS:
            raise InvalidQuestion(f"A rating scale can have at most {MAX_SCALE_STEPS} steps.")
    if question.kind.is_textual and not (1 <= question.max_length <= HARD_MAX_LENGTH):
        raise InvalidQuestion(f"The answer length limit must be between 1 and {HARD_MAX_LENGTH} characters.")
    if question.kind is QuestionKind.SHORT_WORDS and not (1 <= question.max_words <= 10):
        raise InvalidQuestion("A short-words question allows between 1 and 10 words.")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_answer(question: Question, payload: dict[str, Any]) -> AnswerContent:
    """Check a decoded answer body against its question and return the cleaned content.

    ``payload`` holds the attendee's ``text``, ``choices`` or ``rating`` (other keys are ignored).
    Raises InvalidAnswer with a sentence that can be shown on the phone.
    """
    kind = question.kind
    if kind.is_textual:
        text = payload.get("text")
        if not isinstance(text, str):
            raise InvalidAnswer("Please type an answer.")
        text = clean_text(text)
        if not text:
            raise InvalidAnswer("Your answer is empty.")
        if len(text) > question.max_length:
            raise InvalidAnswer(
                f"Your answer is {len(text)} characters long; the limit is {question.max_length}."
            )
        if kind is QuestionKind.SHORT_WORDS:
            text = " ".join(text.split())
            if len(text.split()) > question.max_words:
                raise InvalidAnswer(f"Please use at most {question.max_words} words.")
        return AnswerContent(text=text)

    if kind.has_choices:
        choices = payload.get("choices")
        if not isinstance(choices, list) or not all(_is_int(c) for c in choices):
            raise InvalidAnswer("Please pick a choice.")
        if not choices:
            raise InvalidAnswer("Please pick at least one choice.")
        if len(set(choices)) != len(choices):
            raise InvalidAnswer("The same choice was picked twice.")
        if any(c < 0 or c >= len(question.choices) for c in choices):
            raise InvalidAnswer("That choice is not one of this question's choices.")
        if kind is QuestionKind.SINGLE_CHOICE and len(choices) != 1:
            raise InvalidAnswer("Please pick only one choice.")
        return AnswerContent(choices=tuple(sorted(choices)))

    if kind is QuestionKind.RATING:
        rating = payload.get("rating")
        scale = question.scale
        assert scale is not None
        if not _is_int(rating):
            raise InvalidAnswer("Please pick a rating.")
        if not (scale.min <= rating <= scale.max):
            raise InvalidAnswer(f"The rating must be between {scale.min} and {scale.max}.")
        return AnswerContent(rating=rating)

    raise InvalidAnswer("This question cannot be answered.")
