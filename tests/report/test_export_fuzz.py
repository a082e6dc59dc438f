"""Any answer the phone accepts must export: answers in every script, of every length up to the
limit, with many lines, bidi controls and invisible characters, falling across page breaks.

The answers go in through the same service call the attendee server uses, so what reaches the
recap is exactly what a phone could have stored.
"""

from __future__ import annotations

import random
import unicodedata
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.domain.model import HARD_MAX_LENGTH
from forumdesk.report import export_forum
from forumdesk.services import InvalidInput, Submission

# A few words of each script the phone page accepts, and the characters people paste by accident.
SCRIPTS = {
    "latin": "Salaire équitable, télétravail ça marche",
    "greek": "Η διαφάνεια στους μισθούς",
    "cyrillic": "Прозрачность зарплаты важнее",
    "hebrew": "שקיפות בשכר חשובה (מאוד) 2026",
    "arabic": "الشفافية في الأجور مهمة جداً ١٢٣ لا",
    "devanagari": "वेतन में पारदर्शिता ज़रूरी है",
    "cjk": "薪酬透明很重要 給与の透明性 급여 투명성",
    "emoji": "👍🏽 🧑‍💻 🇫🇷 ❤️ 1️⃣",
}
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad\u2060"
ALPHABET = "".join(SCRIPTS.values()) + INVISIBLE + "\n\t <>&\"'()[]{}«»" + "\u0301\u05b7\u064e"


def _forum(services, partner):
    forum = services.forums.create_forum("Fuzz", partner.id, pace=Pace.SELF, questions=[
        Question(QuestionKind.OPEN_TEXT, "Anything?", max_length=HARD_MAX_LENGTH),
        Question(QuestionKind.SHORT_WORDS, "In a few words", max_words=5)])
    forum.small_group_k = 1
    services.forums.update_forum(forum)
    services.forums.start_forum(forum.id)
    return forum, services.forums.questions(forum.id)


def _store(services, forum, question, texts: list[str]) -> int:
    """Submit each text as a phone would; returns how many were accepted."""
    subs = [Submission(forum.id, question.id, str(uuid.uuid4()), {"text": text}) for text in texts]
    outcomes = services.answers.submit_many(subs)
    for outcome in outcomes:  # refusals are fine (empty, too long for the kind); crashes are not
        assert outcome.error is None or isinstance(outcome.error, InvalidInput), outcome.error
    return sum(outcome.error is None for outcome in outcomes)


def _export(services, forum, tmp_path, name: str) -> list[str]:
    path = tmp_path / name
    result = export_forum(services, forum.id, pdf=path)
    assert result.files == [path] and result.pages >= 3
    assert result.warnings == []
    return [unicodedata.normalize("NFKC", page.extract_text() or "") for page in PdfReader(str(path)).pages]


def _corpus(seed: int) -> list[str]:
    """Every script alone and mixed, lengths from 1 to the limit, one to hundreds of lines."""
    rng = random.Random(seed)
    texts: list[str] = []
    lengths = sorted({1, 2, 3, 7, 20, 80, 199, 500, 999, 1500, HARD_MAX_LENGTH - 1, HARD_MAX_LENGTH})
    for script, words in [*SCRIPTS.items(), ("mixed", ALPHABET)]:
        for length in lengths:
            if script == "mixed":
                text = "".join(rng.choice(ALPHABET) for _ in range(length))
            else:
                separator = rng.choice([" ", "\n", " \n", "\u200f "])
                pieces = (words.split(" ") * (length // 2 + 1))
                text = separator.join(pieces)[:length]
            texts.append(text)
    texts.append("\n".join("ש" for _ in range(HARD_MAX_LENGTH // 2)))  # a thousand one-letter lines
    texts.append("ع" * HARD_MAX_LENGTH)  # one word wider than many lines
    return texts


def test_a_corpus_of_every_script_length_and_line_count_exports(services, partner, tmp_path):
    forum, (open_q, words_q) = _forum(services, partner)
    texts = _corpus(seed=12)
    stored = _store(services, forum, open_q, texts)
    assert stored >= len(texts) - 2  # a few mixed ones may clean down to nothing
    _store(services, forum, words_q, [t[:40] for t in texts])
    for index, text in enumerate(texts[:6]):
        services.answers.add_note(forum.id, text[:2000], open_q.id if index % 2 else None)
        services.answers.add_commitment(forum.id, text[:2000])
    pages = _export(services, forum, tmp_path, "corpus.pdf")
    text = " ".join(pages)
    # The recap is whole: the answers ran across many pages and the last section is there.
    assert len(pages) > 20
    assert "How this information was handled" in text
    assert "薪酬透明很重要" in text and "Прозрачность" in text and "שקיפות" in text


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(texts=st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=HARD_MAX_LENGTH), min_size=1, max_size=12),
       starred=st.integers(min_value=0, max_value=11))
def test_any_answers_the_phone_accepts_export(services, partner, tmp_path_factory, texts, starred):
    forum, (open_q, _words_q) = _forum(services, partner)
    if not _store(services, forum, open_q, texts):
        return
    answers = services.answers.answers(forum.id)
    services.answers.set_starred(answers[starred % len(answers)].id, True)  # also quoted on the summary
    pages = _export(services, forum, tmp_path_factory.mktemp("fuzz"), "fuzz.pdf")
    assert "How this information was handled" in " ".join(pages)
