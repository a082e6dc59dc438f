"""The kind registry: every kind in one place, each answering for itself, and a toy kind added by a
test going through validation, tally, question-set files and the phone shape without other code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forumdesk.domain import AnswerContent, InvalidAnswer, Question, QuestionKind, kinds, validate_answer
from forumdesk.domain.results import tally
from tests.domain.toy_kind import YesNo

SCHEMA = Path(__file__).parents[2] / "resources" / "schema" / "forum-export.schema.json"


@pytest.fixture
def toy():
    kind = kinds.register(YesNo())
    yield kind
    kinds.unregister(YesNo.value)


def test_every_question_kind_has_exactly_one_registered_kind_object():
    assert [k.value for k in kinds.registered()] == [k.value for k in QuestionKind]
    for member in QuestionKind:
        assert kinds.of(member) is kinds.of(member.value)
        assert member.label == kinds.of(member).label


def test_presentations_are_ones_the_renderers_know():
    for kind in kinds.registered():
        assert kind.options_view in ("choices", "scale", "content", None), kind.value
        assert kind.results_view in ("bars", "histogram", "wall", "cloud", "none"), kind.value
        assert (kind.results_view == "none") == (not kind.takes_answers), kind.value
        assert set(kind.fields) <= {"choices", "scale", "max_length", "max_words", "body", "image"}, kind.value
        assert kind.phone_hint, kind.value


def test_the_export_schema_lists_every_built_in_kind_that_takes_answers():
    # (content slides take none: the exports leave them out)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    text = json.dumps(schema)
    expected = json.dumps({"enum": [k.value for k in kinds.BUILT_IN if k.takes_answers]})
    assert text.count(expected) == 2  # the question's kind and the results' kind


def test_a_toy_kind_is_validated_tallied_and_shaped_by_its_own_module(toy):
    assert QuestionKind("yesno") is toy and toy.value == "yesno" and toy.label == "Yes or no"
    question = Question(kind="yesno", prompt="Would you apply again?", id=3)
    assert question.kind is toy and question.choices == ["Yes", "No"]
    assert validate_answer(question, {"text": " No"}) == AnswerContent(choices=(1,))
    assert validate_answer(question, {"text": "YES"}) == AnswerContent(choices=(0,))
    for payload in ({"choices": [0]}, {"text": "maybe"}, {"text": True}):
        with pytest.raises(InvalidAnswer, match="yes or no"):
            validate_answer(question, payload)
    results = tally(question, [AnswerContent(choices=(0,)), AnswerContent(choices=(0,)), AnswerContent(choices=(1,))],
                    {1: 4})
    assert results.to_dict() == {"question_id": 3, "kind": "yesno", "responses": 3, "choice_counts": [2, 1],
                                 "room_counts": [0, 4]}
    assert question.to_template() == {"kind": "yesno", "prompt": "Would you apply again?"}
    assert Question.from_template(question.to_template()) == Question(kind=toy, prompt="Would you apply again?")
    assert kinds.of(toy).phone_fields(question) == {"choices": ["Yes", "No"]}
    assert toy in [QuestionKind(k.value) for k in kinds.registered()]
    assert toy not in list(QuestionKind)  # the built-in kinds are still the enum's members


def test_an_unregistered_kind_is_unknown_again(toy):
    kinds.unregister("yesno")
    with pytest.raises(ValueError):
        QuestionKind("yesno")
    with pytest.raises(ValueError):
        kinds.unregister("rating")  # built-in kinds stay
    kinds.register(YesNo())  # for the fixture's teardown
