"""Tallies of a question's answers: the results every kind fills in its part of, and word frequencies."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from forumdesk.domain.model import AnswerContent, Question, QuestionKind
from forumdesk.domain.stopwords import STOP_WORDS


@dataclass
class QuestionResults:
    question_id: int
    kind: QuestionKind
    responses: int = 0  # visible answers from phones
    # Choice questions: answers per choice (phones) and hands counted in the room, per choice.
    choice_counts: list[int] = field(default_factory=list)
    room_counts: list[int] = field(default_factory=list)
    # Rating questions: how many answers gave each value from scale.min to scale.max.
    rating_distribution: dict[int, int] = field(default_factory=dict)
    mean: float | None = None
    # Text and short-word questions: the most frequent words, stop words removed.
    words: list[tuple[str, int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        from forumdesk.domain import kinds  # the kinds import this module, so not at the top

        data: dict = {"question_id": self.question_id, "kind": self.kind.value, "responses": self.responses}
        return data | kinds.of(self.kind).results_fields(self)


_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?", re.UNICODE)


def words_of(text: str) -> list[str]:
    """Lower-cased words of a text with English and French stop words removed."""
    words = []
    for match in _WORD.finditer(text.casefold()):
        word = match.group(0).replace("’", "'")
        # "l'entreprise" -> "entreprise", "employer's" -> "employer"
        if "'" in word:
            head, _, tail = word.partition("'")
            word = tail if len(head) <= 2 and tail else head if tail in ("s", "t", "") else word
        if len(word) > 1 and word not in STOP_WORDS:
            words.append(word)
    return words


def word_frequencies(texts: Iterable[str], limit: int = 50) -> list[tuple[str, int]]:
    counter: Counter[str] = Counter()
    for text in texts:
        counter.update(words_of(text))
    # Sort by count, then alphabetically, so ties come out the same every time.
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:limit]


def phrase_frequencies(texts: Iterable[str], limit: int = 50) -> list[tuple[str, int]]:
    """For short-word answers: each answer counts as one phrase ("work-life balance")."""
    counter: Counter[str] = Counter()
    for text in texts:
        phrase = " ".join(text.casefold().split())
        if phrase and phrase not in STOP_WORDS:
            counter[phrase] += 1
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:limit]


def tally(question: Question, answers: Iterable[AnswerContent], room_counts: dict[int, int] | None = None) -> QuestionResults:
    """Compute the results of ``question`` from its visible answers and room counts."""
    from forumdesk.domain import kinds  # the kinds import this module, so not at the top

    assert question.id is not None
    answers = list(answers)
    results = QuestionResults(question_id=question.id, kind=question.kind, responses=len(answers))
    kinds.of(question.kind).tally(question, answers, results, room_counts or {})
    return results
