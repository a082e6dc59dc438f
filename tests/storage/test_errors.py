"""SQLite's errors stay inside storage: the repository and write transactions raise StorageFailure
with the cause (full, read-only, busy...) and a sentence for the facilitator."""

from __future__ import annotations

import sqlite3

import pytest

from forumdesk.domain import Partner, PartnerKind
from forumdesk.storage import Problem, StorageFailure, Store, StoreError, classify


@pytest.fixture
def store(db_path):
    store = Store.open(db_path)
    yield store
    store.close()


def test_a_write_to_a_read_only_connection_is_a_read_only_failure(store):
    store.db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(StorageFailure) as caught:
        with store.write() as repo:
            repo.insert_partner(Partner(name="P", kind=PartnerKind.OTHER))
    assert caught.value.problem is Problem.READ_ONLY
    assert "read-only" in str(caught.value) and "not saved" in str(caught.value)
    assert isinstance(caught.value, StoreError)
    assert not isinstance(caught.value, sqlite3.Error)
    store.db.conn.execute("PRAGMA query_only = 0")
    with store.write() as repo:
        repo.insert_partner(Partner(name="After", kind=PartnerKind.OTHER))
    assert [p.name for p in store.repo.list_partners()] == ["After"]


def test_a_single_statement_outside_a_transaction_is_translated_too(store):
    store.db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(StorageFailure) as caught:
        store.repo.insert_partner(Partner(name="P", kind=PartnerKind.OTHER))
    assert caught.value.problem is Problem.READ_ONLY


def test_a_full_disk_is_a_full_failure_and_the_next_write_works(store):
    conn = store.db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(StorageFailure) as caught:
        with store.write() as repo:
            for i in range(2000):
                repo.insert_partner(Partner(name="x" * 150 + str(i), kind=PartnerKind.OTHER))
    assert caught.value.problem is Problem.FULL
    assert classify(caught.value) is Problem.FULL
    assert "disk is full" in Problem.FULL.for_answers
    assert not conn.in_transaction
    conn.execute("PRAGMA max_page_count = 1073741823")
    with store.write() as repo:
        repo.insert_partner(Partner(name="after", kind=PartnerKind.OTHER))
    assert [p.name for p in store.repo.list_partners()] == ["after"]


def test_a_file_locked_by_another_program_is_a_busy_failure(store, db_path):
    store.db.conn.execute("PRAGMA busy_timeout = 0")  # give up at once instead of after 10 s
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageFailure) as caught:
            with store.write() as repo:
                repo.insert_partner(Partner(name="P", kind=PartnerKind.OTHER))
        assert caught.value.problem is Problem.BUSY
        assert "busy" in str(caught.value)
        other.execute("ROLLBACK")
    finally:
        other.close()
    with store.write() as repo:
        repo.insert_partner(Partner(name="P", kind=PartnerKind.OTHER))


def test_an_error_that_is_not_about_the_file_has_no_problem_but_still_a_sentence(store):
    with pytest.raises(StorageFailure) as caught:
        with store.write() as repo:
            repo.db.execute("INSERT INTO no_such_table VALUES (1)")
    assert caught.value.problem is None
    assert classify(caught.value) is None
    assert "could not be read or written" in str(caught.value)


def test_a_service_error_inside_a_write_passes_through_and_rolls_back(store):
    class Refused(Exception):
        pass

    with pytest.raises(Refused):
        with store.write() as repo:
            repo.insert_partner(Partner(name="P", kind=PartnerKind.OTHER))
            raise Refused
    assert store.repo.list_partners() == []
