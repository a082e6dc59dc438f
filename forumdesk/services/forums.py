"""Use cases for partners, forums and their questions; running a forum is in services/running.py."""

from __future__ import annotations

from dataclasses import replace

from forumdesk.domain import (
    CommitmentStatus,
    Forum,
    InvalidQuestion,
    Pace,
    Partner,
    PartnerKind,
    Question,
    validate_question,
)
from forumdesk.domain.codes import new_join_code
from forumdesk.i18n import LANGUAGES, N_
from forumdesk.services.errors import InvalidInput, NotFound
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.services.images import check_images_exist
from forumdesk.services.running import RunningForum
from forumdesk.storage import Store

MAX_TITLE = 200
MAX_LATE_GRACE_MINUTES = 240  # four hours: longer than any forum's offline spell


# What each line is called in its refusals: (when empty, when too long), whole sentences so that
# every language can word them its own way.
_LINES: dict[str, tuple[str | None, str]] = {  # None: never required
    "title": (N_("The title cannot be empty."), N_("The title can be at most {limit} characters long.")),
    "partner": (N_("The partner's name cannot be empty."),
                N_("The partner's name can be at most {limit} characters long.")),
    "venue": (None, N_("The venue can be at most {limit} characters long.")),
    "organiser": (None, N_("The organiser can be at most {limit} characters long.")),
    "contact": (None, N_("The contact can be at most {limit} characters long.")),
    "takeaway": (None,
                 N_("The thing we heard can be at most {limit} characters long.")),
}


def _clean_line(value: str, what: str, limit: int = MAX_TITLE, required: bool = True) -> str:
    value = " ".join(value.split())
    empty, too_long = _LINES[what]
    if required and not value and empty:
        raise InvalidInput(empty)
    if len(value) > limit:
        raise InvalidInput(too_long, limit=limit)
    return value


MAX_TAKEAWAYS = 3
MAX_TAKEAWAY = 300
MAX_HEADCOUNT = 100_000  # named in a sentence below


def clean_recap_details(forum: Forum) -> None:
    """The recap's organiser, contact, headcount and takeaways, checked and tidied in place."""
    forum.organiser = _clean_line(forum.organiser, "organiser", required=False)
    forum.contact = _clean_line(forum.contact, "contact", required=False)
    if forum.headcount is not None and not 0 <= forum.headcount <= MAX_HEADCOUNT:
        raise InvalidInput("The room's headcount must be between 0 and 100,000 people.")
    takeaways = [_clean_line(t, "takeaway", MAX_TAKEAWAY, required=False) for t in forum.takeaways]
    forum.takeaways = [t for t in takeaways if t]
    if len(forum.takeaways) > MAX_TAKEAWAYS:
        raise InvalidInput("The recap has room for {limit} things we heard.", limit=MAX_TAKEAWAYS)


def _check_language(code: str) -> str:
    if code and code not in LANGUAGES:
        raise InvalidInput("forumdesk speaks {languages}; '{given}' is not one of them.",
                           languages=", ".join(LANGUAGES), given=code)
    return code


def _check_late_grace(minutes: int) -> None:
    if not 0 <= minutes <= MAX_LATE_GRACE_MINUTES:
        raise InvalidInput("Late answers can be taken for 0 to {limit} minutes after a question closes.",
                           limit=MAX_LATE_GRACE_MINUTES)


