"""Same answers counted once, and near-duplicates offered as groups (issue 13 item 1).

Pure functions on plain text: the console, the projector wall, the recap and the ``themes`` command
all group through here, so "×N" means the same thing everywhere. Nothing here merges anything:
the originals stay stored one by one; a near-duplicate group is only a proposal.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# Near-duplicate checks only look at texts this short: a typo in a paragraph is not "the same answer".
NEAR_MAX_CHARS = 80


class _Fold(dict):
    """``str.translate`` table built as characters are met: accents (combining marks) dropped,
    letters and digits kept, anything else (punctuation, symbols, spaces, emoji) a word break.
    The translation itself runs in C; only a character never seen before costs a Python call."""

    def __missing__(self, code: int) -> str:
        category = unicodedata.category(chr(code))
        value = "" if category[0] == "M" else chr(code) if category[0] in "LN" else " "
        self[code] = value
        return value


_FOLD = _Fold()


def normalise(text: str) -> str:
    """The key two answers share when they are "the same": case, accents, punctuation and spacing
    removed. ``"  Plus de  Café !"`` and ``"plus de cafe"`` give the same key."""
    return " ".join(unicodedata.normalize("NFKD", text).translate(_FOLD).casefold().split())


@dataclass(frozen=True)
class DuplicateGroup:
    """Answers that say the same thing: ``ids`` every answer in the group in the order given;
    ``text`` the words shown for all of them (``face``), which the answer ``face_id`` typed."""

    key: str
    text: str
    ids: tuple[int, ...]
    face_id: int

    @property
    def count(self) -> int:
        return len(self.ids)


def _shouting(text: str) -> bool:
    """In capitals (more than four letters: "RQTH" or "D&I" is an acronym, not shouting)."""
    return sum(c.isalpha() for c in text) > 4 and text == text.upper() and text != text.lower()


def face(texts: Sequence[str]) -> int:
    """Which copy of a same answer to show for all of them: a form not in capitals if there is
    one, the form most copies have (as typed, outer spaces aside), then the one with the fewest
    capitals after its first letter, one that starts with a capital, and the first in code-point
    order, so the console, the projector and the recap show the same words whatever order they
    list the copies in. Returns the position of the first copy with that form."""
    forms = Counter(t.strip() for t in texts)
    best = min(forms, key=lambda form: (_shouting(form), -forms[form], sum(c.isupper() for c in form[1:]),
                                        not form[:1].isupper(), form))
    return next(i for i, t in enumerate(texts) if t.strip() == best)


def key_of(text: str) -> str:
    """The same-answer key of a text: its normalised form, or the text itself for one that
    normalises to nothing (only punctuation or emoji)."""
    return normalise(text) or f"\0{text.strip()}"


def same_as_keys(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The facilitator's accepted near-duplicates, ``(text, text it counts as)`` pairs, as a map
    from a key to the key of the group it joins (keys that stand for themselves are left out).
    Chains join up: if "cafés" counts as "café" and "café svp" as "cafés", all three share a key,
    the one accepted first."""
    order: dict[str, int] = {}
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for text, same in pairs:
        for key in (key_of(same), key_of(text)):
            if key not in parent:
                parent[key], order[key] = key, len(order)
        a, b = find(key_of(same)), find(key_of(text))
        if a != b:
            first, second = sorted((a, b), key=order.__getitem__)
            parent[second] = first
    return {key: find(key) for key in parent if find(key) != key}


def group_same(items: Iterable[tuple[int, str]], same_as: Mapping[str, str] | None = None) -> list[DuplicateGroup]:
    """Group ``(id, text)`` pairs whose normalised text is equal, or that the facilitator accepted
    as the same (``same_as``, from ``same_as_keys``), each shown by its ``face``. Every item is in
    exactly one group (a group of one for a unique answer); groups come largest first, then in
    first-seen order. Texts that normalise to nothing (only punctuation or emoji) are grouped by
    their exact text."""
    same_as = same_as or {}
    by_key: dict[str, list[int]] = {}
    texts: dict[str, list[str]] = {}
    for answer_id, text in items:
        key = key_of(text)
        key = same_as.get(key, key)
        if key not in by_key:
            by_key[key], texts[key] = [], []
        by_key[key].append(answer_id)
        texts[key].append(text)
    groups = []
    for key, ids in by_key.items():
        shown = face(texts[key])
        groups.append(DuplicateGroup(key, texts[key][shown].strip(), tuple(ids), ids[shown]))
    order = {key: n for n, key in enumerate(by_key)}
    groups.sort(key=lambda g: (-g.count, order[g.key]))
    return groups


def _stem(word: str) -> str:
    """A plural folded to its singular, for English and French ("idées" -> "idee", "travaux" stays)."""
    if len(word) > 3 and word[-1] in "sx" and word[-2] != word[-1]:
        return word[:-1]
    return word


def _deletes(text: str) -> set[str]:
    return {text[:i] + text[i + 1:] for i in range(len(text))}


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def near_duplicate_groups(groups: Sequence[DuplicateGroup]) -> list[list[DuplicateGroup]]:
    """Groups of "same answer" groups that are probably the same too: a typo (one letter added,
    dropped, changed or two swapped), a plural, or one word added to an answer of two words or more.
    Only groups of two or more are returned, biggest first; each is a proposal the facilitator
    accepts or not. Runs in time linear in the number of texts (no pairwise comparison)."""
    keys = [g.key for g in groups]
    union = _Union(len(keys))
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    word_sets: dict[str, int] = {}
    shorter: list[tuple[int, list[str]]] = []
    for i, key in enumerate(keys):
        if key.startswith("\0") or len(key) > NEAR_MAX_CHARS:
            continue
        stems = [_stem(w) for w in key.split()]
        buckets[("stem", " ".join(stems))].append(i)
        if len(key) >= 6:  # one edit apart: they share a one-letter-deleted form (or one is the other's)
            buckets[("del", key)].append(i)
            for variant in _deletes(key):
                buckets[("del", variant)].append(i)
        unique = sorted(set(stems))
        if len(unique) >= 2:
            word_sets.setdefault(" ".join(unique), i)
        if len(unique) >= 3:
            shorter.append((i, unique))
    for members in buckets.values():
        for other in members[1:]:
            union.join(members[0], other)
    # one word added: this answer's words minus one are exactly another answer's words
    # (asymmetric on purpose: "plus de café" and "plus de thé" differ by a word, they are not the same)
    for i, unique in shorter:
        for n in range(len(unique)):
            j = word_sets.get(" ".join(unique[:n] + unique[n + 1:]))
            if j is not None:
                union.join(i, j)
    clusters: dict[int, list[DuplicateGroup]] = defaultdict(list)
    for i, group in enumerate(groups):
        clusters[union.find(i)].append(group)
    found = [sorted(c, key=lambda g: -g.count) for c in clusters.values() if len(c) > 1]
    found.sort(key=lambda c: -sum(g.count for g in c))
    return found
