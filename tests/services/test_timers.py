"""The question timer (services.timers): in memory, seen in the state, closing its question at zero
on its own thread when asked to (so it works in ``forumdesk serve`` too, without a window)."""

from __future__ import annotations

import threading

import pytest

from forumdesk.domain import Question, QuestionKind
from forumdesk.services import EventKind, InvalidInput
from forumdesk.web.state import build_snapshot


@pytest.fixture
def forum(services, partner):
    questions = [Question(kind=QuestionKind.OPEN_TEXT, prompt="Why?"), Question(kind=QuestionKind.OPEN_TEXT,
                                                                                prompt="And?")]
    forum = services.forums.create_forum("F", partner.id, questions=questions)
    return services.forums.start_forum(forum.id)


def test_a_timer_that_closes_closes_its_question_at_zero(services, forum):
    question_id = forum.current_question_id
    closed = threading.Event()

    def on_event(event) -> None:
        if event.kind is EventKind.FORUM_CHANGED and not services.forums.question(question_id).is_open:
            closed.set()

    services.events.subscribe(on_event)
    version = services.forums.forum(forum.id).version
    timer = services.timers.start(forum.id, question_id, 1_000, closes=True)
    # THEN the phones' state carries it, with a new version
    snapshot = build_snapshot(services, forum.id)
    assert b'"timer":{"ends_at_ms":' in snapshot.body and b'"closes":true' in snapshot.body
    assert snapshot.version > version
    assert timer.ends_at_ms - services.timers.wall_ms() <= 1_000
    # WHEN it reaches zero THEN the question closes, and the state no longer shows a timer
    assert closed.wait(10)
    assert b'"timer":null' in build_snapshot(services, forum.id).body
    assert services.timers.timer(forum.id).remaining_ms() == 0


def test_a_paused_or_cancelled_timer_never_closes(services, forum):
    question_id = forum.current_question_id
    services.timers.start(forum.id, question_id, 1_000, closes=True)
    paused = services.timers.pause(forum.id)
    assert not paused.running and 0 < paused.left_ms <= 1_000
    assert services.timers.state_view(forum.id, question_id) is None
    services.timers.resume(forum.id)
    services.timers.cancel(forum.id)
    # a timer is started and cancelled again, then a marker timer on the same forum that does not close
    done = threading.Event()
    services.events.subscribe(lambda e: done.set() if services.timers.timer(forum.id) is not None
                              and services.timers.timer(forum.id).left_ms == 0 else None)
    services.timers.start(forum.id, question_id, 1_500, closes=False)
    assert done.wait(10)
    assert services.forums.question(question_id).is_open


def test_a_timer_is_only_shown_for_the_current_question(services, forum):
    first, second = (q.id for q in services.forums.questions(forum.id))
    services.timers.start(forum.id, first, 60_000)
    assert services.timers.state_view(forum.id, first) is not None
    assert services.timers.state_view(forum.id, second) is None


def test_theme_merge_and_restore_round_trip(services, forum):
    from forumdesk.services import Submission

    question_id = forum.current_question_id
    for n in range(3):
        services.answers.submit(Submission(forum.id, question_id, f"s{n}", {"text": f"answer {n}"}))
    a, b, c = (x.id for x in services.answers.answers(forum.id))
    pay, bonus = services.answers.create_theme(forum.id, "Pay"), services.answers.create_theme(forum.id, "Bonus")
    for answer_id, theme in ((a, pay), (b, pay), (b, bonus), (c, bonus)):
        services.answers.tag(answer_id, theme.id)
    with pytest.raises(InvalidInput):
        services.answers.rename_theme(bonus.id, " pay ".strip().title())  # the name is taken: merge instead
    moved, already = services.answers.merge_themes(bonus.id, pay.id)
    assert moved == [b, c] and already == [b]
    assert {x.id: x.theme_ids for x in services.answers.answers(forum.id)} == {a: (pay.id,), b: (pay.id,), c: (pay.id,)}
    restored = services.answers.restore_theme(forum.id, "Bonus", moved, untag_from=pay.id, untag_ids=[c])
    tags = {x.id: set(x.theme_ids) for x in services.answers.answers(forum.id)}
    assert tags == {a: {pay.id}, b: {pay.id, restored.id}, c: {restored.id}}
