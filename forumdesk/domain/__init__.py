"""Plain data and rules of forumdesk: no Qt, no SQLite, no I/O."""

from forumdesk.domain import kinds
from forumdesk.domain.model import (
    Answer,
    AnswerContent,
    Commitment,
    CommitmentStatus,
    Forum,
    ForumState,
    Note,
    Pace,
    Partner,
    PartnerKind,
    Question,
    QuestionKind,
    RoomCount,
    Scale,
    Theme,
)
from forumdesk.domain.validation import InvalidAnswer, InvalidQuestion, validate_answer, validate_question

__all__ = [
    "Answer",
    "AnswerContent",
    "Commitment",
    "CommitmentStatus",
    "Forum",
    "ForumState",
    "InvalidAnswer",
    "InvalidQuestion",
    "Note",
    "Pace",
    "Partner",
    "PartnerKind",
    "Question",
    "QuestionKind",
    "RoomCount",
    "Scale",
    "Theme",
    "kinds",
    "validate_answer",
    "validate_question",
]
