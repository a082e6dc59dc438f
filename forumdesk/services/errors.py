"""Errors the services raise; each message is a sentence fit to show to the person concerned."""

from __future__ import annotations

from forumdesk.i18n import LocalizedError, Message


class ServiceError(LocalizedError):
    """Base class: something the user asked for cannot be done.

    The message is an English sentence with ``{named}`` placeholders filled by keyword values
    (``NotFound("There is no forum with id {forum_id}.", forum_id=3)``): ``str(exc)`` gives it in
    the process-wide language (the command line, the desktop app), ``exc.english`` in English (the
    attendee API's replies, docs/api.md §8). ``code`` is a stable word the phone page turns into
    its own sentence in the phone's language. A subclass sets a default code; a raise site may give
    a sharper one."""

    code: str = "refused"

    def __init__(self, message: str | Message = "", /, *, code: str | None = None, **values: object) -> None:
        super().__init__(message, **values)
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
