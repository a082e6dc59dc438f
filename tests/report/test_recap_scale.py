"""The recap at scale (issue 13 item 6), read back from real exports of a forum in a real database:
the same answers shown once with "×N" (and still stored one by one), each theme's representative
answers in the question's section and every other visible answer in the appendix (hidden ones
nowhere, masked as elsewhere, a small group's nowhere), stop words of the five phone languages
kept out of the word counts, a word counted once per answer, and the overview table that goes on
to the next page rather than shrinking its type."""

from __future__ import annotations

import html as html_lib
import re
import uuid
from dataclasses import dataclass

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from report_helpers import flat, pdf_pages

from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.report import export_forum
from forumdesk.report.content import gather
from forumdesk.report.styles import styles
from forumdesk.services import Submission

# 60 made-up tokens of the same length: no text is part of another one.
TOKENS = [a + b for a in ("ka", "lo", "mi", "nu", "po", "ru") for b in ("dax", "fen", "gil", "hob", "jun",
                                                                        "kep", "lur", "mox", "nib", "pov")]
EMAIL = "kim@example.org"


def text(token: str) -> str:
    return f"Suggestion {token} please"


def variants(token: str) -> list[str]:
    """Five answers that are the same once case, spacing, punctuation and accents are set aside."""
    return [text(token), text(token), f"SUGGESTION {token.upper()} PLEASE!", f"  suggestion   {token} please.",
            f"Suggestión {token} pléase"]


@dataclass
class Big:
    forum_id: int
    question_id: int
    small_question_id: int
    hidden: str  # a text only a hidden answer has
    masked: str  # the text with an e-mail address, as the recap must show it
    starred: str
    small: list[str]


def _submit(services, forum_id: int, question_id: int, texts: list[str]) -> list[int]:
    subs = [Submission(forum_id, question_id, str(uuid.uuid4()), {"text": t}) for t in texts]
    outcomes = services.answers.submit_many(subs)
    assert all(o.error is None for o in outcomes)
    return [o.answer.id for o in outcomes]


@pytest.fixture
def big(services, partner) -> Big:
    forum = services.forums.create_forum("Big room", partner.id, pace=Pace.SELF, questions=[
        Question(QuestionKind.OPEN_TEXT, "What would you change about hiring?"),
        Question(QuestionKind.OPEN_TEXT, "What should the panel know?")])
    services.forums.start_forum(forum.id)
    q, small_q = services.forums.questions(forum.id)
    # kadax..kajun (0-4): five answers each; the "Timing" theme: three texts given twice and one
    # given once with an e-mail address (it ranks last, so it waits in the appendix); the rest once.
    texts = [t for token in TOKENS[:5] for t in variants(token)]
    texts += [text(token) for token in TOKENS[5:8] for _ in range(2)]
    texts += [f"{text(TOKENS[8])} write to {EMAIL}"] + [text(token) for token in TOKENS[9:]]
    ids = _submit(services, forum.id, q.id, texts)
    hidden = _submit(services, forum.id, q.id, [text("secret"), text(TOKENS[0])])
    for answer_id in hidden:
        services.answers.set_hidden(answer_id, True)
    timing = services.answers.create_theme(forum.id, "Timing")
    for answer_id in ids[25:32]:
        services.answers.tag(answer_id, timing.id)
    services.answers.set_starred(ids[-1], True)  # a text given once, under no theme
    small = [f"Small group answer {token}" for token in TOKENS[:3]]
    _submit(services, forum.id, small_q.id, small)
    services.forums.end_forum(forum.id)
    return Big(forum.id, q.id, small_q.id, text("secret"), f"{text(TOKENS[8])} write to [email removed]",
               text(TOKENS[-1]), small)


def _bookmarks(path) -> list[tuple[str, int]]:
    reader = PdfReader(str(path))
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    found: list[tuple[str, int]] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, numbers[item.raw_get("/Page").idnum]))

    walk(reader.outline)
    return found


def _pdf_parts(path) -> tuple[str, str]:
    """(the question-by-question part, the appendix) of a recap PDF, found by its bookmarks."""
    pages, marks = pdf_pages(path), dict(_bookmarks(path))
    appendix = marks["Appendix: every other answer"]
    main = " ".join(pages[marks["Question by question"]:marks["What we will do"]])
    return main, " ".join(pages[appendix:])


def _html_parts(path) -> tuple[str, str]:
    document = path.read_text(encoding="utf-8")
    body, _, appendix = document.partition('<section aria-labelledby="appendix">')
    main = body.partition('<h2 id="qbq">')[2].partition('<h2 id="commit">')[0]

    def plain(part: str) -> str:
        return flat(html_lib.unescape(re.sub(r"<[^>]+>", " ", part)))

    return plain(main), plain(appendix)


