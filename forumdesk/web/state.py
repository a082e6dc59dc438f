"""What phones see of a forum: the state document of docs/api.md (section 3), serialised once per change.

Built off the event loop (it reads the database), then handed to the loop as bytes that every
``GET .../state`` and every event stream send as they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from forumdesk import i18n
from forumdesk.domain import Forum, Pace, Question, kinds
from forumdesk.services import Services
from forumdesk.services.ask import public_view
from forumdesk.services.images import room_has_seen


def question_view(question: Question, number: int, results: dict | None) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": question.id,
        "number": number,  # 1-based position in the forum ("question 2 of 5")
        "kind": question.kind.value,
        "prompt": question.prompt,
        "max_length": question.max_length,
        "open": question.is_open,
        "revealed": question.revealed,
    }
    view.update(kinds.of(question.kind).phone_fields(question))  # choices, scale, max_words…
    if results is not None:
        view["results"] = results
    return view


@dataclass(frozen=True)
class ForumSnapshot:
    """One serialised state plus what the server needs to know about it without parsing it."""

    forum_id: int
    code: str
    version: int
    body: bytes  # the JSON document, UTF-8
    question_ids: frozenset[int]  # every question of the forum, listed or not
    revealed_ids: frozenset[int] = field(default_factory=frozenset)  # revealed questions (any listed or not)
    vote_ids: frozenset[int] = field(default_factory=frozenset)  # one answer per phone: limited per address
    ask_open: bool = False  # the room may ask now (POST .../ask answers 409 otherwise)
    # Content slides' images phones may fetch (services.images.room_has_seen): question id -> hash
    images: dict[int, str] = field(default_factory=dict)
    language: str = "en"  # the forum's language: phones whose own languages the page lacks read it


def build_snapshot(services: Services, forum_id: int, run: str = "") -> ForumSnapshot:
    """Read the forum and serialise the state phones see. Raises NotFound when the forum is gone.

    ``run`` identifies this server run: "version" starts again with each run only if the database
    is new, but the publisher's ETag counter does with every start, so a phone compares both."""
    forums = services.forums
    forum: Forum = forums.forum(forum_id)
    partner = forums.partner(forum.partner_id)
    questions = forums.questions(forum_id)
    # "Question 3 of 8" counts what the room answers: a content slide has no number (0) and is not counted.
    asking = [q for q in questions if kinds.of(q.kind).takes_answers]
    numbers = {q.id: index + 1 for index, q in enumerate(asking)}
    current = next((q for q in questions if q.id == forum.current_question_id), None)
    if forum.pace is Pace.FACILITATOR:
        listed = [current] if current is not None else []
    else:
        listed = questions
    views = []
    for question in listed:
        # Results travel with the state once revealed, so a reveal does not send the whole room to
        # the results endpoint at the same instant.
        results = services.answers.results(question.id).to_dict() if question.revealed else None
        views.append(question_view(question, numbers.get(question.id, 0), results))
    # The forum's language (forumdesk new --language), else the app's: the page's language for phones
    # whose own languages it does not have (docs/api.md §3).
    language = forum.language or i18n.language()
    state = {
        "forum": {"title": forum.title, "partner": partner.name, "language": language},
        "pace": forum.pace.value,
        "changeable_votes": forum.changeable_votes,
        "state": forum.state.value,
        "questions": views,
        "current": current.id if current is not None else None,
        "revealed": bool(current is not None and current.revealed),
        "version": forum.version,
        "run": run,
        "total_questions": len(asking),
        # a running countdown of the current question (services.timers), phones draw it themselves
        "timer": services.timers.state_view(forum_id, current.id if current is not None else None),
    }
    ask = services.ask.settings(forum_id)
    if ask.on:  # only forums with asking on carry it, so other phones load nothing more
        state["ask"] = {"open": ask.is_open, "items": [public_view(i) for i in services.ask.shown(forum_id)]}
    body = json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return ForumSnapshot(
        forum_id=forum_id,
        code=forum.join_code,
        version=forum.version,
        body=body,
        question_ids=frozenset(numbers),
        revealed_ids=frozenset(q.id for q in questions if q.revealed),
        vote_ids=frozenset(q.id for q in questions if kinds.of(q.kind).one_answer_per_phone),
        ask_open=ask.is_open,
        images={q.id: q.image_sha for q in questions if q.image_sha and room_has_seen(forum, q)},
        language=language,
    )
