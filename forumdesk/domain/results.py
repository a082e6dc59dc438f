"""Tallies of a question's answers: counts, distributions, means and word frequencies."""

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
        data: dict = {"question_id": self.question_id, "kind": self.kind.value, "responses": self.responses}
        if self.kind.has_choices:
            data["choice_counts"] = list(self.choice_counts)
            data["room_counts"] = list(self.room_counts)
        elif self.kind is QuestionKind.RATING:
            data["distribution"] = {str(k): v for k, v in self.rating_distribution.items()}
            data["mean"] = None if self.mean is None else round(self.mean, 2)
        else:
            data["words"] = [[w, n] for w, n in self.words]
        return data


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
    assert question.id is not None
    answers = list(answers)
    results = QuestionResults(question_id=question.id, kind=question.kind, responses=len(answers))
    kind = question.kind
    if kind.has_choices:
        counts = [0] * len(question.choices)
        for answer in answers:
            for index in answer.choices:
                if 0 <= index < len(counts):
                    counts[index] += 1
        results.choice_counts = counts
        room = room_counts or {}
        results.room_counts = [room.get(i, 0) for i in range(len(question.choices))]
    elif kind is QuestionKind.RATING:
        scale = question.scale
        assert scale is not None
        distribution = {value: 0 for value in range(scale.min, scale.max + 1)}
        ratings = [a.rating for a in answers if a.rating is not None]
        for rating in ratings:
            if rating in distribution:
                distribution[rating] += 1
        results.rating_distribution = distribution
        results.mean = sum(ratings) / len(ratings) if ratings else None
    elif kind is QuestionKind.SHORT_WORDS:
        results.words = phrase_frequencies(a.text or "" for a in answers)
    else:
        results.words = word_frequencies(a.text or "" for a in answers)
    return results
