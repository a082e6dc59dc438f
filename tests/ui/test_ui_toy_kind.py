"""A kind added by its module alone reaches the facilitator's screens: the question editor offers it
with the rows its module declares (none, for the toy yes/no kind), and its slides are drawn by the
renderers its declaration names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from forumdesk.domain import AnswerContent, Question, QuestionKind, kinds
from forumdesk.domain.results import tally
from forumdesk.ui.projector import render_slide
from forumdesk.ui.question_editor import QuestionEditor
from forumdesk.ui.slides import SlideData, SlideKind
from forumdesk.ui.theme import theme_named
from tests.domain.toy_kind import YesNo

pytestmark = pytest.mark.gui


@pytest.fixture
def toy():
    kind = kinds.register(YesNo())
    yield kind
    kinds.unregister(YesNo.value)


def test_the_editor_offers_a_registered_kind_with_the_rows_it_declares(qtbot, toy):
    editor = QuestionEditor()
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.prompt_edit, "Would you apply again?")
    index = editor.kind_combo.findData("yesno")
    assert editor.kind_combo.itemText(index) == "Yes or no"
    editor.kind_combo.setCurrentIndex(index)
    option_rows = (editor.choices_edit, editor.scale_min, editor.max_length, editor.max_words)
    assert not any(widget.isVisible() for widget in option_rows)
    question = editor.question()
    assert (question.kind, question.choices, editor.problem()) == (toy, ["Yes", "No"], "")
    assert editor.preview.phone.question.choices == ["Yes", "No"]


def test_a_registered_kind_is_drawn_by_the_renderer_its_declaration_names(qtbot, toy):
    """Its results slide is the "bars" slide: pixel for pixel the one of a single-choice question
    with the same choices and counts."""
    answers = [AnswerContent(choices=(0,))] * 3 + [AnswerContent(choices=(1,))]
    images = []
    for kind in (toy, QuestionKind.SINGLE_CHOICE):
        question = Question(kind=kind, prompt="Would you apply again?", choices=["Yes", "No"], id=1)
        data = SlideData(SlideKind.RESULTS, title="Forum", question=question, number=1, total=1,
                         results=tally(question, answers, {1: 2}))
        images.append(render_slide(data, theme_named("light"), QSize(960, 540)))
    assert images[0] == images[1]
    text_question = Question(kind=QuestionKind.OPEN_TEXT, prompt="Would you apply again?", id=1)
    text_data = SlideData(SlideKind.RESULTS, title="Forum", question=text_question, number=1, total=1,
                          results=tally(text_question, [AnswerContent(text="Yes")] * 4))
    assert render_slide(text_data, theme_named("light"), QSize(960, 540)) != images[0]  # the comparison can fail
