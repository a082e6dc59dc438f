"""Reading and checking forum bundles (see ``forumdesk.services.bundles`` for what a bundle holds).

``read_bundle`` checks a whole bundle (format, version, checksum, every type, reference and value,
as the editor and the phones' checks would) before anything is written, so a damaged or newer
bundle is refused with one sentence and the database is untouched. The helpers that turn checked
parts into domain objects (``question_from``, ``read_images``, ``forum_settings``) are shared with the
import in ``bundles.py``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forumdesk.domain import (
    CommitmentStatus,
    Forum,
    ForumState,
    InvalidAnswer,
    InvalidQuestion,
    Pace,
    PartnerKind,
    Question,
    QuestionKind,
    Scale,
    validate_answer,
    validate_question,
)
from forumdesk.domain.ask import MAX_ASK_LENGTH, AskMode, AskStatus
from forumdesk.domain.images import InvalidImage, SlideImage
from forumdesk.i18n import LANGUAGES, N_, Message
from forumdesk.services.errors import InvalidInput
from forumdesk.services.files import read_chosen_file
from forumdesk.services.forums import clean_recap_details

FORMAT = "forumdesk-bundle"
FORMAT_VERSION = 1
MAX_BUNDLE_BYTES = 200 * 1024 * 1024  # far above any forum; refuses a wrong file before reading it all


class BundleError(InvalidInput):
    """A bundle that cannot be imported; the message is a sentence for the user."""


def canonical(content: dict) -> bytes:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def content_hash(content: dict) -> str:
    return hashlib.sha256(canonical(content)).hexdigest()


@dataclass(frozen=True)
class Bundle:
    """A checked bundle's content (see the module docstring)."""

    content: dict[str, Any]

    @property
    def uid(self) -> str:
        return self.content["forum"]["uid"]

    @property
    def title(self) -> str:
        return self.content["forum"]["title"]

    @property
    def partner_name(self) -> str:
        return self.content["partner"]["name"]




# ---------------------------------------------------------------- reading and checking


def damaged(detail: str, **values: object) -> BundleError:
    """``detail`` is a msgid (marked with N_ where it is written), translated with the sentence."""
    return BundleError("This bundle is damaged ({detail}), so nothing was imported.", detail=Message(detail, **values))


