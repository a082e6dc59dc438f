"""Reading and writing domain objects. Functions take a sqlite_utils.Database for the calling thread.

Writes are expected to run inside ``Store.transaction()``; reads may run anywhere.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from forumdesk.domain import (
    Answer,
    AnswerContent,
    Commitment,
    Forum,
    ForumState,
    Note,
    Pace,
    Partner,
    PartnerKind,
    Question,
    QuestionKind,
    Scale,
    Theme,
)


def now_iso(rounded_to_minute: bool = False) -> str:
    now = datetime.now(UTC)
    if rounded_to_minute:
        now = now.replace(second=0, microsecond=0)
    return now.isoformat(timespec="seconds")


def _rows(db: sqlite_utils.Database, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
    return list(db.query(sql, params))


def _one(db: sqlite_utils.Database, sql: str, params: tuple | list = ()) -> dict[str, Any] | None:
    rows = _rows(db, sql, params)
    return rows[0] if rows else None


# ---------------------------------------------------------------- partners


def partner_from_row(row: dict) -> Partner:
    return Partner(id=row["id"], name=row["name"], kind=PartnerKind(row["kind"]), contact_notes=row["contact_notes"])


def insert_partner(db: sqlite_utils.Database, partner: Partner) -> int:
    cur = db.execute(
        "INSERT INTO partners (name, kind, contact_notes) VALUES (?, ?, ?)",
        (partner.name, partner.kind.value, partner.contact_notes),
    )
    return cur.lastrowid


def update_partner(db: sqlite_utils.Database, partner: Partner) -> None:
    db.execute(
        "UPDATE partners SET name = ?, kind = ?, contact_notes = ? WHERE id = ?",
        (partner.name, partner.kind.value, partner.contact_notes, partner.id),
    )


def get_partner(db: sqlite_utils.Database, partner_id: int) -> Partner | None:
    row = _one(db, "SELECT * FROM partners WHERE id = ?", (partner_id,))
    return partner_from_row(row) if row else None


def find_partner_by_name(db: sqlite_utils.Database, name: str) -> Partner | None:
    row = _one(db, "SELECT * FROM partners WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1", (name,))
    return partner_from_row(row) if row else None


def list_partners(db: sqlite_utils.Database) -> list[Partner]:
    return [partner_from_row(r) for r in _rows(db, "SELECT * FROM partners ORDER BY name COLLATE NOCASE, id")]


# ---------------------------------------------------------------- forums


def forum_from_row(row: dict) -> Forum:
    return Forum(
        id=row["id"],
        title=row["title"],
        date=row["date"],
        venue=row["venue"],
        partner_id=row["partner_id"],
        pace=Pace(row["pace"]),
        join_code=row["join_code"],
        state=ForumState(row["state"]),
        current_question_id=row["current_question_id"],
        small_group_k=row["small_group_k"],
        port=row["port"],
        version=row["version"],
    )


def insert_forum(db: sqlite_utils.Database, forum: Forum) -> int:
    cur = db.execute(
        """INSERT INTO forums (title, date, venue, partner_id, pace, join_code, state, small_group_k,
                               version, device_key, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
        (
            forum.title,
            forum.date,
            forum.venue,
            forum.partner_id,
            forum.pace.value,
            forum.join_code,
            forum.state.value,
            forum.small_group_k,
            secrets.token_bytes(32),
            now_iso(),
        ),
    )
    return cur.lastrowid


def update_forum(db: sqlite_utils.Database, forum: Forum) -> None:
    db.execute(
        """UPDATE forums SET title = ?, date = ?, venue = ?, partner_id = ?, pace = ?, state = ?,
                  current_question_id = ?, small_group_k = ?, port = ?, version = version + 1
           WHERE id = ?""",
        (
            forum.title,
            forum.date,
            forum.venue,
            forum.partner_id,
            forum.pace.value,
            forum.state.value,
            forum.current_question_id,
            forum.small_group_k,
            forum.port,
            forum.id,
        ),
    )


