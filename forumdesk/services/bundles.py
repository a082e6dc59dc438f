"""Forum bundles (issue 19): one file with everything of a forum, to gather forums run on several
laptops into one database.

A bundle is a UTF-8 JSON document::

    {"format": "forumdesk-bundle", "version": 1, "sha256": "<hex>", "content": {...}}

``sha256`` is the hash of ``content`` written canonically (sorted keys, no spaces), so a file
changed or cut short is refused. ``content`` names nothing by database id: questions are referred
to by their position, themes by their name, and the forum by its stable ``uid`` (migration 6),
which is how importing the same bundle twice adds nothing. Hidden answers, notes, themes,
commitments and content slides' images (``images``: base64 by hash) travel with the forum, and so
do the near-duplicates the facilitator accepted as the same answer (an answer's ``same_as``: the
``submission_id`` of the answer it counts as, absent in bundles made before), the questions the
room asked (``ask``: the mode and each item with its review status, flags, themes and upvote count)
and the facilitator's privacy review (``privacy``: keep or mask per identifying detail) with the
time the typed texts were erased, if they were; join codes, device keys and one-vote-per-phone
records (answers' and upvotes') do not. A bundle made before ``ask`` and ``privacy`` imports with
neither: no asked questions, every detail masked.

Reading (``read_bundle``) checks the whole file before anything is written, so a damaged or newer
bundle leaves the database untouched; importing is one write transaction.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forumdesk.domain import (
    Answer,
    AnswerContent,
    Commitment,
    CommitmentStatus,
    Forum,
    ForumState,
    InvalidAnswer,
    InvalidQuestion,
    Note,
    Pace,
    Partner,
    PartnerKind,
    Question,
    QuestionKind,
    Scale,
    Theme,
    validate_answer,
    validate_question,
)
from forumdesk.domain.ask import MAX_ASK_LENGTH, AskItem, AskMode, AskSettings, AskStatus
from forumdesk.domain.codes import new_join_code
from forumdesk.domain.images import InvalidImage, SlideImage
from forumdesk.i18n import LANGUAGES, N_, Message
from forumdesk.services.errors import InvalidInput, NotFound
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.services.files import read_chosen_file
from forumdesk.services.forums import clean_recap_details
from forumdesk.storage import Store

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


@dataclass(frozen=True)
class ImportResult:
    forum_id: int
    added: bool  # False: this forum was already in the database, nothing was added
    partner_id: int
    partner_matched: bool  # an existing partner with the same name was used


# ---------------------------------------------------------------- writing


def _question_dict(q: Question) -> dict:
    return {"kind": q.kind.value, "prompt": q.prompt, "choices": list(q.choices),
            "scale": q.scale.to_dict() if q.scale else None, "max_length": q.max_length, "max_words": q.max_words,
            "body": q.body, "image": q.image_sha or None}


def _images(repo, questions: list[Question]) -> dict:
    """Content slides' images, by hash: media type and bytes in base64."""
    images = {}
    for sha in sorted({q.image_sha for q in questions if q.image_sha}):
        image = repo.get_image(sha)
        if image is not None:
            images[sha] = {"media_type": image.media_type, "data": base64.b64encode(image.data).decode("ascii")}
    return images


