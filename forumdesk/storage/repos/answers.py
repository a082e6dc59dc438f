"""Answers from phones and the one-vote-per-device records (batch reads and writes for group commit)."""

from __future__ import annotations

import json

from forumdesk.domain import (
    Answer,
    AnswerContent,
)
from forumdesk.storage.repos._sql import RepoBase, query_one, query_rows

# ---------------------------------------------------------------- answers


def answer_from_row(row: dict, theme_ids: tuple[int, ...] = ()) -> Answer:
    return Answer(
        id=row["id"],
        forum_id=row["forum_id"],
        question_id=row["question_id"],
        submission_id=row["submission_id"],
        content=AnswerContent(
            text=row["text"],
            choices=tuple(json.loads(row["choices"])) if row["choices"] else (),
            rating=row["rating"],
        ),
        created_at=row["created_at"],
        hidden=bool(row["hidden"]),
        starred=bool(row["starred"]),
        masked_kept=bool(row["keep_contact"]),
        theme_ids=theme_ids,
        late=bool(row["late"]),
        approved=bool(row["approved"]),
    )


_IN_CHUNK = 500  # host parameters per IN (...) list; far below every SQLite build's limit


def _chunks(values: list, size: int = _IN_CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _marks(count: int) -> str:
    return ",".join("?" * count)


_ROWS_PER_INSERT = 100  # rows per multi-row INSERT: 800 host parameters, under even old builds' 999


def _insert_rows(conn, head: str, width: int, rows: list[tuple]) -> None:
    """``INSERT ... VALUES (...), (...), ...``: one statement per 100 rows. Each statement is one
    step of the SQLite engine, where executemany takes one per row, and the writer thread gives up
    the GIL on every step and then waits for the busy event loop to hand it back."""
    one = "(" + ",".join("?" * width) + ")"
    for part in _chunks(rows, _ROWS_PER_INSERT):
        conn.execute(head + ",".join([one] * len(part)), [value for row in part for value in row])


class AnswerRepo(RepoBase):
    """Answers from phones and one-vote-per-device records."""

    def insert_answer(self, answer: Answer) -> int:
        content = answer.content
        cur = self.db.execute(
            """INSERT INTO answers (forum_id, question_id, submission_id, text, choices, rating, created_at, late)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                answer.forum_id,
                answer.question_id,
                answer.submission_id,
                content.text,
                json.dumps(list(content.choices)) if content.choices else None,
                content.rating,
                answer.created_at,
                int(answer.late),
            ),
        )
        return cur.lastrowid

    def existing_submissions(self, submission_ids: list[str]) -> set[str]:
        """Which of ``submission_ids`` are already stored (one query per 500 ids, not one per id)."""
        found: set[str] = set()
        conn = self.db.conn
        for part in _chunks(list(dict.fromkeys(submission_ids))):
            sql = f"SELECT submission_id FROM answers WHERE submission_id IN ({_marks(len(part))})"
            found.update(row[0] for row in conn.execute(sql, part))
        return found

    def existing_device_votes(self, question_id: int, device_hashes: list[bytes]) -> set[bytes]:
        """Which of ``device_hashes`` have already answered ``question_id``."""
        found: set[bytes] = set()
        conn = self.db.conn
        for part in _chunks(list(dict.fromkeys(device_hashes))):
            sql = f"SELECT device_hash FROM device_votes WHERE question_id = ? AND device_hash IN ({_marks(len(part))})"
            found.update(bytes(row[0]) for row in conn.execute(sql, [question_id, *part]))
        return found

    def insert_answers(self, answers: list[Answer]) -> list[int]:
        """Insert new answers (a few multi-row statements) and return their ids, in order.

        Call inside a write transaction. The ids are the ones SQLite would pick itself (one above the
        largest, in turn), given explicitly: a multi-row insert reports no id per row, and the write
        lock held by the transaction means nobody else can take one meanwhile."""
        if not answers:
            return []
        conn = self.db.conn
        (largest,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM answers").fetchone()
        if largest + len(answers) >= 2**63 - 1:  # pragma: no cover - SQLite would pick random ids here
            return [self.insert_answer(answer) for answer in answers]
        ids = list(range(largest + 1, largest + 1 + len(answers)))
        _insert_rows(
            conn,
            "INSERT INTO answers (id, forum_id, question_id, submission_id, text, choices, rating, created_at, late) "
            "VALUES ",
            9,
            [
                (
                    answer_id,
                    answer.forum_id,
                    answer.question_id,
                    answer.submission_id,
                    answer.content.text,
                    json.dumps(list(answer.content.choices)) if answer.content.choices else None,
                    answer.content.rating,
                    answer.created_at,
                    int(answer.late),
                )
                for answer_id, answer in zip(ids, answers, strict=True)
            ],
        )
        return ids

    def voted_answers(self, question_id: int, device_hashes: list[bytes]) -> dict[bytes, int]:
        """The answer each of ``device_hashes`` stored for ``question_id``, where the link was kept
        (forums with changeable votes)."""
        found: dict[bytes, int] = {}
        conn = self.db.conn
        for part in _chunks(list(dict.fromkeys(device_hashes))):
            sql = ("SELECT device_hash, answer_id FROM device_votes WHERE question_id = ? AND answer_id IS NOT NULL "
                   f"AND device_hash IN ({_marks(len(part))})")
            found.update((bytes(row[0]), row[1]) for row in conn.execute(sql, [question_id, *part]))
        return found

    def link_device_votes(self, links: list[tuple[int, int, bytes]]) -> None:
        """Point each (answer id, question id, device hash) vote at the answer it stored."""
        self.db.conn.executemany(
            "UPDATE device_votes SET answer_id = ? WHERE question_id = ? AND device_hash = ?", links)

    def replace_answer_content(self, answer_id: int, answer: Answer) -> None:
        """A changed vote: the stored answer takes the new content and submission id in place."""
        content = answer.content
        self.db.conn.execute(
            "UPDATE answers SET submission_id = ?, text = ?, choices = ?, rating = ?, created_at = ? WHERE id = ?",
            (answer.submission_id, content.text, json.dumps(list(content.choices)) if content.choices else None,
             content.rating, answer.created_at, answer_id))

    def record_device_votes(self, votes: list[tuple[int, bytes]]) -> None:
        """Remember that these devices answered these questions (new votes only; see existing_device_votes)."""
        if votes:
            _insert_rows(self.db.conn, "INSERT INTO device_votes (question_id, device_hash) VALUES ", 2, votes)

    def _theme_map(self, where: str, params: tuple) -> dict[int, tuple[int, ...]]:
        themes: dict[int, list[int]] = {}
        for row in query_rows(
            self.db,
            f"""SELECT at.answer_id, at.theme_id FROM answer_themes at JOIN answers a ON a.id = at.answer_id
                WHERE {where} ORDER BY at.theme_id""",
            params,
        ):
            themes.setdefault(row["answer_id"], []).append(row["theme_id"])
        return {k: tuple(v) for k, v in themes.items()}

    def list_answers(
        self, *, forum_id: int | None = None, question_id: int | None = None,
        include_hidden: bool = True,
    ) -> list[Answer]:
        """Answers in arrival order (oldest first)."""
        clauses, params = [], []
        if forum_id is not None:
            clauses.append("a.forum_id = ?")
            params.append(forum_id)
        if question_id is not None:
            clauses.append("a.question_id = ?")
            params.append(question_id)
        if not include_hidden:
            clauses.append("a.hidden = 0")
        where = " AND ".join(clauses) or "1"
        themes = self._theme_map(where, tuple(params))
        rows = query_rows(self.db, f"SELECT a.* FROM answers a WHERE {where} ORDER BY a.id", params)
        return [answer_from_row(r, themes.get(r["id"], ())) for r in rows]

    def get_answer(self, answer_id: int) -> Answer | None:
        row = query_one(self.db, "SELECT * FROM answers WHERE id = ?", (answer_id,))
        if not row:
            return None
        return answer_from_row(row, self._theme_map("a.id = ?", (answer_id,)).get(answer_id, ()))

    def set_answer_flags(self, answer_id: int, **flags: bool) -> None:
        allowed = {"hidden", "starred", "keep_contact", "approved"}
        for name, value in flags.items():
            if name not in allowed:
                raise ValueError(name)
            self.db.execute(f"UPDATE answers SET {name} = ? WHERE id = ?", (int(value), answer_id))

    def count_late_answers(self, forum_id: int) -> dict[int, int]:
        """Answers per question that arrived after it closed (within the grace period)."""
        rows = query_rows(self.db, "SELECT question_id, COUNT(*) AS n FROM answers WHERE forum_id = ? AND late = 1 "
                                   "GROUP BY question_id", (forum_id,))
        return {r["question_id"]: r["n"] for r in rows}

    def count_answers(self, forum_id: int) -> dict[int, int]:
        """Answers per question (hidden ones included)."""
        rows = query_rows(self.db, "SELECT question_id, COUNT(*) AS n FROM answers WHERE forum_id = ? GROUP BY question_id", (forum_id,))
        return {r["question_id"]: r["n"] for r in rows}