@pytest.fixture
def exported(services, big, tmp_path):
    pdf, html, xlsx = tmp_path / "recap.pdf", tmp_path / "recap.html", tmp_path / "recap.xlsx"
    export_forum(services, big.forum_id, pdf=pdf, html=html, xlsx=xlsx)
    return {"pdf": _pdf_parts(pdf), "html": _html_parts(html), "xlsx": xlsx}


@pytest.mark.parametrize("form", ["pdf", "html"])
def test_same_answers_are_shown_once_with_their_count(exported, form):
    main, appendix = exported[form]
    everything = main + " " + appendix
    # kadax: five answers, one more hidden: shown once, in the words most used, "×5"
    assert everything.count(f"{text(TOKENS[0])} ×5") == 1
    for token in TOKENS[1:5]:
        assert everything.count(f"{text(token)} ×5") == 1
        assert token.upper() not in everything and f"Suggestión {token}" not in everything


def test_the_same_answers_stay_stored_one_by_one(services, big, exported):
    stored = [a for a in services.answers.answers(big.forum_id, big.question_id) if TOKENS[0] in a.content.text.lower()]
    assert len(stored) == 6 and len({a.id for a in stored}) == 6  # five visible, one hidden
    rows = [list(r) for r in load_workbook(exported["xlsx"])["Shareable answers"].iter_rows(values_only=True)]
    assert rows[0][2:4] == ["Answer", "Times given"]
    kadax = [r for r in rows[1:] if r[2] == text(TOKENS[0])]
    assert len(kadax) == 1 and kadax[0][3] == 5
    assert sum(r[3] for r in rows[1:] if r[0] == 1) == 5 * 5 + 3 * 2 + 1 + len(TOKENS[9:])  # every visible answer


@pytest.mark.parametrize("form", ["pdf", "html"])
def test_the_appendix_holds_every_visible_answer_the_main_part_does_not(big, exported, form):
    main, appendix = exported[form]
    for token in TOKENS:
        shown = (main.count(f"Suggestion {token} please"), appendix.count(f"Suggestion {token} please"))
        assert sorted(shown) == [0, 1], (token, shown)  # in one part, once
    in_appendix = [t for t in TOKENS if f"Suggestion {t} please" in appendix]
    assert len(in_appendix) >= 30  # the main part stays short
    assert big.masked in appendix and EMAIL not in main + appendix  # masked there as everywhere
    assert big.starred in main  # the facilitator's stars come first
    assert text(TOKENS[0]) in main and text(TOKENS[5]) in main  # the most given, in and out of the theme
    assert big.hidden not in main + appendix
    assert "more answers in the appendix" in main


@pytest.mark.parametrize("form", ["pdf", "html"])
def test_a_small_groups_answers_stay_out_of_the_appendix_too(big, exported, form):
    main, appendix = exported[form]
    for answer in big.small:
        assert answer not in main + appendix
    assert "Q2." not in appendix


def test_a_small_recap_has_no_appendix(services, rich_forum, tmp_path):
    pdf = tmp_path / "recap.pdf"
    export_forum(services, rich_forum.forum_id, pdf=pdf)
    text = " ".join(pdf_pages(pdf))
    assert "appendix" not in text.lower()  # nor a sentence pointing to one
    assert "fair pay ×2" in text and "followed by ×N: the number of times it was given" in text


STOP_WORD_ANSWERS = {  # each language's stop words around a word that should count
    "en": "the salary and the hours",
    "fr": "les salaires avec des horaires",
    "es": "para los salarios y nosotros",
    "de": "nicht die Gehälter und wir",
    "ar": "في الرواتب من هذا",
}
STOP_WORDS = {"en": ["the", "and"], "fr": ["les", "avec", "des"], "es": ["para", "los", "nosotros"],
              "de": ["nicht", "die", "und", "wir"], "ar": ["في", "من", "هذا"]}
KEPT_WORDS = ["salary", "hours", "salaires", "horaires", "salarios", "gehälter", "الرواتب"]