def bundle_content(store: Store, forum_id: int) -> dict:
    """Everything of a forum as the bundle's ``content`` (read in one go from the calling thread)."""
    repo = store.repo
    forum = repo.get_forum(forum_id)
    if forum is None:
        raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
    partner = repo.get_partner(forum.partner_id)
    assert partner is not None  # forums.partner_id is a foreign key
    questions = repo.list_questions(forum_id)
    position = {q.id: i for i, q in enumerate(questions)}
    themes = repo.list_themes(forum_id)
    theme_name = {t.id: t.name for t in themes}
    answers = []
    listed = repo.list_answers(forum_id=forum_id)
    submission = {a.id: a.submission_id for a in listed}
    same_as = repo.same_answer_links(forum_id)
    for a in listed:
        answers.append({
            "question": position[a.question_id], "submission_id": a.submission_id, "text": a.content.text,
            "choices": list(a.content.choices), "rating": a.content.rating, "created_at": a.created_at,
            "hidden": a.hidden, "starred": a.starred, "keep_contact": a.masked_kept, "late": a.late,
            "themes": sorted(theme_name[t] for t in a.theme_ids),
            "same_as": submission.get(same_as[a.id]) if a.id in same_as else None,
        })
    room_counts = [
        {"question": i, "choice": choice, "count": count}
        for i, q in enumerate(questions) for choice, count in sorted(repo.room_counts(q.id).items())
    ]
    # A forum still marked running elsewhere is a finished record here: it travels as ended.
    state = ForumState.ENDED if forum.state is ForumState.RUNNING else forum.state
    ask = {"mode": repo.ask_settings(forum_id).mode.value, "items": [
        {"submission_id": i.submission_id, "text": i.text, "created_at": i.created_at, "status": i.status.value,
         "answered": i.answered, "starred": i.starred, "votes": i.votes,
         "themes": sorted(theme_name[t] for t in i.theme_ids)} for i in repo.list_ask_items(forum_id)]}
    return {
        "forum": {"uid": repo.forum_uid(forum_id), "title": forum.title, "date": forum.date, "venue": forum.venue,
                  "pace": forum.pace.value, "state": state.value, "small_group_k": forum.small_group_k,
                  "late_grace_minutes": forum.late_grace_minutes, "review_first": forum.review_first,
                  "changeable_votes": forum.changeable_votes, "language": forum.language,
                  "organiser": forum.organiser, "contact": forum.contact, "headcount": forum.headcount,
                  "takeaways": forum.takeaways, "texts_erased_at": repo.texts_erased_at(forum_id)},
        "partner": {"name": partner.name, "kind": partner.kind.value, "contact_notes": partner.contact_notes},
        "questions": [_question_dict(q) for q in questions],
        "images": _images(repo, questions),
        "themes": sorted(theme_name.values()),
        "answers": answers,
        "notes": [{"question": position.get(n.question_id) if n.question_id is not None else None,
                   "text": n.text, "created_at": n.created_at} for n in repo.list_notes(forum_id)],
        "room_counts": room_counts,
        "commitments": [{"text": c.text, "owner": c.owner, "due_date": c.due_date, "status": c.status.value,
                         "outcome": c.outcome} for c in repo.list_commitments(forum_id)],
        "ask": ask,
        "privacy": [{"key": key, "keep": keep} for key, keep in sorted(repo.privacy_decisions(forum_id).items())],
    }


