"""The privacy corpus (tests/data/privacy_corpus.tsv): every case that must be masked is masked with
the right kind, and nothing else is masked. All misses are printed, on both sides, before failing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from forumdesk.domain.privacy import ContactKind, find_contacts, mask_contacts

CORPUS = Path(__file__).resolve().parents[1] / "data" / "privacy_corpus.tsv"


@dataclass(frozen=True)
class Case:
    line: int
    mask: bool
    expected: tuple[tuple[ContactKind, str], ...]
    text: str


def load_corpus() -> list[Case]:
    cases = []
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        verdict, expected, text = line.split("\t")
        pairs = [] if expected == "-" else [item.split("=", 1) for item in expected.split(" | ")]
        cases.append(Case(number, verdict == "mask", tuple((ContactKind(k), s) for k, s in pairs), text))
    return cases


def misses(case: Case) -> tuple[list[str], list[str]]:
    """(details left visible or found as the wrong kind, things masked that should have stayed)."""
    matches = find_contacts(case.text)
    masked = mask_contacts(case.text)
    missed, false_alarms = [], []
    expected_spans = []
    for kind, substring in case.expected:
        start = case.text.find(substring)
        assert start >= 0, f"line {case.line}: {substring!r} is not in the text"
        expected_spans.append((start, start + len(substring)))
        kinds = {m.kind for m in matches if m.start < start + len(substring) and m.end > start}
        if substring in masked or kinds != {kind}:
            found = ", ".join(sorted(kinds)) or "nothing"
            missed.append(f"line {case.line}: {kind} {substring!r} -> found {found}; masked: {masked!r}")
    for m in matches:
        if not any(m.start < end and m.end > start for start, end in expected_spans):
            false_alarms.append(f"line {case.line}: {m.kind} {m.text!r} masked in {case.text!r}")
    return missed, false_alarms


def test_corpus_covers_every_kind_on_both_sides():
    cases = load_corpus()
    assert len(cases) >= 150
    assert {kind for case in cases for kind, _ in case.expected} == set(ContactKind)
    assert sum(not case.mask for case in cases) >= 60


def test_corpus_has_no_misses_on_either_side(capsys):
    # GIVEN every case of the corpus WHEN it is masked THEN what must go goes, and only that
    missed, false_alarms = [], []
    for case in load_corpus():
        m, f = misses(case)
        missed += m
        false_alarms += f
    with capsys.disabled():
        print(f"\nprivacy corpus: {len(missed)} missed, {len(false_alarms)} false alarms")
        for line in missed:
            print("  MISSED     ", line)
        for line in false_alarms:
            print("  FALSE ALARM", line)
    assert not missed and not false_alarms
