"""The facilitator's privacy review and retention: keep/mask decisions per identifying detail
(migration 10) and erasing the texts attendees typed while keeping the counts."""

from __future__ import annotations

from forumdesk.storage.repos._sql import RepoBase, now_iso, query_one, query_rows


class PrivacyRepo(RepoBase):
    """``privacy_decisions`` rows and ``forums.texts_erased_at``."""

    def privacy_decisions(self, forum_id: int) -> dict[str, bool]:
        """Every decision taken for the forum: key -> kept (absent means masked)."""
        rows = query_rows(self.db, "SELECT key, keep FROM privacy_decisions WHERE forum_id = ?", (forum_id,))
        return {r["key"]: bool(r["keep"]) for r in rows}

    def set_privacy_decision(self, forum_id: int, key: str, keep: bool) -> None:
        self.db.execute(
            """INSERT INTO privacy_decisions (forum_id, key, keep) VALUES (?, ?, ?)
               ON CONFLICT (forum_id, key) DO UPDATE SET keep = excluded.keep""",
            (forum_id, key, int(keep)),
        )

    def texts_erased_at(self, forum_id: int) -> str | None:
        row = query_one(self.db, "SELECT texts_erased_at FROM forums WHERE id = ?", (forum_id,))
        return row["texts_erased_at"] if row else None

    def set_texts_erased_at(self, forum_id: int, when: str) -> None:
        """When the forum's typed texts were erased (a forum bundle carries it from another laptop)."""
        self.db.execute("UPDATE forums SET texts_erased_at = ? WHERE id = ?", (when, forum_id))

    def erase_typed_texts(self, forum_id: int) -> tuple[int, int]:
        """Blank every answer text and room note of the forum; the answer rows (so the counts, the
        choices, ratings, stars and themes) stay. Returns (answers erased, notes erased)."""
        answers = self.db.execute(
            "UPDATE answers SET text = NULL WHERE forum_id = ? AND text IS NOT NULL", (forum_id,)).rowcount
        notes = self.db.execute("DELETE FROM notes WHERE forum_id = ?", (forum_id,)).rowcount
        # The decisions name the details they were about (an e-mail address...): they go too.
        self.db.execute("DELETE FROM privacy_decisions WHERE forum_id = ?", (forum_id,))
        self.db.execute("UPDATE forums SET texts_erased_at = ? WHERE id = ?", (now_iso(), forum_id))
        return answers, notes

    def forums_with_texts_before(self, created_before: str) -> list[dict]:
        """Forums created before the ISO time whose typed texts are still stored (id, title, date)."""
        return query_rows(
            self.db,
            """SELECT f.id, f.title, f.date, f.created_at FROM forums f
               WHERE f.texts_erased_at IS NULL AND f.created_at < ?
                 AND (EXISTS (SELECT 1 FROM answers a WHERE a.forum_id = f.id AND a.text IS NOT NULL)
                      OR EXISTS (SELECT 1 FROM notes n WHERE n.forum_id = f.id))
               ORDER BY f.created_at""",
            (created_before,),
        )