def bundle_bytes(content: dict) -> bytes:
    document = {"format": FORMAT, "version": FORMAT_VERSION, "sha256": content_hash(content), "content": content}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file renamed into place: the file appears complete or not at all."""
    path = Path(path)
    if path.is_dir():
        raise InvalidInput("{path} is a folder; give a file name for the bundle.", path=path)
    if not path.parent.is_dir():
        raise InvalidInput("The folder {folder} does not exist.", folder=path.parent)
    fd, tmp = tempfile.mkstemp(prefix=".forumdesk-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- reading and checking


def _damaged(detail: str, **values: object) -> BundleError:
    """``detail`` is a msgid (marked with N_ where it is written), translated with the sentence."""
    return BundleError("This bundle is damaged ({detail}), so nothing was imported.", detail=Message(detail, **values))


def _need(data: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise _damaged(N_("{where} has no {key}"), where=where, key=key)
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise _damaged(N_("{where}.{key} is not what it should be"), where=where, key=key)
    return value


def _opt_int(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


# What a forum's bundle carries beside its title and pace (added after the first bundles, which
# still import: a missing key takes the default of a new forum).
_SETTINGS = {"review_first": (bool, False), "changeable_votes": (bool, False), "language": (str, ""),
             "organiser": (str, ""), "contact": (str, ""), "headcount": ((int, type(None)), None),
             "takeaways": (list, [])}


def _forum_settings(forum: dict) -> dict:
    """The forum's settings and recap details from a bundle, checked as the forum editor checks them."""
    settings = {}
    for key, (kind, default) in _SETTINGS.items():
        value = forum.get(key, default)
        if not isinstance(value, kind) or (key == "headcount" and isinstance(value, bool)):
            raise _damaged(N_("{where}.{key} is not what it should be"), where="forum", key=key)
        settings[key] = value
    if not all(isinstance(t, str) for t in settings["takeaways"]) or (
            settings["language"] and settings["language"] not in LANGUAGES):
        raise _damaged(N_("a setting has an unknown value"))
    details = Forum(title="-", partner_id=0, join_code="", organiser=settings["organiser"],
                    contact=settings["contact"], headcount=settings["headcount"], takeaways=list(settings["takeaways"]))
    try:
        clean_recap_details(details)
    except InvalidInput:
        raise _damaged(N_("a setting has an unknown value")) from None
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
        raise _damaged(N_("the forum has no id or no title"))
    _forum_settings(forum)
    try:
        Pace(forum["pace"])
        ForumState(forum["state"])
        PartnerKind(_need(_need(content, "partner", dict, "content"), "kind", str, "partner"))
    except ValueError:
        raise _damaged(N_("a setting has an unknown value")) from None
    if not _need(content["partner"], "name", str, "partner").strip():
        raise _damaged(N_("the partner has no name"))
    _need(content["partner"], "contact_notes", str, "partner")
    questions = [_question(q) for q in _need(content, "questions", list, "content")]
    images = _read_images(content)
    if any(q.image_sha and q.image_sha not in images for q in questions):
        raise _damaged(N_("a slide's image is missing"))
    themes = _need(content, "themes", list, "content")
    if not all(isinstance(t, str) and t for t in themes) or len(set(themes)) != len(themes):
        raise _damaged(N_("a theme is not a name"))
    for answer in _need(content, "answers", list, "content"):
        index = _need(answer, "question", int, "answer")
        if not 0 <= index < len(questions):
            raise _damaged(N_("an answer refers to no question"))
        _need(answer, "submission_id", str, "answer")
        _need(answer, "created_at", str, "answer")
        choices = _need(answer, "choices", list, "answer")
        if not all(isinstance(c, int) and not isinstance(c, bool) for c in choices):
            raise _damaged(N_("an answer's choices are not numbers"))
        if not (answer.get("text") is None or isinstance(answer.get("text"), str)) or not _opt_int(answer.get("rating")):
            raise _damaged(N_("an answer's text or rating is not what it should be"))
        for flag in ("hidden", "starred", "keep_contact", "late"):
            _need(answer, flag, bool, "answer")
        payload = {key: answer[key] for key in ("text", "choices", "rating") if answer.get(key) not in (None, [])}
        erased = forum.get("texts_erased_at") and answer.get("text") is None and not payload
        try:  # the kind's own check, as for a phone: a choice that does not exist, a rating off the scale
            if not erased:  # (a forum whose typed texts were erased keeps its text answers' rows, empty)
                validate_answer(questions[index], payload)
        except InvalidAnswer:
            raise _damaged(N_("an answer does not fit its question")) from None
        if not set(_need(answer, "themes", list, "answer")) <= set(themes):
            raise _damaged(N_("an answer is tagged with an unknown theme"))
    question_of = {a["submission_id"]: a["question"] for a in content["answers"]}
    for answer in content["answers"]:
        same = answer.get("same_as")
        if same is not None and (not isinstance(same, str) or question_of.get(same) != answer["question"]
                                 or answer.get("text") is None):
            raise _damaged(N_("an answer counts as the same as an answer that is not there"))
    for note in _need(content, "notes", list, "content"):
        _need(note, "text", str, "note")
        _need(note, "created_at", str, "note")
        if not _opt_int(note.get("question")) or (note["question"] is not None
                                                   and not 0 <= note["question"] < len(questions)):
            raise _damaged(N_("a note refers to no question"))
    for count in _need(content, "room_counts", list, "content"):
        index = _need(count, "question", int, "room count")
        if not 0 <= index < len(questions) or _need(count, "count", int, "room count") < 0:
            raise _damaged(N_("a room count refers to no question"))
        _need(count, "choice", int, "room count")
    for commitment in _need(content, "commitments", list, "content"):
        for key in ("text", "owner", "due_date", "status", "outcome"):
            _need(commitment, key, str, "commitment")
        try:
            CommitmentStatus(commitment["status"])
        except ValueError:
            raise _damaged(N_("a commitment has an unknown status")) from None
    if not (forum.get("texts_erased_at") is None or isinstance(forum["texts_erased_at"], str)):
        raise _damaged(N_("{where}.{key} is not what it should be"), where="forum", key="texts_erased_at")
    _check_ask(content, set(themes))
    for decision in _need(content, "privacy", list, "content") if "privacy" in content else []:
        _need(decision, "keep", bool, "privacy decision")
        if not _need(decision, "key", str, "privacy decision"):
            raise _damaged(N_("{where}.{key} is not what it should be"), where="privacy decision", key="key")


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
        raise _damaged(N_("an asked question is not what it should be")) from None