def _need(data: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise damaged(N_("{where} has no {key}"), where=where, key=key)
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise damaged(N_("{where}.{key} is not what it should be"), where=where, key=key)
    return value


def _opt_int(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


# What a forum's bundle carries beside its title and pace (added after the first bundles, which
# still import: a missing key takes the default of a new forum).
_SETTINGS = {"review_first": (bool, False), "changeable_votes": (bool, False), "language": (str, ""),
             "organiser": (str, ""), "contact": (str, ""), "headcount": ((int, type(None)), None),
             "takeaways": (list, [])}


def forum_settings(forum: dict) -> dict:
    """The forum's settings and recap details from a bundle, checked as the forum editor checks them."""
    settings = {}
    for key, (kind, default) in _SETTINGS.items():
        value = forum.get(key, default)
        if not isinstance(value, kind) or (key == "headcount" and isinstance(value, bool)):
            raise damaged(N_("{where}.{key} is not what it should be"), where="forum", key=key)
        settings[key] = value
    if not all(isinstance(t, str) for t in settings["takeaways"]) or (
            settings["language"] and settings["language"] not in LANGUAGES):
        raise damaged(N_("a setting has an unknown value"))
    details = Forum(title="-", partner_id=0, join_code="", organiser=settings["organiser"],
                    contact=settings["contact"], headcount=settings["headcount"], takeaways=list(settings["takeaways"]))
    try:
        clean_recap_details(details)
    except InvalidInput:
        raise damaged(N_("a setting has an unknown value")) from None
    settings.update(organiser=details.organiser, contact=details.contact, headcount=details.headcount,
                    takeaways=details.takeaways)
    return settings


def _check_content(content: Any) -> None:
    """Raise BundleError unless ``content`` can be imported as it is (types, references, values)."""
    forum = _need(content, "forum", dict, "content")
    for key in ("uid", "title", "date", "venue", "pace", "state"):
        _need(forum, key, str, "forum")
    for key in ("small_group_k", "late_grace_minutes"):
        _need(forum, key, int, "forum")
    if not forum["uid"] or len(forum["uid"]) > 64 or not forum["title"].strip():
        raise damaged(N_("the forum has no id or no title"))
    forum_settings(forum)
    try:
        Pace(forum["pace"])
        ForumState(forum["state"])
        PartnerKind(_need(_need(content, "partner", dict, "content"), "kind", str, "partner"))
    except ValueError:
        raise damaged(N_("a setting has an unknown value")) from None
    if not _need(content["partner"], "name", str, "partner").strip():
        raise damaged(N_("the partner has no name"))
    _need(content["partner"], "contact_notes", str, "partner")
    questions = [question_from(q) for q in _need(content, "questions", list, "content")]
    images = read_images(content)
    if any(q.image_sha and q.image_sha not in images for q in questions):
        raise damaged(N_("a slide's image is missing"))
    themes = _need(content, "themes", list, "content")
    if not all(isinstance(t, str) and t for t in themes) or len(set(themes)) != len(themes):
        raise damaged(N_("a theme is not a name"))
    for answer in _need(content, "answers", list, "content"):
        index = _need(answer, "question", int, "answer")
        if not 0 <= index < len(questions):
            raise damaged(N_("an answer refers to no question"))
        _need(answer, "submission_id", str, "answer")
        _need(answer, "created_at", str, "answer")
        choices = _need(answer, "choices", list, "answer")
        if not all(isinstance(c, int) and not isinstance(c, bool) for c in choices):
            raise damaged(N_("an answer's choices are not numbers"))
        if not (answer.get("text") is None or isinstance(answer.get("text"), str)) or not _opt_int(answer.get("rating")):
            raise damaged(N_("an answer's text or rating is not what it should be"))
        for flag in ("hidden", "starred", "keep_contact", "late"):
            _need(answer, flag, bool, "answer")
        payload = {key: answer[key] for key in ("text", "choices", "rating") if answer.get(key) not in (None, [])}
        erased = forum.get("texts_erased_at") and answer.get("text") is None and not payload
        try:  # the kind's own check, as for a phone: a choice that does not exist, a rating off the scale
            if not erased:  # (a forum whose typed texts were erased keeps its text answers' rows, empty)
                validate_answer(questions[index], payload)
        except InvalidAnswer:
            raise damaged(N_("an answer does not fit its question")) from None
        if not set(_need(answer, "themes", list, "answer")) <= set(themes):
            raise damaged(N_("an answer is tagged with an unknown theme"))
    question_of = {a["submission_id"]: a["question"] for a in content["answers"]}
    for answer in content["answers"]:
        same = answer.get("same_as")
        if same is not None and (not isinstance(same, str) or question_of.get(same) != answer["question"]
                                 or answer.get("text") is None):
            raise damaged(N_("an answer counts as the same as an answer that is not there"))
    for note in _need(content, "notes", list, "content"):
        _need(note, "text", str, "note")
        _need(note, "created_at", str, "note")
        if not _opt_int(note.get("question")) or (note["question"] is not None
                                                   and not 0 <= note["question"] < len(questions)):
            raise damaged(N_("a note refers to no question"))
    for count in _need(content, "room_counts", list, "content"):
        index = _need(count, "question", int, "room count")
        if not 0 <= index < len(questions) or _need(count, "count", int, "room count") < 0:
            raise damaged(N_("a room count refers to no question"))
        _need(count, "choice", int, "room count")
    for commitment in _need(content, "commitments", list, "content"):
        for key in ("text", "owner", "due_date", "status", "outcome"):
            _need(commitment, key, str, "commitment")
        try:
            CommitmentStatus(commitment["status"])
        except ValueError:
            raise damaged(N_("a commitment has an unknown status")) from None
    if not (forum.get("texts_erased_at") is None or isinstance(forum["texts_erased_at"], str)):
        raise damaged(N_("{where}.{key} is not what it should be"), where="forum", key="texts_erased_at")
    _check_ask(content, set(themes))
    decisions = _need(content, "privacy", list, "content") if "privacy" in content else []  # absent before
    for decision in decisions:
        _need(decision, "keep", bool, "privacy decision")
        if not _need(decision, "key", str, "privacy decision"):
            raise damaged(N_("{where}.{key} is not what it should be"), where="privacy decision", key="key")


def _check_ask(content: dict, themes: set[str]) -> None:
    """The room's asked questions, checked as the phone's and the console's are."""
    if "ask" not in content:
        return  # a bundle from before asked questions travelled
    ask = _need(content, "ask", dict, "content")
    try:
        AskMode(_need(ask, "mode", str, "ask"))
        seen = set()
        for item in _need(ask, "items", list, "ask"):
            for key in ("submission_id", "text", "created_at", "status"):
                _need(item, key, str, "asked question")
            for key in ("answered", "starred"):
                _need(item, key, bool, "asked question")
            AskStatus(item["status"])
            if (not item["text"].strip() or len(item["text"]) > MAX_ASK_LENGTH or item["submission_id"] in seen
                    or _need(item, "votes", int, "asked question") < 0
                    or not set(_need(item, "themes", list, "asked question")) <= themes):
                raise ValueError
            seen.add(item["submission_id"])
    except ValueError:
        raise damaged(N_("an asked question is not what it should be")) from None


def question_from(data: Any) -> Question:
    try:
        question = Question(
            kind=QuestionKind(_need(data, "kind", str, "question")),
            prompt=_need(data, "prompt", str, "question"),
            choices=[str(c) for c in _need(data, "choices", list, "question")],
            scale=Scale.from_dict(data["scale"]) if isinstance(data.get("scale"), dict) else None,
            max_length=_need(data, "max_length", int, "question"),
            max_words=_need(data, "max_words", int, "question"),
            body=data.get("body") or "",  # bundles from before content slides have neither
            image_sha=data.get("image") or "",
        )
        if not isinstance(question.body, str) or not isinstance(question.image_sha, str):
            raise TypeError
        validate_question(question)
    except (ValueError, TypeError, InvalidQuestion, KeyError):
        raise damaged(N_("a question cannot be read")) from None
    return question


def read_images(content: dict) -> dict[str, SlideImage]:
    """The bundle's images, each checked as a chosen file is and against its hash."""
    found = {}
    images = content.get("images", {})
    if not isinstance(images, dict):
        raise damaged(N_("its images are not what they should be"))
    for sha, entry in images.items():
        try:
            image = SlideImage.from_bytes(base64.b64decode(_need(entry, "data", str, "image"), validate=True))
        except (InvalidImage, binascii.Error, ValueError):
            raise damaged(N_("an image cannot be read")) from None
        if image.sha256 != sha:
            raise damaged(N_("an image does not match its checksum"))
        found[sha] = image
    return found


def read_bundle(data: bytes) -> Bundle:
    """Check a bundle file's bytes. Raises BundleError (a sentence) for a damaged or newer bundle."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("This file is too large to be a forumdesk bundle, so nothing was imported.")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError("This file is not a forumdesk bundle, or it is damaged, so nothing was imported.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError("This file is not a forumdesk bundle, so nothing was imported.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise damaged(N_("it has no format version"))
    if version > FORMAT_VERSION:
        raise BundleError("This bundle was written by a newer forumdesk (bundle format {version}; this one reads "
                          "up to {latest}). Update forumdesk to import it; nothing was imported.",
                          version=version, latest=FORMAT_VERSION)
    content = document.get("content")
    if not isinstance(content, dict) or document.get("sha256") != content_hash(content):
        raise damaged(N_("its content does not match its checksum"))
    _check_content(content)
    return Bundle(content)


def read_bundle_file(path: str | os.PathLike[str]) -> Bundle:
    path = Path(path)
    return read_bundle(read_chosen_file(path, MAX_BUNDLE_BYTES, BundleError, N_("{path} is a folder, not a bundle.")))