def bump_forum_version(db: sqlite_utils.Database, forum_id: int) -> None:
    db.execute("UPDATE forums SET version = version + 1 WHERE id = ?", (forum_id,))


def get_forum(db: sqlite_utils.Database, forum_id: int) -> Forum | None:
    row = _one(db, "SELECT * FROM forums WHERE id = ?", (forum_id,))
    return forum_from_row(row) if row else None


def get_forum_by_code(db: sqlite_utils.Database, code: str) -> Forum | None:
    row = _one(db, "SELECT * FROM forums WHERE join_code = ?", (code,))
    return forum_from_row(row) if row else None


def forum_device_key(db: sqlite_utils.Database, forum_id: int) -> bytes:
    row = _one(db, "SELECT device_key FROM forums WHERE id = ?", (forum_id,))
    return bytes(row["device_key"]) if row else b""


def join_code_taken(db: sqlite_utils.Database, code: str) -> bool:
    return _one(db, "SELECT 1 AS x FROM forums WHERE join_code = ?", (code,)) is not None


def list_forum_rows(db: sqlite_utils.Database) -> list[dict]:
    """Forums with their partner's name and answer count, for listings."""
    return _rows(
        db,
        """SELECT f.*, p.name AS partner_name, p.kind AS partner_kind,
                  (SELECT COUNT(*) FROM answers a WHERE a.forum_id = f.id) AS answer_count
           FROM forums f JOIN partners p ON p.id = f.partner_id
           ORDER BY f.date DESC, f.id DESC""",
    )


def delete_forum(db: sqlite_utils.Database, forum_id: int) -> None:
    db.execute("DELETE FROM forums WHERE id = ?", (forum_id,))


def running_forums(db: sqlite_utils.Database) -> list[Forum]:
    return [forum_from_row(r) for r in _rows(db, "SELECT * FROM forums WHERE state = 'running' ORDER BY id")]


# ---------------------------------------------------------------- questions


def question_from_row(row: dict) -> Question:
    return Question(
        id=row["id"],
        forum_id=row["forum_id"],
        position=row["position"],
        kind=QuestionKind(row["kind"]),
        prompt=row["prompt"],
        choices=json.loads(row["choices"]),
        scale=Scale.from_dict(json.loads(row["scale"])) if row["scale"] else None,
        max_length=row["max_length"],
        max_words=row["max_words"],
        is_open=bool(row["is_open"]),
        revealed=bool(row["revealed"]),
    )


