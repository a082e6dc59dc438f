"""What the facilitator adds: room notes, room counts, themes and commitments."""

from __future__ import annotations

from forumdesk.domain import (
    Commitment,
    Note,
    Theme,
)
from forumdesk.domain.duplicates import same_as_keys
from forumdesk.storage.repos._sql import RepoBase, now_iso, query_one, query_rows

# ---------------------------------------------------------------- notes, room counts, themes, commitments


class RoomRepo(RepoBase):
    """Notes, room counts, themes and commitments."""

    def insert_note(self, note: Note) -> int:
        cur = self.db.execute(
            "INSERT INTO notes (forum_id, question_id, text, created_at) VALUES (?, ?, ?, ?)",
            (note.forum_id, note.question_id, note.text, note.created_at or now_iso()),
        )
        return cur.lastrowid

    def list_notes(self, forum_id: int) -> list[Note]:
        return [
            Note(id=r["id"], forum_id=r["forum_id"], question_id=r["question_id"], text=r["text"], created_at=r["created_at"])
            for r in query_rows(self.db, "SELECT * FROM notes WHERE forum_id = ? ORDER BY id", (forum_id,))
        ]

    def delete_note(self, note_id: int) -> None:
        self.db.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def get_note(self, note_id: int) -> Note | None:
        r = query_one(self.db, "SELECT * FROM notes WHERE id = ?", (note_id,))
        return Note(id=r["id"], forum_id=r["forum_id"], question_id=r["question_id"], text=r["text"],
                    created_at=r["created_at"]) if r else None

    def update_note(self, note_id: int, text: str) -> None:
        self.db.execute("UPDATE notes SET text = ? WHERE id = ?", (text, note_id))

    def set_room_count(self, question_id: int, choice_index: int, count: int) -> None:
        self.db.execute(
            """INSERT INTO room_counts (question_id, choice_index, count) VALUES (?, ?, ?)
               ON CONFLICT (question_id, choice_index) DO UPDATE SET count = excluded.count""",
            (question_id, choice_index, count),
        )

    def room_counts(self, question_id: int) -> dict[int, int]:
        rows = query_rows(self.db, "SELECT choice_index, count FROM room_counts WHERE question_id = ?", (question_id,))
        return {r["choice_index"]: r["count"] for r in rows}

    def insert_theme(self, theme: Theme) -> int:
        cur = self.db.execute("INSERT INTO themes (forum_id, name) VALUES (?, ?)", (theme.forum_id, theme.name))
        return cur.lastrowid

    def list_themes(self, forum_id: int) -> list[Theme]:
        return [
            Theme(id=r["id"], forum_id=r["forum_id"], name=r["name"])
            for r in query_rows(self.db, "SELECT * FROM themes WHERE forum_id = ? ORDER BY name COLLATE NOCASE", (forum_id,))
        ]

    def find_theme(self, forum_id: int, name: str) -> Theme | None:
        r = query_one(self.db, "SELECT * FROM themes WHERE forum_id = ? AND name = ?", (forum_id, name))
        return Theme(id=r["id"], forum_id=r["forum_id"], name=r["name"]) if r else None

    def theme_forum_id(self, theme_id: int) -> int | None:
        """The forum a theme belongs to, or None when there is no such theme."""
        row = query_one(self.db, "SELECT forum_id FROM themes WHERE id = ?", (theme_id,))
        return row["forum_id"] if row else None

    def get_theme(self, theme_id: int) -> Theme | None:
        r = query_one(self.db, "SELECT * FROM themes WHERE id = ?", (theme_id,))
        return Theme(id=r["id"], forum_id=r["forum_id"], name=r["name"]) if r else None

    def rename_theme(self, theme_id: int, name: str) -> None:
        self.db.execute("UPDATE themes SET name = ? WHERE id = ?", (name, theme_id))

    def theme_answer_ids(self, theme_id: int) -> list[int]:
        rows = query_rows(self.db, "SELECT answer_id FROM answer_themes WHERE theme_id = ? ORDER BY answer_id",
                          (theme_id,))
        return [r["answer_id"] for r in rows]

    def delete_theme(self, theme_id: int) -> None:
        self.db.execute("DELETE FROM themes WHERE id = ?", (theme_id,))

    def tag_answer(self, answer_id: int, theme_id: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO answer_themes (answer_id, theme_id) VALUES (?, ?)", (answer_id, theme_id))

    def untag_answer(self, answer_id: int, theme_id: int) -> None:
        self.db.execute("DELETE FROM answer_themes WHERE answer_id = ? AND theme_id = ?", (answer_id, theme_id))

    def insert_commitment(self, commitment: Commitment) -> int:
        cur = self.db.execute(
            "INSERT INTO commitments (forum_id, position, text, owner, due_date, status, outcome)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (commitment.forum_id, commitment.position, commitment.text, commitment.owner, commitment.due_date,
             commitment.status.value, commitment.outcome),
        )
        return cur.lastrowid

    def list_commitments(self, forum_id: int) -> list[Commitment]:
        return [
            Commitment(id=r["id"], forum_id=r["forum_id"], position=r["position"], text=r["text"], owner=r["owner"],
                       due_date=r["due_date"], status=r["status"], outcome=r["outcome"])
            for r in query_rows(self.db, "SELECT * FROM commitments WHERE forum_id = ? ORDER BY position, id", (forum_id,))
        ]

    def update_commitment(self, commitment: Commitment) -> None:
        self.db.execute(
            "UPDATE commitments SET text = ?, owner = ?, due_date = ?, status = ?, outcome = ? WHERE id = ?",
            (commitment.text, commitment.owner, commitment.due_date, commitment.status.value, commitment.outcome,
             commitment.id),
        )

    def delete_commitment(self, commitment_id: int) -> None:
        self.db.execute("DELETE FROM commitments WHERE id = ?", (commitment_id,))

    # ---------------------------------------------------------------- same answers (issue 13 item 1)

    def add_same_answers(self, question_id: int, links: list[tuple[int, int]]) -> None:
        """Record ``(answer id, same as answer id)`` decisions of the facilitator (a later decision
        about the same answer replaces the earlier one)."""
        when = now_iso()
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO same_answers (answer_id, question_id, same_as_id, accepted_at) VALUES (?, ?, ?, ?)",
            [(answer_id, question_id, same_as, when) for answer_id, same_as in links],
        )

    def remove_same_answers(self, question_id: int, answer_ids: list[int]) -> int:
        """Undo the decisions of one question that involve any of these answers (on either side);
        the number undone."""
        marks = ", ".join("?" * len(answer_ids))
        cur = self.db.execute(
            f"DELETE FROM same_answers WHERE question_id = ? AND (answer_id IN ({marks}) OR same_as_id IN ({marks}))",
            (question_id, *answer_ids, *answer_ids))
        return cur.rowcount

    def same_answer_links(self, forum_id: int) -> dict[int, int]:
        """A forum's accepted decisions: answer id -> the answer id it counts as the same as."""
        rows = query_rows(self.db, """
            SELECT s.answer_id, s.same_as_id FROM same_answers s JOIN answers a ON a.id = s.answer_id
            WHERE a.forum_id = ? ORDER BY s.rowid""", (forum_id,))
        return {r["answer_id"]: r["same_as_id"] for r in rows}

    def same_answer_texts(self, question_id: int) -> list[tuple[str, str]]:
        """The accepted decisions of one question as ``(text, text it counts as)`` pairs (hidden
        answers included: a decision holds whatever is shown)."""
        rows = query_rows(self.db, """
            SELECT a.text AS text, b.text AS same_as FROM same_answers s
            JOIN answers a ON a.id = s.answer_id JOIN answers b ON b.id = s.same_as_id
            WHERE s.question_id = ? AND a.text IS NOT NULL AND b.text IS NOT NULL ORDER BY s.rowid""",
                          (question_id,))
        return [(r["text"], r["same_as"]) for r in rows]

    def same_as(self, question_id: int) -> dict[str, str]:
        """Those decisions as a map from a same-answer key to the key of the group it joins
        (``domain.duplicates.same_as_keys``): what the console, the wall, clouds and the recap count by."""
        return same_as_keys(self.same_answer_texts(question_id))
