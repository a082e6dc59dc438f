"""The things a forum is made of, as plain dataclasses and enums."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PartnerKind(StrEnum):
    EDUCATIONAL = "educational"
    ASSOCIATION = "association"
    COMMUNITY = "community"
    ADVOCACY = "advocacy"
    NONPROFIT = "nonprofit"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _PARTNER_KIND_LABELS[self]


_PARTNER_KIND_LABELS = {
    PartnerKind.EDUCATIONAL: "Educational institution",
    PartnerKind.ASSOCIATION: "Professional association",
    PartnerKind.COMMUNITY: "Community group",
    PartnerKind.ADVOCACY: "Advocacy group",
    PartnerKind.NONPROFIT: "Employment non-profit",
    PartnerKind.OTHER: "Other",
}


class Pace(StrEnum):
    """Whether the room follows the facilitator question by question or answers freely."""

    FACILITATOR = "facilitator"
    SELF = "self"


class ForumState(StrEnum):
    DRAFT = "draft"
    RUNNING = "running"
    ENDED = "ended"


class QuestionKind(StrEnum):
    OPEN_TEXT = "text"
    SINGLE_CHOICE = "single"
    MULTIPLE_CHOICE = "multiple"
    RATING = "rating"
    SHORT_WORDS = "words"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def has_choices(self) -> bool:
        return self in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)

    @property
    def is_textual(self) -> bool:
        return self in (QuestionKind.OPEN_TEXT, QuestionKind.SHORT_WORDS)


_KIND_LABELS = {
    QuestionKind.OPEN_TEXT: "Open text",
    QuestionKind.SINGLE_CHOICE: "Single choice",
    QuestionKind.MULTIPLE_CHOICE: "Multiple choice",
    QuestionKind.RATING: "Rating scale",
    QuestionKind.SHORT_WORDS: "Short words (word cloud)",
}

DEFAULT_MAX_LENGTH = {QuestionKind.OPEN_TEXT: 500, QuestionKind.SHORT_WORDS: 40}
HARD_MAX_LENGTH = 2000


@dataclass(frozen=True)
class Scale:
    """A rating scale such as 1..5 with labels for its two ends."""

    min: int = 1
    max: int = 5
    min_label: str = ""
    max_label: str = ""

    def to_dict(self) -> dict:
        return {"min": self.min, "max": self.max, "min_label": self.min_label, "max_label": self.max_label}

    @classmethod
    def from_dict(cls, data: dict) -> Scale:
        return cls(
            min=int(data.get("min", 1)),
            max=int(data.get("max", 5)),
            min_label=str(data.get("min_label", "")),
            max_label=str(data.get("max_label", "")),
        )


@dataclass
class Partner:
    name: str
    kind: PartnerKind = PartnerKind.OTHER
    contact_notes: str = ""
    id: int | None = None


@dataclass
class Forum:
    title: str
    partner_id: int
    join_code: str
    date: str = ""  # ISO date, e.g. "2026-11-25"
    venue: str = ""
    pace: Pace = Pace.FACILITATOR
    state: ForumState = ForumState.DRAFT
    current_question_id: int | None = None
    small_group_k: int = 5
    port: int | None = None
    version: int = 0
    # Answers written on a phone while a question was open may arrive after it closed (the phone was
    # offline): they are still taken, marked late, for this many minutes after it closed (0: never).
    late_grace_minutes: int = 10
    id: int | None = None


@dataclass
class Question:
    """One question of a forum (or of a question set, where ``forum_id`` is None)."""

    kind: QuestionKind
    prompt: str
    choices: list[str] = field(default_factory=list)
    scale: Scale | None = None
    max_length: int = 0
    max_words: int = 3  # short-words questions: how many words one answer may hold
    is_open: bool = False
    revealed: bool = False
    position: int = 0
    forum_id: int | None = None
    id: int | None = None
    # When it last stopped taking answers (server time), for late answers; storage keeps it, and it
    # is not part of what the question is (two questions that read the same are equal).
    closed_at: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        self.kind = QuestionKind(self.kind)
        if self.kind is QuestionKind.RATING and self.scale is None:
            self.scale = Scale()
        if not self.max_length:
            self.max_length = DEFAULT_MAX_LENGTH.get(self.kind, 0)

    def to_template(self) -> dict:
        """The question as it is written in a question set file."""
        data: dict = {"kind": self.kind.value, "prompt": self.prompt}
        if self.kind.has_choices:
            data["choices"] = list(self.choices)
        if self.kind is QuestionKind.RATING and self.scale:
            data["scale"] = self.scale.to_dict()
        if self.kind.is_textual:
            data["max_length"] = self.max_length
        if self.kind is QuestionKind.SHORT_WORDS:
            data["max_words"] = self.max_words
        return data

    @classmethod
    def from_template(cls, data: dict) -> Question:
        scale = Scale.from_dict(data["scale"]) if data.get("scale") else None
        return cls(
            kind=QuestionKind(data["kind"]),
            prompt=str(data["prompt"]),
            choices=[str(c) for c in data.get("choices", [])],
            scale=scale,
            max_length=int(data.get("max_length", 0)),
            max_words=int(data.get("max_words", 3)),
        )


@dataclass(frozen=True)
class AnswerContent:
    """What an attendee answered, once validated and cleaned."""

    text: str | None = None
    choices: tuple[int, ...] = ()
    rating: int | None = None


@dataclass
class Answer:
    forum_id: int
    question_id: int
    submission_id: str
    content: AnswerContent
    created_at: str  # server time, rounded to the minute
    hidden: bool = False
    starred: bool = False
    masked_kept: bool = False  # facilitator chose to keep contact details unmasked in the recap
    theme_ids: tuple[int, ...] = ()
    id: int | None = None
    late: bool = False  # arrived after its question closed, within the forum's grace period


@dataclass
class Note:
    """Something the facilitator or scribe typed from the room."""

    forum_id: int
    text: str
    question_id: int | None = None
    created_at: str = ""
    id: int | None = None


@dataclass
class RoomCount:
    """A show-of-hands tally for one choice of a choice question."""

    question_id: int
    choice_index: int
    count: int
    id: int | None = None


@dataclass
class Theme:
    forum_id: int
    name: str
    id: int | None = None


@dataclass
class Commitment:
    """Something the employer commits to doing, written for the recap."""

    forum_id: int
    text: str
    position: int = 0
    id: int | None = None
