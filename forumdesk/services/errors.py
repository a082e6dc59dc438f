"""Errors the services raise; each message is a sentence fit to show to the person concerned."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: something the user asked for cannot be done. ``str(exc)`` explains why;
    ``code``, where set, is a stable word the phone page acts on (both refusals below are a 409)."""

    code: str | None = None


class NotFound(ServiceError):
    pass


class QuestionClosed(ServiceError):
    code = "question_closed"


class AlreadyAnswered(ServiceError):
    code = "already_answered"


class InvalidInput(ServiceError):
    pass
