"""The recap at scale (issue 13 item 6): a 1,000-answer open question whose answers have 450
distinct texts. Prints how many pages that question's section takes in the recap's main part
(target: at most 4), how long the whole PDF recap of the forum takes (target: under 3 s), the
HTML recap's time and the appendix's pages.

    .venv/bin/python benchmarks/recap_scale.py [--keep DIR]

The forum (built in a temporary database): the big open question (450 distinct texts, the rest
repeats of them written with other case, spacing and punctuation, as people type; three themes
tagged on about half of the answers, five answers starred), a short-words question with 300
answers, a choice and a rating question with 200 each. Pages are read from the PDF's bookmarks:
the section runs from its heading's page to the page where the next heading starts (counted in
full, so the figure errs high by at most one page).
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from pypdf import PdfReader

from forumdesk.domain import Pace, Question, QuestionKind, Scale
from forumdesk.report import export_forum
from forumdesk.services import Services, Submission

SUBJECTS = [
    "the salary range", "pay transparency", "a fair salary", "bonuses", "the pension plan",  # pay: 0-4
    "flexible hours", "remote work", "a four-day week", "part-time options", "childcare support",  # 5-9
    "the interview process", "feedback after interviews", "ghosting by recruiters", "the length of hiring",
    "take-home tests",  # process: 10-14
    "mentoring", "training budgets", "career paths", "the onboarding", "the team culture",
    "the office location", "the commute", "job titles", "the job ads", "diversity on the panel",
]
QUALIFIERS = [
    "should be clear from the start", "matters more than anything", "is what I look at first",
    "was a problem last time", "needs to improve", "is rarely explained", "makes me apply",
    "puts me off when missing", "should be in every job ad", "is something I ask about",
    "decides between two offers", "is often hidden", "changed my mind once", "is underrated",
    "should be negotiable", "is unclear for graduates", "is why I left my last job", "is worth discussing",
]
THEMES = {"Pay": range(0, 5), "Flexibility": range(5, 10), "Hiring process": range(10, 15)}
DISTINCT = 450
ANSWERS = 1000


def variant(rng: random.Random, text: str) -> str:
    """The same answer as another person types it: case, spacing and punctuation change."""
    return rng.choice([text, text.upper(), text.capitalize() + ".", f"  {text} !", text.replace(" ", "  ") + "!!"])


def build(services: Services, seed: int = 13) -> tuple[int, int]:
    rng = random.Random(seed)
    partner = services.forums.create_partner("Benchmark partner")
    questions = [
        Question(QuestionKind.OPEN_TEXT, "What would make you apply to us?"),
        Question(QuestionKind.SHORT_WORDS, "In a few words: a great employer is…", max_words=3),
        Question(QuestionKind.SINGLE_CHOICE, "What matters most?", choices=["Pay", "Flexibility", "Growth"]),
        Question(QuestionKind.RATING, "How fair is hiring today?", scale=Scale(1, 5, "Unfair", "Fair")),
    ]
    forum = services.forums.create_forum("The recap at scale", partner.id, date="2026-05-14", venue="Main hall",
                                         pace=Pace.SELF, questions=questions)
    services.forums.start_forum(forum.id)
    big, words, choice, rating = services.forums.questions(forum.id)
    pairs = [(s, q) for s in range(len(SUBJECTS)) for q in range(len(QUALIFIERS))][:DISTINCT]
    texts = [f"{SUBJECTS[s]} {QUALIFIERS[q]}" for s, q in pairs]
    weights = [1 / (rank + 1) ** 1.1 for rank in range(DISTINCT)]
    picks = list(range(DISTINCT)) + rng.choices(range(DISTINCT), weights=weights, k=ANSWERS - DISTINCT)
    rng.shuffle(picks)

    def sub(question, payload) -> Submission:
        return Submission(forum.id, question.id, str(uuid.UUID(int=rng.getrandbits(128), version=4)), payload)

    subs = [sub(big, {"text": variant(rng, texts[i])}) for i in picks]
    subs += [sub(words, {"text": rng.choice(["fair pay", "growth", "respect", "remote work", "kindness",
                                             "mentoring", "stability", "purpose", "learning", "honesty"])})
             for _ in range(300)]
    subs += [sub(choice, {"choices": [rng.randrange(3)]}) for _ in range(200)]
    subs += [sub(rating, {"rating": rng.randint(1, 5)}) for _ in range(200)]
    outcomes = services.answers.submit_many(subs)
    assert all(o.error is None for o in outcomes)
    ids = [o.answer.id for o in outcomes[:ANSWERS]]
    for name, subjects in THEMES.items():
        theme = services.answers.create_theme(forum.id, name)
        for answer_id, i in zip(ids, picks, strict=True):
            if pairs[i][0] in subjects and rng.random() < 0.9:
                services.answers.tag(answer_id, theme.id)
    for answer_id in rng.sample(ids, 5):
        services.answers.set_starred(answer_id, True)
    services.answers.add_commitment(forum.id, "Publish a salary range on every job ad.")
    services.forums.end_forum(forum.id)
    return forum.id, len({t.casefold() for t in texts})


def section_pages(pdf: Path, starts_with: str) -> tuple[int, int]:
    """(first page, page count) of the section whose bookmark starts with ``starts_with``."""
    reader = PdfReader(str(pdf))
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    flat: list[tuple[str, int]] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                flat.append((item.title, numbers[item.raw_get("/Page").idnum]))

    walk(reader.outline)
    for n, (title, page) in enumerate(flat):
        if title.startswith(starts_with):
            if n + 1 == len(flat):
                return page + 1, len(reader.pages) - page
            following, end = flat[n + 1]
            # the next section opening its page (after the running header and footer) leaves it out
            top = (reader.pages[end].extract_text() or "").splitlines()[:5]
            if end > page and any(line.strip().startswith(following[:20]) for line in top):
                end -= 1
            return page + 1, end - page + 1
    raise LookupError(starts_with)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="copy the PDF and HTML recaps into this folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="forumdesk-recap-scale-"))
    try:
        services = Services.open(work / "bench.sqlite")
        try:
            start = time.perf_counter()
            forum_id, distinct = build(services)
            print(f"{ANSWERS:,} answers to one open question, {distinct} distinct texts, plus 700 other answers "
                  f"(built in {time.perf_counter() - start:.1f} s)")
            pdf, html = work / "recap.pdf", work / "recap.html"
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                result = export_forum(services, forum_id, pdf=pdf)
                runs.append(time.perf_counter() - start)
            first, pages = section_pages(pdf, "Q1. ")
            appendix_first, _ = section_pages(pdf, "Appendix")
            appendix = result.pages - appendix_first + 1
            print(f"  PDF recap:  {min(runs):.2f} s (best of 3; {max(runs):.2f} s worst), {result.pages} pages")
            print(f"  Q1 section in the main part: {pages} page{'s' if pages != 1 else ''} (from page {first}; target <= 4)")
            print(f"  appendix: {appendix} pages")
            start = time.perf_counter()
            export_forum(services, forum_id, html=html)
            print(f"  HTML recap: {time.perf_counter() - start:.2f} s ({html.stat().st_size / 1024:.0f} KiB)")
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(pdf, args.keep / pdf.name)
                shutil.copy(html, args.keep / html.name)
        finally:
            services.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
