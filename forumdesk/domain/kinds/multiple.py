"""Multiple choice: pick every choice that applies."""

from __future__ import annotations

import random
from typing import Any

from forumdesk.domain.kinds.choice import ChoiceKind
from forumdesk.domain.model import Question


class MultipleChoice(ChoiceKind):
    value = "multiple"
    label = "Multiple choice"
    phone_hint = "Choose all that apply on your phone"
    multi_select = True

    def demo_payloads(self, question: Question, rng: random.Random, sentences: list[str],
                      words: list[str]) -> list[dict[str, Any]]:
        return [{"choices": sorted(rng.sample(range(len(question.choices)), 2))} for _ in range(6)]
