"""Numbered schema migrations. Each step runs in its own transaction and bumps user_version.

Never edit a released step: add a new one. ``MIGRATIONS[n]`` takes a database from version n to n+1.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils


def _v1_core(db: sqlite_utils.Database) -> None:
    db["partners"].create(
        {"id": int, "name": str, "kind": str, "contact_notes": str},
        pk="id",
        not_null={"name", "kind"},
        defaults={"contact_notes": ""},
    )
    db.execute(
        """
        CREATE TABLE forums (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            date TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
            pace TEXT NOT NULL DEFAULT 'facilitator',
            join_code TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL DEFAULT 'draft',
            current_question_id INTEGER,
            small_group_k INTEGER NOT NULL DEFAULT 5,
            port INTEGER,
            version INTEGER NOT NULL DEFAULT 0,
            device_key BLOB NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            prompt TEXT NOT NULL,
            choices TEXT NOT NULL DEFAULT '[]',
            scale TEXT,
            max_length INTEGER NOT NULL DEFAULT 0,
            max_words INTEGER NOT NULL DEFAULT 3,
            is_open INTEGER NOT NULL DEFAULT 0,
            revealed INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX questions_forum ON questions(forum_id, position)")
    # Anonymity by construction: no column here can hold an IP, user agent, cookie or device id.
    # submission_id is a random id the phone makes for this one answer (for safe retries).
    db.execute(
        """
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            submission_id TEXT NOT NULL UNIQUE,
            text TEXT,
            choices TEXT,
            rating INTEGER,
            created_at TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            starred INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX answers_question ON answers(question_id, id)")
    db.execute("CREATE INDEX answers_forum ON answers(forum_id, id)")
    db.execute(
        """
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
            question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE room_counts (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            choice_index INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (question_id, choice_index)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE themes (
            id INTEGER PRIMARY KEY,
            forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            UNIQUE (forum_id, name)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE answer_themes (
            answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
            PRIMARY KEY (answer_id, theme_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE commitments (
            id INTEGER PRIMARY KEY,
            forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL
        )
        """
    )


def _v2_sets_votes_privacy(db: sqlite_utils.Database) -> None:
    # Question sets the user saved from a forum, next to the built-in ones shipped as files.
    db.execute(
        """
        CREATE TABLE question_sets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    # One vote per device: a keyed hash of (forum key, phone's random id, question). It is kept
    # apart from answers and nothing links a row here to an answer's content.
    db.execute(
        """
        CREATE TABLE device_votes (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            device_hash BLOB NOT NULL,
            PRIMARY KEY (question_id, device_hash)
        ) WITHOUT ROWID
        """
    )
    # The facilitator may keep contact details in a given answer unmasked in the recap.
    db.execute("ALTER TABLE answers ADD COLUMN keep_contact INTEGER NOT NULL DEFAULT 0")


def _v3_late_answers(db: sqlite_utils.Database) -> None:
    # An answer written while its question was open may arrive after it closed (the phone was
    # offline): it is kept, marked late, within the forum's grace period after the close.
    db.execute("ALTER TABLE forums ADD COLUMN late_grace_minutes INTEGER NOT NULL DEFAULT 10")
    db.execute("ALTER TABLE questions ADD COLUMN closed_at TEXT")
    db.execute("ALTER TABLE answers ADD COLUMN late INTEGER NOT NULL DEFAULT 0")


def _v4_commitment_follow_up(db: sqlite_utils.Database) -> None:
    # A commitment has an owner and a date in the recap, and a status and outcome when it is
    # followed up at the partner's next forum.
    db.execute("ALTER TABLE commitments ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE commitments ADD COLUMN due_date TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE commitments ADD COLUMN status TEXT NOT NULL DEFAULT 'planned'")
    db.execute("ALTER TABLE commitments ADD COLUMN outcome TEXT NOT NULL DEFAULT ''")


def _v5_review_first(db: sqlite_utils.Database) -> None:
    # Review-first forums (issue 14 item 3): open answers reach the projector and the phones'
    # results only once the facilitator approved them.
    db.execute("ALTER TABLE forums ADD COLUMN review_first INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE answers ADD COLUMN approved INTEGER NOT NULL DEFAULT 0")


def _v6_forum_uid(db: sqlite_utils.Database) -> None:
    # A forum keeps one id wherever it goes (bundles, issue 19): importing the same forum into
    # another database twice finds it by this id and adds nothing.
    db.execute("ALTER TABLE forums ADD COLUMN uid TEXT")
    db.execute("UPDATE forums SET uid = lower(hex(randomblob(16)))")
    db.execute("CREATE UNIQUE INDEX forums_uid ON forums(uid)")


def _v7_commitments_carried(db: sqlite_utils.Database) -> None:
    # A partner's open commitments come along to its next forum (issue 19): a link to the
    # original commitment, whose status and outcome stay the one truth the partner page shows.
    db.execute(
        """
        CREATE TABLE commitment_follow_ups (
            forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
            commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
            PRIMARY KEY (forum_id, commitment_id)
        ) WITHOUT ROWID
        """
    )

def _v8_changeable_votes(db: sqlite_utils.Database) -> None:
    # A forum may let phones change a choice or rating while the question is open (issue 18). To
    # replace a phone's vote, its per-question device hash points at the answer it stored; the
    # link is written only in such forums, and a hash never links one phone's answers across questions.
    db.execute("ALTER TABLE forums ADD COLUMN changeable_votes INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE device_votes ADD COLUMN answer_id INTEGER REFERENCES answers(id) ON DELETE SET NULL")


def _v9_ask(db: sqlite_utils.Database) -> None:
    # The room asks its own questions (issue 18). Settings live beside the forum, not in it, so a
    # forum without asking has no row here. mode: 'review' (the facilitator approves each item
    # first) or 'direct' (shown at once).
    db.execute(
        """
        CREATE TABLE ask_settings (
            forum_id INTEGER PRIMARY KEY REFERENCES forums(id) ON DELETE CASCADE,
            mode TEXT NOT NULL DEFAULT 'review',
            is_open INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    # Like answers: no column can hold an IP, user agent, cookie or device id. status: 'pending',
    # 'approved' or 'hidden'. votes is kept in step with ask_upvotes in the same transaction.
    db.execute(
        """
        CREATE TABLE ask_items (
            id INTEGER PRIMARY KEY,
            forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
            submission_id TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            answered INTEGER NOT NULL DEFAULT 0,
            starred INTEGER NOT NULL DEFAULT 0,
            votes INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX ask_items_forum ON ask_items(forum_id, id)")
    db.execute(
        """
        CREATE TABLE ask_item_themes (
            item_id INTEGER NOT NULL REFERENCES ask_items(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
            PRIMARY KEY (item_id, theme_id)
        ) WITHOUT ROWID
        """
    )
    # One upvote per phone per item, as device_votes: a keyed hash of (forum key, item, phone's
    # random id), which says "some phone upvoted this item" and nothing else.
    db.execute(
        """
        CREATE TABLE ask_upvotes (
            item_id INTEGER NOT NULL REFERENCES ask_items(id) ON DELETE CASCADE,
            device_hash BLOB NOT NULL,
            PRIMARY KEY (item_id, device_hash)
        ) WITHOUT ROWID
        """
    )


def _v10_privacy_review(db: sqlite_utils.Database) -> None:
    # One review used everywhere (issue 14 item 2): the facilitator's keep/mask decision per
    # identifying detail, per forum, keyed by ContactMatch.key (the same e-mail written in two
    # answers is one decision). No row means "masked". Texts erased by the retention command
    # leave the forum with erased_at set; the counts (answer rows, choices, ratings, themes) stay.
    from forumdesk.domain.privacy import find_contacts

    db.execute(
        """
        CREATE TABLE privacy_decisions (
            forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            keep INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (forum_id, key)
        ) WITHOUT ROWID
        """
    )
    db.execute("ALTER TABLE forums ADD COLUMN texts_erased_at TEXT")
    # The old per-answer "keep contact details" flag becomes a keep decision for each detail it held.
    for forum_id, text in db.execute("SELECT forum_id, text FROM answers WHERE keep_contact = 1 AND text IS NOT NULL"):
        for match in find_contacts(text):
            db.execute("INSERT OR REPLACE INTO privacy_decisions (forum_id, key, keep) VALUES (?, ?, 1)",
                       (forum_id, match.key))


def _v11_recap_details(db: sqlite_utils.Database) -> None:
    # The partner's recap names who ran the forum and a contact, the room's headcount (typed by the
    # facilitator; NULL: not counted) and the facilitator's "three things we heard" (a JSON list).
    db.execute("ALTER TABLE forums ADD COLUMN organiser TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE forums ADD COLUMN contact TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE forums ADD COLUMN headcount INTEGER")
    db.execute("ALTER TABLE forums ADD COLUMN takeaways TEXT NOT NULL DEFAULT '[]'")


def _v12_forum_language(db: sqlite_utils.Database) -> None:
    # The recap's language (and the phones' default) chosen per forum; '' follows the app's language.
    db.execute("ALTER TABLE forums ADD COLUMN language TEXT NOT NULL DEFAULT ''")


def _v13_same_answers(db: sqlite_utils.Database) -> None:
    # Near-duplicates the facilitator accepted as the same answer (issue 13 item 1): each row says
    # "this answer counts as the same as that one". The answers themselves stay stored one by one;
    # no text is copied here (ids only), so erasing answer texts leaves nothing behind.
    db.execute(
        """
        CREATE TABLE same_answers (
            answer_id INTEGER PRIMARY KEY REFERENCES answers(id) ON DELETE CASCADE,
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            same_as_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
            accepted_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX same_answers_question ON same_answers(question_id)")


def _v14_content_slides(db: sqlite_utils.Database) -> None:
    # Content slides (issue 18 item 3): a text under the title, and an image copied into the
    # database so the slide shows offline. Images are stored once per content (keyed by the
    # SHA-256 of their bytes); a question names its image by that hash. An image no question
    # names any more is deleted with the question's change (storage.repos.forums).
    db.execute("ALTER TABLE questions ADD COLUMN body TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE questions ADD COLUMN image_sha TEXT")
    db.execute(
        """
        CREATE TABLE question_images (
            sha256 TEXT PRIMARY KEY,
            media_type TEXT NOT NULL,
            data BLOB NOT NULL,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID
        """
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_core, _v2_sets_votes_privacy, _v3_late_answers, _v4_commitment_follow_up, _v5_review_first,
    _v6_forum_uid, _v7_commitments_carried, _v8_changeable_votes, _v9_ask,
    _v10_privacy_review,
    _v11_recap_details,
    _v12_forum_language,
    _v13_same_answers,
    _v14_content_slides,
]
LATEST_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int = LATEST_VERSION) -> None:
    """Apply every step from the file's version up to ``target``, one transaction per step."""
    conn = db.conn
    version = user_version(conn)
    while version < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](db)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
