"""What an export may contain: the forum read once from the services, with the privacy rules
applied, shared by the PDF, CSV and JSON writers so they cannot disagree.

Rules (documented in the recap's data-handling statement, SECURITY.md and the JSON schemas):
- hidden answers are never read, so no export can contain them;
- every identifying detail ``domain.privacy`` finds (e-mail, phone, link, handle, address, ID
  number, IBAN, name) in answers and room notes is masked (``[email removed]``) unless the
  facilitator kept that detail in the review (``services.privacy``, one decision per detail per
  forum) or the export was asked with ``keep_contacts``;
- the small-group guard (fewer than ``forum.small_group_k`` answers): the recap and the shareable
  exports show no breakdown, chart, words, quotes, themes or room notes for such a question; only
  the facilitator's internal export keeps those answers (flagged ``small_group``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from forumdesk.domain import Answer, AnswerContent, Commitment, Forum, Note, Partner, Question, Theme, kinds
from forumdesk.domain.duplicates import key_of
from forumdesk.domain.privacy import find_contacts, mask_contacts, mask_matches
from forumdesk.domain.results import QuestionResults, tally
from forumdesk.i18n import Translator, language, translator
from forumdesk.report.asked import gather_asked
from forumdesk.services import Services
from forumdesk.services.partners import FollowUp


@dataclass
class AnswerView:
    """One visible answer as it may be exported."""

    id: int
    question_id: int
    created_at: str
    text: str | None  # masked unless kept
    choices: tuple[int, ...]
    rating: int | None
    starred: bool
    theme_ids: tuple[int, ...]
    contact_masked: bool  # identifying details were found and masked
    contact_kept: bool  # identifying details were found and the facilitator kept them
    details_masked: int = 0  # how many details were masked
    # the near-duplicates the facilitator accepted as the same answer: answers with the same number
    # (within their question) count as one; None when this wording was not merged with another
    same_group: int | None = None


@dataclass
class NoteView:
    id: int
    question_id: int | None
    created_at: str
    text: str
    contact_masked: bool
    details_masked: int = 0


@dataclass
class QuestionView:
    number: int  # 1-based position in the forum
    question: Question
    answers: list[AnswerView]
    results: QuestionResults  # from the visible answers, contact details removed from the words
    notes: list[NoteView]
    small_group: bool  # fewer than k answers: the recap shows no breakdown
    asked: bool = True  # opened during the forum (or answered, or counted in the room)

    @property
    def responses(self) -> int:
        return len(self.answers)

    def choice_label(self, index: int) -> str:
        choices = self.question.choices
        return choices[index] if 0 <= index < len(choices) else f"Choice {index + 1}"


@dataclass
class ForumContent:
    forum: Forum
    partner: Partner
    questions: list[QuestionView]
    themes: list[Theme]
    general_notes: list[NoteView]  # notes not tied to a question
    commitments: list[Commitment]
    hidden_left_out: int
    asked: list = field(default_factory=list)  # report.asked.AskedView: the room's own questions
    texts_erased_at: str | None = None  # the retention command erased what people typed
    exported_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    # Commitments from the partner's earlier forums followed up at this one (services/partners.py)
    since_last_time: list[FollowUp] = field(default_factory=list)
    include_unasked: bool = False  # the recap lists questions never asked as "not asked"

    @property
    def recap_questions(self) -> list[QuestionView]:
        """The questions the partner's recap shows: a question never asked is left out (it is not
        a question with no answers), unless the facilitator chose to list it as "not asked"."""
        return [q for q in self.questions if q.asked or self.include_unasked]

    @property
    def k(self) -> int:
        return self.forum.small_group_k

    @property
    def t(self) -> Translator:
        """The recap's language: the forum's own (``forumdesk new --language``), else the app's.
        Every recap sentence goes through it: ``content.t.gettext("…")``, ``content.t.ngettext(…)``,
        ``content.t.format_date(…)``."""
        return translator(self.forum.language or language())

    @property
    def answer_count(self) -> int:
        return sum(q.responses for q in self.questions)

    @property
    def participants_at_least(self) -> int | None:
        """Attendees are anonymous, so the best honest figure is the most phones that voted on one
        question (a choice or a rating: one answer per phone). An open question takes several
        answers from one phone, so it says nothing about people; None when no phone voted."""
        votes = [q.responses for q in self.questions if q.asked and kinds.of(q.question.kind).one_answer_per_phone]
        return max(votes) if any(votes) else None

    @property
    def masked_count(self) -> int:
        notes = [n for q in self.questions for n in q.notes] + self.general_notes
        return sum(a.contact_masked for q in self.questions for a in q.answers) + sum(n.contact_masked for n in notes)

    @property
    def kept_count(self) -> int:
        return sum(a.contact_kept for q in self.questions for a in q.answers)

    @property
    def details_masked(self) -> int:
        """How many identifying details (items) were masked in answers, notes and the room's questions."""
        notes = [n for q in self.questions for n in q.notes] + self.general_notes
        return (sum(a.details_masked for q in self.questions for a in q.answers)
                + sum(n.details_masked for n in notes) + sum(a.details_masked for a in self.asked))

    @property
    def guarded_notes(self) -> int:
        """Room notes on small-group questions, which the recap and shareable exports leave out."""
        return sum(len(q.notes) for q in self.questions if q.small_group)

    @property
    def small_group_questions(self) -> list[QuestionView]:
        return [q for q in self.questions if q.small_group and q.responses]

    def theme_counts(self, *, shareable_only: bool = True) -> list[tuple[Theme, int]]:
        """Themes with how many answers carry them, most first. ``shareable_only`` leaves out
        answers to small-group questions, whose content the recap does not show."""
        counter: Counter[int] = Counter()
        for view in self.questions:
            if shareable_only and view.small_group:
                continue
            for answer in view.answers:
                counter.update(answer.theme_ids)
        counts = [(theme, counter.get(theme.id, 0)) for theme in self.themes]
        return sorted(counts, key=lambda item: (-item[1], item[0].name.casefold()))

    def starred(self, *, shareable_only: bool = True) -> list[tuple[QuestionView, AnswerView]]:
        return [
            (view, answer)
            for view in self.questions
            if not (shareable_only and view.small_group)
            for answer in view.answers
            if answer.starred and answer.text
        ]

    @property
    def is_empty(self) -> bool:
        return self.answer_count == 0 and not self.general_notes and not any(q.notes for q in self.questions)


