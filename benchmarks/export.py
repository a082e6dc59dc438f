"""How long the exports take for a 500-answer and a 10,000-answer forum (20 questions each).

    .venv/bin/python benchmarks/export.py [--sizes 500 10000] [--keep DIR]

Builds each forum in a temporary database (answers stored with ``submit_many``), then times the
recap PDF, the CSV and the JSON separately and prints the figures. Targets for the PDF: under 1 s
for 500 answers and under 8 s for 10,000.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from forumdesk.domain import Pace, Question, QuestionKind, Scale
from forumdesk.report import export_forum
from forumdesk.services import Services, Submission

PHRASES = [
    "Job ads that don't show the salary", "six rounds of interviews", "no feedback after the final round",
    "a named contact I can write to", "flexible hours for carers", "clear remote-work rules",
    "le télétravail deux jours par semaine", "mentoring in the first year", "respect for my time",
    "an honest description of the hard parts of the job", "ghosting", "paid work samples",
]
WORDS = ["growth", "fair pay", "purpose", "good team", "learning", "remote work", "mentoring", "stability"]


def questions() -> list[Question]:
    kinds = [QuestionKind.OPEN_TEXT] * 10 + [QuestionKind.SHORT_WORDS] * 3 + [
        QuestionKind.SINGLE_CHOICE, QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE,
        QuestionKind.MULTIPLE_CHOICE] + [QuestionKind.RATING] * 3
    out = []
    for number, kind in enumerate(kinds, start=1):
        if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE):
            out.append(Question(kind, f"Question {number}: what matters most?",
                                choices=["Pay", "Flexibility", "Growth", "Team", "Purpose", "Security"]))
        elif kind is QuestionKind.RATING:
            out.append(Question(kind, f"Question {number}: how fair is hiring?", scale=Scale(1, 5, "Unfair", "Fair")))
        elif kind is QuestionKind.SHORT_WORDS:
            out.append(Question(kind, f"Question {number}: in a few words?", max_words=3))
        else:
            out.append(Question(kind, f"Question {number}: what would you change about hiring?"))
    return out


def payload(rng: random.Random, question: Question) -> dict:
    if question.kind is QuestionKind.OPEN_TEXT:
        return {"text": ". ".join(rng.sample(PHRASES, rng.randint(1, 3))).capitalize() + "."}
    if question.kind is QuestionKind.SHORT_WORDS:
        return {"text": rng.choice(WORDS)}
    if question.kind is QuestionKind.SINGLE_CHOICE:
        return {"choices": [rng.randrange(len(question.choices))]}
    if question.kind is QuestionKind.MULTIPLE_CHOICE:
        return {"choices": sorted(rng.sample(range(len(question.choices)), 2))}
    return {"rating": rng.randint(1, 5)}


def build_forum(services: Services, answers: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    partner = services.forums.create_partner(f"Benchmark partner {answers}")
    forum = services.forums.create_forum(f"Benchmark forum, {answers:,} answers", partner.id,
                                         date="2026-05-14", venue="Main hall", pace=Pace.SELF,
                                         questions=questions())
    services.forums.start_forum(forum.id)
    qs = services.forums.questions(forum.id)
    subs = [Submission(forum.id, qs[i % len(qs)].id, str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                       payload(rng, qs[i % len(qs)])) for i in range(answers)]
    for start in range(0, len(subs), 2000):
        outcomes = services.answers.submit_many(subs[start:start + 2000])
        assert all(o.error is None for o in outcomes)
    theme = services.answers.create_theme(forum.id, "Respect for candidates' time")
    for answer in services.answers.answers(forum.id)[::7]:
        if answer.content.text:
            services.answers.tag(answer.id, theme.id)
    for q in qs[:5]:
        services.answers.add_note(forum.id, f"The room agreed strongly on {q.prompt.lower()}", q.id)
    services.answers.add_commitment(forum.id, "Publish a salary range on every job ad.")
    services.forums.end_forum(forum.id)
    return forum.id


def timed(label: str, services: Services, forum_id: int, target: dict[str, Path]) -> float:
    start = time.perf_counter()
    result = export_forum(services, forum_id, **target)
    elapsed = time.perf_counter() - start
    detail = f"  ({result.pages} pages)" if result.pages else ""
    print(f"  {label:<5} {elapsed:6.2f} s{detail}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 10_000])
    parser.add_argument("--keep", type=Path, help="copy the exported files into this folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="forumdesk-bench-"))
    try:
        services = Services.open(work / "bench.sqlite")
        try:
            for size in args.sizes:
                start = time.perf_counter()
                forum_id = build_forum(services, size)
                print(f"{size:,} answers over 20 questions (built in {time.perf_counter() - start:.1f} s):")
                out = work / str(size)
                out.mkdir()
                for label, kind, name in (("PDF", "pdf", "recap.pdf"), ("CSV", "csv", "answers.csv"),
                                          ("JSON", "json", "forum.json")):
                    timed(label, services, forum_id, {kind: out / name})
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    for path in out.iterdir():
                        shutil.copy(path, args.keep / f"{size}-{path.name}")
        finally:
            services.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
