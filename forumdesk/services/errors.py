"""Errors the services raise; each message is a sentence fit to show to the person concerned."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: something the user asked for cannot be done. ``str(exc)`` explains why."""


class NotFound(ServiceError):
    pass


class QuestionClosed(ServiceError):
    pass


class AlreadyAnswered(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass
