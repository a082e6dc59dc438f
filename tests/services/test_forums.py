"""Partners, forums, questions and running a forum."""

import pytest

from forumdesk.domain import ForumState, Pace, Question, QuestionKind
from forumdesk.services import EventKind, InvalidInput, NotFound, Submission


def text_q(prompt="Why?"):
    return Question(kind=QuestionKind.OPEN_TEXT, prompt=prompt)


def make_forum(services, partner, n=3, pace=Pace.FACILITATOR):
    return services.forums.create_forum(
        "Campus forum", partner.id, pace=pace, questions=[text_q(f"Q{i}") for i in range(n)]
    )


def test_creating_a_forum_gives_a_join_code_and_ordered_questions(services, partner):
    forum = make_forum(services, partner)
    assert forum.state is ForumState.DRAFT and len(forum.join_code) == 6
    assert [q.prompt for q in services.forums.questions(forum.id)] == ["Q0", "Q1", "Q2"]
    assert services.forums.forum_by_code(forum.join_code).id == forum.id


def test_bad_forum_input_is_refused_with_a_sentence(services, partner):
    with pytest.raises(InvalidInput, match="title cannot be empty"):
        services.forums.create_forum("   ", partner.id)
    with pytest.raises(NotFound, match="no partner"):
        services.forums.create_forum("T", 999)
    with pytest.raises(InvalidInput, match="at least two choices"):
        services.forums.create_forum("T", partner.id, questions=[Question(kind="single", prompt="P", choices=["x"])])
    assert services.forums.forum_listing() == []


def test_reorder_edit_and_remove_questions(services, partner):
    forum = make_forum(services, partner)
    q0, q1, q2 = services.forums.questions(forum.id)
    services.forums.move_question(q2.id, 0)
    assert [q.prompt for q in services.forums.questions(forum.id)] == ["Q2", "Q0", "Q1"]
    services.forums.reorder_questions(forum.id, [q0.id, q1.id, q2.id])
    q1.prompt = "What would you change?"
    services.forums.update_question(q1)
    services.forums.remove_question(q0.id)
    assert [(q.prompt, q.position) for q in services.forums.questions(forum.id)] == [
        ("What would you change?", 0), ("Q2", 1)]
    added = services.forums.add_question(forum.id, text_q("First"), position=0)
    assert services.forums.questions(forum.id)[0].id == added.id


def test_a_question_with_answers_cannot_change_kind(services, partner):
    forum = make_forum(services, partner, n=1)
    services.forums.start_forum(forum.id)
    question = services.forums.questions(forum.id)[0]
    services.answers.submit(Submission(forum.id, question.id, "s1", {"text": "hi"}))
    question.kind = QuestionKind.SINGLE_CHOICE
    question.choices = ["a", "b"]
    with pytest.raises(InvalidInput, match="already has answers"):
        services.forums.update_question(question)


def test_facilitator_pace_opens_only_the_current_question(services, partner):
    forum = make_forum(services, partner)
    q0, q1, q2 = services.forums.questions(forum.id)
    forum = services.forums.start_forum(forum.id, port=8123)
    assert forum.state is ForumState.RUNNING and forum.current_question_id == q0.id and forum.port == 8123
    assert [q.is_open for q in services.forums.questions(forum.id)] == [True, False, False]
    services.forums.step(forum.id, +1)
    assert [q.is_open for q in services.forums.questions(forum.id)] == [False, True, False]
    services.forums.step(forum.id, +1)
    services.forums.step(forum.id, +1)  # stays on the last one
    assert services.forums.forum(forum.id).current_question_id == q2.id
    services.forums.step(forum.id, -1)
    assert services.forums.forum(forum.id).current_question_id == q1.id
    services.forums.set_revealed(q1.id, True)
    assert services.forums.question(q1.id).revealed
    services.forums.end_forum(forum.id)
    assert not any(q.is_open for q in services.forums.questions(forum.id))
    assert services.forums.running_forums() == []