def _masked(text: str, keep: frozenset[str] | None) -> tuple[str, int, bool]:
    """(text with the details not kept masked, how many were masked, whether one was kept).
    ``keep`` None means keep everything (``--keep-contacts``)."""
    matches = find_contacts(text)
    if keep is None:
        return text, 0, bool(matches)
    masked = [m for m in matches if m.key not in keep]
    return mask_matches(text, masked), len(masked), len(masked) < len(matches)


def _same_groups(same_as: dict[str, str], answers: list[Answer]) -> dict[int, int]:
    """Answer id -> a number shared by the answers the facilitator accepted as the same (only
    answers whose wording was merged with another)."""
    if not same_as:
        return {}
    merged = set(same_as.values())
    numbers: dict[str, int] = {}
    out = {}
    for answer in answers:
        key = key_of(answer.content.text or "")
        group = same_as.get(key, key if key in merged else None)
        if group is not None:
            out[answer.id] = numbers.setdefault(group, len(numbers))
    return out


def _answer_view(answer: Answer, keep: frozenset[str] | None, same_group: int | None = None) -> AnswerView:
    text = answer.content.text
    masked_text, masked, kept = _masked(text or "", keep)
    return AnswerView(
        id=answer.id,
        question_id=answer.question_id,
        created_at=answer.created_at,
        text=masked_text if text is not None else None,
        choices=tuple(answer.content.choices),
        rating=answer.content.rating,
        starred=answer.starred,
        theme_ids=tuple(answer.theme_ids),
        contact_masked=masked > 0,
        contact_kept=kept,
        details_masked=masked,
        same_group=same_group,
    )


def _note_view(note: Note, keep: frozenset[str] | None) -> NoteView:
    text, masked, _ = _masked(note.text, keep)
    return NoteView(id=note.id, question_id=note.question_id, created_at=note.created_at, text=text,
                    contact_masked=masked > 0, details_masked=masked)


def _results(question: Question, answers: list[Answer], room_counts: dict[int, int],
             same_as: dict[str, str]) -> QuestionResults:
    """Tallies of the visible answers (``same_as``: near-duplicates accepted as the same). Text is counted with contact details taken out entirely,
    kept or not, so a name from an e-mail address never becomes a "top word"."""
    contents = [a.content for a in answers]
    if kinds.of(question.kind).text_answers:
        contents = [AnswerContent(text=mask_contacts(c.text or "", replacement=" ")) for c in contents]
    return tally(question, contents, room_counts, same_as)


def gather(services: Services, forum_id: int, *, keep_contacts: bool = False,
           include_unasked: bool = False) -> ForumContent:
    """Read everything an export needs for ``forum_id`` (raises services.NotFound), masking every
    flagged detail the facilitator did not keep (none when ``keep_contacts``)."""
    forum = services.forums.forum(forum_id)
    keep = None if keep_contacts else services.privacy.keep_keys(forum_id)
    partner = services.forums.partner(forum.partner_id)
    questions = services.forums.questions(forum_id)
    visible = services.answers.answers(forum_id, include_hidden=False)
    total = sum(services.answers.answer_counts(forum_id).values())
    by_question: dict[int, list[Answer]] = {q.id: [] for q in questions}
    for answer in visible:
        by_question.setdefault(answer.question_id, []).append(answer)
    notes = [_note_view(n, keep) for n in services.answers.notes(forum_id)]
    question_ids = {q.id for q in questions}
    views = []
    for number, question in enumerate(questions, start=1):
        if not kinds.of(question.kind).takes_answers:
            continue  # a content slide: nothing to report (its number stays, as the room saw it)
        answers = by_question[question.id]
        room = services.answers.room_counts(question.id) if kinds.of(question.kind).room_counts else {}
        same_as = services.answers.same_as(question.id) if kinds.of(question.kind).text_answers else {}
        same = _same_groups(same_as, answers)
        views.append(QuestionView(
            number=number,
            question=question,
            answers=[_answer_view(a, keep, same.get(a.id)) for a in answers],
            results=_results(question, answers, room, same_as),
            notes=[n for n in notes if n.question_id == question.id],
            small_group=len(answers) < forum.small_group_k,
            asked=question.is_open or question.closed_at is not None or bool(answers) or any(room.values()),
        ))
    return ForumContent(
        forum=forum,
        partner=partner,
        questions=views,
        themes=services.answers.themes(forum_id),
        general_notes=[n for n in notes if n.question_id not in question_ids],
        commitments=services.answers.commitments(forum_id),
        hidden_left_out=total - len(visible),
        since_last_time=services.partners.follow_ups(forum_id),
        asked=gather_asked(services, forum_id),
        texts_erased_at=services.privacy.texts_erased_at(forum_id),
        include_unasked=include_unasked,
    )
