"""Use cases around what the room says: answers from phones, moderation, themes, room notes,
room counts and results (commitments: ``services/commitments.py``, corrections: ``room_edits.py``)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from forumdesk.domain import (
    Answer,
    Forum,
    InvalidAnswer,
    Note,
    Question,
    kinds,
    validate_answer,
)
from forumdesk.domain.privacy import find_contacts
from forumdesk.domain.results import QuestionResults, tally
from forumdesk.domain.validation import clean_text
from forumdesk.services.commitments import Commitments
from forumdesk.services.errors import (
    AlreadyAnswered,
    InvalidInput,
    NoAnswers,
    NotFound,
    QuestionClosed,
    ServiceError,
)
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.services.live import needs_review, on_screen
from forumdesk.services.room_edits import MAX_NOTE, RoomEdits
from forumdesk.storage import Repository, Store, now_iso

_UNKNOWN = object()  # not looked up yet (None means looked up and not found)


class SubmitStatus(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    REPLACED = "replaced"  # a changed vote (forums with changeable votes): the phone's one answer now holds this


@dataclass(frozen=True)
class Submission:
    """One answer as it came from a phone, before validation."""

    forum_id: int
    question_id: int
    submission_id: str
    payload: dict[str, Any]
    client_id: str | None = None


@dataclass(frozen=True)
class SubmitOutcome:
    status: SubmitStatus | None = None  # None when ``error`` is set
    error: ServiceError | None = None
    answer: Answer | None = None


_DUPLICATE = SubmitOutcome(status=SubmitStatus.DUPLICATE)

def _within_grace(question: Question, forum: Forum, now: datetime) -> bool:
    """Whether an answer to a closed question is still taken, as a late one: the question was
    open once (it has a closing time) and closed less than the forum's grace period ago. The
    phone may have written it while the question was open and sent it once back online."""
    if question.closed_at is None or forum.late_grace_minutes <= 0:
        return False
    closed = datetime.fromisoformat(question.closed_at)
    return now - closed <= timedelta(minutes=forum.late_grace_minutes)


def _closed(question: Question, forum: Forum) -> QuestionClosed:
    if question.closed_at is None:
        return QuestionClosed("This question is not taking answers yet.")
    if forum.late_grace_minutes <= 0:
        return QuestionClosed("This question has closed, so it no longer takes answers.")
    return QuestionClosed("This question closed more than {minutes} minutes ago, so it no longer takes answers.",
                          minutes=forum.late_grace_minutes)


def device_hash(key: bytes, question_id: int, client_id: str) -> bytes:
    """A keyed hash that says "this phone answered this question" and nothing else."""
    return hmac.new(key, f"{question_id}:{client_id}".encode(), hashlib.sha256).digest()[:16]


class AnswerService(RoomEdits, Commitments):
    def __init__(self, store: Store, events: EventBus) -> None:
        self.store = store
        self.events = events

    # ------------------------------------------------------------ submitting

    def submit(self, submission: Submission) -> SubmitStatus:
        """Store one answer; returns once it is committed to disk. Raises a ServiceError subclass
        (NotFound, QuestionClosed, AlreadyAnswered, InvalidInput) for an answer that cannot be taken."""
        outcome = self.submit_many([submission])[0]
        if outcome.error:
            raise outcome.error
        assert outcome.status is not None
        return outcome.status

    def submit_many(self, submissions: list[Submission]) -> list[SubmitOutcome]:
        """Store a batch of answers in one transaction (group commit) and return one outcome each,
        in order. A bad answer gets its own error and does not affect the others.

        Each answer is judged exactly as if it had been submitted alone, one after the other: an
        unknown forum or question, then an already stored ``submission_id`` (a duplicate, also when
        an earlier answer of the same batch stored it), a closed question, the content, and one
        vote per device. What is already stored is looked up once for the whole batch, and the new
        answers and device votes are written with one ``executemany`` each."""
        outcomes: list[SubmitOutcome] = []
        with self.store.write() as repo:
            stored = self._store_batch(repo, submissions, outcomes)
        changed = {o.answer.submission_id for o in outcomes if o.status is SubmitStatus.REPLACED and o.answer}
        publish = self.events.publish
        for answer in stored:
            kind = EventKind.ANSWER_STORED if answer.submission_id not in changed else EventKind.ANSWER_CHANGED
            publish(Event(kind, answer.forum_id, {"answer": answer}))
        return outcomes

    def _store_batch(self, repo: Repository, submissions: list[Submission], outcomes: list[SubmitOutcome]) -> list[Answer]:
        forums: dict[int, Any] = {}
        questions: dict[int, Any] = {}
        keys: dict[int, bytes] = {}
        # First pass: what each answer is about, and the device hash where one vote per device applies.
        targets: list[tuple[Any, Any, bytes | None] | ServiceError] = []
        votes_asked: dict[int, list[bytes]] = {}
        for sub in submissions:
            forum = forums.get(sub.forum_id, _UNKNOWN)
            if forum is _UNKNOWN:
                forum = forums[sub.forum_id] = repo.get_forum(sub.forum_id)
            if forum is None:
                targets.append(NotFound("There is no forum with that code.", code="unknown_forum"))
                continue
            question = questions.get(sub.question_id, _UNKNOWN)
            if question is _UNKNOWN:
                question = questions[sub.question_id] = repo.get_question(sub.question_id)
            if question is None or question.forum_id != forum.id:
                targets.append(NotFound("This question does not exist.", code="unknown_question"))
                continue
            if not kinds.of(question.kind).takes_answers:  # a content slide only informs
                targets.append(NoAnswers("This slide only informs; there is nothing to answer.", code="takes_no_answers"))
                continue
            vote = None
            if sub.client_id and kinds.of(question.kind).one_answer_per_phone:
                key = keys.get(forum.id)
                if key is None:
                    key = keys[forum.id] = repo.forum_device_key(forum.id)
                vote = device_hash(key, question.id, sub.client_id)
                votes_asked.setdefault(question.id, []).append(vote)
            targets.append((forum, question, vote))
        already_stored = repo.existing_submissions([sub.submission_id for sub in submissions])
        already_voted = {(question_id, vote) for question_id, hashes in votes_asked.items()
                         for vote in repo.existing_device_votes(question_id, hashes)}
        # Forums with changeable votes: which answer each phone that already voted stored.
        voted_answers = {(question_id, vote): answer_id for question_id, hashes in votes_asked.items()
                         if forums[questions[question_id].forum_id].changeable_votes
                         for vote, answer_id in repo.voted_answers(question_id, hashes).items()}
        # Second pass, in order: the same checks, in the same order, as one answer at a time.
        now = datetime.now(UTC)
        created_at = now_iso(rounded_to_minute=True)
        answers: list[Answer] = []
        new_votes: list[tuple[int, bytes]] = []
        links: list[tuple[Answer, bytes]] = []
        replaced: list[Answer] = []
        for sub, target in zip(submissions, targets, strict=True):
            if isinstance(target, ServiceError):
                outcomes.append(SubmitOutcome(error=target))
                continue
            forum, question, vote = target
            if sub.submission_id in already_stored:
                outcomes.append(_DUPLICATE)
                continue
            late = not question.is_open
            if late and not _within_grace(question, forum, now):
                outcomes.append(SubmitOutcome(error=_closed(question, forum)))
                continue
            try:
                content = validate_answer(question, sub.payload)
            except InvalidAnswer as exc:
                error = InvalidInput(str(exc), code="invalid_answer")
                error.__cause__ = exc
                outcomes.append(SubmitOutcome(error=error))
                continue
            answer = Answer(forum_id=forum.id, question_id=question.id, submission_id=sub.submission_id,
                            content=content, created_at=created_at, late=late)
            if vote is not None:
                if (question.id, vote) in already_voted:
                    # A changed vote while the question is open: the phone's one answer takes the
                    # new content in place (a change in the same batch as the first vote is refused).
                    previous = voted_answers.get((question.id, vote))
                    if previous is None or late:
                        outcomes.append(SubmitOutcome(error=AlreadyAnswered(
                            "You have already answered this question from this phone.")))
                        continue
                    already_stored.add(sub.submission_id)
                    answer.id = previous
                    replaced.append(answer)
                    outcomes.append(SubmitOutcome(status=SubmitStatus.REPLACED, answer=answer))
                    continue
                already_voted.add((question.id, vote))
                new_votes.append((question.id, vote))
                if forum.changeable_votes:
                    links.append((answer, vote))
            already_stored.add(sub.submission_id)
            answers.append(answer)
            outcomes.append(SubmitOutcome(status=SubmitStatus.STORED, answer=answer))
        repo.record_device_votes(new_votes)
        for answer, answer_id in zip(answers, repo.insert_answers(answers), strict=True):
            answer.id = answer_id
        repo.link_device_votes([(answer.id, answer.question_id, vote) for answer, vote in links])
        for answer in replaced:
            repo.replace_answer_content(answer.id, answer)
        return answers + replaced

    # ------------------------------------------------------------ reading and moderating

    def answers(self, forum_id: int, question_id: int | None = None, include_hidden: bool = True) -> list[Answer]:
        return self.store.repo.list_answers(forum_id=forum_id, question_id=question_id,
                                  include_hidden=include_hidden)

    def answer(self, answer_id: int) -> Answer:
        answer = self.store.repo.get_answer(answer_id)
        if answer is None:
            raise NotFound("That answer no longer exists.")
        return answer

    def answer_counts(self, forum_id: int) -> dict[int, int]:
        return self.store.repo.count_answers(forum_id)

    def late_answer_counts(self, forum_id: int) -> dict[int, int]:
        """Per question, how many answers arrived after it closed (taken within the grace period)."""
        return self.store.repo.count_late_answers(forum_id)

    def set_hidden(self, answer_id: int, hidden: bool) -> Answer:
        return self._set_flags([answer_id], hidden=hidden)[0]

    def set_starred(self, answer_id: int, starred: bool) -> Answer:
        return self._set_flags([answer_id], starred=starred)[0]

    def set_hidden_all(self, answer_ids: Sequence[int], hidden: bool) -> list[Answer]:
        """Hide (or show again) several answers in one write: the console's bulk H. If one of them
        no longer exists, none changes."""
        return self._set_flags(answer_ids, hidden=hidden)

    def set_starred_all(self, answer_ids: Sequence[int], starred: bool) -> list[Answer]:
        return self._set_flags(answer_ids, starred=starred)

    def set_approved(self, answer_id: int, approved: bool = True) -> Answer:
        """Review-first forums: let this answer on the projector and into the phones' results
        (approving also un-hides it: the facilitator changed their mind)."""
        if approved:
            return self._set_flags([answer_id], approved=True, hidden=False)[0]
        return self._set_flags([answer_id], approved=False)[0]

    def set_keep_contact(self, answer_id: int, keep: bool) -> Answer:
        """Keep (or mask again) every identifying detail found in this answer, everywhere: the
        decision is stored per detail for the forum (``services.privacy``), so the same detail in
        another answer or a note follows it."""
        with self.store.write() as repo:
            answer = repo.get_answer(answer_id)
            if answer is None:
                raise NotFound("That answer no longer exists.")
            repo.set_answer_flags(answer_id, keep_contact=keep)
            for match in find_contacts(answer.content.text or ""):
                repo.set_privacy_decision(answer.forum_id, match.key, keep)
        return self._answer_changed(answer_id)

    def _set_flags(self, answer_ids: Sequence[int], **flags: bool) -> list[Answer]:
        ids = list(dict.fromkeys(answer_ids))
        with self.store.write() as repo:
            for answer_id in ids:
                if repo.get_answer(answer_id) is None:
                    raise NotFound("That answer no longer exists.")
                repo.set_answer_flags(answer_id, **flags)
        return [self._answer_changed(answer_id) for answer_id in ids]

    def _answer_changed(self, answer_id: int) -> Answer:
        answer = self.answer(answer_id)
        self.events.publish(Event(EventKind.ANSWER_CHANGED, answer.forum_id, {"answer": answer}))
        return answer

    # ------------------------------------------------------------ themes

    def tag(self, answer_id: int, theme_id: int, tagged: bool = True) -> Answer:
        return self.tag_all([answer_id], theme_id, tagged)[0]

    def tag_all(self, answer_ids: Sequence[int], theme_id: int, tagged: bool = True) -> list[Answer]:
        """Tag (or untag) several answers with one theme in one write: bulk tagging, accepted
        suggestions and "the rest" tag hundreds at once."""
        ids = list(dict.fromkeys(answer_ids))
        with self.store.write() as repo:
            for answer_id in ids:
                if tagged:
                    repo.tag_answer(answer_id, theme_id)
                else:
                    repo.untag_answer(answer_id, theme_id)
        return [self._answer_changed(answer_id) for answer_id in ids]

    # ------------------------------------------------------------ notes and room counts

    def add_note(self, forum_id: int, text: str, question_id: int | None = None) -> Note:
        text = clean_text(text)
        if not text:
            raise InvalidInput("A note cannot be empty.")
        if len(text) > MAX_NOTE:
            raise InvalidInput("A note can be at most {limit} characters long.", limit=MAX_NOTE)
        note = Note(forum_id=forum_id, question_id=question_id, text=text, created_at=now_iso())
        with self.store.write() as repo:
            if repo.get_forum(forum_id) is None:
                raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
            note.id = repo.insert_note(note)
        self.events.publish(Event(EventKind.NOTES_CHANGED, forum_id, {"note": note}))
        return note

    def notes(self, forum_id: int) -> list[Note]:
        return self.store.repo.list_notes(forum_id)

    def delete_note(self, forum_id: int, note_id: int) -> None:
        with self.store.write() as repo:
            repo.delete_note(note_id)
        self.events.publish(Event(EventKind.NOTES_CHANGED, forum_id))

    def set_room_count(self, question_id: int, choice_index: int, count: int) -> None:
        """Record a show of hands (or a paper tally) for one choice."""
        question = self.store.repo.get_question(question_id)
        if question is None:
            raise NotFound("That question no longer exists.")
        if not kinds.of(question.kind).room_counts:
            raise InvalidInput("Room counts are for choice questions.")
        if not 0 <= choice_index < len(question.choices):
            raise InvalidInput("That choice is not one of this question's choices.")
        if not 0 <= count <= 100_000:
            raise InvalidInput("A room count must be between 0 and 100,000.")
        with self.store.write() as repo:
            repo.set_room_count(question_id, choice_index, count)
        self.events.publish(Event(EventKind.ROOM_COUNTS_CHANGED, question.forum_id, {"question_id": question_id}))

    def set_room_counts(self, question_id: int, counts: dict[int, int]) -> None:
        """Record the counts of several choices at once (one transaction, one event), so a refresh
        caused by the first count can never reset the others before they are written."""
        if not counts:
            return
        question = self.store.repo.get_question(question_id)
        if question is None:
            raise NotFound("That question no longer exists.")
        if not kinds.of(question.kind).room_counts:
            raise InvalidInput("Room counts are for choice questions.")
        for choice_index, count in counts.items():
            if not 0 <= choice_index < len(question.choices):
                raise InvalidInput("That choice is not one of this question's choices.")
            if not 0 <= count <= 100_000:
                raise InvalidInput("A room count must be between 0 and 100,000.")
        with self.store.write() as repo:
            for choice_index, count in counts.items():
                repo.set_room_count(question_id, choice_index, count)
        self.events.publish(Event(EventKind.ROOM_COUNTS_CHANGED, question.forum_id, {"question_id": question_id}))

    def room_counts(self, question_id: int) -> dict[int, int]:
        return self.store.repo.room_counts(question_id)

    # ------------------------------------------------------------ results

    def results(self, question_id: int) -> QuestionResults:
        """What the room sees (phones' results): counts, distribution, mean or word frequencies from
        the answers on screen (visible and, in a review-first forum, approved; services/live.py)
        and room counts. Contact details are never counted as words (domain/results.py)."""
        repo = self.store.repo
        question = repo.get_question(question_id)
        if question is None:
            raise NotFound("That question no longer exists.")
        answers = repo.list_answers(question_id=question_id, include_hidden=False)
        forum = repo.get_forum(question.forum_id) if question.forum_id is not None else None
        if forum is not None and needs_review(forum, question):
            answers = [a for a in answers if on_screen(forum, question, a)]
        same_as = repo.same_as(question_id) if kinds.of(question.kind).text_answers else {}
        return tally(question, (a.content for a in answers), repo.room_counts(question_id), same_as)

    def same_as(self, question_id: int) -> dict[str, str]:
        """The near-duplicates the facilitator accepted for this question, by same-answer key."""
        return self.store.repo.same_as(question_id)
