"""Privacy detection on the corpus (tests/data/privacy_corpus.tsv): recall and precision of three ways to
find phone numbers, the misses of the whole detector, and the time to mask 1,000 answers.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/privacy_detection.py

Phone numbers, three ways:
- "pattern": our digit-run pattern with the amount/date/reference rules and phone shapes, no metadata;
- "PhoneNumberMatcher": the ``phonenumbers`` library's own text scanner (region FR, then each region
  forumdesk tries), as a library user would call it;
- "kept": our pattern finds the runs, ``phonenumbers`` metadata validates them, shapes as a fallback
  (what ``forumdesk.domain.privacy`` does); alone, then inside ``find_contacts``, where ID numbers, IBANs
  and links found first take their digits (its ms/1000 column is then the whole detector's time).
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import phonenumbers

from forumdesk.domain.privacy import ContactKind, find_contacts, mask_contacts
from forumdesk.domain.privacy import numbers as privacy_numbers

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "privacy_corpus.tsv"

Case = tuple[bool, list[tuple[str, str]], str]

# What attendees typically write, none of it identifying (lengths as in real forums: 3 to 40 words).
ORDINARY = [
    "More internships please",
    "The careers fair is too late in the year, most of us already signed somewhere.",
    "Le logement coûte trop cher, 600 € pour 12 m² c'est pas possible",
    "I think the tutors should answer e-mails within a week",
    "Plus de créneaux pour les entretiens blancs",
    "Transport: the last bus leaves at 22:15, too early for evening classes",
    "On voudrait des salles ouvertes le samedi pour réviser",
    "Mental health support is hard to reach, waiting lists of 3 months",
    "The library closes at 19h during exams, it should stay open until 23h",
    "Mentoring by alumni was the most useful thing this year",
    "Je travaille 20h par semaine à côté, impossible d'aller aux TD du matin",
    "Erasmus paperwork took 4 months and 6 signatures",
    "Cantine trop chère, 3,30 € le repas mais la queue fait 40 minutes",
    "Honestly the forum today was great, thanks to the organisers",
    "Need more information about alternance contracts and how to find a company",
    "Wi-Fi in building B drops every afternoon",
    "Les profs ne publient pas les notes avant 2 mois",
    "I would like workshops on CV writing and LinkedIn",
    "Stage non rémunéré de 2 mois, c'est de l'exploitation",
    "Group projects with 6 people where 2 do all the work",
]


def load_corpus() -> list[Case]:
    cases = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        verdict, expected, text = line.split("\t")
        pairs = [] if expected == "-" else [tuple(item.split("=", 1)) for item in expected.split(" | ")]
        cases.append((verdict == "mask", pairs, text))
    return cases


# ------------------------------------------------------------------------------- phone finders

def phones_pattern(text: str) -> list[tuple[int, int]]:
    """Our pattern and context rules alone: no phone metadata."""
    spans = []
    for match in privacy_numbers._NUMBER.finditer(text):
        candidate = match.group(0).rstrip(" .-/(\u00a0\u202f")
        start, end = match.start(), match.start() + len(candidate)
        digits = sum(ch.isdigit() for ch in candidate)
        if digits < 8 or digits > 15 or privacy_numbers._THOUSANDS.fullmatch(candidate):
            continue
        if privacy_numbers._is_harmless(text, candidate, start, end):
            continue
        international = candidate[0] in "+＋(" or candidate.startswith("00")
        if international or privacy_numbers._PHONE_SHAPE.fullmatch(candidate) or (candidate[0] == "0" and digits >= 9):
            spans.append((start, end))
    return spans


def phones_matcher(text: str) -> list[tuple[int, int]]:
    """``phonenumbers.PhoneNumberMatcher`` over the text, once per region forumdesk tries."""
    spans: list[tuple[int, int]] = []
    for region in privacy_numbers._REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region):
            if all(match.end <= s or match.start >= e for s, e in spans):
                spans.append((match.start, match.end))
    return spans


def phones_kept(text: str) -> list[tuple[int, int]]:
    """The phone finder of forumdesk.domain.privacy on its own (in find_contacts an IBAN or ID shape
    found first takes precedence; the corpus test checks that whole pipeline)."""
    return [(start, end) for kind, start, end in privacy_numbers.find_numbers(text) if kind == ContactKind.PHONE]


def phones_in_pipeline(text: str) -> list[tuple[int, int]]:
    """The phone numbers find_contacts reports: what the facilitator and the exports get."""
    return [(m.start, m.end) for m in find_contacts(text) if m.kind == ContactKind.PHONE]


def score(finder: Callable[[str], list[tuple[int, int]]], cases: Iterable[Case]) -> tuple[float, float, int, int, int]:
    tp = fn = fp = 0
    for _mask, expected, text in cases:
        truth = []
        for kind, substring in expected:
            start = text.find(substring)
            if kind == "phone":
                truth.append((start, start + len(substring)))
        found = finder(text)
        for s, e in truth:
            if any(fs < e and fe > s for fs, fe in found):
                tp += 1
            else:
                fn += 1
        fp += sum(not any(fs < e and fe > s for s, e in truth) for fs, fe in found)
    recall = tp / (tp + fn) if tp + fn else 1.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    return recall, precision, tp, fn, fp


def prose_sentences() -> list[str]:
    """Sentences nobody wrote for the corpus: the README, SECURITY.md and the built-in question sets.
    They name no one, so every finding there is a false alarm (or an example of a contact detail)."""
    texts = [(ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "SECURITY.md")]
    for path in sorted((ROOT / "resources" / "question_sets").glob("*.json")):
        texts.append("\n".join(_strings(json.loads(path.read_text(encoding="utf-8")))))
    sentences = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", re.sub(r"`[^`]*`", "", text)):
            sentence = sentence.strip(" #>-*|")
            if len(sentence.split()) >= 3:
                sentences.append(sentence)
    return sentences


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def time_masking(answers: list[str], repeats: int = 7) -> float:
    """Milliseconds of CPU to mask all ``answers``, best of ``repeats`` (the machine is shared: wall
    time measures the neighbours, the best CPU time measures the code)."""
    runs = []
    for _ in range(repeats):
        started = time.process_time()
        for text in answers:
            mask_contacts(text)
        runs.append((time.process_time() - started) * 1000)
    return min(runs)


def main() -> int:
    cases = load_corpus()
    positives = sum(kind == "phone" for _m, expected, _t in cases for kind, _s in expected)
    print(f"corpus: {len(cases)} cases ({sum(c[0] for c in cases)} mask, {sum(not c[0] for c in cases)} keep), "
          f"{positives} phone numbers")
    print(f"{'phone finder':<24}{'recall':>8}{'precision':>11}{'found':>7}{'missed':>8}{'false':>7}{'ms/1000':>9}")
    texts = [text for _m, _e, text in cases]
    for name, finder in (("pattern", phones_pattern), ("PhoneNumberMatcher", phones_matcher), ("kept (hybrid)", phones_kept),
                         ("kept, in find_contacts", phones_in_pipeline)):
        recall, precision, tp, fn, fp = score(finder, cases)
        started = time.perf_counter()
        for i in range(1000):
            finder(texts[i % len(texts)])
        ms = (time.perf_counter() - started) * 1000
        print(f"{name:<24}{recall:>8.1%}{precision:>11.1%}{tp:>7}{fn:>8}{fp:>7}{ms:>9.1f}")

    missed = false_alarms = 0
    for mask, expected, text in cases:
        masked = mask_contacts(text)
        if mask:
            missed += sum(substring in masked for _k, substring in expected)
        elif masked != text:
            false_alarms += 1
    print(f"whole detector on the corpus: {missed} details left visible, {false_alarms} keep cases altered "
          "(kinds and extra masks: tests/domain/test_privacy_corpus.py)")

    sentences = prose_sentences()
    findings = [(m, sentence) for sentence in sentences for m in find_contacts(sentence)]
    print(f"project prose (README, SECURITY.md, question sets): {len(sentences)} sentences, {len(findings)} findings")
    for match, sentence in findings:
        print(f"    {match.kind}: {match.text!r} in {sentence[:80]!r}")

    rng = random.Random(14)
    mask_texts = [text for mask, _e, text in cases if mask]
    ordinary = [rng.choice(ORDINARY) if rng.random() > 0.05 else rng.choice(mask_texts) for _ in range(1000)]
    heavy = [texts[i % len(texts)] for i in range(1000)]
    print(f"mask 1,000 ordinary answers (5% with a detail): {time_masking(ordinary):.1f} ms")
    print(f"mask 1,000 corpus answers (60% with a detail):  {time_masking(heavy):.1f} ms")
    print(f"python {sys.version.split()[0]}, phonenumbers {phonenumbers.__version__}; phone timings: one run of "
          "1,000 corpus texts; masking: best CPU time of 7 runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
