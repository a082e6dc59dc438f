"""Partners, forums, their questions and saved question sets."""

from __future__ import annotations

import json
import secrets

from forumdesk.domain import (
    Forum,
    ForumState,
    Pace,
    Partner,
    PartnerKind,
    Question,
    QuestionKind,
    Scale,
)
from forumdesk.domain.images import SlideImage
from forumdesk.storage.repos._sql import RepoBase, now_iso, query_one, query_rows

# ---------------------------------------------------------------- partners


def partner_from_row(row: dict) -> Partner:
    return Partner(id=row["id"], name=row["name"], kind=PartnerKind(row["kind"]), contact_notes=row["contact_notes"])


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
        late_grace_minutes=row["late_grace_minutes"],
        review_first=bool(row["review_first"]),
        changeable_votes=bool(row["changeable_votes"]),
        organiser=row["organiser"],
        contact=row["contact"],
        headcount=row["headcount"],
        takeaways=json.loads(row["takeaways"]),
        language=row["language"],
    )


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
        closed_at=row["closed_at"],
        body=row["body"],
        image_sha=row["image_sha"] or "",
    )


class ForumRepo(RepoBase):
    """Partners, forums, questions and saved question sets."""

    def insert_partner(self, partner: Partner) -> int:
        cur = self.db.execute(
            "INSERT INTO partners (name, kind, contact_notes) VALUES (?, ?, ?)",
            (partner.name, partner.kind.value, partner.contact_notes),
        )
        return cur.lastrowid

    def update_partner(self, partner: Partner) -> None:
        self.db.execute(
            "UPDATE partners SET name = ?, kind = ?, contact_notes = ? WHERE id = ?",
            (partner.name, partner.kind.value, partner.contact_notes, partner.id),
        )

    def get_partner(self, partner_id: int) -> Partner | None:
        row = query_one(self.db, "SELECT * FROM partners WHERE id = ?", (partner_id,))
        return partner_from_row(row) if row else None

    def delete_partner(self, partner_id: int) -> None:
        self.db.execute("DELETE FROM partners WHERE id = ?", (partner_id,))

    def partner_has_forums(self, partner_id: int) -> bool:
        return query_one(self.db, "SELECT 1 AS x FROM forums WHERE partner_id = ? LIMIT 1", (partner_id,)) is not None

    def find_partner_by_name(self, name: str) -> Partner | None:
        row = query_one(self.db, "SELECT * FROM partners WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1", (name,))
        return partner_from_row(row) if row else None

    def list_partners(self) -> list[Partner]:
        return [partner_from_row(r) for r in query_rows(self.db, "SELECT * FROM partners ORDER BY name COLLATE NOCASE, id")]

    def insert_forum(self, forum: Forum) -> int:
        cur = self.db.execute(
            """INSERT INTO forums (title, date, venue, partner_id, pace, join_code, state, small_group_k,
                                   late_grace_minutes, review_first, changeable_votes, organiser, contact,
                                   headcount, takeaways, language, version, device_key, created_at, uid)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, lower(hex(randomblob(16))))""",
            (
                forum.title,
                forum.date,
                forum.venue,
                forum.partner_id,
                forum.pace.value,
                forum.join_code,
                forum.state.value,
                forum.small_group_k,
                forum.late_grace_minutes,
                int(forum.review_first),
                int(forum.changeable_votes),
                forum.organiser,
                forum.contact,
                forum.headcount,
                json.dumps(forum.takeaways, ensure_ascii=False),
                forum.language,
                secrets.token_bytes(32),
                now_iso(),
            ),
        )
        return cur.lastrowid

    def update_forum(self, forum: Forum) -> None:
        self.db.execute(
            """UPDATE forums SET title = ?, date = ?, venue = ?, partner_id = ?, pace = ?, state = ?,
                      current_question_id = ?, small_group_k = ?, port = ?, late_grace_minutes = ?,
                      review_first = ?, changeable_votes = ?, organiser = ?, contact = ?, headcount = ?,
                      takeaways = ?, language = ?, version = version + 1
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
                forum.late_grace_minutes,
                int(forum.review_first),
                int(forum.changeable_votes),
                forum.organiser,
                forum.contact,
                forum.headcount,
                json.dumps(forum.takeaways, ensure_ascii=False),
                forum.language,
                forum.id,
            ),
        )

    def bump_forum_version(self, forum_id: int) -> None:
        self.db.execute("UPDATE forums SET version = version + 1 WHERE id = ?", (forum_id,))

    def get_forum(self, forum_id: int) -> Forum | None:
        row = query_one(self.db, "SELECT * FROM forums WHERE id = ?", (forum_id,))
        return forum_from_row(row) if row else None

    def get_forum_by_code(self, code: str) -> Forum | None:
        row = query_one(self.db, "SELECT * FROM forums WHERE join_code = ?", (code,))
        return forum_from_row(row) if row else None

    def forum_device_key(self, forum_id: int) -> bytes:
        row = query_one(self.db, "SELECT device_key FROM forums WHERE id = ?", (forum_id,))
        return bytes(row["device_key"]) if row else b""

    def join_code_taken(self, code: str) -> bool:
        return query_one(self.db, "SELECT 1 AS x FROM forums WHERE join_code = ?", (code,)) is not None

    def list_forum_rows(self) -> list[dict]:
        """Forums with their partner's name and answer count, for listings."""
        return query_rows(
            self.db,
            """SELECT f.*, p.name AS partner_name, p.kind AS partner_kind,
                      (SELECT COUNT(*) FROM answers a WHERE a.forum_id = f.id) AS answer_count
               FROM forums f JOIN partners p ON p.id = f.partner_id
               ORDER BY f.date DESC, f.id DESC""",
        )

    def delete_forum(self, forum_id: int) -> None:
        self.db.execute("DELETE FROM forums WHERE id = ?", (forum_id,))

    def running_forums(self) -> list[Forum]:
        return [forum_from_row(r) for r in query_rows(self.db, "SELECT * FROM forums WHERE state = 'running' ORDER BY id")]

    def insert_question(self, question: Question) -> int:
        cur = self.db.execute(
            """INSERT INTO questions (forum_id, position, kind, prompt, choices, scale, max_length, max_words,
                                      is_open, revealed, body, image_sha)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (question.forum_id, *_question_columns(question)),
        )
        return cur.lastrowid

    def update_question(self, question: Question) -> None:
        """Save a question. Closing it (open before, not now) records when, for late answers;
        opening it forgets that (``question.closed_at`` itself is never written)."""
        self.db.execute(
            """UPDATE questions SET position = ?, kind = ?, prompt = ?, choices = ?, scale = ?, max_length = ?,
                      max_words = ?, is_open = ?, revealed = ?, body = ?, image_sha = ?,
                      closed_at = CASE WHEN ? THEN NULL WHEN is_open THEN ? ELSE closed_at END
               WHERE id = ?""",
            (*_question_columns(question), int(question.is_open), now_iso(), question.id),
        )

    def get_question(self, question_id: int) -> Question | None:
        row = query_one(self.db, "SELECT * FROM questions WHERE id = ?", (question_id,))
        return question_from_row(row) if row else None

    def list_questions(self, forum_id: int) -> list[Question]:
        rows = query_rows(self.db, "SELECT * FROM questions WHERE forum_id = ? ORDER BY position, id", (forum_id,))
        return [question_from_row(r) for r in rows]

    def delete_question(self, question_id: int) -> None:
        self.db.execute("DELETE FROM questions WHERE id = ?", (question_id,))

    # ------------------------------------------------------------ content slides' images

    def insert_image(self, image: SlideImage) -> None:
        """Store an image once (the same bytes again change nothing)."""
        self.db.execute(
            "INSERT OR IGNORE INTO question_images (sha256, media_type, data, created_at) VALUES (?, ?, ?, ?)",
            (image.sha256, image.media_type, image.data, now_iso()),
        )

    def get_image(self, sha256: str) -> SlideImage | None:
        row = query_one(self.db, "SELECT * FROM question_images WHERE sha256 = ?", (sha256,))
        return SlideImage(row["media_type"], bytes(row["data"]), row["sha256"]) if row else None

    def image_media_type(self, sha256: str) -> str | None:
        row = query_one(self.db, "SELECT media_type FROM question_images WHERE sha256 = ?", (sha256,))
        return row["media_type"] if row else None

    def delete_unused_images(self) -> int:
        """Delete the images no question names any more; returns how many."""
        return self.db.execute(
            """DELETE FROM question_images WHERE sha256 NOT IN
                   (SELECT image_sha FROM questions WHERE image_sha IS NOT NULL)"""
        ).rowcount

    def set_positions(self, question_ids: list[int]) -> None:
        for position, qid in enumerate(question_ids):
            self.db.execute("UPDATE questions SET position = ? WHERE id = ?", (position, qid))

    def save_question_set(self, name: str, title: str, description: str, questions: list[dict]) -> None:
        self.db.execute(
            """INSERT INTO question_sets (name, title, description, questions, created_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (name) DO UPDATE SET title = excluded.title, description = excluded.description,
                                                questions = excluded.questions""",
            (name, title, description, json.dumps(questions, ensure_ascii=False), now_iso()),
        )

    def list_saved_sets(self) -> list[dict]:
        rows = query_rows(self.db, "SELECT * FROM question_sets ORDER BY name")
        for row in rows:
            row["questions"] = json.loads(row["questions"])
        return rows

    def delete_saved_set(self, name: str) -> bool:
        return self.db.execute("DELETE FROM question_sets WHERE name = ?", (name,)).rowcount == 1


def _question_columns(question: Question) -> tuple:
    """position, kind, prompt, choices, scale, max_length, max_words, is_open, revealed, body,
    image_sha: as stored."""
    return (
        question.position,
        question.kind.value,
        question.prompt,
        json.dumps(question.choices, ensure_ascii=False),
        json.dumps(question.scale.to_dict(), ensure_ascii=False) if question.scale else None,
        question.max_length,
        question.max_words,
        int(question.is_open),
        int(question.revealed),
        question.body,
        question.image_sha or None,
    )
