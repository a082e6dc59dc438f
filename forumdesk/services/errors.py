"""Errors the services raise; each message is a sentence fit to show to the person concerned."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: something the user asked for cannot be done. ``str(exc)`` explains why, in
    English; ``code`` is a stable word (docs/api.md) the phone page turns into its own sentence in
    the phone's language. A subclass sets a default code; a raise site may give a sharper one."""

    code: str = "refused"

    def __init__(self, *args: object, code: str | None = None) -> None:
        super().__init__(*args)
        if code is not None:
            self.code = code


class NotFound(ServiceError):
    code = "not_found"


class QuestionClosed(ServiceError):
    code = "question_closed"


class AlreadyAnswered(ServiceError):
    code = "already_answered"


class InvalidInput(ServiceError):
    code = "invalid_input"


class NoAnswers(ServiceError):
    """An answer to a slide that takes none (a content slide)."""

    code = "takes_no_answers"
