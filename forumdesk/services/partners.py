"""The relationship with a partner over time (issue 19 items 1 and 2).

- ``follow_ups(forum_id)``: the commitments made at the partner's earlier forums that were still
  open when this forum was created (``ForumService.create_forum`` links them, migration 7). They
  are the "You said, we did" slide and the recap's "Since last time". Each stays one commitment:
  its status and outcome are edited where it was made (``set_commitment``), and every forum it was
  carried into shows the same.
- ``overview(partner_id)``: the partner page: its forums over time with their answers and top
  themes, the questions they asked in common, and every commitment with status, owner, date and
  outcome.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from forumdesk.domain import Commitment, CommitmentStatus, Forum, Partner
from forumdesk.services.answers import AnswerService
from forumdesk.services.errors import NotFound
from forumdesk.storage import Store

STATUS_LABELS = {
    CommitmentStatus.PLANNED: "Planned",
    CommitmentStatus.IN_PROGRESS: "In progress",
    CommitmentStatus.DONE: "Done",
    CommitmentStatus.DROPPED: "Dropped",
}


@dataclass(frozen=True)
class FollowUp:
    """A commitment carried into a later forum, with where it was made."""

    commitment: Commitment
    forum_id: int
    forum_title: str
    forum_date: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.commitment.status]


@dataclass
class ForumSummary:
    forum: Forum
    answers: int  # visible answers
    themes: list[tuple[str, int]] = field(default_factory=list)  # most tagged first


@dataclass
class PartnerCommitment:
    commitment: Commitment
    forum_title: str
    forum_date: str
    carried_into: list[int] = field(default_factory=list)  # forum ids it was followed up at

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.commitment.status]


@dataclass
class PartnerOverview:
    partner: Partner
    forums: list[ForumSummary]  # oldest first
    commitments: list[PartnerCommitment]  # by forum, then position
    shared_prompts: list[str]  # questions asked at two or more of its forums (see services/compare.py)


class PartnerService:
    def __init__(self, store: Store, answers: AnswerService) -> None:
        self.store = store
        self.answers = answers

    def follow_ups(self, forum_id: int) -> list[FollowUp]:
        return [FollowUp(c, f["id"], f["title"], f["date"]) for c, f in self.store.repo.follow_ups(forum_id)]

    def set_commitment(self, commitment_id: int, *, status: CommitmentStatus | str | None = None,
                       outcome: str | None = None, owner: str | None = None,
                       due_date: str | None = None) -> Commitment:
        """Follow a commitment up from wherever it is shown (the partner page, a later forum)."""
        current = self.store.repo.get_commitment(commitment_id)
        if current is None:
            raise NotFound("That commitment no longer exists.")
        return self.answers.update_commitment(current.forum_id, commitment_id, status=status, outcome=outcome,
                                              owner=owner, due_date=due_date)

    def overview(self, partner_id: int) -> PartnerOverview:
        from forumdesk.services.compare import prompt_key

        repo = self.store.repo
        partner = repo.get_partner(partner_id)
        if partner is None:
            raise NotFound("There is no partner with id {partner_id}.", partner_id=partner_id)
        forums, commitments = [], []
        asked: Counter[tuple[str, str]] = Counter()
        prompts: dict[tuple[str, str], str] = {}
        for forum in repo.partner_forums(partner_id):
            assert forum.id is not None
            answers = repo.list_answers(forum_id=forum.id, include_hidden=False)
            names = {t.id: t.name for t in repo.list_themes(forum.id)}
            themes = Counter(names[t] for a in answers for t in a.theme_ids if t in names)
            forums.append(ForumSummary(forum, len(answers), sorted(themes.items(), key=lambda i: (-i[1], i[0]))))
            keys = {}
            for question in repo.list_questions(forum.id):
                keys.setdefault(prompt_key(question), question.prompt)
            for key, prompt in keys.items():
                prompts.setdefault(key, prompt)
                asked[key] += 1
            for commitment in repo.list_commitments(forum.id):
                commitments.append(PartnerCommitment(commitment, forum.title, forum.date))
        carried = repo.carried_into([c.commitment.id for c in commitments])
        for row in commitments:
            row.carried_into = carried.get(row.commitment.id, [])
        shared = [prompts[key] for key, n in asked.items() if n >= 2]
        return PartnerOverview(partner, forums, commitments, shared)
