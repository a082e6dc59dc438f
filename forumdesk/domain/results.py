"""Tallies of a question's answers: the results every kind fills in its part of, and word frequencies.

Word results go to every phone (in the state document) and to the projector's cloud, so they are
bounded and clean whatever attendees type: identifying details (e-mail addresses, phone numbers,
names... found by ``forumdesk.domain.privacy``) are taken out before counting, kept or not, so a
fragment of an address never becomes a "top word"; a word longer than ``MAX_WORD_LENGTH`` is not
a word (one attendee's 500-character "words" once made the state 80 times larger); and a word
counts once per answer, so one answer repeating it cannot top the cloud.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from forumdesk.domain.model import AnswerContent, Question, QuestionKind
from forumdesk.domain.privacy import mask_contacts
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


# Longer than any word of the phone page's languages people type in a cloud ("Arbeitszeitgestaltung"
# is 21); a longer run of letters is a paste, a URL's remains or someone leaning on a key.
MAX_WORD_LENGTH = 30
# A short-words answer is a phrase of a few words; past this it is a sentence, not a cloud entry.
MAX_PHRASE_LENGTH = 80


@lru_cache(maxsize=65_536)
def counted_words(text: str) -> frozenset[str]:
    """The distinct words of one answer that count in its results: contact details removed, stop
    words and over-long words left out. Cached: results are recomputed after every new answer, and
    finding contact details is the costly part (a few hundred microseconds per answer)."""
    return frozenset(w for w in words_of(mask_contacts(text, replacement=" ")) if len(w) <= MAX_WORD_LENGTH)


@lru_cache(maxsize=65_536)
def counted_phrase(text: str) -> str | None:
    """A short-words answer as one phrase of the cloud, or None when nothing of it may be shown
    (only contact details, a stop word, a word or phrase too long to be one)."""
    phrase = " ".join(mask_contacts(text, replacement=" ").casefold().split())
    if not phrase or phrase in STOP_WORDS or len(phrase) > MAX_PHRASE_LENGTH:
        return None
    if any(len(word) > MAX_WORD_LENGTH for word in phrase.split()):
        return None
    return phrase


def word_frequencies(texts: Iterable[str], limit: int = 50) -> list[tuple[str, int]]:
    """The most frequent words, each counted once per answer (see the module's docstring)."""
    counter: Counter[str] = Counter()
    for text in texts:
        counter.update(counted_words(text))
    # Sort by count, then alphabetically, so ties come out the same every time.
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:limit]


def phrase_frequencies(texts: Iterable[str], limit: int = 50) -> list[tuple[str, int]]:
    """For short-word answers: each answer counts as one phrase ("work-life balance")."""
    counter: Counter[str] = Counter()
    for text in texts:
        phrase = counted_phrase(text)
        if phrase is not None:
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
