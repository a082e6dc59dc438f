"""Hebrew and Arabic are put in drawing order, with Arabic letters joined, before reportlab sees them.

The expected strings are written out by hand from the Unicode bidi algorithm (UAX #9) and the
Arabic presentation-form charts, not computed: a change of library or of our glue that draws a
line differently fails here.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from forumdesk.report.rtl import base_is_rtl, shape_arabic, visual_line


@pytest.mark.parametrize(
    ("logical", "drawn"),
    [
        ("עברית טובה", "הבוט תירבע"),
        ("I love עברית a lot", "I love תירבע a lot"),
        # Latin and numbers inside Hebrew keep their own order; the brackets around Google take
        # the paragraph's direction (rule N0) and are mirrored (rule L4), so they still open
        # towards the word.
        ("שלום (Google) 2026 עולם", "םלוע 2026 (Google) םולש"),
        ("I said (שלום) to you", "I said (םולש) to you"),
        ("שלום [עולם]", "[םלוע] םולש"),
        # 3.12 follows the Latin word, so it counts as Latin (rule W7), and so do its brackets
        # (N0): "Python (3.12)" is drawn as one left-to-right run.
        ("קראתי את Python (3.12) היום", "םויה Python (3.12) תא יתארק"),
        ("אבג 123 דהו", "והד 123 גבא"),
        # A currency sign next to a number is part of it (rule W5): "100$", never "$100".
        ("מחיר: 100$ בלבד", "דבלב 100$ :ריחמ"),
        # "+" between digits joins them (W4); "=" is neutral and numbers count as right-to-left
        # around it (N1), so the two sides swap.
        ("א 1+2=3 ב", "ב 3=1+2 א"),
        ("plain English", "plain English"),
        # Trailing spaces belong to the paragraph's direction (rule L1): on the left when drawn.
        ("שלום  ", "  םולש"),
    ],
)
def test_lines_are_reordered_for_drawing(logical, drawn):
    assert visual_line(logical) == drawn


def test_a_wrapped_line_takes_the_direction_of_its_paragraph():
    # The second line of a Hebrew paragraph that happens to start with a Latin word is still
    # drawn right to left.
    assert visual_line("Google היא חברה", rtl_base=True) == "הרבח איה Google"
    assert visual_line("Google היא חברה") == "Google הרבח איה"


def test_paragraph_direction_comes_from_the_first_strong_character():
    assert base_is_rtl("2026: שלום world")
    assert not base_is_rtl("Hello שלום")


def test_arabic_letters_take_their_joining_forms():
    # "مرحبا": meem initial, reh final (reh joins only to the letter before it), hah initial,
    # beh medial, alef final.
    assert shape_arabic("مرحبا") == "\ufee3\ufeae\ufea3\ufe92\ufe8e"
    # lam + alef becomes the mandatory ligature
    assert shape_arabic("لا") == "\ufefb"
    # a letter on its own is isolated; harakat are kept, after their letter
    assert shape_arabic("ب") == "\ufe8f"
    assert shape_arabic("بَب") == "\ufe91\u064e\ufe90"


def test_arabic_is_joined_then_reordered_with_numbers_in_place():
    # "سعر 3.5 دولار" (price 3.5 dollars): seen, ain, reh joined; dal and waw do not join forward,
    # so waw, the lam-alef ligature and reh stand alone.
    assert visual_line("سعر 3.5 دولار") == "\ufead\ufefb\ufeed\ufea9 3.5 \ufeae\ufecc\ufeb3"
    # Arabic-Indic digits are numbers too: "العدد ١٢٣" keeps ١٢٣ in order, on the left; the
    # second dal follows a dal (which does not join forward), so it stands alone.
    assert visual_line("العدد ١٢٣") == "١٢٣ \ufea9\ufeaa\ufecc\ufedf\ufe8d"
    # A mark stays after its letter in drawing order, so it is drawn on that letter.
    assert visual_line("بَب") == "\ufe90\ufe91\u064e"


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.]+", unicodedata.normalize("NFKC", text))


def _submit_one(services, partner, text: str):
    from forumdesk.domain import Pace, Question, QuestionKind
    from forumdesk.domain.model import HARD_MAX_LENGTH
    from forumdesk.services import Submission

    forum = services.forums.create_forum("RTL", partner.id, pace=Pace.SELF, questions=[
        Question(QuestionKind.OPEN_TEXT, "?", max_length=HARD_MAX_LENGTH)])
    forum.small_group_k = 1
    services.forums.update_forum(forum)
    services.forums.start_forum(forum.id)
    question = services.forums.questions(forum.id)[0]
    services.answers.submit(Submission(forum.id, question.id, "00000000-0000-4000-8000-000000000001",
                                       {"text": text}))
    return forum


def test_pdftotext_reads_hebrew_and_arabic_words_back_in_logical_order(services, partner, tmp_path):
    from forumdesk.report import export_forum

    # GIVEN an answer mixing Hebrew, Arabic, Latin and numbers
    forum = _submit_one(services, partner, "שלום עולם (Google) 2026\nمرحبا بالعالم 3.5 dollars")
    path = tmp_path / "rtl.pdf"
    export_forum(services, forum.id, pdf=path)
    # WHEN a partner copies the text out of the PDF
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = _words(text)
    # THEN every Hebrew and Arabic word reads in logical order (not mirrored), and Latin and
    # numbers are untouched. pdftotext returns Arabic as the presentation forms that were drawn,
    # hence NFKC; it orders the *runs* of a mixed line left to right as drawn, so the order of
    # whole words across a line is not something it can give back, and is not tested.
    for word in ["שלום", "עולם", "Google", "2026", "مرحبا", "بالعالم", "3.5", "dollars"]:
        assert word in words, word
    for mirrored in ["םולש", "םלוע", "elgooG", "6202", "5.3"]:
        assert mirrored not in words


def test_a_multi_line_right_to_left_answer_across_a_page_break_exports(services, partner, tmp_path):
    from forumdesk.report import export_forum

    # GIVEN a long multi-line Hebrew answer (it cannot fit on the page where it starts): this
    # raised TypeError inside reportlab's Paragraph.split and no file was written
    lines = [f"שורה {n} של התשובה (בדיקה)" for n in range(80)]
    forum = _submit_one(services, partner, "\n".join(lines)[:2000])
    path = tmp_path / "rtl.pdf"
    # WHEN it is exported THEN the recap is written and the answer runs over several pages
    result = export_forum(services, forum.id, pdf=path)
    assert result.warnings == []
    pages = [unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(str(path)).pages]
    # pages holding the answer's numbered lines (the word "שורה" alone also appears among the top words)
    holding = [i for i, page in enumerate(pages) if re.search(r"שורה \d+|\d+ שורה", page)]
    assert len(holding) >= 2 and holding == list(range(holding[0], holding[-1] + 1))
    # and every line is there, in order
    found = [int(n) for page in pages for n in re.findall(r"שורה (\d+)|(\d+) שורה", page) for n in n if n]
    assert found == sorted(found) and set(found) == set(range(len(found))) and len(found) > 40


def test_long_right_to_left_answers_wrap_in_reading_order(services, partner, tmp_path):
    from forumdesk.report import export_forum

    forum = _submit_one(services, partner, " ".join(f"מילה{n}" for n in range(40)))
    path = tmp_path / "rtl.pdf"
    export_forum(services, forum.id, pdf=path)
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages).split("Answers (1)")[1]
    # pypdf puts Hebrew back in reading order when it extracts text, so the numbers show the order.
    lines = [[int(n) for n in re.findall(r"\d+", line)] for line in text.splitlines() if "מילה" in line]
    # THEN the answer spans several lines, the first words on the first line, the last on the last
    assert len(lines) >= 2
    assert 0 in lines[0] and 39 in lines[-1]
    assert all(max(a) < min(b) for a, b in zip(lines, lines[1:], strict=False))


def test_a_long_right_to_left_prompt_wraps_in_reading_order_in_its_heading(services, partner, tmp_path):
    from forumdesk.domain import Pace, Question, QuestionKind
    from forumdesk.report import export_forum

    # GIVEN a Hebrew prompt long enough to take several lines in its heading
    prompt = " ".join(f"מילה{n}" for n in range(30))
    forum = services.forums.create_forum("RTL", partner.id, pace=Pace.SELF,
                                         questions=[Question(QuestionKind.OPEN_TEXT, prompt)])
    services.forums.start_forum(forum.id)  # the recap leaves out a question never asked
    path = tmp_path / "prompt.pdf"
    export_forum(services, forum.id, pdf=path)
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    heading = text.split("Question by question", 1)[1].split("Open text", 1)[0]
    # THEN its lines follow each other in reading order (reportlab wrapping the reordered text
    # put the last words on the first line)
    lines = [[int(n) for n in re.findall(r"\d+", line)] for line in heading.splitlines() if "מילה" in line]
    assert len(lines) >= 2
    assert 0 in lines[0] and 29 in lines[-1]
    assert all(max(a) < min(b) for a, b in zip(lines, lines[1:], strict=False))


def test_a_right_to_left_answer_in_a_left_to_right_recap_has_its_dash_on_the_right(services, partner, tmp_path):
    from forumdesk.report import export_forum

    # GIVEN an English recap quoting a Hebrew answer, long enough to wrap
    forum = _submit_one(services, partner, " ".join(f"מילה{n}" for n in range(40)))
    path = tmp_path / "rtl.pdf"
    export_forum(services, forum.id, pdf=path)
    # WHEN the page with the answer is read with each run's position
    dashes: list[float] = []
    hebrew: list[float] = []
    for page in PdfReader(str(path)).pages:
        width = float(page.mediabox.width)

        def visit(run, cm, tm, font, size, width=width):
            x = (tm[4] * cm[0] + cm[4]) / width
            if run.strip() == "\u2013":
                dashes.append(x)
            elif "מילה" in unicodedata.normalize("NFKC", run) or "הלימ" in unicodedata.normalize("NFKC", run):
                hebrew.append(x)

        page.extract_text(visitor_text=visit)
    # THEN its dash stands at the right, where a reader of Hebrew starts, beyond every line of it
    # (it stood alone at the left margin, a page's width away from the words)
    assert hebrew and dashes
    assert max(dashes) > 0.8 and max(dashes) > max(hebrew), (dashes, hebrew)