def _question(data: Any) -> Question:
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
        raise _damaged(N_("a question cannot be read")) from None
    return question


def _read_images(content: dict) -> dict[str, SlideImage]:
    """The bundle's images, each checked as a chosen file is and against its hash."""
    found = {}
    images = content.get("images", {})
    if not isinstance(images, dict):
        raise _damaged(N_("its images are not what they should be"))
    for sha, entry in images.items():
        try:
            image = SlideImage.from_bytes(base64.b64decode(_need(entry, "data", str, "image"), validate=True))
        except (InvalidImage, binascii.Error, ValueError):
            raise _damaged(N_("an image cannot be read")) from None
        if image.sha256 != sha:
            raise _damaged(N_("an image does not match its checksum"))
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
        raise _damaged(N_("it has no format version"))
    if version > FORMAT_VERSION:
        raise BundleError("This bundle was written by a newer forumdesk (bundle format {version}; this one reads "
                          "up to {latest}). Update forumdesk to import it; nothing was imported.",
                          version=version, latest=FORMAT_VERSION)
    content = document.get("content")
    if not isinstance(content, dict) or document.get("sha256") != content_hash(content):
        raise _damaged(N_("its content does not match its checksum"))
    _check_content(content)
    return Bundle(content)


def read_bundle_file(path: str | os.PathLike[str]) -> Bundle:
    path = Path(path)
    return read_bundle(read_chosen_file(path, MAX_BUNDLE_BYTES, BundleError, N_("{path} is a folder, not a bundle.")))


# ---------------------------------------------------------------- the service


