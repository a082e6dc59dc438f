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
    """The name of a question kind. What a kind *does* lives in its module (forumdesk.domain.kinds).

    The built-in names are members; a kind registered later (forumdesk.domain.kinds.register)
    gets a member made on the fly by ``add``, so ``QuestionKind("its-value")`` works for it too.
    Iterating over the enum lists the built-in kinds only; ``kinds.registered()`` lists them all.
    """

    OPEN_TEXT = "text"
    SINGLE_CHOICE = "single"
    MULTIPLE_CHOICE = "multiple"
    RATING = "rating"
    SHORT_WORDS = "words"
    CONTENT = "content"  # a content slide: it informs and takes no answers

    @property
    def label(self) -> str:
        from forumdesk.domain import kinds  # the kinds import this module, so not at the top

        return kinds.of(self).label

    @classmethod
    def _missing_(cls, value: object) -> QuestionKind | None:
        return _ADDED_KINDS.get(value) if isinstance(value, str) else None

    @classmethod
    def add(cls, value: str) -> QuestionKind:
        """The member for ``value``, made if it is not a built-in kind (for kinds.register only)."""
        try:
            return cls(value)
        except ValueError:
            pass
        # The way enum makes its own pseudo-members (Flag does it for combinations): a str of the
        # class with the enum's two private attributes.
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        _ADDED_KINDS[value] = member
        return member

    @classmethod
    def remove(cls, value: str) -> None:
        """Forget a kind made by ``add`` (built-in kinds stay)."""
        _ADDED_KINDS.pop(value, None)


_ADDED_KINDS: dict[str, QuestionKind] = {}

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
    # Review first (Slido-style moderation): open answers reach the projector and the phones'
    # results only once the facilitator approved them (Answer.approved).
    review_first: bool = False
    # Phones may change a choice or rating while its question is open (still one vote per phone).
    changeable_votes: bool = False
    # For the partner's recap (issue 17): who ran the forum and how to reach them (on the cover, and
    # the PDF's author), the room's headcount as the facilitator counted it (None: not counted),
    # and up to three things the facilitator heard, in their own words.
    organiser: str = ""
    contact: str = ""
    headcount: int | None = None
    takeaways: list[str] = field(default_factory=list)
    # The language of the forum's recap and the phones' default ("en", "fr", ...; forumdesk.i18n);
    # "" follows the app's language at the time of the export.
    language: str = ""
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
    body: str = ""  # content slides: the text under the title (the title is ``prompt``)
    image_sha: str = ""  # content slides: SHA-256 of the image stored in the database ("" for none)
    is_open: bool = False
    revealed: bool = False
    position: int = 0
    forum_id: int | None = None
    id: int | None = None
    # When it last stopped taking answers (server time), for late answers; storage keeps it, and it
    # is not part of what the question is (two questions that read the same are equal).
    closed_at: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        from forumdesk.domain import kinds  # the kinds import this module, so not at the top

        self.kind = QuestionKind(self.kind)
        kinds.of(self.kind).prepare(self)  # defaults of the kind: a 1..5 scale, a length limit

    def to_template(self) -> dict:
        """The question as it is written in a question set file."""
        from forumdesk.domain import kinds  # the kinds import this module, so not at the top

        return {"kind": self.kind.value, "prompt": self.prompt, **kinds.of(self.kind).template_fields(self)}

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
            body=str(data.get("body", "")),
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
    approved: bool = False  # review-first forums: the facilitator let it on the projector and phones


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


class CommitmentStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        """Still to be followed up (it comes along to the partner's next forum)."""
        return self in (CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS)


@dataclass
class Commitment:
    """Something the employer commits to doing, written for the recap and followed up later."""

    forum_id: int
    text: str
    position: int = 0
    owner: str = ""  # who does it (a person or a team), as the facilitator wrote it
    due_date: str = ""  # ISO date, e.g. "2027-03-31", or "" when none was set
    status: CommitmentStatus = CommitmentStatus.PLANNED
    outcome: str = ""  # what was done (or why it was dropped), for "You said, we did"
    id: int | None = None

    def __post_init__(self) -> None:
        self.status = CommitmentStatus(self.status)
