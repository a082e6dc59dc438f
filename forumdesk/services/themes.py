"""Themes and duplicates for one question (issue 13 items 1, 3, 4): the use cases the console,
the projector, the recap and ``forumdesk themes`` share.

Reads go through ``AnswerService`` (so through the storage layer only). A suggestion becomes a
theme only when the facilitator accepts it (``AnswerService.create_theme`` / ``tag``); the one
write here, ``accept_same``, records the facilitator's decision that near-duplicates count as the
same answer (the answers stay stored one by one). Only visible answers with text are considered: hidden answers are never grouped,
suggested or shown. The heavy part (embedding, clustering) is safe to run on any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from forumdesk.domain import Answer
from forumdesk.domain import themes as theme_maths
from forumdesk.domain.duplicates import DuplicateGroup, group_same, near_duplicate_groups
from forumdesk.services.answers import AnswerService
from forumdesk.services.errors import InvalidInput
from forumdesk.services.events import Event, EventKind
from forumdesk.services.themes_embed import embed, similar_at_least


@dataclass(frozen=True)
class ThemeGroup:
    """A proposed theme: a name the facilitator may accept, rename, merge or reject, the answers
    in it (every visible answer is in exactly one group), the answer that best represents it and
    the few that come next (the representative first)."""

    name: str
    answer_ids: tuple[int, ...]
    example_ids: tuple[int, ...]

    @property
    def representative_id(self) -> int:
        return self.example_ids[0]


@dataclass(frozen=True)
class RestSuggestion:
    """"The theme of the rest": for each visible untagged answer, the theme its tagged examples
    point to (``chosen``: answer id -> theme id), and the half of them they point to most clearly
    (``surer``), which the facilitator may tag alone and leave the others to check."""

    chosen: dict[int, int] = field(default_factory=dict)
    surer: frozenset[int] = frozenset()


def text_of(answer: Answer) -> str | None:
    return answer.content.text


class ThemeService:
    def __init__(self, answers: AnswerService) -> None:
        self.answers = answers

    def visible_texts(self, forum_id: int, question_id: int) -> list[Answer]:
        """Visible answers with text, oldest first."""
        return [a for a in self.answers.answers(forum_id, question_id, include_hidden=False)
                if not a.hidden and text_of(a) is not None and a.id is not None]

    def duplicates(self, forum_id: int, question_id: int) -> list[DuplicateGroup]:
        """Every visible answer once, in groups of answers that are the same (largest first):
        the same once normalised, or accepted as the same by the facilitator."""
        return group_same(((a.id, text_of(a) or "") for a in self.visible_texts(forum_id, question_id)),
                          self.answers.same_as(question_id))

    def accept_same(self, forum_id: int, question_id: int, answer_ids: list[int]) -> None:
        """The facilitator's decision that these answers (a near-duplicate group, or any answers
        they pick) say the same thing: from now on they are counted once, ×N, on the console, the
        wall and in ``forumdesk themes --duplicates``. Stored as a decision; the answers stay as
        they are."""
        ids = list(dict.fromkeys(answer_ids))
        answers = [self.answers.answer(i) for i in ids]
        if len(ids) < 2:
            raise InvalidInput("Choose at least two answers to count as the same.")
        if any(a.forum_id != forum_id or a.question_id != question_id or text_of(a) is None for a in answers):
            raise InvalidInput("Only text answers to the same question can count as the same.")
        with self.answers.store.write() as repo:
            repo.add_same_answers(question_id, [(i, ids[0]) for i in ids[1:]])
        self.answers.events.publish(Event(EventKind.SAME_ANSWERS_CHANGED, forum_id, {"question_id": question_id}))

    def count_apart(self, forum_id: int, question_id: int, answer_ids: list[int]) -> int:
        """Take back the facilitator's decisions that these answers count as the same as others
        (``accept_same``): each text is its own row again. Answers that are the same once normalised
        still count once; that is not a decision. Returns how many decisions were taken back."""
        ids = list(dict.fromkeys(answer_ids))
        if not ids:
            return 0
        if any(self.answers.answer(i).question_id != question_id for i in ids):
            raise InvalidInput("Only answers to the same question can be counted apart.")
        with self.answers.store.write() as repo:
            undone = repo.remove_same_answers(question_id, ids)
        if undone:
            self.answers.events.publish(Event(EventKind.SAME_ANSWERS_CHANGED, forum_id, {"question_id": question_id}))
        return undone

    def near_duplicates(self, forum_id: int, question_id: int) -> list[list[DuplicateGroup]]:
        """Groups of "same answer" groups that differ by a typo, a plural or a word added."""
        return near_duplicate_groups(self.duplicates(forum_id, question_id))

    def suggest(self, forum_id: int, question_id: int, k: int | None = None) -> list[ThemeGroup]:
        """Proposed themes covering every visible answer exactly once (``k`` groups, or the
        number that separates the answers best). Same answers are grouped before they are
        embedded, so a thousand answers cost only their distinct texts."""
        groups = self.duplicates(forum_id, question_id)
        if not groups:
            return []
        texts = [g.text for g in groups]
        weights = np.array([g.count for g in groups], dtype=np.float64)
        found = theme_maths.suggest(texts, embed(texts), k, weights)
        return [ThemeGroup(s.name, tuple(sorted(i for m in s.members for i in groups[m].ids)),
                           tuple(groups[i].face_id for i in s.examples)) for s in found]

    def similar(self, answer_id: int, limit: int = 20) -> list[int]:
        """Other visible answers to the same question most like this one (best first)."""
        answer = self.answers.answer(answer_id)
        others = [a for a in self.visible_texts(answer.forum_id, answer.question_id) if a.id != answer_id]
        texts = [text_of(answer) or ""] + [text_of(a) or "" for a in others]
        found = theme_maths.similar(embed(texts), 0, limit, similar_at_least(len(texts)))
        return [others[i - 1].id for i in found]

    def suggest_rest(self, forum_id: int, question_id: int) -> RestSuggestion:
        """For each visible untagged answer, the theme its tagged neighbours suggest, and the
        surer half of those; nothing when nothing is tagged yet. Each theme's name, as the
        facilitator typed it, counts as one more example of it (measured in benchmarks/themes.py:
        3 to 11 points more answers right with 3 examples per theme)."""
        answers = self.visible_texts(forum_id, question_id)
        examples: dict[int, list[int]] = {}
        for row, answer in enumerate(answers):
            for theme_id in answer.theme_ids:
                examples.setdefault(theme_id, []).append(row)
        rest = [row for row, a in enumerate(answers) if not a.theme_ids]
        if not examples or not rest:
            return RestSuggestion()
        names = {t.id: t.name for t in self.answers.themes(forum_id)}
        named = [t for t in examples if names.get(t)]
        vectors = embed([text_of(a) or "" for a in answers] + [names[t] for t in named])
        for n, theme_id in enumerate(named):
            examples[theme_id].append(len(answers) + n)
        chosen, margins = theme_maths.assign_scored(vectors, examples)
        # the copies of one answer (the same words, or accepted as the same) go together, as they
        # are one row on the console: the theme and the margin of their clearest copy
        copies = [list(g.ids) for g in group_same(((row, text_of(answers[row]) or "") for row in rest),
                                                  self.answers.same_as(question_id))]
        for rows in copies:
            clearest = max(rows, key=lambda r: margins[r])
            chosen[rows], margins[rows] = chosen[clearest], margins[clearest]
        return RestSuggestion({answers[row].id: int(chosen[row]) for row in rest},  # type: ignore[misc]
                              frozenset(answers[row].id for row in theme_maths.surer(margins, copies)))