def insert_question(db: sqlite_utils.Database, question: Question) -> int:
    cur = db.execute(
        """INSERT INTO questions (forum_id, position, kind, prompt, choices, scale, max_length, max_words,
                                  is_open, revealed)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            question.forum_id,
            question.position,
            question.kind.value,
            question.prompt,
            json.dumps(question.choices, ensure_ascii=False),
            json.dumps(question.scale.to_dict(), ensure_ascii=False) if question.scale else None,
            question.max_length,
            question.max_words,
            int(question.is_open),
            int(question.revealed),
        ),
    )
    return cur.lastrowid


def update_question(db: sqlite_utils.Database, question: Question) -> None:
    db.execute(
        """UPDATE questions SET position = ?, kind = ?, prompt = ?, choices = ?, scale = ?, max_length = ?,
                  max_words = ?, is_open = ?, revealed = ?
           WHERE id = ?""",
        (
            question.position,
            question.kind.value,
            question.prompt,
            json.dumps(question.choices, ensure_ascii=False),
            json.dumps(question.scale.to_dict(), ensure_ascii=False) if question.scale else None,
            question.max_length,
            question.max_words,
            int(question.is_open),
            int(question.revealed),
            question.id,
        ),
    )


def get_question(db: sqlite_utils.Database, question_id: int) -> Question | None:
    row = _one(db, "SELECT * FROM questions WHERE id = ?", (question_id,))
    return question_from_row(row) if row else None


def list_questions(db: sqlite_utils.Database, forum_id: int) -> list[Question]:
    rows = _rows(db, "SELECT * FROM questions WHERE forum_id = ? ORDER BY position, id", (forum_id,))
    return [question_from_row(r) for r in rows]


def delete_question(db: sqlite_utils.Database, question_id: int) -> None:
    db.execute("DELETE FROM questions WHERE id = ?", (question_id,))


def set_positions(db: sqlite_utils.Database, question_ids: list[int]) -> None:
    for position, qid in enumerate(question_ids):
        db.execute("UPDATE questions SET position = ? WHERE id = ?", (position, qid))


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
    )


def submission_exists(db: sqlite_utils.Database, submission_id: str) -> bool:
    return _one(db, "SELECT 1 AS x FROM answers WHERE submission_id = ?", (submission_id,)) is not None


def insert_answer(db: sqlite_utils.Database, answer: Answer) -> int:
    content = answer.content
    cur = db.execute(
        """INSERT INTO answers (forum_id, question_id, submission_id, text, choices, rating, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (
            answer.forum_id,
            answer.question_id,
            answer.submission_id,
            content.text,
            json.dumps(list(content.choices)) if content.choices else None,
            content.rating,
            answer.created_at,
        ),
    )
    return cur.lastrowid


_IN_CHUNK = 500  # host parameters per IN (...) list; far below every SQLite build's limit


def _chunks(values: list, size: int = _IN_CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _marks(count: int) -> str:
    return ",".join("?" * count)


def existing_submissions(db: sqlite_utils.Database, submission_ids: list[str]) -> set[str]:
    """Which of ``submission_ids`` are already stored (one query per 500 ids, not one per id)."""
    found: set[str] = set()
    conn = db.conn
    for part in _chunks(list(dict.fromkeys(submission_ids))):
        sql = f"SELECT submission_id FROM answers WHERE submission_id IN ({_marks(len(part))})"
        found.update(row[0] for row in conn.execute(sql, part))
    return found


def existing_device_votes(db: sqlite_utils.Database, question_id: int, device_hashes: list[bytes]) -> set[bytes]:
    """Which of ``device_hashes`` have already answered ``question_id``."""
    found: set[bytes] = set()
    conn = db.conn
    for part in _chunks(list(dict.fromkeys(device_hashes))):
        sql = f"SELECT device_hash FROM device_votes WHERE question_id = ? AND device_hash IN ({_marks(len(part))})"
        found.update(bytes(row[0]) for row in conn.execute(sql, [question_id, *part]))
    return found


_ROWS_PER_INSERT = 100  # rows per multi-row INSERT: 800 host parameters, under even old builds' 999


def _insert_rows(conn, head: str, width: int, rows: list[tuple]) -> None:
    """``INSERT ... VALUES (...), (...), ...``: one statement per 100 rows. Each statement is one
    step of the SQLite engine, where executemany takes one per row, and the writer thread gives up
    the GIL on every step and then waits for the busy event loop to hand it back."""
    one = "(" + ",".join("?" * width) + ")"
    for part in _chunks(rows, _ROWS_PER_INSERT):
        conn.execute(head + ",".join([one] * len(part)), [value for row in part for value in row])


def insert_answers(db: sqlite_utils.Database, answers: list[Answer]) -> list[int]:
    """Insert new answers (a few multi-row statements) and return their ids, in order.

    Call inside a write transaction. The ids are the ones SQLite would pick itself (one above the
    largest, in turn), given explicitly: a multi-row insert reports no id per row, and the write
    lock held by the transaction means nobody else can take one meanwhile."""
    if not answers:
        return []
    conn = db.conn
    (largest,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM answers").fetchone()
    if largest + len(answers) >= 2**63 - 1:  # pragma: no cover - SQLite would pick random ids here
        return [insert_answer(db, answer) for answer in answers]
    ids = list(range(largest + 1, largest + 1 + len(answers)))
    _insert_rows(
        conn,
        "INSERT INTO answers (id, forum_id, question_id, submission_id, text, choices, rating, created_at) VALUES ",
        8,
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
            )
            for answer_id, answer in zip(ids, answers, strict=True)
        ],
    )
    return ids


def record_device_votes(db: sqlite_utils.Database, votes: list[tuple[int, bytes]]) -> None:
    """Remember that these devices answered these questions (new votes only; see existing_device_votes)."""
    if votes:
        _insert_rows(db.conn, "INSERT INTO device_votes (question_id, device_hash) VALUES ", 2, votes)


def record_device_vote(db: sqlite_utils.Database, question_id: int, device_hash: bytes) -> bool:
    """Remember that a device answered; False when it already had."""
    cur = db.execute(
        "INSERT OR IGNORE INTO device_votes (question_id, device_hash) VALUES (?, ?)", (question_id, device_hash)
    )
    return cur.rowcount == 1


def _theme_map(db: sqlite_utils.Database, where: str, params: tuple) -> dict[int, tuple[int, ...]]:
    themes: dict[int, list[int]] = {}
    for row in _rows(
        db,
        f"""SELECT at.answer_id, at.theme_id FROM answer_themes at JOIN answers a ON a.id = at.answer_id
            WHERE {where} ORDER BY at.theme_id""",
        params,
    ):
        themes.setdefault(row["answer_id"], []).append(row["theme_id"])
    return {k: tuple(v) for k, v in themes.items()}


def list_answers(
    db: sqlite_utils.Database, *, forum_id: int | None = None, question_id: int | None = None,
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
    themes = _theme_map(db, where, tuple(params))
    rows = _rows(db, f"SELECT a.* FROM answers a WHERE {where} ORDER BY a.id", params)
    return [answer_from_row(r, themes.get(r["id"], ())) for r in rows]


def get_answer(db: sqlite_utils.Database, answer_id: int) -> Answer | None:
    row = _one(db, "SELECT * FROM answers WHERE id = ?", (answer_id,))
    if not row:
        return None
    return answer_from_row(row, _theme_map(db, "a.id = ?", (answer_id,)).get(answer_id, ()))


def set_answer_flags(db: sqlite_utils.Database, answer_id: int, **flags: bool) -> None:
    allowed = {"hidden", "starred", "keep_contact"}
    for name, value in flags.items():
        if name not in allowed:
            raise ValueError(name)
        db.execute(f"UPDATE answers SET {name} = ? WHERE id = ?", (int(value), answer_id))


def count_answers(db: sqlite_utils.Database, forum_id: int) -> dict[int, int]:
    """Answers per question (hidden ones included)."""
    rows = _rows(db, "SELECT question_id, COUNT(*) AS n FROM answers WHERE forum_id = ? GROUP BY question_id", (forum_id,))
    return {r["question_id"]: r["n"] for r in rows}


# ---------------------------------------------------------------- notes, room counts, themes, commitments


def insert_note(db: sqlite_utils.Database, note: Note) -> int:
    cur = db.execute(
        "INSERT INTO notes (forum_id, question_id, text, created_at) VALUES (?, ?, ?, ?)",
        (note.forum_id, note.question_id, note.text, note.created_at or now_iso()),
    )
    return cur.lastrowid


def list_notes(db: sqlite_utils.Database, forum_id: int) -> list[Note]:
    return [
        Note(id=r["id"], forum_id=r["forum_id"], question_id=r["question_id"], text=r["text"], created_at=r["created_at"])
        for r in _rows(db, "SELECT * FROM notes WHERE forum_id = ? ORDER BY id", (forum_id,))
    ]


def delete_note(db: sqlite_utils.Database, note_id: int) -> None:
    db.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def set_room_count(db: sqlite_utils.Database, question_id: int, choice_index: int, count: int) -> None:
    db.execute(
        """INSERT INTO room_counts (question_id, choice_index, count) VALUES (?, ?, ?)
           ON CONFLICT (question_id, choice_index) DO UPDATE SET count = excluded.count""",
        (question_id, choice_index, count),
    )


def room_counts(db: sqlite_utils.Database, question_id: int) -> dict[int, int]:
    rows = _rows(db, "SELECT choice_index, count FROM room_counts WHERE question_id = ?", (question_id,))
    return {r["choice_index"]: r["count"] for r in rows}


def insert_theme(db: sqlite_utils.Database, theme: Theme) -> int:
    cur = db.execute("INSERT INTO themes (forum_id, name) VALUES (?, ?)", (theme.forum_id, theme.name))
    return cur.lastrowid


def list_themes(db: sqlite_utils.Database, forum_id: int) -> list[Theme]:
    return [
        Theme(id=r["id"], forum_id=r["forum_id"], name=r["name"])
        for r in _rows(db, "SELECT * FROM themes WHERE forum_id = ? ORDER BY name COLLATE NOCASE", (forum_id,))
    ]


def find_theme(db: sqlite_utils.Database, forum_id: int, name: str) -> Theme | None:
    r = _one(db, "SELECT * FROM themes WHERE forum_id = ? AND name = ?", (forum_id, name))
    return Theme(id=r["id"], forum_id=r["forum_id"], name=r["name"]) if r else None


def delete_theme(db: sqlite_utils.Database, theme_id: int) -> None:
    db.execute("DELETE FROM themes WHERE id = ?", (theme_id,))


def tag_answer(db: sqlite_utils.Database, answer_id: int, theme_id: int) -> None:
    db.execute("INSERT OR IGNORE INTO answer_themes (answer_id, theme_id) VALUES (?, ?)", (answer_id, theme_id))


def untag_answer(db: sqlite_utils.Database, answer_id: int, theme_id: int) -> None:
    db.execute("DELETE FROM answer_themes WHERE answer_id = ? AND theme_id = ?", (answer_id, theme_id))


def insert_commitment(db: sqlite_utils.Database, commitment: Commitment) -> int:
    cur = db.execute(
        "INSERT INTO commitments (forum_id, position, text) VALUES (?, ?, ?)",
        (commitment.forum_id, commitment.position, commitment.text),
    )
    return cur.lastrowid


def list_commitments(db: sqlite_utils.Database, forum_id: int) -> list[Commitment]:
    return [
        Commitment(id=r["id"], forum_id=r["forum_id"], position=r["position"], text=r["text"])
        for r in _rows(db, "SELECT * FROM commitments WHERE forum_id = ? ORDER BY position, id", (forum_id,))
    ]


def update_commitment(db: sqlite_utils.Database, commitment_id: int, text: str) -> None:
    db.execute("UPDATE commitments SET text = ? WHERE id = ?", (text, commitment_id))


def delete_commitment(db: sqlite_utils.Database, commitment_id: int) -> None:
    db.execute("DELETE FROM commitments WHERE id = ?", (commitment_id,))


# ---------------------------------------------------------------- saved question sets


def save_question_set(db: sqlite_utils.Database, name: str, title: str, description: str, questions: list[dict]) -> None:
    db.execute(
        """INSERT INTO question_sets (name, title, description, questions, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET title = excluded.title, description = excluded.description,
                                            questions = excluded.questions""",
        (name, title, description, json.dumps(questions, ensure_ascii=False), now_iso()),
    )


def list_saved_sets(db: sqlite_utils.Database) -> list[dict]:
    rows = _rows(db, "SELECT * FROM question_sets ORDER BY name")
    for row in rows:
        row["questions"] = json.loads(row["questions"])
    return rows


def delete_saved_set(db: sqlite_utils.Database, name: str) -> bool:
    return db.execute("DELETE FROM question_sets WHERE name = ?", (name,)).rowcount == 1