class BundleService:
    def __init__(self, store: Store, events: EventBus) -> None:
        self.store = store
        self.events = events

    def export(self, forum_id: int) -> bytes:
        return bundle_bytes(bundle_content(self.store, forum_id))

    def export_to(self, forum_id: int, path: str | os.PathLike[str]) -> Path:
        data = self.export(forum_id)
        write_file_atomically(Path(path), data)
        return Path(path)

    def matching_partner(self, bundle: Bundle) -> Partner | None:
        """The partner of this database with the bundle's partner's name, if any (the app asks)."""
        return self.store.repo.find_partner_by_name(" ".join(bundle.partner_name.split()))

    def already_imported(self, bundle: Bundle) -> int | None:
        return self.store.repo.forum_id_by_uid(bundle.uid)

    def import_bundle(self, bundle: Bundle, *, match_partner: bool = True) -> ImportResult:
        """Add the bundle's forum (one transaction). The same forum twice adds nothing; with
        ``match_partner`` a partner with the same name is used, otherwise a new one is made."""
        c = bundle.content
        with self.store.write() as repo:
            existing = repo.forum_id_by_uid(bundle.uid)
            if existing is not None:
                forum = repo.get_forum(existing)
                assert forum is not None
                return ImportResult(existing, False, forum.partner_id, True)
            # Phones' submission ids are unique; another forum holding them means an edited bundle.
            asked = c.get("ask", {"mode": AskMode.OFF.value, "items": []})
            if repo.existing_submissions([a["submission_id"] for a in c["answers"]]) or any(
                    repo.ask_submission_taken(i["submission_id"]) for i in asked["items"]):
                raise _damaged(N_("its answers are already in this database, under another forum"))
            partner = repo.find_partner_by_name(" ".join(bundle.partner_name.split())) if match_partner else None
            matched = partner is not None
            if partner is None:
                p = c["partner"]
                partner = Partner(name=" ".join(p["name"].split()), kind=PartnerKind(p["kind"]),
                                  contact_notes=p["contact_notes"])
                partner.id = repo.insert_partner(partner)
            f = c["forum"]
            code = new_join_code()
            while repo.join_code_taken(code):
                code = new_join_code()
            forum = Forum(title=f["title"], partner_id=partner.id, join_code=code, date=f["date"], venue=f["venue"],
                          pace=Pace(f["pace"]), state=ForumState(f["state"]), small_group_k=f["small_group_k"],
                          late_grace_minutes=f["late_grace_minutes"], **_forum_settings(f))
            forum.id = repo.insert_forum(forum)
            repo.set_forum_uid(forum.id, bundle.uid)
            for image in _read_images(c).values():
                repo.insert_image(image)
            question_ids = []
            for position, data in enumerate(c["questions"]):
                question = _question(data)
                question.forum_id, question.position = forum.id, position
                question_ids.append(repo.insert_question(question))
            theme_ids = {name: repo.insert_theme(Theme(forum.id, name)) for name in c["themes"]}
            new_ids: dict[str, int] = {}  # submission id -> the answer's id here
            for a in c["answers"]:
                answer = Answer(
                    forum_id=forum.id, question_id=question_ids[a["question"]], submission_id=a["submission_id"],
                    content=AnswerContent(text=a.get("text"), choices=tuple(a["choices"]), rating=a.get("rating")),
                    created_at=a["created_at"], hidden=a["hidden"], starred=a["starred"],
                    masked_kept=a["keep_contact"], late=a["late"],
                )
                answer_id = repo.insert_imported_answer(answer)
                new_ids[a["submission_id"]] = answer_id
                for name in a["themes"]:
                    repo.tag_answer(answer_id, theme_ids[name])
            for a in c["answers"]:
                if a.get("same_as") is not None:
                    repo.add_same_answers(question_ids[a["question"]], [(new_ids[a["submission_id"]],
                                                                         new_ids[a["same_as"]])])
            for n in c["notes"]:
                question_id = question_ids[n["question"]] if n["question"] is not None else None
                repo.insert_note(Note(forum.id, n["text"], question_id, n["created_at"]))
            for rc in c["room_counts"]:
                repo.set_room_count(question_ids[rc["question"]], rc["choice"], rc["count"])
            for position, k in enumerate(c["commitments"]):
                repo.insert_commitment(Commitment(forum.id, k["text"], position, k["owner"], k["due_date"],
                                                  CommitmentStatus(k["status"]), k["outcome"]))
            if AskMode(asked["mode"]) is not AskMode.OFF:
                repo.set_ask_settings(forum.id, AskSettings(AskMode(asked["mode"]), is_open=False))
            for i in asked["items"]:
                repo.insert_imported_ask_item(AskItem(
                    forum.id, i["submission_id"], i["text"], i["created_at"], AskStatus(i["status"]), i["answered"],
                    i["starred"], i["votes"], tuple(theme_ids[name] for name in i["themes"])))
            for decision in c.get("privacy", []):
                repo.set_privacy_decision(forum.id, decision["key"], decision["keep"])
            if f.get("texts_erased_at"):
                repo.set_texts_erased_at(forum.id, f["texts_erased_at"])
        self.events.publish(Event(EventKind.PARTNERS_CHANGED))
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum.id))
        return ImportResult(forum.id, True, partner.id, matched)
