"""Content slides' images (issue 18 item 3): taking a file the facilitator chose into the database,
and handing an image to the projector and to phones.

An image is stored once per content and named by its SHA-256 (``domain.images``); a question names
it in ``Question.image_sha``. The attendee server serves a forum's image only for a slide the room
has been shown (``shown``), so a phone cannot peek at slides still to come.
"""

from __future__ import annotations

import os
from pathlib import Path

from forumdesk.domain import Forum, ForumState, Pace, Question
from forumdesk.domain.images import MAX_IMAGE_BYTES, InvalidImage, SlideImage
from forumdesk.i18n import N_
from forumdesk.services.errors import InvalidInput, NotFound
from forumdesk.services.files import read_chosen_file
from forumdesk.storage import Repository, Store


def check_images_exist(repo: Repository, questions) -> None:
    """InvalidInput unless every image the questions name is in the database (within a write)."""
    for question in questions:
        if question.image_sha and repo.image_media_type(question.image_sha) is None:
            raise InvalidInput("The image of the slide “{prompt}” is missing; choose the file again.",
                               prompt=question.prompt)


class ImageService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, data: bytes) -> SlideImage:
        """Check and store an image's bytes; returns it (its ``sha256`` goes in ``image_sha``).
        Raises InvalidInput (a sentence) for a file that is not an acceptable image; nothing is stored then."""
        try:
            image = SlideImage.from_bytes(data)
        except InvalidImage as exc:
            raise InvalidInput(exc.text, code="invalid_image") from exc
        with self.store.write() as repo:
            repo.insert_image(image)
        return image

    def read_file(self, path: str | os.PathLike[str]) -> SlideImage:
        """The image in a file the facilitator chose, checked but not stored yet (the editor stores
        it when the forum is saved). Raises InvalidInput with a sentence for a file that cannot be used."""
        path = Path(path)
        data = read_chosen_file(path, MAX_IMAGE_BYTES, InvalidInput, N_("{path} is a folder, not an image."))
        try:
            return SlideImage.from_bytes(data, path.stat().st_size)
        except OSError:
            raise InvalidInput("{path} cannot be read.", path=path) from None
        except InvalidImage as exc:
            raise InvalidInput(exc.text, code="invalid_image") from exc

    def get(self, sha256: str) -> SlideImage:
        image = self.store.repo.get_image(sha256) if sha256 else None
        if image is None:
            raise NotFound("There is no such image.")
        return image

    def of_question(self, question_id: int) -> SlideImage | None:
        """The image a question shows, or None."""
        question = self.store.repo.get_question(question_id)
        if question is None or not question.image_sha:
            return None
        return self.store.repo.get_image(question.image_sha)

    def shown(self, forum_id: int, question_id: int) -> SlideImage:
        """The image of a slide of this forum that the room has been shown (``room_has_seen``).
        Raises NotFound otherwise (an unknown question, no image, or a slide not shown yet)."""
        repo = self.store.repo
        forum = repo.get_forum(forum_id)
        question = repo.get_question(question_id)
        if (forum is None or question is None or question.forum_id != forum_id or not question.image_sha
                or not room_has_seen(forum, question)):
            raise NotFound("There is no such image.")
        return self.get(question.image_sha)


def room_has_seen(forum: Forum, question: Question) -> bool:
    """Whether phones may have been shown this slide: the forum started and the slide is the current
    one, was opened before (it has a closing time), or belongs to a self-paced forum."""
    if forum.state is ForumState.DRAFT:
        return False
    return (question.id == forum.current_question_id or question.is_open or question.closed_at is not None
            or forum.pace is Pace.SELF)
