"""Question sets: the built-in ones shipped as JSON files in resources/question_sets/, and the
ones a user saved from a forum (kept in the database)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from forumdesk.domain import InvalidQuestion, Question, validate_question
from forumdesk.paths import resource
from forumdesk.services.errors import InvalidInput, NotFound
from forumdesk.storage import Store

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


@dataclass
class QuestionSet:
    name: str  # short id used on the command line, e.g. "candidate-pool"
    title: str
    description: str = ""
    questions: list[Question] = field(default_factory=list)
    builtin: bool = True


def _load_builtin() -> list[QuestionSet]:
    loaded = []
    for path in resource("question_sets").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        qset = QuestionSet(
            name=path.stem,
            title=data["title"],
            description=data.get("description", ""),
            questions=[Question.from_template(q) for q in data["questions"]],
        )
        loaded.append((data.get("order", 100), qset))
    return [qset for _, qset in sorted(loaded, key=lambda item: (item[0], item[1].name))]


def builtin_set_names() -> list[str]:
    """Names of the sets shipped with forumdesk (no database needed)."""
    return [qset.name for qset in _load_builtin()]


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
    return slug[:40].strip("-") or "my-set"


class QuestionSetService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def builtin_sets(self) -> list[QuestionSet]:
        return _load_builtin()

    def saved_sets(self) -> list[QuestionSet]:
        return [
            QuestionSet(
                name=row["name"], title=row["title"], description=row["description"],
                questions=[Question.from_template(q) for q in row["questions"]], builtin=False,
            )
            for row in self.store.repo.list_saved_sets()
        ]

    def all_sets(self) -> list[QuestionSet]:
        return self.builtin_sets() + self.saved_sets()

    def get(self, name: str) -> QuestionSet:
        for qset in self.all_sets():
            if qset.name == name:
                return qset
        known = ", ".join(s.name for s in self.all_sets())
        raise NotFound("There is no question set named '{name}' (known sets: {known}).", name=name, known=known)

    def save(self, title: str, questions: list[Question], name: str | None = None, description: str = "") -> QuestionSet:
        """Save questions (e.g. a forum's) as a reusable set. Saving under an existing saved
        name replaces that set; a built-in name is refused."""
        title = " ".join(title.split())
        if not title:
            raise InvalidInput("A question set needs a title.")
        name = name or slugify(title)
        if not _NAME.match(name):
            raise InvalidInput("A set's short name uses lower-case letters, digits and dashes (at most 40).")
        if any(s.name == name for s in self.builtin_sets()):
            raise InvalidInput("'{name}' is the name of a built-in set; choose another name.", name=name)
        if not questions:
            raise InvalidInput("A question set needs at least one question.")
        for question in questions:
            try:
                validate_question(question)
            except InvalidQuestion as exc:
                raise InvalidInput(exc.text) from exc
        with self.store.write() as repo:
            repo.save_question_set(name, title, description, [q.to_template() for q in questions])
        return self.get(name)

    def delete(self, name: str) -> None:
        with self.store.write() as repo:
            if not repo.delete_saved_set(name):
                raise NotFound("There is no saved question set named '{name}'.", name=name)
