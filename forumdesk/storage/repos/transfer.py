"""What bundles and the partner follow-up need beyond the other repositories: a forum's stable
uid (migration 6), an imported answer with its flags, a partner's forums, and the commitments
carried from a partner's earlier forums into its next one (migration 7)."""

from __future__ import annotations

from forumdesk.domain import Answer, Commitment, Forum
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

    def carry_commitments(self, forum_id: int, partner_id: int, open_statuses: list[str]) -> int:
        """Link the partner's other forums' commitments whose status is in ``open_statuses`` to
        ``forum_id`` (the domain says which statuses are open); returns how many."""
        marks = ",".join("?" * len(open_statuses))
        cur = self.db.execute(
            f"""INSERT OR IGNORE INTO commitment_follow_ups (forum_id, commitment_id)
                SELECT ?, c.id FROM commitments c JOIN forums f ON f.id = c.forum_id
                WHERE f.partner_id = ? AND f.id != ? AND c.status IN ({marks})""",
            (forum_id, partner_id, forum_id, *open_statuses),
        )
        return cur.rowcount

    def follow_ups(self, forum_id: int) -> list[tuple[Commitment, dict]]:
        """The commitments carried into ``forum_id``, each with its forum's id, title and date,
        oldest forum first."""
        rows = query_rows(
            self.db,
            """SELECT c.*, f.title AS forum_title, f.date AS forum_date FROM commitment_follow_ups u
               JOIN commitments c ON c.id = u.commitment_id JOIN forums f ON f.id = c.forum_id
               WHERE u.forum_id = ? ORDER BY f.date, f.id, c.position, c.id""",
            (forum_id,),
        )
        return [(_commitment(r), {"id": r["forum_id"], "title": r["forum_title"], "date": r["forum_date"]})
                for r in rows]

    def carried_into(self, commitment_ids: list[int]) -> dict[int, list[int]]:
        """For each commitment, the forums it was carried into."""
        found: dict[int, list[int]] = {}
        for r in query_rows(self.db, "SELECT commitment_id, forum_id FROM commitment_follow_ups ORDER BY forum_id"):
            if r["commitment_id"] in commitment_ids:
                found.setdefault(r["commitment_id"], []).append(r["forum_id"])
        return found

    def get_commitment(self, commitment_id: int) -> Commitment | None:
        row = query_one(self.db, "SELECT * FROM commitments WHERE id = ?", (commitment_id,))
        return _commitment(row) if row else None


def _commitment(r: dict) -> Commitment:
    return Commitment(id=r["id"], forum_id=r["forum_id"], position=r["position"], text=r["text"], owner=r["owner"],
                      due_date=r["due_date"], status=r["status"], outcome=r["outcome"])
