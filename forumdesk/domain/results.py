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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from forumdesk.domain.duplicates import face, key_of
from forumdesk.domain.model import AnswerContent, Question, QuestionKind
from forumdesk.domain.privacy import mask_contacts
from forumdesk.domain.stopwords import STOP_WORDS, language_of


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
_PUNCTUATION = re.compile(r"[^\w\s'’-]")


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
    """A short-words answer as one phrase of the cloud, lower-cased, or None when nothing of it may
    be shown (only contact details, a stop word, a word or phrase too long to be one)."""
    phrase = " ".join(mask_contacts(text, replacement=" ").casefold().split())
    if not phrase or _PUNCTUATION.sub("", phrase).strip() in STOP_WORDS or len(phrase) > MAX_PHRASE_LENGTH:
        return None
    if any(len(word) > MAX_WORD_LENGTH for word in phrase.split()):
        return None
    return phrase


@lru_cache(maxsize=65_536)
def language_guess(text: str) -> str | None:
    """The language of an answer by its stop words (``stopwords.language_of``), or None."""
    return language_of([m.group(0).replace("’", "'") for m in _WORD.finditer(text.casefold())])


def word_frequencies(texts: Iterable[str], limit: int = 50) -> list[tuple[str, int]]:
    """The most frequent words, each counted once per answer (see the module's docstring). A plural
    counts with its singular ("managers" with "manager", "taxes" with "tax"), under the form more
    answers use, when answers in the same language use both: the French "pays" (a country) stays
    apart from the English "pay", and a word whose singular nobody wrote stays as it is."""
    per_answer = [(counted_words(text), language_guess(text)) for text in texts]
    counter: Counter[str] = Counter()
    languages: dict[str, set[str]] = {}
    for words, language in per_answer:
        counter.update(words)
        if language is not None:
            for word in words:
                languages.setdefault(word, set()).add(language)
    singular = _singulars(languages)
    if singular:
        forms: dict[str, Counter[str]] = {}
        for word, n in counter.items():
            forms.setdefault(singular.get(word, word), Counter())[word] = n
        shown = {key: min(f, key=lambda w: (-f[w], len(w), w)) for key, f in forms.items()}
        counter = Counter()
        for words, _ in per_answer:
            counter.update({shown[singular.get(word, word)] for word in words})
    # Sort by count, then alphabetically, so ties come out the same every time.
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:limit]


def _singulars(languages: Mapping[str, set[str]]) -> dict[str, str]:
    """Each plural whose singular answers in the same language also use (``languages``: the
    languages of the answers using each word), mapped to that singular: English and French plurals
    in -s, -es and -x ("bureaux": "bureau")."""
    out = {}
    for word, used_in in languages.items():
        for cut in (1, 2):
            stem = word[:-cut]
            if (len(stem) >= 3 and word[-1] in "sx" and (cut == 1 or word.endswith("es"))
                    and used_in & languages.get(stem, set())):
                out[word] = stem
                break
    for word, stem in out.items():  # "processes" -> "process" -> "proces" if all three were written
        while stem in out:
            stem = out[stem]
        out[word] = stem
    return out


def phrase_frequencies(texts: Iterable[str], limit: int = 50,
                       same_as: Mapping[str, str] | None = None) -> list[tuple[str, int]]:
    """For short-word answers: each answer counts as one phrase ("work-life balance"). Phrases
    that are the same but for punctuation and accents ("busy" and "busy!") count together, as
    the wall counts them, and so do those the facilitator accepted as the same (``same_as``,
    from ``duplicates.same_as_keys``), under the form most answers wrote (``duplicates.face``)."""
    same_as = same_as or {}
    groups: dict[str, list[str]] = {}
    for text in texts:
        phrase = counted_phrase(text)
        if phrase is not None:
            key = key_of(phrase)
            groups.setdefault(same_as.get(key, key), []).append(phrase)
    counted = [(phrases[face(phrases)].strip(), len(phrases)) for phrases in groups.values()]
    return sorted(counted, key=lambda item: (-item[1], item[0]))[:limit]


def tally(question: Question, answers: Iterable[AnswerContent], room_counts: dict[int, int] | None = None,
          same_as: Mapping[str, str] | None = None) -> QuestionResults:
    """Compute the results of ``question`` from its visible answers and room counts (and, for
    text, the near-duplicates the facilitator accepted as the same: ``same_as``)."""
    from forumdesk.domain import kinds  # the kinds import this module, so not at the top

    assert question.id is not None
    answers = list(answers)
    results = QuestionResults(question_id=question.id, kind=question.kind, responses=len(answers))
    kinds.of(question.kind).tally(question, answers, results, room_counts or {}, same_as=same_as or {})
    return results
