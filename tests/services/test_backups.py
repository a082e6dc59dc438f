"""Automatic backups: a consistent copy, rotation, a copy when a forum ends, and restoring one."""

import sqlite3
import threading

import pytest

from forumdesk.domain import Question
from forumdesk.services import BackupScheduler, BackupService, Services, Submission
from forumdesk.storage import StoreError
from forumdesk.storage.restore import restore_backup


def running_forum(services, partner):
    forum = services.forums.create_forum("F", partner.id, questions=[Question(kind="text", prompt="Why?")])
    services.forums.start_forum(forum.id)
    return forum, services.forums.questions(forum.id)[0].id


def test_a_backup_holds_every_committed_answer(services, partner):
    forum, qid = running_forum(services, partner)
    services.answers.submit(Submission(forum.id, qid, "s1", {"text": "kept in the copy"}))
    copy = services.backups.backup_now()
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT text FROM answers").fetchall() == [("kept in the copy",)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert copy.parent == services.store.path.parent / "backups"


def test_backups_rotate(services, tmp_path):
    service = BackupService(services.store, tmp_path / "b", keep=3)
    made = [service.backup_now() for _ in range(5)]
    assert service.backups() == list(reversed(made[2:]))


def test_a_backup_that_cannot_be_written_is_reported_not_raised(services, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups folder should be")
    service = BackupService(services.store, blocker / "backups")
    assert service.backup_now() is None
    assert "could not be written" in service.last_error


def test_ending_a_forum_makes_a_backup(services, partner, tmp_path):
    forum, _ = running_forum(services, partner)
    service = BackupService(services.store, tmp_path / "b")
    scheduler = BackupScheduler(service, services.events, is_running=lambda: False, interval_s=3600)
    services.forums.end_forum(forum.id)
    scheduler.stop()  # waits for the copy the forum's end started
    assert [p.name.endswith("-forum-ended.sqlite") for p in service.backups()] == [True]


class SignallingBackups(BackupService):
    """The real service, releasing a semaphore after each copy so the test can wait for them."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.made = threading.Semaphore(0)

    def backup_now(self, reason: str = "auto"):
        path = super().backup_now(reason)
        self.made.release()
        return path


def test_the_scheduler_backs_up_while_a_forum_runs(services, tmp_path):
    service = SignallingBackups(services.store, tmp_path / "b")
    scheduler = BackupScheduler(service, services.events, is_running=lambda: True, interval_s=0.05)
    scheduler.start()
    copied = [service.made.acquire(timeout=10) for _ in range(2)]
    scheduler.stop()
    assert copied == [True, True]
    assert len(service.backups()) >= 2


def test_restore_puts_the_copy_back_and_keeps_the_current_file(db_path, partner, services):
    forum, qid = running_forum(services, partner)
    services.answers.submit(Submission(forum.id, qid, "s1", {"text": "before"}))
    copy = services.backups.backup_now()
    services.answers.submit(Submission(forum.id, qid, "s2", {"text": "after"}))
    services.close()

    kept = restore_backup(copy, db_path)

    restored = Services.open(db_path)
    assert [a.content.text for a in restored.answers.answers(forum.id)] == ["before"]
    restored.close()
    aside = Services.open(kept)
    assert [a.content.text for a in aside.answers.answers(forum.id)] == ["before", "after"]
    aside.close()


def test_restoring_a_garbage_file_changes_nothing(db_path, services, tmp_path):
    services.close()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not sqlite at all" * 10)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not a forumdesk database"):
        restore_backup(garbage, db_path)
    assert db_path.read_bytes() == before


def test_only_this_databases_copies_are_listed(services, tmp_path):
    service = BackupService(services.store, tmp_path / "b")
    mine = service.backup_now()
    other = tmp_path / "b" / f"{services.store.path.stem}-old-20260101-101010-000000-auto.sqlite"
    other.write_bytes(mine.read_bytes())
    assert service.backups() == [mine]


def test_restoring_an_old_version_copy_leaves_the_copy_itself_untouched(db_path, services, tmp_path):
    from forumdesk.storage.migrations import migrate

    services.close()
    old = tmp_path / "old-copy.sqlite"
    conn = sqlite3.connect(old, isolation_level=None)
    import sqlite_utils

    migrate(sqlite_utils.Database(conn), target=1)
    conn.close()
    before = old.read_bytes()
    restore_backup(old, db_path)
    assert old.read_bytes() == before
    assert not old.with_name(old.name + "-wal").exists()
    restored = Services.open(db_path)
    assert "question_sets" in restored.store.db.table_names()
    restored.close()
