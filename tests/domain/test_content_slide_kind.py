"""Content slides (issue 18 item 3) as the domain knows them: a kind that informs and takes no
answers, and the image file a facilitator may give it, recognised by its bytes."""

from __future__ import annotations

import hashlib

import pytest

from forumdesk.domain import (
    InvalidAnswer,
    InvalidQuestion,
    Question,
    QuestionKind,
    kinds,
    validate_answer,
    validate_question,
)
from forumdesk.domain.images import MAX_IMAGE_BYTES, InvalidImage, SlideImage, check_image
from forumdesk.domain.kinds.content import MAX_BODY_LENGTH
from forumdesk.services.demo import demo_png


def slide(**fields) -> Question:
    return Question(kind=QuestionKind.CONTENT, prompt="What we did since last time", **fields)


def test_a_content_slide_is_a_kind_that_takes_no_answers():
    kind = kinds.of(QuestionKind.CONTENT)
    assert not kind.takes_answers and kind.options_view == "content" and kind.results_view == "none"
    assert all(k.takes_answers for k in kinds.registered() if k is not kind)
    question = slide(body="Salary ranges on every ad.", image_sha="ab" * 32)
    validate_question(question)
    for payload in ({"text": "hello"}, {"choices": [0]}, {"rating": 3}, {}):
        with pytest.raises(InvalidAnswer, match="nothing to answer"):
            validate_answer(question, payload)


def test_its_text_has_a_limit_and_its_title_is_the_prompt():
    validate_question(slide(body="x" * MAX_BODY_LENGTH))
    with pytest.raises(InvalidQuestion, match=f"at most {MAX_BODY_LENGTH}"):
        validate_question(slide(body="x" * (MAX_BODY_LENGTH + 1)))
    with pytest.raises(InvalidQuestion, match="needs a prompt"):
        validate_question(Question(kind=QuestionKind.CONTENT, prompt="  ", body="text"))


def test_phones_get_title_text_and_image_version_and_set_files_the_text_only():
    question = slide(body="Line one\nLine two", image_sha="cd" * 32)
    assert kinds.of(question.kind).phone_fields(question) == {"body": "Line one\nLine two", "image": "cd" * 32}
    assert kinds.of(question.kind).phone_fields(slide()) == {"body": "", "image": None}
    template = question.to_template()
    assert template == {"kind": "content", "prompt": "What we did since last time", "body": "Line one\nLine two"}
    assert Question.from_template(template) == slide(body="Line one\nLine two")


@pytest.mark.parametrize(("start", "media_type"), [
    (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff\xe0", "image/jpeg"), (b"GIF89a", "image/gif"),
    (b"GIF87a", "image/gif"), (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp")])
def test_images_are_recognised_by_their_first_bytes(start, media_type):
    assert check_image(start + b"\x00" * 64) == media_type


@pytest.mark.parametrize(("data", "sentence"), [
    (b"", "empty"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not a PNG, JPEG, GIF or WebP"),
    (b"%PDF-1.7 a document renamed to .png", "not a PNG, JPEG, GIF or WebP"),
    (b"RIFF\x10\x00\x00\x00WAVEfmt ", "not a PNG, JPEG, GIF or WebP"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * MAX_IMAGE_BYTES, "at most 5 MB"),
])
def test_a_file_that_is_not_an_acceptable_image_is_refused_with_a_sentence(data, sentence):
    with pytest.raises(InvalidImage, match=sentence):
        SlideImage.from_bytes(data)


def test_an_image_is_named_by_the_hash_of_its_bytes():
    data = demo_png()
    image = SlideImage.from_bytes(data)
    assert image.media_type == "image/png" and image.data == data
    assert image.sha256 == hashlib.sha256(data).hexdigest()
