"""``forumdesk serve``'s timer command: the countdown phones see, and the question closed at zero
without any window."""

from __future__ import annotations

import threading

from forumdesk.app.serve_command import FacilitatorCommands
from forumdesk.domain import Question, QuestionKind
from forumdesk.services import EventKind


def test_timer_close_closes_the_current_question_at_zero(services, partner):
    forum = services.forums.create_forum("F", partner.id, questions=[Question(kind=QuestionKind.OPEN_TEXT,
                                                                              prompt="Why?")])
    forum = services.forums.start_forum(forum.id)
    question_id = forum.current_question_id
    commands = FacilitatorCommands(services, forum.id)
    closed = threading.Event()
    services.events.subscribe(lambda e: closed.set() if e.kind is EventKind.FORUM_CHANGED
                              and not services.forums.question(question_id).is_open else None)

    assert commands.run("timer 2").startswith("timer takes")  # below the 5 s minimum
    assert commands.run("timer 5 now").startswith("timer takes")
    assert commands.run("timer 5 close") == "timer of 5 s started (the question closes at zero)"
    assert services.timers.state_view(forum.id, question_id)["closes"] is True
    assert closed.wait(15)
    assert services.timers.state_view(forum.id, question_id) is None
    # AND "timer stop" cancels a running one
    services.forums.set_open(question_id, True)
    assert commands.run("timer 60") == "timer of 60 s started"
    assert commands.run("timer stop") == "timer stopped"
    assert services.timers.timer(forum.id) is None
