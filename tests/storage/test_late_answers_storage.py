"""Storage for late answers (issue 12, item 2): a file from before them gets a 10-minute grace per
forum and no late answers; closing a question records when, reopening it forgets that."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from forumdesk.domain import Answer, AnswerContent, Forum, Partner, Question, QuestionKind
from forumdesk.storage import Store
from forumdesk.storage.migrations import migrate


def test_a_file_from_before_late_answers_gets_the_default_grace_and_no_late_answers(db_path):
    db = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    migrate(db, target=2)
    db.execute("INSERT INTO partners (name, kind) VALUES ('P', 'other')")
    db.execute("INSERT INTO forums (title, partner_id, join_code, device_key, created_at) "
               "VALUES ('Old', 1, 'ACEF34', x'00', '2025-01-01')")
    db.execute("INSERT INTO questions (forum_id, position, kind, prompt) VALUES (1, 0, 'text', 'Why?')")
    db.execute("INSERT INTO answers (forum_id, question_id, submission_id, text, created_at) "
               "VALUES (1, 1, 's-1', 'Because', '2025-01-01T10:00:00+00:00')")
    db.conn.close()
    store = Store.open(db_path)
    try:
        repo = store.repo
        assert repo.get_forum(1).late_grace_minutes == 10
        assert repo.get_question(1).closed_at is None
        assert [a.late for a in repo.list_answers(forum_id=1)] == [False]
    finally:
        store.close()


def test_closing_a_question_records_when_and_reopening_forgets_it(db_path):
    store = Store.open(db_path)
    try:
        with store.write() as repo:
            partner_id = repo.insert_partner(Partner(name="P"))
            forum_id = repo.insert_forum(Forum(title="F", partner_id=partner_id, join_code="ACEF34"))
            question_id = repo.insert_question(Question(kind=QuestionKind.OPEN_TEXT, prompt="Why?",
                                                        forum_id=forum_id, is_open=True))
        question = store.repo.get_question(question_id)
        question.prompt = "Why, really?"
        store.repo.update_question(question)  # still open: nothing recorded
        assert store.repo.get_question(question_id).closed_at is None
        question.is_open = False
        store.repo.update_question(question)
        closed_at = store.repo.get_question(question_id).closed_at
        assert closed_at is not None
        store.repo.update_question(question)  # closed again: the first closing time stays
        assert store.repo.get_question(question_id).closed_at == closed_at
        question.is_open = True
        store.repo.update_question(question)
        assert store.repo.get_question(question_id).closed_at is None
        store.repo.insert_answers([Answer(forum_id=forum_id, question_id=question_id, submission_id="s",
                                          content=AnswerContent(text="Late"), created_at=closed_at, late=True)])
        assert [a.late for a in store.repo.list_answers(forum_id=forum_id)] == [True]
        assert store.repo.count_late_answers(forum_id) == {question_id: 1}
    finally:
        store.close()
