"""A running forum with one open-text question and answers from phones: the set-up the big-room,
near-duplicate and theme tests (UI and command line) all start from."""

from __future__ import annotations

from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.services import Submission


def open_text_room(services, partner_id: int, texts: list[str], *, title: str = "Room",
                   prompt: str = "What should change?", max_length: int = 200):
    """A self-paced forum, started, whose one open-text question got ``texts``, each from its own
    phone. Returns the forum and the question's id."""
    forum = services.forums.create_forum(title, partner_id, pace=Pace.SELF, questions=[
        Question(kind=QuestionKind.OPEN_TEXT, prompt=prompt, max_length=max_length)])
    services.forums.start_forum(forum.id)
    qid = services.forums.questions(forum.id)[0].id
    services.answers.submit_many([Submission(forum.id, qid, f"s{n}", {"text": text}, f"phone-{n}")
                                  for n, text in enumerate(texts)])
    return forum, qid
