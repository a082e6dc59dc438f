"""Single choice: pick one of the question's choices."""

from __future__ import annotations

import random
from typing import Any

from forumdesk.domain.kinds.choice import ChoiceKind
from forumdesk.domain.model import Question


class SingleChoice(ChoiceKind):
    value = "single"
    label = "Single choice"
    phone_hint = "Choose one on your phone"

    def demo_payloads(self, question: Question, rng: random.Random, sentences: list[str],
                      words: list[str]) -> list[dict[str, Any]]:
        weights = [5, 4, 3, 4, 1, 2][: len(question.choices)]
        return [{"choices": rng.choices(range(len(question.choices)), weights)} for _ in range(9)]
