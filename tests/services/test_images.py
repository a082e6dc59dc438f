"""Content slides' images in the database (issue 18 item 3): stored once, read back byte for byte,
a bad file refused with nothing stored, served only once the room was shown the slide, deleted
with the last slide that shows it, and carried by a forum bundle; and no answer to a content slide."""

from __future__ import annotations

import json
import uuid

import pytest

from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.services import InvalidInput, NoAnswers, NotFound, Services, Submission
from forumdesk.services.bundle_check import BundleError, content_hash, read_bundle
from forumdesk.services.bundles import bundle_bytes, bundle_content
from forumdesk.services.demo import demo_png


def rows(services: Services) -> int:
    return services.store.repo.db.execute("SELECT COUNT(*) FROM question_images").fetchone()[0]


def content_forum(services, partner, pace=Pace.FACILITATOR):
    image = services.images.add(demo_png())
    questions = [Question(kind=QuestionKind.RATING, prompt="How was the evening?"),
                 Question(kind=QuestionKind.CONTENT, prompt="Who we are", body="A logistics firm.\nWe hire.",
                          image_sha=image.sha256),
                 Question(kind=QuestionKind.OPEN_TEXT, prompt="What would you ask us?")]
    forum = services.forums.create_forum("Careers evening", partner.id, pace=pace, questions=questions)
    return forum, services.forums.questions(forum.id), image


def test_an_image_round_trips_byte_for_byte_and_is_stored_once(services, partner, tmp_path):
    forum, questions, image = content_forum(services, partner)
    slide = questions[1]
    assert slide.kind is QuestionKind.CONTENT and slide.body == "A logistics firm.\nWe hire."
    assert slide.image_sha == image.sha256
    assert services.images.get(slide.image_sha).data == demo_png()
    assert services.images.of_question(slide.id).media_type == "image/png"
    path = tmp_path / "logo.png"
    path.write_bytes(demo_png())
    assert services.images.read_file(path) == image  # the same file chosen again: the same image
    services.images.add(demo_png())
    services.forums.duplicate_forum(forum.id)  # a copy shows the same image, stored once
    assert rows(services) == 1


@pytest.mark.parametrize(("data", "sentence"), [
    (b"", "empty"), (b"GIF88a not quite", "not a PNG, JPEG, GIF or WebP"),
    (b"\xff\xd8\xff" + b"\x00" * (5 * 1024 * 1024), "is 5.0 MB; a slide's image can be at most 5 MB")])
def test_a_bad_file_is_refused_and_nothing_is_stored(services, tmp_path, data, sentence):
    path = tmp_path / "chosen.png"
    path.write_bytes(data)
    with pytest.raises(InvalidInput, match=sentence):
        services.images.read_file(path)
    with pytest.raises(InvalidInput, match=sentence):
        services.images.add(data)
    assert rows(services) == 0
    with pytest.raises(InvalidInput, match="There is no file"):
        services.images.read_file(tmp_path / "missing.png")
    with pytest.raises(InvalidInput, match="is a folder"):
        services.images.read_file(tmp_path)


def test_a_slide_naming_an_image_not_in_the_database_is_refused(services, partner):
    missing = Question(kind=QuestionKind.CONTENT, prompt="Agenda", image_sha="0" * 64)
    with pytest.raises(InvalidInput, match="image of the slide “Agenda” is missing"):
        services.forums.create_forum("Evening", partner.id, questions=[missing])
    assert services.forums.forum_listing() == []


def test_the_image_goes_with_the_last_slide_that_shows_it(services, partner):
    forum, questions, image = content_forum(services, partner)
    copy = services.forums.duplicate_forum(forum.id)
    services.forums.remove_question(questions[1].id)
    assert rows(services) == 1  # the copy still shows it
    slide = services.forums.questions(copy.id)[1]
    services.forums.update_question(Question(kind=QuestionKind.CONTENT, prompt="Who we are", id=slide.id))
    assert rows(services) == 0
    with pytest.raises(NotFound):
        services.images.get(image.sha256)


def test_the_room_gets_an_image_only_once_the_slide_was_shown(services, partner):
    forum, questions, image = content_forum(services, partner)
    slide = questions[1]
    with pytest.raises(NotFound):
        services.images.shown(forum.id, slide.id)  # a draft forum
    services.forums.start_forum(forum.id)  # on the first question
    with pytest.raises(NotFound):
        services.images.shown(forum.id, slide.id)  # still to come
    services.forums.step(forum.id, +1)
    assert services.images.shown(forum.id, slide.id) == image
    services.forums.step(forum.id, +1)
    assert services.images.shown(forum.id, slide.id) == image  # shown before: phones may still show it
    with pytest.raises(NotFound):
        services.images.shown(forum.id, questions[0].id)  # no image
    other = services.forums.create_forum("Other", partner.id, questions=[])
    with pytest.raises(NotFound):
        services.images.shown(other.id, slide.id)  # another forum's slide


def test_an_answer_to_a_content_slide_is_refused_with_its_own_code(services, partner):
    forum, questions, _ = content_forum(services, partner, pace=Pace.SELF)
    services.forums.start_forum(forum.id)
    with pytest.raises(NoAnswers, match="nothing to answer") as refused:
        services.answers.submit(Submission(forum.id, questions[1].id, str(uuid.uuid4()), {"text": "hi"}))
    assert refused.value.code == "takes_no_answers"
    assert services.answers.answers(forum.id) == []


def test_a_bundle_carries_the_image_and_brings_it_back(services, partner, tmp_path):
    forum, _, image = content_forum(services, partner)
    data = bundle_bytes(bundle_content(services.store, forum.id))
    other = Services.open(tmp_path / "other.sqlite")
    try:
        result = other.bundles.import_bundle(read_bundle(data))
        slide = other.forums.questions(result.forum_id)[1]
        assert (slide.kind, slide.prompt, slide.body) == (QuestionKind.CONTENT, "Who we are", "A logistics firm.\nWe hire.")
        assert other.images.get(slide.image_sha).data == image.data
    finally:
        other.close()


def test_a_bundle_whose_image_was_tampered_with_is_refused(services, partner):
    forum, _, image = content_forum(services, partner)
    content = bundle_content(services.store, forum.id)
    content["images"][image.sha256]["data"] = "iVBORw0KGgoAAAAA"  # another PNG's start
    document = {"format": "forumdesk-bundle", "version": 1, "sha256": content_hash(content), "content": content}
    with pytest.raises(BundleError, match="an image does not match its checksum"):
        read_bundle(json.dumps(document).encode())
    del content["images"][image.sha256]
    document["sha256"] = content_hash(content)
    with pytest.raises(BundleError, match="a slide's image is missing"):
        read_bundle(json.dumps(document).encode())



def test_comparing_forums_leaves_content_slides_out(services, partner):
    from forumdesk.services.compare import compare_forums

    forum, _, _ = content_forum(services, partner)
    copy = services.forums.duplicate_forum(forum.id)
    compared = compare_forums(services.store, [forum.id, copy.id])
    assert [q["prompt"] for q in compared["questions"]] == ["How was the evening?", "What would you ask us?"]
