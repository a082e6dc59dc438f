"""The one privacy review (services.privacy): findings in answers and notes, masked by default,
kept per detail and per forum, and erasing what people typed while keeping the counts."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.services import EventKind, NotFound, Submission

EMAIL_ANSWER = "Write to jane.doe@example.org about the internship"
PHONE_NOTE = "Someone said: call Sam on +44 20 7946 0958 after the forum"


@pytest.fixture
def forum(services, partner):
    questions = [Question(kind=QuestionKind.OPEN_TEXT, prompt="Why?"),
                 Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Which?", choices=["Pay", "Team"])]
    forum = services.forums.create_forum("F", partner.id, pace=Pace.SELF, questions=questions)
    services.forums.start_forum(forum.id)
    return forum


def _answer(services, forum, question, payload, sid):
    services.answers.submit(Submission(forum.id, question.id, sid, payload, "c-" + sid))


def test_findings_cover_answers_and_notes_masked_until_kept(services, forum):
    text_q, _ = services.forums.questions(forum.id)
    _answer(services, forum, text_q, {"text": EMAIL_ANSWER}, "a1")
    _answer(services, forum, text_q, {"text": "Same: JANE.DOE@example.org"}, "a2")
    services.answers.add_note(forum.id, PHONE_NOTE, text_q.id)

    findings = services.privacy.findings(forum.id)
    sources = {(f.source, f.kind.value) for f in findings}
    assert ("answer", "email") in sources and ("note", "phone") in sources
    assert not any(f.kept for f in findings)
    assert services.privacy.masked(EMAIL_ANSWER, forum.id) == "Write to [email removed] about the internship"

    email = next(f for f in findings if f.kind.value == "email")
    seen = []
    services.events.subscribe(lambda e: seen.append(e.kind))
    services.privacy.set_kept(forum.id, email.key, True)
    assert EventKind.FORUM_CHANGED in seen  # live views rebuild with the new decision
    assert services.privacy.masked(EMAIL_ANSWER, forum.id) == EMAIL_ANSWER
    # One decision per detail: the same address written otherwise in another answer is kept too.
    assert all(f.kept for f in services.privacy.findings(forum.id) if f.kind.value == "email")
    # ... but only in this forum.
    other = services.forums.create_forum("G", forum.partner_id, pace=Pace.SELF, questions=[])
    assert "[email removed]" in services.privacy.masked(EMAIL_ANSWER, other.id)
    services.privacy.set_kept(forum.id, email.key, False)
    assert "[email removed]" in services.privacy.masked(EMAIL_ANSWER, forum.id)


def test_hidden_answers_are_not_listed(services, forum):
    text_q, _ = services.forums.questions(forum.id)
    _answer(services, forum, text_q, {"text": EMAIL_ANSWER}, "a1")
    answer = services.answers.answers(forum.id)[0]
    services.answers.set_hidden(answer.id, True)
    assert services.privacy.findings(forum.id) == []


def test_the_per_answer_switch_is_the_same_decision(services, forum):
    text_q, _ = services.forums.questions(forum.id)
    _answer(services, forum, text_q, {"text": EMAIL_ANSWER}, "a1")
    assert "[email removed]" in services.privacy.masked(EMAIL_ANSWER, forum.id)  # fills the cache
    services.answers.set_keep_contact(services.answers.answers(forum.id)[0].id, True)
    assert services.privacy.masked(EMAIL_ANSWER, forum.id) == EMAIL_ANSWER


def test_erase_deletes_typed_texts_and_keeps_counts(services, forum, db_path):
    text_q, choice_q = services.forums.questions(forum.id)
    _answer(services, forum, text_q, {"text": EMAIL_ANSWER}, "a1")
    _answer(services, forum, choice_q, {"choices": [1]}, "a2")
    services.answers.add_note(forum.id, PHONE_NOTE, text_q.id)
    theme = services.answers.create_theme(forum.id, "Pay")
    services.answers.tag(services.answers.answers(forum.id)[0].id, theme.id)

    assert services.privacy.texts_erased_at(forum.id) is None
    erased = services.privacy.erase_texts(forum.id)
    assert (erased.answers, erased.notes) == (1, 1)
    assert services.privacy.texts_erased_at(forum.id) is not None
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM answers WHERE text IS NOT NULL").fetchone() == (0,)
    assert conn.execute("SELECT COUNT(*) FROM notes").fetchone() == (0,)
    assert conn.execute("SELECT COUNT(*) FROM privacy_decisions").fetchone() == (0,)
    conn.close()
    assert services.answers.answer_counts(forum.id) == {text_q.id: 1, choice_q.id: 1}
    assert services.answers.results(choice_q.id).responses == 1
    assert services.answers.answers(forum.id)[0].theme_ids == (theme.id,)


def test_reminder_lists_old_forums_that_still_hold_texts(services, forum):
    text_q, _ = services.forums.questions(forum.id)
    _answer(services, forum, text_q, {"text": "hello"}, "a1")
    later = datetime.now(UTC) + timedelta(days=91)
    assert [f.id for f in services.privacy.forums_keeping_texts(90, now=later)] == [forum.id]
    assert services.privacy.forums_keeping_texts(90) == []  # created today
    services.privacy.erase_texts(forum.id)
    assert services.privacy.forums_keeping_texts(90, now=later) == []


def test_unknown_forum(services):
    with pytest.raises(NotFound):
        services.privacy.erase_texts(999)