class ForumService(RunningForum):
    def __init__(self, store: Store, events: EventBus) -> None:
        self.store = store
        self.events = events

    # ------------------------------------------------------------ partners

    def create_partner(self, name: str, kind: PartnerKind = PartnerKind.OTHER, contact_notes: str = "") -> Partner:
        partner = Partner(name=_clean_line(name, "partner"), kind=PartnerKind(kind), contact_notes=contact_notes)
        with self.store.write() as repo:
            partner.id = repo.insert_partner(partner)
        self.events.publish(Event(EventKind.PARTNERS_CHANGED))
        return partner

    def find_or_create_partner(self, name: str, kind: PartnerKind | None = None) -> Partner:
        existing = self.store.repo.find_partner_by_name(" ".join(name.split()))
        if existing:
            return existing
        return self.create_partner(name, kind or PartnerKind.OTHER)

    def update_partner(self, partner: Partner) -> None:
        partner.name = _clean_line(partner.name, "partner")
        with self.store.write() as repo:
            if repo.get_partner(partner.id) is None:
                raise NotFound("That partner no longer exists.")
            repo.update_partner(partner)
        self.events.publish(Event(EventKind.PARTNERS_CHANGED))

    def delete_partner(self, partner_id: int) -> None:
        with self.store.write() as repo:
            if repo.partner_has_forums(partner_id):
                raise InvalidInput("This partner still has forums; delete or move them first.")
            repo.delete_partner(partner_id)
        self.events.publish(Event(EventKind.PARTNERS_CHANGED))

    def partners(self) -> list[Partner]:
        return self.store.repo.list_partners()

    def partner(self, partner_id: int) -> Partner:
        partner = self.store.repo.get_partner(partner_id)
        if partner is None:
            raise NotFound("There is no partner with id {partner_id}.", partner_id=partner_id)
        return partner

    # ------------------------------------------------------------ forums

    def create_forum(
        self,
        title: str,
        partner_id: int,
        *,
        date: str = "",
        venue: str = "",
        pace: Pace = Pace.FACILITATOR,
        questions: list[Question] = (),
        late_grace_minutes: int = Forum.late_grace_minutes,
        review_first: bool = False,
        changeable_votes: bool = False,
        organiser: str = "",
        contact: str = "",
        language: str = "",
    ) -> Forum:
        title = _clean_line(title, "title")
        language = _check_language(language)
        details = Forum(title=title, partner_id=partner_id, join_code="", organiser=organiser, contact=contact)
        clean_recap_details(details)
        _check_late_grace(late_grace_minutes)
        self.partner(partner_id)
        for question in questions:
            self._validate(question)
        with self.store.write() as repo:
            check_images_exist(repo, questions)
            code = new_join_code()
            while repo.join_code_taken(code):
                code = new_join_code()
            forum = Forum(
                title=title, partner_id=partner_id, join_code=code, date=date,
                venue=_clean_line(venue, "venue", required=False), pace=Pace(pace),
                late_grace_minutes=late_grace_minutes, review_first=review_first,
                changeable_votes=changeable_votes,
                organiser=details.organiser, contact=details.contact, language=language,
            )
            forum.id = repo.insert_forum(forum)
            for position, question in enumerate(questions):
                repo.insert_question(replace(question, id=None, forum_id=forum.id, position=position,
                                                  is_open=False, revealed=False))
            # The partner's open commitments come along, to be followed up (issue 19; services/partners.py).
            repo.carry_commitments(forum.id, partner_id, [s.value for s in CommitmentStatus if s.is_open])
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum.id))
        return self.forum(forum.id)

    def forum(self, forum_id: int) -> Forum:
        forum = self.store.repo.get_forum(forum_id)
        if forum is None:
            raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
        return forum

    def forum_by_code(self, code: str) -> Forum:
        forum = self.store.repo.get_forum_by_code(code)
        if forum is None:
            raise NotFound("There is no forum with that code.")
        return forum

    def forum_listing(self) -> list[dict]:
        """Every forum with partner name and answer count, newest date first."""
        return self.store.repo.list_forum_rows()

    def update_forum(self, forum: Forum) -> Forum:
        forum.title = _clean_line(forum.title, "title")
        forum.venue = _clean_line(forum.venue, "venue", required=False)
        if not 1 <= forum.small_group_k <= 50:
            raise InvalidInput("The small-group threshold must be between 1 and 50 answers.")
        _check_late_grace(forum.late_grace_minutes)
        _check_language(forum.language)
        clean_recap_details(forum)
        with self.store.write() as repo:
            if repo.get_forum(forum.id) is None:
                raise NotFound("That forum no longer exists.")
            if repo.get_partner(forum.partner_id) is None:
                raise NotFound("That partner no longer exists.")
            repo.update_forum(forum)
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum.id))
        return self.forum(forum.id)

    def duplicate_forum(self, forum_id: int) -> Forum:
        """A new draft forum with the same partner, settings and questions; no answers."""
        source = self.forum(forum_id)
        return self.create_forum(
            f"{source.title} (copy)"[:MAX_TITLE], source.partner_id, date=source.date, venue=source.venue,
            pace=source.pace, questions=self.questions(forum_id), late_grace_minutes=source.late_grace_minutes,
            review_first=source.review_first,
            changeable_votes=source.changeable_votes,
            organiser=source.organiser, contact=source.contact,  # the next forum has its own count and takeaways
            language=source.language,
        )

    def delete_forum(self, forum_id: int) -> None:
        """Delete a forum with its questions, answers, notes, themes and commitments."""
        with self.store.write() as repo:
            if repo.get_forum(forum_id) is None:
                raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
            repo.delete_forum(forum_id)
            repo.delete_unused_images()
        self.events.publish(Event(EventKind.FORUM_DELETED, forum_id))

    # ------------------------------------------------------------ questions

    @staticmethod
    def _validate(question: Question) -> None:
        try:
            validate_question(question)
        except InvalidQuestion as exc:
            raise InvalidInput(exc.text) from exc

    def questions(self, forum_id: int) -> list[Question]:
        return self.store.repo.list_questions(forum_id)

    def question(self, question_id: int) -> Question:
        question = self.store.repo.get_question(question_id)
        if question is None:
            raise NotFound("There is no such question.")
        return question

    def add_question(self, forum_id: int, question: Question, position: int | None = None) -> Question:
        self._validate(question)
        with self.store.write() as repo:
            ids = [q.id for q in repo.list_questions(forum_id)]
            if repo.get_forum(forum_id) is None:
                raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
            check_images_exist(repo, [question])
            new = replace(question, id=None, forum_id=forum_id, position=len(ids), is_open=False, revealed=False)
            new.id = repo.insert_question(new)
            if position is not None and 0 <= position < len(ids):
                ids.insert(position, new.id)
                repo.set_positions(ids)
        self._questions_changed(forum_id)
        return self.question(new.id)

    def update_question(self, question: Question) -> Question:
        """Save the facilitator's edits to a question's wording, kind and options."""
        self._validate(question)
        with self.store.write() as repo:
            current = repo.get_question(question.id)
            if current is None:
                raise NotFound("That question no longer exists.")
            has_answers = repo.count_answers(current.forum_id).get(current.id, 0) > 0
            if has_answers and (current.kind != question.kind or len(current.choices) != len(question.choices)):
                raise InvalidInput(
                    "This question already has answers, so its kind and number of choices cannot change; "
                    "add a new question instead."
                )
            check_images_exist(repo, [question])
            repo.update_question(replace(question, forum_id=current.forum_id, position=current.position,
                                              is_open=current.is_open, revealed=current.revealed))
            if current.image_sha != question.image_sha:
                repo.delete_unused_images()
        self._questions_changed(current.forum_id)
        return self.question(question.id)

    def move_question(self, question_id: int, new_position: int) -> None:
        question = self.question(question_id)
        with self.store.write() as repo:
            ids = [q.id for q in repo.list_questions(question.forum_id)]
            ids.remove(question_id)
            ids.insert(max(0, min(new_position, len(ids))), question_id)
            repo.set_positions(ids)
        self._questions_changed(question.forum_id)

    def reorder_questions(self, forum_id: int, question_ids: list[int]) -> None:
        with self.store.write() as repo:
            if sorted(question_ids) != sorted(q.id for q in repo.list_questions(forum_id)):
                raise InvalidInput("The new order must list every question of the forum once.")
            repo.set_positions(question_ids)
        self._questions_changed(forum_id)

    def remove_question(self, question_id: int) -> None:
        """Remove a question and its answers."""
        question = self.question(question_id)
        with self.store.write() as repo:
            forum = repo.get_forum(question.forum_id)
            repo.delete_question(question_id)
            repo.delete_unused_images()
            repo.set_positions([q.id for q in repo.list_questions(question.forum_id)])
            if forum and forum.current_question_id == question_id:
                forum.current_question_id = None
                repo.update_forum(forum)
        self._questions_changed(question.forum_id)

    def _questions_changed(self, forum_id: int) -> None:
        with self.store.write() as repo:
            repo.bump_forum_version(forum_id)
        self.events.publish(Event(EventKind.QUESTIONS_CHANGED, forum_id))
        self.events.publish(Event(EventKind.FORUM_CHANGED, forum_id))
