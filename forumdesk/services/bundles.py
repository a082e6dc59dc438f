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

Reading (``bundle_check.read_bundle``) checks the whole file before anything is written, so a damaged or newer
bundle leaves the database untouched; importing is one write transaction.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from forumdesk.domain import (
    Answer,
    AnswerContent,
    Commitment,
    CommitmentStatus,
    Forum,
    ForumState,
    Note,
    Pace,
    Partner,
    PartnerKind,
    Question,
    Theme,
)
from forumdesk.domain.ask import AskItem, AskMode, AskSettings, AskStatus
from forumdesk.domain.codes import new_join_code
from forumdesk.i18n import N_
from forumdesk.services.bundle_check import (
    FORMAT,
    FORMAT_VERSION,
    Bundle,
    content_hash,
    damaged,
    forum_settings,
    question_from,
    read_images,
)
from forumdesk.services.errors import InvalidInput, NotFound
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.storage import Store


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
                raise damaged(N_("its answers are already in this database, under another forum"))
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
                          late_grace_minutes=f["late_grace_minutes"], **forum_settings(f))
            forum.id = repo.insert_forum(forum)
            repo.set_forum_uid(forum.id, bundle.uid)
            for image in read_images(c).values():
                repo.insert_image(image)
            question_ids = []
            for position, data in enumerate(c["questions"]):
                question = question_from(data)
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
