"""The question kinds, one module each, registered here and nowhere else.

Everything that differs between kinds (validation, tally, what phones receive, question-set file
fields, editor fields, the slide and recap presentations) is asked of the kind object::

    from forumdesk.domain import kinds
    kinds.of(question.kind).validate_answer(question, payload)

Adding a kind: write its module (a subclass of ``base.Kind``), register it in ``BUILT_IN`` below,
and give the phone page a view for it (resources/web/views.js). Its slide and recap reuse the
renderers named by its ``options_view`` and ``results_view``.
"""

from __future__ import annotations

from forumdesk.domain.kinds.base import Field, Kind, OptionsView, ResultsView
from forumdesk.domain.kinds.content import ContentSlide
from forumdesk.domain.kinds.multiple import MultipleChoice
from forumdesk.domain.kinds.rating import Rating
from forumdesk.domain.kinds.single import SingleChoice
from forumdesk.domain.kinds.text import OpenText
from forumdesk.domain.kinds.words import ShortWords
from forumdesk.domain.model import QuestionKind

__all__ = ["BUILT_IN", "Field", "Kind", "OptionsView", "ResultsView", "of", "register", "registered", "unregister"]

# In the order the editor offers them.
BUILT_IN: tuple[Kind, ...] = (OpenText(), SingleChoice(), MultipleChoice(), Rating(), ShortWords(), ContentSlide())

# Keyed by the kind's value; a QuestionKind member is a str equal to its value, so it finds it too.
_KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> QuestionKind:
    """Make ``kind`` known everywhere; returns its QuestionKind (made if it is not built in)."""
    member = QuestionKind.add(kind.value)
    _KINDS[kind.value] = kind
    return member


def unregister(value: str) -> None:
    """Forget a kind registered after start-up (tests add toy kinds and take them away again)."""
    if any(kind.value == value for kind in BUILT_IN):
        raise ValueError(f"{value!r} is a built-in kind")
    _KINDS.pop(value, None)
    QuestionKind.remove(value)


def of(kind: QuestionKind | str) -> Kind:
    """The kind object for a question's kind. Raises KeyError for a kind nobody registered."""
    return _KINDS[kind]


def registered() -> list[Kind]:
    """Every kind, built-in ones first, in the order the editor offers them."""
    return list(_KINDS.values())


for _kind in BUILT_IN:
    register(_kind)