def test_self_pace_opens_every_question(services, partner):
    forum = make_forum(services, partner, pace=Pace.SELF)
    services.forums.start_forum(forum.id)
    assert all(q.is_open for q in services.forums.questions(forum.id))


def test_every_state_change_bumps_the_version_and_is_published(services, partner):
    forum = make_forum(services, partner)
    seen = []
    services.events.subscribe(seen.append)
    v0 = services.forums.forum(forum.id).version
    services.forums.start_forum(forum.id)
    services.forums.step(forum.id, +1)
    services.forums.set_open(services.forums.questions(forum.id)[0].id, True)
    assert services.forums.forum(forum.id).version >= v0 + 3
    assert [e.kind for e in seen].count(EventKind.FORUM_CHANGED) == 3


def test_a_failing_subscriber_does_not_stop_the_others(services, partner):
    seen = []

    def broken(event):
        raise RuntimeError("subscriber bug")

    services.events.subscribe(broken)
    unsubscribe = services.events.subscribe(seen.append)
    make_forum(services, partner)
    assert seen
    unsubscribe()
    count = len(seen)
    make_forum(services, partner)
    assert len(seen) == count


def test_duplicate_copies_questions_but_no_answers(services, partner):
    forum = make_forum(services, partner, n=2)
    services.forums.start_forum(forum.id)
    qid = services.forums.questions(forum.id)[0].id
    services.answers.submit(Submission(forum.id, qid, "s1", {"text": "hello"}))
    copy = services.forums.duplicate_forum(forum.id)
    assert copy.title == "Campus forum (copy)" and copy.join_code != forum.join_code
    assert [q.prompt for q in services.forums.questions(copy.id)] == ["Q0", "Q1"]
    assert not any(q.is_open for q in services.forums.questions(copy.id))
    assert services.answers.answers(copy.id) == []


def test_deleting_a_forum_deletes_everything_in_it(services, partner):
    forum = make_forum(services, partner, n=1)
    other = make_forum(services, partner, n=1)
    for f in (forum, other):
        services.forums.start_forum(f.id)
    qid = services.forums.questions(forum.id)[0].id
    services.answers.submit(Submission(forum.id, qid, "s1", {"text": "hello"}))
    answer = services.answers.answers(forum.id)[0]
    theme = services.answers.create_theme(forum.id, "Pay")
    services.answers.tag(answer.id, theme.id)
    services.answers.add_note(forum.id, "Room agreed", qid)
    services.answers.add_commitment(forum.id, "Publish salaries")
    oqid = services.forums.questions(other.id)[0].id
    services.answers.submit(Submission(other.id, oqid, "s2", {"text": "kept"}))

    services.forums.delete_forum(forum.id)

    db = services.store.db
    for table in ("questions", "answers", "notes", "themes", "answer_themes", "commitments"):
        rows = list(db.query(f"SELECT * FROM {table}"))
        assert all(r.get("forum_id", other.id) == other.id for r in rows), table
    assert db["answer_themes"].count == 0
    assert [a.content.text for a in services.answers.answers(other.id)] == ["kept"]
    with pytest.raises(NotFound):
        services.forums.forum(forum.id)


def test_partner_with_forums_cannot_be_deleted(services, partner):
    make_forum(services, partner)
    with pytest.raises(InvalidInput, match="still has forums"):
        services.forums.delete_partner(partner.id)


def test_the_late_answer_grace_is_kept_checked_and_copied(services, partner):
    forum = services.forums.create_forum("Grace", partner.id, late_grace_minutes=4)
    assert services.forums.forum(forum.id).late_grace_minutes == 4
    assert services.forums.duplicate_forum(forum.id).late_grace_minutes == 4
    with pytest.raises(InvalidInput, match="0 to 240 minutes"):
        services.forums.create_forum("Too long", partner.id, late_grace_minutes=241)
    forum.late_grace_minutes = -1
    with pytest.raises(InvalidInput, match="0 to 240 minutes"):
        services.forums.update_forum(forum)
    assert services.forums.forum(forum.id).late_grace_minutes == 4
