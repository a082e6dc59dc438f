"""Hebrew and Arabic are put in drawing order, with Arabic letters joined, before reportlab sees them."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from forumdesk.report.rtl import base_is_rtl, shape_arabic, visual_line


@pytest.mark.parametrize(
    ("logical", "drawn"),
    [
        ("עברית טובה", "הבוט תירבע"),
        ("I love עברית a lot", "I love תירבע a lot"),
        ("שלום (Google) 2026 עולם", "םלוע 2026 (Google) םולש"),
        ("I said (שלום) to you", "I said (םולש) to you"),
        ("plain English", "plain English"),
    ],
)
def test_lines_are_reordered_for_drawing(logical, drawn):
    assert visual_line(logical) == drawn


def test_paragraph_direction_comes_from_the_first_strong_character():
    assert base_is_rtl("2026: שלום world")
    assert not base_is_rtl("Hello שלום")


def test_arabic_letters_take_their_joining_forms():
    # meem (initial) reh (final) heh... "مرحبا": م initial, ر final (reh joins only before), ح initial,
    # ب medial, ا final.
    assert shape_arabic("مرحبا") == "\ufee3\ufeae\ufea3\ufe92\ufe8e"
    # lam + alef becomes the mandatory ligature
    assert shape_arabic("لا") == "\ufefb"
    # a letter on its own is isolated; harakat stay with their letter
    assert shape_arabic("ب") == "\ufe8f"
    assert shape_arabic("بَب") == "\ufe91\u064e\ufe90"


def test_long_right_to_left_answers_wrap_in_reading_order(services, partner, tmp_path):
    from forumdesk.domain import Pace, Question, QuestionKind
    from forumdesk.report import export_forum
    from forumdesk.services import Submission

    forum = services.forums.create_forum("RTL", partner.id, pace=Pace.SELF,
                                         questions=[Question(QuestionKind.OPEN_TEXT, "?")])
    forum.small_group_k = 1
    services.forums.update_forum(forum)
    services.forums.start_forum(forum.id)
    question = services.forums.questions(forum.id)[0]
    words = [f"מילה{n}" for n in range(40)]
    services.answers.submit(Submission(forum.id, question.id, "00000000-0000-4000-8000-000000000001",
                                       {"text": " ".join(words)}))
    path = tmp_path / "rtl.pdf"
    export_forum(services, forum.id, pdf=path)
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages).split("Answers (1)")[1]
    # pypdf puts Hebrew back in reading order when it extracts text, so the numbers show the order.
    lines = [[int(n) for n in re.findall(r"\d+", line)] for line in text.splitlines() if "מילה" in line]
    # THEN the answer spans several lines, the first words on the first line, the last on the last
    assert len(lines) >= 2
    assert 0 in lines[0] and 39 in lines[-1]
    assert all(max(a) < min(b) for a, b in zip(lines, lines[1:], strict=False))