def test_stop_words_of_the_five_phone_languages_stay_out_of_the_word_counts(services, partner, tmp_path):
    forum = services.forums.create_forum("Five languages", partner.id, pace=Pace.SELF,
                                         questions=[Question(QuestionKind.OPEN_TEXT, "What matters?")])
    services.forums.start_forum(forum.id)
    question = services.forums.questions(forum.id)[0]
    # each twice (the recap lists words given more than once), and "meetings" four times in one answer
    _submit(services, forum.id, question.id, [*STOP_WORD_ANSWERS.values(), *STOP_WORD_ANSWERS.values(),
                                               "meetings meetings meetings meetings"])
    words = dict(gather(services, forum.id).questions[0].results.words)
    assert {w: words.get(w) for w in KEPT_WORDS} == dict.fromkeys(KEPT_WORDS, 2)
    for language, stop_words in STOP_WORDS.items():
        assert not set(stop_words) & set(words), language
    assert words["meetings"] == 1  # a word repeated in one answer counts once
    html = tmp_path / "recap.html"
    pdf = tmp_path / "recap.pdf"
    export_forum(services, forum.id, html=html, pdf=pdf)
    line = re.search(r"Frequent words: (.*?)</p>", html.read_text(encoding="utf-8")).group(1)
    plain = html_lib.unescape(re.sub(r"<[^>]+>", "", line))
    assert "salary (2)" in plain and "الرواتب (2)" in plain
    assert "meetings" not in plain  # once only: not a frequent word
    pdf_line = " ".join(pdf_pages(pdf)).partition("Frequent words:")[2][:200]
    assert "salary (2)" in pdf_line and "horaires (2)" in pdf_line
    for stop_word in ["the", "les", "para", "nicht"]:
        assert f" {stop_word} (" not in pdf_line


def _sizes(path, page_number: int) -> dict[str, float]:
    """The drawn size of each piece of text on a page (font size times any scaling)."""
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            sizes[text.strip()] = round(size * abs(tm[3]) * abs(cm[3]), 2)

    PdfReader(str(path)).pages[page_number].extract_text(visitor_text=visit)
    return sizes


def test_a_long_overview_table_goes_on_to_the_next_page_at_its_own_size(services, partner, tmp_path):
    questions = [Question(QuestionKind.OPEN_TEXT, f"Question {n}: what would you tell a friend about "
                          "applying here, and what would you warn them about?") for n in range(1, 46)]
    forum = services.forums.create_forum("Forty-five questions", partner.id, pace=Pace.SELF, questions=questions)
    services.forums.start_forum(forum.id)
    for question in services.forums.questions(forum.id):
        _submit(services, forum.id, question.id, ["Honest job ads with the salary range"] * 6)
    pdf = tmp_path / "recap.pdf"
    export_forum(services, forum.id, pdf=pdf)
    pages = pdf_pages(pdf)
    overview = [n for n, page in enumerate(pages) if "What stood out" in page]
    assert len(overview) >= 2 and overview == list(range(overview[0], overview[0] + len(overview)))
    assert "What we heard" in pages[overview[0]]  # starts on the overview's own page, not after a gap
    cell = styles()["cell"].fontSize
    last = _sizes(pdf, overview[-1])
    assert last["What stood out"] == cell  # the header row is repeated, at its size
    assert [size for piece, size in last.items() if piece.startswith("Q45.")] == [cell]
    first = _sizes(pdf, overview[0])
    assert [size for piece, size in first.items() if piece.startswith("Q1.")] == [cell]


def test_each_bookmark_opens_the_page_its_heading_is_on(services, big, tmp_path):
    pdf = tmp_path / "recap.pdf"
    export_forum(services, big.forum_id, pdf=pdf)
    pages = pdf_pages(pdf)
    marks = _bookmarks(pdf)
    assert len({page for _, page in marks}) > 3  # not every bookmark on one page
    for title, page in marks:
        assert flat(title)[:30] in pages[page], title


def test_near_duplicates_accepted_as_the_same_are_one_entry_in_the_recap(services, partner, tmp_path):
    from forumdesk.services.themes import ThemeService

    questions = [Question(kind=QuestionKind.OPEN_TEXT, prompt="What would help?", max_length=200)]
    forum = services.forums.create_forum("Near", partner.id, pace=Pace.SELF, questions=questions)
    services.forums.start_forum(forum.id)
    qid = services.forums.questions(forum.id)[0].id
    ids = _submit(services, forum.id, qid, ["Plus de café", "plus de cafés", "Plus de café svp", "Parking",
                                            "Plant trees", "More buses"])
    pdf = tmp_path / "before.pdf"
    export_forum(services, forum.id, pdf=pdf)
    before = " ".join(pdf_pages(pdf))
    assert "plus de cafés" in before and "×" not in before.replace("×N", "")
    # WHEN the facilitator accepts the three coffee wordings as the same answer
    ThemeService(services.answers).accept_same(forum.id, qid, ids[:3])
    pdf = tmp_path / "after.pdf"
    export_forum(services, forum.id, pdf=pdf)
    after = " ".join(pdf_pages(pdf))
    # THEN the recap shows them once, ×3, and the other answers as before
    assert "Plus de café ×3" in after and "plus de cafés" not in after and "Plus de café svp" not in after
    assert all(t in after for t in ("Parking", "Plant trees", "More buses"))
