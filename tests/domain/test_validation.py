"""Every question kind's validation with good and bad values, and the sentences people see."""

import pytest

from forumdesk.domain import (
    InvalidAnswer,
    InvalidQuestion,
    Question,
    QuestionKind,
    Scale,
    validate_answer,
    validate_question,
)


def q(kind, **kw):
    return Question(kind=kind, prompt="A prompt?", id=1, **kw)


TEXT = q(QuestionKind.OPEN_TEXT, max_length=20)
WORDS = q(QuestionKind.SHORT_WORDS, max_length=30, max_words=2)
SINGLE = q(QuestionKind.SINGLE_CHOICE, choices=["Pay", "Team", "Growth"])
MULTI = q(QuestionKind.MULTIPLE_CHOICE, choices=["A", "B", "C"])
RATING = q(QuestionKind.RATING, scale=Scale(1, 5, "Bad", "Great"))


@pytest.mark.parametrize(
    "question, payload, expected",
    [
        (TEXT, {"text": "  Fair pay  "}, {"text": "Fair pay"}),
        (TEXT, {"text": "line one\r\nline two"}, {"text": "line one\nline two"}),
        (TEXT, {"text": "nul\x00 and bell\x07 gone"}, {"text": "nul and bell gone"}),
        (TEXT, {"text": "é" * 20}, {"text": "é" * 20}),
        (WORDS, {"text": "work   life"}, {"text": "work life"}),
        (SINGLE, {"choices": [2]}, {"choices": (2,)}),
        (MULTI, {"choices": [2, 0]}, {"choices": (0, 2)}),
        (RATING, {"rating": 5}, {"rating": 5}),
        (RATING, {"rating": 1}, {"rating": 1}),
    ],
)
def test_good_answers_are_accepted_and_cleaned(question, payload, expected):
    content = validate_answer(question, payload)
    for key, value in expected.items():
        assert getattr(content, key) == value


@pytest.mark.parametrize(
    "question, payload, sentence",
    [
        (TEXT, {}, "Please type an answer."),
        (TEXT, {"text": 42}, "Please type an answer."),
        (TEXT, {"text": "   \n "}, "Your answer is empty."),
        (TEXT, {"text": "\x00\x01"}, "Your answer is empty."),
        (TEXT, {"text": "x" * 21}, "Your answer is 21 characters long; the limit is 20."),
        (WORDS, {"text": "one two three"}, "Please use at most 2 words."),
        (SINGLE, {"choices": []}, "Please pick at least one choice."),
        (SINGLE, {"choices": [0, 1]}, "Please pick only one choice."),
        (SINGLE, {"choices": [3]}, "That choice is not one of this question's choices."),
        (SINGLE, {"choices": [-1]}, "That choice is not one of this question's choices."),
        (SINGLE, {"choices": ["0"]}, "Please pick a choice."),
        (SINGLE, {"choices": [True]}, "Please pick a choice."),
        (SINGLE, {"choices": 0}, "Please pick a choice."),
        (MULTI, {"choices": [1, 1]}, "The same choice was picked twice."),
        (RATING, {"rating": 6}, "The rating must be between 1 and 5."),
        (RATING, {"rating": 0}, "The rating must be between 1 and 5."),
        (RATING, {"rating": 2**70}, "The rating must be between 1 and 5."),
        (RATING, {"rating": 3.0}, "Please pick a rating."),
        (RATING, {"rating": "3"}, "Please pick a rating."),
        (RATING, {"rating": None}, "Please pick a rating."),
    ],
)
def test_bad_answers_are_refused_with_a_sentence(question, payload, sentence):
    with pytest.raises(InvalidAnswer) as info:
        validate_answer(question, payload)
    assert str(info.value) == sentence


@pytest.mark.parametrize(
    "question, fragment",
    [
        (Question(kind=QuestionKind.OPEN_TEXT, prompt="  "), "needs a prompt"),
        (Question(kind=QuestionKind.SINGLE_CHOICE, prompt="P", choices=["only one"]), "at least two choices"),
        (Question(kind=QuestionKind.SINGLE_CHOICE, prompt="P", choices=["A", "a"]), "same text"),
        (Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt="P", choices=["A", ""]), "needs some text"),
        (Question(kind=QuestionKind.RATING, prompt="P", scale=Scale(5, 5)), "lowest value below"),
        (Question(kind=QuestionKind.RATING, prompt="P", scale=Scale(0, 20)), "at most 11 steps"),
        (Question(kind=QuestionKind.OPEN_TEXT, prompt="P", max_length=5000), "between 1 and 2000"),
    ],
)
def test_questions_that_cannot_be_asked_are_refused(question, fragment):
    with pytest.raises(InvalidQuestion, match=fragment):
        validate_question(question)


def test_each_kind_has_a_sensible_default():
    assert Question(kind=QuestionKind.RATING, prompt="P").scale == Scale(1, 5)
    assert Question(kind=QuestionKind.OPEN_TEXT, prompt="P").max_length == 500
    assert Question(kind="words", prompt="P").kind is QuestionKind.SHORT_WORDS


def test_question_template_round_trip():
    question = Question(kind=QuestionKind.RATING, prompt="How fair?", scale=Scale(0, 10, "Unfair", "Fair"))
    assert Question.from_template(question.to_template()).to_template() == question.to_template()
