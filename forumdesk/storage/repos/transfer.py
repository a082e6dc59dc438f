"""What bundles and the partner follow-up need beyond the other repositories: a forum's stable
uid (migration 5), an imported answer with its flags, and a partner's forums."""

from __future__ import annotations

from forumdesk.domain import Answer, Forum
from forumdesk.storage.repos._sql import RepoBase, query_one, query_rows
from forumdesk.storage.repos.forums import forum_from_row


class TransferRepo(RepoBase):
    """Forum uids, imported answers and forums per partner."""

    def forum_uid(self, forum_id: int) -> str | None:
        row = query_one(self.db, "SELECT uid FROM forums WHERE id = ?", (forum_id,))
        return row["uid"] if row else None

    def forum_id_by_uid(self, uid: str) -> int | None:
        row = query_one(self.db, "SELECT id FROM forums WHERE uid = ?", (uid,))
        return row["id"] if row else None

    def set_forum_uid(self, forum_id: int, uid: str) -> None:
        self.db.execute("UPDATE forums SET uid = ? WHERE id = ?", (uid, forum_id))

    def insert_imported_answer(self, answer: Answer) -> int:
        """An answer from a bundle, with the facilitator's flags it had there."""
        answer_id = self.insert_answer(answer)  # type: ignore[attr-defined]  # AnswerRepo, same Repository
        self.db.execute(
            "UPDATE answers SET hidden = ?, starred = ?, keep_contact = ? WHERE id = ?",
            (int(answer.hidden), int(answer.starred), int(answer.masked_kept), answer_id),
        )
        return answer_id

    def partner_forums(self, partner_id: int) -> list[Forum]:
        """The partner's forums, oldest first (by date, then by creation)."""
        rows = query_rows(self.db, "SELECT * FROM forums WHERE partner_id = ? ORDER BY date, id", (partner_id,))
        return [forum_from_row(r) for r in rows]
