"""The recap at scale (issue 13 item 6): which text answers a question's section shows, and which
wait in the appendix at the end of the recap, so that 1,000 answers read in a few pages.

Shared by the PDF and the HTML recap (each draws it in its own way), built only from the
``QuestionView`` the content model made, so hidden answers, masking and the small-group guard are
the content model's decisions: a small group's question has no digest at all.

- Answers that are the same (``domain.duplicates.normalise``: case, spacing, punctuation, accents),
  or that the facilitator accepted as the same (near-duplicates, ``AnswerView.same_group``), are
  one ``Entry`` with their count, shown once with "×N". Grouping is on the text as exported
  (masked), so two answers differing only by a masked detail are the same answer here.
- Entries are made over the whole question, so an answer counts once whatever its copies are
  tagged with; an entry goes under the first theme (themes in order of size, as before) that any
  of its answers carries, then come the entries under no theme. A group's count is its answers.
- Each group's main-part entries: the facilitator's stars first, then the most given, then the
  most central (nearest to what the group says as a whole, by word overlap); up to ``MAIN_PER_THEME``
  for a theme, ``MAIN_OTHER`` for the answers under no theme (``MAIN_ALONE`` when no answer of the
  question has a theme), and however many stars there are, ``MOST_GIVEN_BESIDE_STARS`` entries
  that are not starred beside them. Every other entry goes to the appendix, in the same order. A question
  with at most ``SHOW_ALL_UP_TO`` different answers shows them all in its section.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from forumdesk.domain import themes as theme_maths
from forumdesk.domain.duplicates import group_same, key_of
from forumdesk.i18n import Translator
from forumdesk.report.content import AnswerView, QuestionView

MAIN_PER_THEME = 3
MAIN_OTHER = 6
MAIN_ALONE = 10
MOST_GIVEN_BESIDE_STARS = 2  # however many stars a group has, its most given answers are shown too
SHOW_ALL_UP_TO = 20  # a question with this many different answers or fewer shows them all in its section


@dataclass(frozen=True)
class Entry:
    """One text as the recap shows it, standing for every visible answer that says the same."""

    text: str
    answers: tuple[AnswerView, ...]

    @property
    def count(self) -> int:
        return len(self.answers)

    @property
    def starred(self) -> bool:
        return any(a.starred for a in self.answers)

    @property
    def first(self) -> AnswerView:
        return self.answers[0]


@dataclass
class Group:
    theme_id: int | None  # None: the answers under no theme
    total: int  # answers in the group (each duplicate counted)
    shown: list[Entry] = field(default_factory=list)  # in the question's section
    rest: list[Entry] = field(default_factory=list)  # in the appendix


@dataclass
class Digest:
    view: QuestionView
    groups: list[Group]

    @property
    def distinct(self) -> int:
        return sum(len(g.shown) + len(g.rest) for g in self.groups)

    @property
    def in_appendix(self) -> int:
        """How many answers (duplicates counted) the appendix holds for this question."""
        return sum(e.count for g in self.groups for e in g.rest)

    @property
    def has_duplicates(self) -> bool:
        return any(e.count > 1 for g in self.groups for e in (*g.shown, *g.rest))


def entries(answers: list[AnswerView]) -> list[Entry]:
    """The answers with text, the same ones together, most given first (then first given). Each is
    shown in the same words as on the console and the projector (``duplicates.face``)."""
    with_text = [a for a in answers if a.text]
    same = {key_of(a.text or ""): f"\1{a.same_group}" for a in with_text if a.same_group is not None}
    groups = group_same(((i, a.text or "") for i, a in enumerate(with_text)), same)
    out = []
    for g in groups:
        out.append(Entry(g.text, tuple(with_text[i] for i in g.ids)))
    return out


def _ranked(found: list[Entry]) -> list[Entry]:
    """Stars first, then the most given, then the most central, then the order given."""
    if not found:
        return found
    import numpy as np  # numpy comes with domain.themes; imported here only when there are answers

    vectors = theme_maths.word_vectors([e.text for e in found])
    weights = np.array([e.count for e in found], dtype=np.float32)
    centre = theme_maths.unit_rows((vectors * weights[:, None]).sum(axis=0, keepdims=True))[0]
    central = vectors @ centre
    order = sorted(range(len(found)), key=lambda i: (not found[i].starred, -found[i].count, -central[i], i))
    return [found[i] for i in order]


def digest(view: QuestionView, theme_order: list[int]) -> Digest:
    """The question's text answers split between its section and the appendix (see the module)."""
    by_theme: dict[int | None, list[Entry]] = {}
    for entry in entries(view.answers):
        first = next((t for t in theme_order if any(t in a.theme_ids for a in entry.answers)), None)
        by_theme.setdefault(first, []).append(entry)
    themed = any(t is not None for t in by_theme)
    show_all = sum(len(found) for found in by_theme.values()) <= SHOW_ALL_UP_TO
    groups = []
    for theme_id in [*theme_order, None]:
        if theme_id not in by_theme:
            continue
        ranked = _ranked(by_theme[theme_id])
        limit = (len(ranked) if show_all else MAIN_PER_THEME if theme_id is not None
                 else MAIN_OTHER if themed else MAIN_ALONE)
        stars = [e for e in ranked if e.starred][:limit]
        others = [e for e in ranked if not e.starred][:max(limit - len(stars), MOST_GIVEN_BESIDE_STARS)]
        shown = {id(e) for e in stars + others}
        groups.append(Group(theme_id, sum(e.count for e in ranked), stars + others,
                            [e for e in ranked if id(e) not in shown]))
    return Digest(view, groups)


def intro_sentences(t: Translator, digests: list[Digest]) -> list[str]:
    """The sentences (plain text) the PDF and the HTML recap say before the questions."""
    out = []
    if any(d.has_duplicates for d in digests):
        out.append(t.gettext("An answer given more than once is shown once, followed by \u00d7N: the number of "
                             "times it was given."))
    if any(d.in_appendix for d in digests):
        out.append(t.gettext("Each theme shows its most representative answers (the highlighted ones first); "
                             "every other answer is in the appendix at the end."))
    return out
