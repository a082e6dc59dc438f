"""What the organisation commits to after a forum ("what we will do"): add, change, remove, each
checked (text, owner, date, status) and published. A mixin of AnswerService (it uses its
``store`` and ``events``), kept apart to keep modules small."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from forumdesk.domain import Commitment, CommitmentStatus
from forumdesk.domain.validation import clean_text
from forumdesk.services.errors import InvalidInput, NotFound
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.services.room_edits import MAX_NOTE
from forumdesk.storage import Store

MAX_OWNER = 120


class Commitments:
    store: Store
    events: EventBus

    def commitments(self, forum_id: int) -> list[Commitment]:
        return self.store.repo.list_commitments(forum_id)

    def add_commitment(self, forum_id: int, text: str, *, owner: str = "", due_date: str = "",
                       status: CommitmentStatus | str = CommitmentStatus.PLANNED, outcome: str = "") -> Commitment:
        commitment = self._checked_commitment(Commitment(forum_id=forum_id, text=text, owner=owner, due_date=due_date,
                                                         status=self._status(status), outcome=outcome))
        with self.store.write() as repo:
            commitment.position = len(repo.list_commitments(forum_id))
            commitment.id = repo.insert_commitment(commitment)
        self.events.publish(Event(EventKind.COMMITMENTS_CHANGED, forum_id))
        return commitment

    def update_commitment(self, forum_id: int, commitment_id: int, text: str | None = None, *,
                          owner: str | None = None, due_date: str | None = None,
                          status: CommitmentStatus | str | None = None, outcome: str | None = None) -> Commitment:
        """Change what is given (None leaves a field as it is)."""
        current = next((c for c in self.commitments(forum_id) if c.id == commitment_id), None)
        if current is None:
            raise NotFound("That commitment no longer exists.")
        changed = replace(
            current,
            text=current.text if text is None else text,
            owner=current.owner if owner is None else owner,
            due_date=current.due_date if due_date is None else due_date,
            status=current.status if status is None else self._status(status),
            outcome=current.outcome if outcome is None else outcome,
        )
        changed = self._checked_commitment(changed)
        with self.store.write() as repo:
            repo.update_commitment(changed)
        self.events.publish(Event(EventKind.COMMITMENTS_CHANGED, forum_id))
        return changed

    def remove_commitment(self, forum_id: int, commitment_id: int) -> None:
        with self.store.write() as repo:
            repo.delete_commitment(commitment_id)
        self.events.publish(Event(EventKind.COMMITMENTS_CHANGED, forum_id))

    @staticmethod
    def _status(status: CommitmentStatus | str) -> CommitmentStatus:
        try:
            return CommitmentStatus(status)
        except ValueError:
            names = ", ".join(s.value for s in CommitmentStatus)
            raise InvalidInput("A commitment's status is one of: {names}.", names=names) from None

    @staticmethod
    def _checked_commitment(commitment: Commitment) -> Commitment:
        text = clean_text(commitment.text)
        if not text:
            raise InvalidInput("A commitment cannot be empty.")
        if len(text) > MAX_NOTE:
            raise InvalidInput("A commitment can be at most {limit} characters long.", limit=MAX_NOTE)
        owner = " ".join(clean_text(commitment.owner).split())
        if len(owner) > MAX_OWNER:
            raise InvalidInput("A commitment's owner can be at most {limit} characters long.", limit=MAX_OWNER)
        due = commitment.due_date.strip()
        if due:
            try:
                due = date.fromisoformat(due).isoformat()
            except ValueError:
                raise InvalidInput("A commitment's date must be a date such as 2027-03-31.") from None
        outcome = clean_text(commitment.outcome)
        if len(outcome) > MAX_NOTE:
            raise InvalidInput("What was done can be at most {limit} characters long.", limit=MAX_NOTE)
        return replace(commitment, text=text, owner=owner, due_date=due, outcome=outcome)
