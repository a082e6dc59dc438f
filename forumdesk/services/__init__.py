"""Use cases of forumdesk. Thread-safe entry points; every change is published on ``events``.

Build everything with :meth:`Services.open` and pass the result to the server, the UI and the
report layer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from forumdesk.services.answers import AnswerService, Submission, SubmitOutcome, SubmitStatus
from forumdesk.services.ask import AskingClosed, AskService
from forumdesk.services.backups import BackupScheduler, BackupService
from forumdesk.services.bundles import BundleService
from forumdesk.services.errors import (
    AlreadyAnswered,
    InvalidInput,
    NoAnswers,
    NotFound,
    QuestionClosed,
    ServiceError,
)
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.services.forums import ForumService
from forumdesk.services.images import ImageService
from forumdesk.services.partners import PartnerService
from forumdesk.services.privacy import Finding, PrivacyService
from forumdesk.services.question_sets import QuestionSet, QuestionSetService
from forumdesk.services.timers import QuestionTimer, TimerService
from forumdesk.storage import Store


@dataclass
class Services:
    store: Store
    events: EventBus
    forums: ForumService
    answers: AnswerService
    sets: QuestionSetService
    backups: BackupService
    bundles: BundleService
    partners: PartnerService
    timers: TimerService  # in memory: the per-question countdown
    ask: AskService
    privacy: PrivacyService
    images: ImageService  # content slides' images

    @classmethod
    def open(cls, db_path: str | os.PathLike[str]) -> Services:
        """Open (or create) the database file and build every service on it.
        Raises storage.StoreError with a user-facing sentence when the file cannot be used."""
        return cls.for_store(Store.open(db_path))

    @classmethod
    def for_store(cls, store: Store) -> Services:
        events = EventBus()
        forums = ForumService(store, events)
        answers = AnswerService(store, events)
        return cls(
            store=store,
            events=events,
            forums=forums,
            answers=answers,
            sets=QuestionSetService(store),
            backups=BackupService(store),
            bundles=BundleService(store, events),
            partners=PartnerService(store, answers),
            timers=TimerService(store, events, forums),
            ask=AskService(store, events),
            privacy=PrivacyService(store, events),
            images=ImageService(store),
        )

    def close(self) -> None:
        self.timers.close()
        self.store.close()


__all__ = [
    "AskService",
    "AskingClosed",
    "AlreadyAnswered",
    "AnswerService",
    "BackupScheduler",
    "BackupService",
    "Event",
    "EventBus",
    "EventKind",
    "Finding",
    "ImageService",
    "ForumService",
    "InvalidInput",
    "NoAnswers",
    "NotFound",
    "PrivacyService",
    "QuestionClosed",
    "QuestionSet",
    "QuestionSetService",
    "QuestionTimer",
    "ServiceError",
    "Services",
    "Submission",
    "SubmitOutcome",
    "SubmitStatus",
    "TimerService",
]
