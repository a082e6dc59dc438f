"""Opening the database file: migrations, refusals that leave files untouched, connection settings."""

import hashlib
import sqlite3
import threading

import pytest
import sqlite_utils

from forumdesk.storage import LATEST_VERSION, Store, StoreError, migrations
from forumdesk.storage.migrations import MIGRATIONS, migrate


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_gets_the_latest_schema_and_safe_settings(db_path):
    store = Store.open(db_path)
    conn = store.db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    tables = set(store.db.table_names())
    assert {"partners", "forums", "questions", "answers", "notes", "room_counts", "themes",
            "answer_themes", "commitments", "question_sets", "device_votes"} <= tables
    store.close()


def _database_at(path, version):
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    migrate(db, target=version)
    if version >= 1:
        db.execute("INSERT INTO partners (name, kind) VALUES ('Old partner', 'association')")
        db.execute(
            "INSERT INTO forums (title, partner_id, join_code, device_key, created_at) "
            "VALUES ('Old forum', 1, 'ACEF34', x'00', '2025-01-01')"
        )
        db.execute("INSERT INTO questions (forum_id, position, kind, prompt) VALUES (1, 0, 'text', 'Why?')")
        db.execute(
            "INSERT INTO answers (forum_id, question_id, submission_id, text, created_at) "
            "VALUES (1, 1, 's-1', 'Because', '2025-01-01T10:00:00+00:00')"
        )
    db.conn.close()


@pytest.mark.parametrize("version", range(LATEST_VERSION))
def test_every_earlier_version_migrates_and_keeps_its_data(db_path, version):
    _database_at(db_path, version)
    store = Store.open(db_path)
    db = store.db
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    if version >= 1:
        assert [r["text"] for r in db.query("SELECT text FROM answers")] == ["Because"]
        assert [r["title"] for r in db.query("SELECT title FROM forums")] == ["Old forum"]
    store.close()


def test_a_failing_migration_step_leaves_the_file_at_its_old_version(db_path, monkeypatch):
    _database_at(db_path, 1)

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "MIGRATIONS", [MIGRATIONS[0], broken])
    with pytest.raises(StoreError, match="could not be prepared"):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "half_done" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_a_file_from_a_newer_version_is_refused_and_untouched(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="newer version of forumdesk"):
        Store.open(db_path)
    assert digest(db_path) == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(db_path):
    db_path.write_bytes(b"Quarterly notes\n" * 400)
    before = digest(db_path)
    with pytest.raises(StoreError, match="not a forumdesk database"):
        Store.open(db_path)
    assert digest(db_path) == before


def test_a_damaged_database_is_refused_and_untouched(db_path):
    store = Store.open(db_path)
    with store.transaction() as db:
        for i in range(300):
            db.execute("INSERT INTO partners (name, kind) VALUES (?, 'other')", (f"Partner {i} " + "x" * 200,))
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 300] = b"\xff" * 300  # scribble over a b-tree page
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(db_path)
    assert digest(db_path) == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_a_missing_folder_is_refused_without_creating_anything(tmp_path):
    target = tmp_path / "nowhere" / "f.sqlite"
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(target)
    assert not (tmp_path / "nowhere").exists()


def test_an_empty_file_is_an_empty_database(db_path):
    db_path.touch()
    store = Store.open(db_path)
    assert "forums" in store.db.table_names()
    store.close()


def test_each_thread_gets_its_own_connection(db_path):
    store = Store.open(db_path)
    seen = []
    thread = threading.Thread(target=lambda: seen.append(store.db.conn))
    thread.start()
    thread.join()
    assert seen[0] is not store.db.conn
    store.close()


def test_a_transaction_that_fails_writes_nothing(db_path):
    store = Store.open(db_path)
    with pytest.raises(RuntimeError):
        with store.transaction() as db:
            db.execute("INSERT INTO partners (name, kind) VALUES ('P', 'other')")
            raise RuntimeError("boom")
    assert store.db["partners"].count == 0
    store.close()


def test_backup_copy_is_a_complete_database(db_path, tmp_path):
    store = Store.open(db_path)
    with store.transaction() as db:
        db.execute("INSERT INTO partners (name, kind) VALUES ('Kept', 'other')")
    store.backup_to(tmp_path / "copy.sqlite")
    store.close()
    copy = Store.open(tmp_path / "copy.sqlite")
    assert [r["name"] for r in copy.db.query("SELECT name FROM partners")] == ["Kept"]
    copy.close()


def test_a_full_disk_reports_itself_and_leaves_the_connection_usable(db_path):
    store = Store.open(db_path)
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
    store.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full"
    with pytest.raises(sqlite3.OperationalError, match="full"):
        with store.transaction() as db:
            for i in range(2000):
                db.execute("INSERT INTO partners (name, kind) VALUES (?, 'other')", ("x" * 500 + str(i),))
    assert not store.db.conn.in_transaction
    store.db.conn.execute(f"PRAGMA max_page_count = {10**9}")
    with store.transaction() as db:
        db.execute("INSERT INTO partners (name, kind) VALUES ('after', 'other')")
    assert [r["name"] for r in store.db.query("SELECT name FROM partners")] == ["after"]
    store.close()


def test_migration_10_turns_a_kept_answer_into_keep_decisions(db_path):
    # A version 9 file where the facilitator kept the contact details of one answer (the old switch).
    db = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    migrate(db, target=9)
    db.execute("INSERT INTO partners (name, kind) VALUES ('P', 'association')")
    db.execute("INSERT INTO forums (title, partner_id, join_code, device_key, created_at) "
               "VALUES ('F', 1, 'ACEF34', x'00', '2025-01-01')")
    db.execute("INSERT INTO questions (forum_id, position, kind, prompt) VALUES (1, 0, 'text', 'Why?')")
    db.execute("INSERT INTO answers (forum_id, question_id, submission_id, text, created_at, keep_contact) "
               "VALUES (1, 1, 's-1', 'Mail me: Jo@Example.org', '2025-01-01', 1), "
               "(1, 1, 's-2', 'Not me: al@example.org', '2025-01-01', 0)")
    db.conn.close()
    store = Store.open(db_path)
    rows = list(store.db.query("SELECT forum_id, key, keep FROM privacy_decisions"))
    assert rows == [{"forum_id": 1, "key": "email:jo@example.org", "keep": 1}]
    store.close()
