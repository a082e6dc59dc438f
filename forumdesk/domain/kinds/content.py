"""Content slide: a title, a text and optionally an image the facilitator shows between questions
("who we are", "what we did since last time", the agenda). It informs and takes no answers.

The title is the question's ``prompt``, the text its ``body`` and the image its ``image_sha``
(forumdesk.domain.images; the bytes live in the database). Phones show it as a card with no form;
the server refuses an answer to it; the recap and the exports leave it out (there is nothing to
report).
"""

from __future__ import annotations

from typing import Any

from forumdesk.domain.kinds.base import Kind
from forumdesk.domain.model import Question
from forumdesk.domain.rules import InvalidAnswer, InvalidQuestion

MAX_BODY_LENGTH = 1000


class ContentSlide(Kind):
    value = "content"
    label = "Content slide (no answers)"
    fields = ("body", "image")
    phone_hint = "Nothing to answer: read on your phone too"
    options_view = "content"
    results_view = "none"
    takes_answers = False

    def validate_question(self, question: Question) -> None:
        if len(question.body) > MAX_BODY_LENGTH:
            raise InvalidQuestion("A slide's text can be at most {limit} characters long.", limit=MAX_BODY_LENGTH)

    # template_fields (base): a question-set file carries the text, not the image (its bytes stay
    # in the database).

    def phone_fields(self, question: Question) -> dict[str, Any]:
        # "image": the image's version (its hash) or None; the phone fetches
        # /api/f/{code}/image/{id}?v=<hash> (docs/api.md).
        return {"body": question.body, "image": question.image_sha or None}

    def validate_answer(self, question: Question, payload: dict[str, Any]) -> Any:
        raise InvalidAnswer("This slide only informs; there is nothing to answer.")
