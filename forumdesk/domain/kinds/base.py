"""What a question kind is: the base class every kind module fills in.

A kind owns its rules (question and answer validation), its tally, what phones receive, what a
question-set file holds and what the editor asks for. Its slide and recap are *declared* here, by
name, because the domain may not import Qt or reportlab: ``ui/slides`` and ``report`` keep one
renderer per presentation and pick it from these names, never from the kind itself.

The presentations that exist today:

- ``options_view`` (question slide and the editor's phone preview): ``"choices"`` (lettered
  choices; round marks on the phone unless ``multi_select``), ``"scale"`` (the scale's values and
  end labels), ``"content"`` (a content slide: its title, text and image, nothing to answer) or
  ``None`` (a hint and an answer box).
- ``results_view`` (results slide and recap section): ``"bars"`` (a bar per choice, with room
  counts), ``"histogram"`` (a distribution and its mean), ``"wall"`` (the answers themselves, with
  frequent words and themes), ``"cloud"`` (the most frequent words or phrases) or ``"none"`` (a
  kind that takes no answers: no results slide, left out of the recap and exports).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from forumdesk.domain.rules import InvalidAnswer

if TYPE_CHECKING:
    from forumdesk.domain.model import AnswerContent, Question
    from forumdesk.domain.results import QuestionResults

OptionsView = Literal["choices", "scale", "content"] | None
ResultsView = Literal["bars", "histogram", "wall", "cloud", "none"]
# The question fields the facilitator fills in for a kind, in the order a question-set file
# writes them. The editor shows one row (or group of rows) per field.
# "body" and "image" are a content slide's text and picture.
Field = Literal["choices", "scale", "max_length", "max_words", "body", "image"]


class Kind:
    """One question kind. Subclasses set the class attributes and implement the three rules."""

    value: ClassVar[str]  # stored in the database and files, sent to phones ("text", "rating", …)
    label: ClassVar[str]  # for the facilitator ("Rating scale")
    fields: ClassVar[tuple[Field, ...]] = ()
    default_max_length: ClassVar[int] = 0  # answer length limit of a new question (text kinds)
    phone_hint: ClassVar[str] = ""  # what the question slide tells the room to do
    tall_answer_box: ClassVar[bool] = True  # editor's phone preview, text kinds
    options_view: ClassVar[OptionsView] = None
    results_view: ClassVar[ResultsView] = "wall"
    multi_select: ClassVar[bool] = False  # choices: may one answer pick several?
    text_answers: ClassVar[bool] = False  # answers are text (contact masking, the answer wall)
    room_counts: ClassVar[bool] = False  # the facilitator may record a show of hands per choice
    one_answer_per_phone: ClassVar[bool] = False  # a vote: a second answer from the same phone is refused
    takes_answers: ClassVar[bool] = True  # False: a slide that only informs (the server refuses answers)

    # ------------------------------------------------------------------ the question

    def prepare(self, question: Question) -> None:
        """Fill in what a new question of this kind has by default (called by Question itself)."""
        if not question.max_length:
            question.max_length = self.default_max_length

    def validate_question(self, question: Question) -> None:
        """Raise InvalidQuestion with a sentence for the facilitator. The prompt is checked already."""

    def template_fields(self, question: Question) -> dict[str, Any]:
        """The kind's part of a question-set file entry (after "kind" and "prompt")."""
        data: dict[str, Any] = {}
        for name in self.fields:
            if name == "choices":
                data["choices"] = list(question.choices)
            elif name == "scale":
                if question.scale:
                    data["scale"] = question.scale.to_dict()
            elif name == "image":
                continue  # bytes in the database, never in a question-set file
            else:
                data[name] = getattr(question, name)
        return data

    def phone_fields(self, question: Question) -> dict[str, Any]:
        """The kind's part of a question in the state phones receive (``max_length`` is always sent)."""
        data = self.template_fields(question)
        data.pop("max_length", None)
        return data

    def answer_placeholder(self, question: Question) -> str:
        """The grey text in the answer box of the editor's phone preview (text kinds)."""
        return "Your answer…"

    # ------------------------------------------------------------------ answers

    def validate_answer(self, question: Question, payload: dict[str, Any]) -> AnswerContent:
        """Check a decoded answer body; return the cleaned content or raise InvalidAnswer."""
        raise InvalidAnswer("This question cannot be answered.")

    def tally(self, question: Question, answers: list[AnswerContent], results: QuestionResults,
              room_counts: dict[int, int], same_as: Mapping[str, str] | None = None) -> None:
        """Fill the kind's part of ``results`` (responses are counted already). ``same_as``: for
        text answers, the facilitator's accepted near-duplicates (``duplicates.same_as_keys``)."""

    def results_fields(self, results: QuestionResults) -> dict[str, Any]:
        """The kind's part of the results phones and exports receive."""
        return {}

    def recap_facts(self, question: Question, responses: int) -> list[str]:
        """Plain sentences the recap prints under this question's chart (the report escapes them)."""
        return []

    def demo_payloads(self, question: Question, rng: random.Random, sentences: list[str],
                      words: list[str]) -> list[dict[str, Any]]:
        """Answers for the demo forum, drawn from ``rng`` and the demo's example texts."""
        return []
