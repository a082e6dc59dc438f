"""How well the offline theme helpers group a room's answers (issue 13 item 3), against the
word-overlap baseline, in the same run.

The labelled set is benchmarks/data/themes_labelled.tsv: short forum answers in English and
French, each with the theme a person gave it (8 themes). For each method (wordllama embeddings,
as the app uses; hashed bag of words, the baseline):

- suggestions: ``domain.themes.suggest`` with k = the true number of themes and with k chosen by
  the app (silhouette) -> adjusted Rand index against the labels;
- "suggest the theme of the rest": 3 tagged examples per theme (20 different random draws),
  nearest-centroid assignment of every other answer -> mean accuracy.

    PYTHONPATH=. .venv/bin/python benchmarks/themes.py

Targets (issue 13): ARI >= 0.5; 3-example accuracy >= 70 %.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from forumdesk.domain import themes
from forumdesk.services.themes_embed import embed

DATA = Path(__file__).parent / "data" / "themes_labelled.tsv"


def load() -> tuple[list[str], list[str]]:
    labels, texts = [], []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        label, text = line.split("\t", 1)
        labels.append(label)
        texts.append(text)
    return labels, texts


def example_accuracy(vectors: np.ndarray, labels: list[str], per_theme: int, draws: int = 20) -> float:
    scores = []
    for seed in range(draws):
        rng = random.Random(seed)
        examples: dict[int, list[int]] = {}
        names = sorted(set(labels))
        for t, name in enumerate(names):
            rows = [i for i, lab in enumerate(labels) if lab == name]
            examples[t] = rng.sample(rows, per_theme)
        tagged = {i for rows in examples.values() for i in rows}
        chosen = themes.assign(vectors, examples)
        rest = [i for i in range(len(labels)) if i not in tagged]
        scores.append(sum(names[chosen[i]] == labels[i] for i in rest) / len(rest))
    return statistics.mean(scores)


def main() -> int:
    labels, texts = load()
    k_true = len(set(labels))
    print(f"labelled set: {len(texts)} answers, {k_true} themes ({DATA.name})")
    started = time.perf_counter()
    model_vectors = embed(texts)
    print(f"wordllama: embedded in {time.perf_counter() - started:.3f} s (first call loads the model)")
    methods = {"wordllama": model_vectors, "word overlap (baseline)": themes.word_vectors(texts)}
    print(f"{'method':<26} {'ARI k=8':>8} {'ARI auto-k':>11} {'(k)':>4} {'acc 3 ex':>9} {'acc 5 ex':>9}")
    for name, vectors in methods.items():
        fixed = themes.suggest(texts, vectors, k_true)
        auto = themes.suggest(texts, vectors, None)
        def labels_of(found):
            out = [0] * len(texts)
            for g, s in enumerate(found):
                for i in s.members:
                    out[i] = g
            return out
        ari_fixed = themes.adjusted_rand_index(labels, labels_of(fixed))
        ari_auto = themes.adjusted_rand_index(labels, labels_of(auto))
        acc3 = example_accuracy(vectors, labels, 3)
        acc5 = example_accuracy(vectors, labels, 5)
        print(f"{name:<26} {ari_fixed:>8.3f} {ari_auto:>11.3f} {len(auto):>4} {acc3:>8.1%} {acc5:>8.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
