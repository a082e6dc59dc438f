"""One privacy review, used everywhere (issue 14 items 2 and 8).

Every identifying detail the domain finds (``forumdesk.domain.privacy``) in a forum's visible
answers and room notes is a *finding*. It is masked unless the facilitator explicitly kept it; the
decision is stored per forum and keyed by ``ContactMatch.key``, so the same detail written in two
answers (or an answer and a note) is one decision. The recap, the data exports, the projector and
the phones' results all mask through :meth:`PrivacyService.masked` / :meth:`keep_keys`, so they
cannot disagree.

Retention: :meth:`erase_texts` deletes what people typed (answer texts, room notes) and keeps the
counts the recap is made of (answer rows with their choices, ratings, stars and themes). Why rows
without texts rather than a stored copy of the rendered PDF: the recap stays one code path (a later
export, with a later commitment's status, is still right), nothing typed survives anywhere in the
file (a stored PDF would keep every quote), and the counts need no second format to keep in step.
What goes with the texts: quotes, and the words of open and short-word questions.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from forumdesk.domain.privacy import ContactKind, ContactMatch, find_contacts, mask_contacts, mask_matches
from forumdesk.services.errors import NotFound
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.storage import Store


@dataclass(frozen=True)
class Finding:
    """One flagged detail in one answer or note, as the facilitator's review lists it."""

    source: str  # "answer" or "note"
    source_id: int
    question_id: int | None
    kind: ContactKind
    detail: str  # the detail as typed
    text: str  # the whole answer or note, as typed
    key: str  # ContactMatch.key: what the decision is stored under
    context: str  # the whole text, with every *other* flagged detail masked
    kept: bool


@dataclass(frozen=True)
class ErasedForum:
    answers: int
    notes: int


@dataclass(frozen=True)
class StaleForum:
    id: int
    title: str
    date: str
    created_at: str


class PrivacyService:
    def __init__(self, store: Store, events: EventBus) -> None:
        self.store = store
        self.events = events
        # The live views call masked() for every text of every state rebuild: the keep keys are
        # cached per forum and dropped whenever a decision changes (only this service writes them).
        self._cache: dict[int, frozenset[str]] = {}
        self._lock = threading.Lock()
        # AnswerService.set_keep_contact (the per-answer switch) writes decisions too.
        events.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        if event.kind in (EventKind.ANSWER_CHANGED, EventKind.FORUM_DELETED) and event.forum_id is not None:
            with self._lock:
                self._cache.pop(event.forum_id, None)

    # ------------------------------------------------------------ decisions

    def keep_keys(self, forum_id: int) -> frozenset[str]:
        """Keys of the details the facilitator chose to keep in this forum (everything else is masked)."""
        with self._lock:
            cached = self._cache.get(forum_id)
        if cached is not None:
            return cached
        keys = frozenset(k for k, kept in self.store.repo.privacy_decisions(forum_id).items() if kept)
        with self._lock:
            self._cache[forum_id] = keys
        return keys

    def masked(self, text: str | None, forum_id: int, replacement: str | None = None) -> str:
        """``text`` with every flagged detail masked unless the facilitator kept it in this forum.
        The one function the recap, the exports, the projector and the phones' results use."""
        if not text:
            return text or ""
        return mask_contacts(text, replacement, keep=self.keep_keys(forum_id))

    def set_kept(self, forum_id: int, key: str, keep: bool) -> None:
        """Record the facilitator's explicit choice for one detail (``ContactMatch.key``)."""
        if self.store.repo.get_forum(forum_id) is None:
            raise NotFound("That forum no longer exists.")
        with self.store.write() as repo:
            repo.set_privacy_decision(forum_id, key, keep)
        with self._lock:
            self._cache.pop(forum_id, None)
        # Phones' results and the projector are built from the masked texts: rebuild them.
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum_id, {"privacy": key}))

    def keep_answer_details(self, answer_id: int, keep: bool) -> None:
        """Keep (or mask again) every detail found in one answer: the old per-answer switch."""
        answer = self.store.repo.get_answer(answer_id)
        if answer is None:
            raise NotFound("That answer no longer exists.")
        for match in find_contacts(answer.content.text or ""):
            self.set_kept(answer.forum_id, match.key, keep)

    def findings(self, forum_id: int) -> list[Finding]:
        """Every flagged detail in the forum's visible answers and its room notes, answers first."""
        repo = self.store.repo
        if repo.get_forum(forum_id) is None:
            raise NotFound("That forum no longer exists.")
        keep = self.keep_keys(forum_id)
        found: list[Finding] = []
        sources = [("answer", a.id, a.question_id, a.content.text or "")
                   for a in repo.list_answers(forum_id=forum_id, include_hidden=False)]
        sources += [("note", n.id, n.question_id, n.text) for n in repo.list_notes(forum_id)]
        for source, source_id, question_id, text in sources:
            matches = find_contacts(text)
            for match in matches:
                others = [m for m in matches if m is not match and m.key not in keep]
                found.append(Finding(
                    source=source, source_id=source_id, question_id=question_id, kind=match.kind,
                    detail=match.text, text=text, key=match.key,
                    context=_mask_except(text, others), kept=match.key in keep,
                ))
        return found

    def masked_count(self, forum_id: int) -> int:
        """How many flagged details are masked (not kept) across answers and notes."""
        return sum(not f.kept for f in self.findings(forum_id))

    # ------------------------------------------------------------ retention

    def texts_erased_at(self, forum_id: int) -> str | None:
        return self.store.repo.texts_erased_at(forum_id)

    def erase_texts(self, forum_id: int) -> ErasedForum:
        """Delete what people typed in this forum (answer texts and room notes) for good; keep the
        answer rows, so the counts, choices, ratings, stars and themes of the recap stay."""
        if self.store.repo.get_forum(forum_id) is None:
            raise NotFound("That forum no longer exists.")
        with self.store.write() as repo:
            answers, notes = repo.erase_typed_texts(forum_id)
        with self._lock:
            self._cache.pop(forum_id, None)
        self.events.publish(Event(EventKind.NOTES_CHANGED, forum_id))
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum_id, {"erased": True}))
        return ErasedForum(answers=answers, notes=notes)

    def forums_keeping_texts(self, older_than_days: int, now: datetime | None = None) -> list[StaleForum]:
        """Forums created more than ``older_than_days`` ago whose typed texts are still stored:
        the start-up reminder lists them."""
        limit = (now or datetime.now(UTC)) - timedelta(days=older_than_days)
        rows = self.store.repo.forums_with_texts_before(limit.isoformat(timespec="seconds"))
        return [StaleForum(r["id"], r["title"], r["date"], r["created_at"]) for r in rows]


def _mask_except(text: str, matches: list[ContactMatch]) -> str:
    return mask_matches(text, matches)
