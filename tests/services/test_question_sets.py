"""Built-in question sets and sets saved from a forum."""

import pytest

from forumdesk.domain import QuestionKind, kinds
from forumdesk.services import InvalidInput, NotFound
from forumdesk.services.demo import create_demo_forum


def test_builtin_sets_cover_the_three_flavours_and_a_warm_up(services):
    sets = {s.name: s for s in services.sets.builtin_sets()}
    assert list(sets)[0] == "warm-up"
    assert {"warm-up", "candidate-pool", "hiring-feedback", "partner-goals"} <= set(sets)
    used = {q.kind for s in sets.values() for q in s.questions}
    # every kind that asks something (a content slide is the facilitator's own text, not a set's)
    assert used == {k for k in QuestionKind if kinds.of(k).takes_answers}
    for qset in sets.values():
        assert qset.title and qset.questions


def test_save_a_forums_questions_as_a_set_and_reuse_it(services, partner):
    forum = services.forums.create_forum("F", partner.id, questions=services.sets.get("hiring-feedback").questions[:3])
    saved = services.sets.save("Our campus set", services.forums.questions(forum.id))
    assert saved.name == "our-campus-set" and not saved.builtin
    reused = services.forums.create_forum("G", partner.id, questions=services.sets.get("our-campus-set").questions)
    assert [q.to_template() for q in services.forums.questions(reused.id)] == [
        q.to_template() for q in services.forums.questions(forum.id)]
    assert "our-campus-set" in [s.name for s in services.sets.all_sets()]


def test_saving_refuses_builtin_names_and_empty_sets(services):
    with pytest.raises(InvalidInput, match="built-in"):
        services.sets.save("Warm up", services.sets.get("warm-up").questions, name="warm-up")
    with pytest.raises(InvalidInput, match="at least one question"):
        services.sets.save("Nothing", [])
    with pytest.raises(NotFound, match="no question set named 'nope'"):
        services.sets.get("nope")


def test_the_demo_forum_has_a_room_worth_of_data(services):
    forum = create_demo_forum(services.forums, services.answers, services.sets, ask=services.ask,
                              images=services.images)
    answers = services.answers.answers(forum.id)
    assert 50 <= len(answers) <= 90
    answered = {services.forums.question(a.question_id).kind for a in answers}
    assert answered == {k for k in QuestionKind if kinds.of(k).takes_answers}
    assert any(a.starred for a in answers) and any(a.hidden for a in answers)
    assert any(a.theme_ids for a in answers)
    assert services.answers.notes(forum.id) and services.answers.commitments(forum.id)
    choice_q = next(q for q in services.forums.questions(forum.id) if q.kind is QuestionKind.SINGLE_CHOICE)
    assert sum(services.answers.results(choice_q.id).room_counts) > 0
    # issue 18: it opens with a content slide with its image, and the room asked its own questions
    slide = services.forums.questions(forum.id)[0]
    assert slide.kind is QuestionKind.CONTENT and slide.body
    image = services.images.get(slide.image_sha)
    assert image.media_type == "image/png" and image.data.startswith(b"\x89PNG")
    shown = services.ask.shown(forum.id)
    assert len(shown) >= 4 and all(i.votes for i in shown)
    assert any(i.answered for i in shown) and any(not i.answered for i in shown)
    assert [i.votes for i in shown] == sorted((i.votes for i in shown), reverse=True)
    assert len(services.ask.items(forum.id)) > len(shown)  # one the facilitator hid
