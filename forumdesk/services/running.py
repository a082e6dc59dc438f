"""Running a forum (the facilitator's controls): start and end it, show another question, open,
close and reveal questions, and find forums left running to resume.

A mixin of ForumService (it uses its ``store``, ``events``, ``forum`` and ``questions``), kept
apart to keep modules small.
"""

from __future__ import annotations

from dataclasses import replace

from forumdesk.domain import Forum, ForumState, Pace, Question
from forumdesk.services.errors import NotFound
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.storage import Store


class RunningForum:
    store: Store
    events: EventBus

    def start_forum(self, forum_id: int, port: int | None = None) -> Forum:
        """Mark the forum as running. Self-paced forums open every question; facilitator-paced
        ones start on the first question unless one is already current (resume)."""
        with self.store.write() as repo:
            forum = repo.get_forum(forum_id)
            if forum is None:
                raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
            questions = repo.list_questions(forum_id)
            forum.state = ForumState.RUNNING
            if port is not None:
                forum.port = port
            if forum.current_question_id is None and questions:
                forum.current_question_id = questions[0].id
                if forum.pace is Pace.FACILITATOR:
                    questions[0].is_open = True
                    repo.update_question(questions[0])
            if forum.pace is Pace.SELF and not any(q.is_open for q in questions):
                for question in questions:
                    question.is_open = True
                    repo.update_question(question)
            repo.update_forum(forum)
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum_id))
        return self.forum(forum_id)

    def end_forum(self, forum_id: int) -> Forum:
        """Stop taking answers: every question closes; results stay as they were."""
        with self.store.write() as repo:
            forum = repo.get_forum(forum_id)
            if forum is None:
                raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
            for question in repo.list_questions(forum_id):
                if question.is_open:
                    question.is_open = False
                    repo.update_question(question)
            forum.state = ForumState.ENDED
            repo.update_forum(forum)
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum_id))
        self.events.publish(Event(EventKind.FORUM_ENDED, forum_id))
        return self.forum(forum_id)

    def set_current(self, forum_id: int, question_id: int | None) -> Forum:
        """Show another question. In a facilitator-paced forum the new question opens and the
        previous one closes, so the room answers one question at a time."""
        with self.store.write() as repo:
            forum = repo.get_forum(forum_id)
            if forum is None:
                raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
            questions = {q.id: q for q in repo.list_questions(forum_id)}
            if question_id is not None and question_id not in questions:
                raise NotFound("That question is not part of this forum.")
            if forum.pace is Pace.FACILITATOR and forum.state is not ForumState.ENDED:
                for q in questions.values():
                    should_open = q.id == question_id
                    if q.is_open != should_open:
                        q.is_open = should_open
                        repo.update_question(q)
            forum.current_question_id = question_id
            repo.update_forum(forum)
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum_id))
        return self.forum(forum_id)

    def step(self, forum_id: int, delta: int) -> Forum:
        """Move the current question forwards (+1) or backwards (-1); stays put at either end."""
        forum = self.forum(forum_id)
        ids = [q.id for q in self.questions(forum_id)]
        if not ids:
            return forum
        if forum.current_question_id in ids:
            index = max(0, min(len(ids) - 1, ids.index(forum.current_question_id) + delta))
        else:
            index = 0
        if ids[index] == forum.current_question_id:
            return forum
        return self.set_current(forum_id, ids[index])

    def set_open(self, question_id: int, is_open: bool) -> Question:
        return self._set_question_flag(question_id, is_open=is_open)

    def set_revealed(self, question_id: int, revealed: bool) -> Question:
        return self._set_question_flag(question_id, revealed=revealed)

    def _set_question_flag(self, question_id: int, **flags: bool) -> Question:
        with self.store.write() as repo:
            question = repo.get_question(question_id)
            if question is None:
                raise NotFound("That question no longer exists.")
            question = replace(question, **flags)
            repo.update_question(question)
            repo.bump_forum_version(question.forum_id)
        self.events.publish(Event(EventKind.FORUM_CHANGED, question.forum_id))
        return question

    def running_forums(self) -> list[Forum]:
        """Forums left running (e.g. the app was closed or crashed mid-forum): candidates to resume."""
        return self.store.repo.running_forums()
