"""A toy question kind, registered by tests only: a yes/no question. Its phones send ``{"text": "yes"}`` or
``{"text": "no"}`` (an answer body holds text, choices or a rating, whatever the kind) and it is
counted as a choice.

It is what adding a kind should take: one module (this one) reusing the existing presentations
("choices" on the question slide, "bars" for results). It is not built in, so nothing outside this
module and the tests knows it.
"""

from __future__ import annotations

from typing import Any

from forumdesk.domain import AnswerContent, Question
from forumdesk.domain.kinds.choice import ChoiceKind
from forumdesk.domain.rules import InvalidAnswer

YES_NO = ["Yes", "No"]


class YesNo(ChoiceKind):
    value = "yesno"
    label = "Yes or no"
    fields = ()  # nothing to fill in: the two choices are fixed
    phone_hint = "Answer yes or no on your phone"

    def prepare(self, question: Question) -> None:
        question.choices = list(YES_NO)
        super().prepare(question)

    def validate_answer(self, question: Question, payload: dict[str, Any]) -> AnswerContent:
        text = payload.get("text")
        answer = text.strip().casefold() if isinstance(text, str) else None
        if answer not in ("yes", "no"):
            raise InvalidAnswer("Please answer yes or no.")
        return AnswerContent(choices=(0 if answer == "yes" else 1,))

    def phone_fields(self, question: Question) -> dict[str, Any]:
        return {"choices": list(YES_NO)}
