"""Helpers for the report tests: a forum with everything an export must handle: scripts, markup-like text, contact details,
formula-like text, a hidden answer, a small group, themes, stars, notes, room counts, commitments."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from pypdf import PdfReader

from forumdesk.domain import Pace, Question, QuestionKind, Scale
from forumdesk.services import Submission

TEXT_ANSWERS = [
    "Job ads that don't show the salary. I assume it's low and move on.",
    "Le télétravail deux jours par semaine change complètement ma qualité de vie.",
    "Η διαφάνεια στους μισθούς είναι το πιο σημαντικό.",
    "Прозрачность зарплаты важнее всего.",
    "Use <para>, & and <font size=40> in ads?",
    "Write to sam.taylor@example.org for the details.",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "-2 points for ghosting",
    "+1 to the previous answer",
    "@ 9am on a weekday works best for interviews",
    "Zoë from the panel was kind; naïve questions were welcome.",
]
KEPT_ANSWER = "Please call me on 06 12 34 56 78, I want to help with the careers evening."
HIDDEN_ANSWER = "This is the hidden answer about a named manager."
SMALL_GROUP_ANSWERS = ["Only three of us answered this one.", "A second small answer.", "A third small answer."]
NOTES = ["The room laughed at the 'rockstar ninja' job title.", "Show of hands: most had been ghosted."]
GENERAL_NOTE = "Overall the mood was constructive; reach Alex at alex@example.org for follow-up."
COMMITMENTS = ["Publish a salary range on every job ad.", "Reply to every candidate within ten working days."]


@dataclass
class RichForum:
    forum_id: int
    text_question: Question
    small_question: Question
    choice_question: Question
    rating_question: Question
    words_question: Question
    hidden_answer_id: int
    kept_answer_id: int


def _submit(services, forum_id: int, question: Question, payload: dict) -> int:
    sub = Submission(forum_id, question.id, str(uuid.uuid4()), payload, client_id=str(uuid.uuid4()))
    outcome = services.answers.submit_many([sub])[0]
    assert outcome.error is None, outcome.error
    return outcome.answer.id


def build_rich_forum(services) -> RichForum:
    partner = services.forums.create_partner("Université de Lyon — Career Centre")
    questions = [
        Question(QuestionKind.OPEN_TEXT, "What makes you hesitate before applying?"),
        Question(QuestionKind.OPEN_TEXT, "What would you tell the hiring manager?"),
        Question(QuestionKind.SINGLE_CHOICE, "What matters most?", choices=["Pay", "Flexibility", "Growth"]),
        Question(QuestionKind.RATING, "How fair is hiring today?", scale=Scale(1, 5, "Very unfair", "Very fair")),
        Question(QuestionKind.SHORT_WORDS, "In a few words: a great employer is…", max_words=3),
    ]
    forum = services.forums.create_forum(
        "Spring forum: what candidates need", partner.id, date="2026-03-14", venue="Main hall",
        pace=Pace.SELF, questions=questions,
    )
    services.forums.start_forum(forum.id)
    text_q, small_q, choice_q, rating_q, words_q = services.forums.questions(forum.id)
    ids = [_submit(services, forum.id, text_q, {"text": t}) for t in TEXT_ANSWERS]
    kept = _submit(services, forum.id, text_q, {"text": KEPT_ANSWER})
    hidden = _submit(services, forum.id, text_q, {"text": HIDDEN_ANSWER})
    services.answers.set_hidden(hidden, True)
    services.answers.set_keep_contact(kept, True)
    services.answers.set_starred(ids[0], True)
    for text in SMALL_GROUP_ANSWERS:
        _submit(services, forum.id, small_q, {"text": text})
    for choice in [0, 0, 1, 2, 0, 1]:
        _submit(services, forum.id, choice_q, {"choices": [choice]})
    services.answers.set_room_count(choice_q.id, 0, 17)
    services.answers.set_room_count(choice_q.id, 2, 4)
    for rating in [2, 3, 3, 4, 5, 4]:
        _submit(services, forum.id, rating_q, {"rating": rating})
    for words in ["fair pay", "growth", "fair pay", "kindness", "mentoring"]:
        _submit(services, forum.id, words_q, {"text": words})
    theme = services.answers.create_theme(forum.id, "Pay transparency")
    services.answers.tag(ids[0], theme.id)
    services.answers.tag(ids[3], theme.id)
    services.answers.add_note(forum.id, NOTES[0], text_q.id)
    services.answers.add_note(forum.id, NOTES[1], choice_q.id)
    services.answers.add_note(forum.id, GENERAL_NOTE)
    for text in COMMITMENTS:
        services.answers.add_commitment(forum.id, text)
    services.forums.end_forum(forum.id)
    return RichForum(forum.id, text_q, small_q, choice_q, rating_q, words_q, hidden, kept)


def pdf_pages(path) -> list[str]:
    """The text of each page, runs of whitespace made single spaces (lines wrap anywhere).

    Every page of a recap has text (at least its header or footer), so a page that extracts to
    nothing fails here: a test that looks for what must *not* be in the PDF would otherwise pass
    on a PDF whose text cannot be read at all."""
    pages = [re.sub(r"\s+", " ", page.extract_text() or "").strip() for page in PdfReader(str(path)).pages]
    assert pages and all(pages), f"no text could be extracted from page(s) {[i + 1 for i, p in enumerate(pages) if not p]}"
    return pages


def pdf_text(path) -> str:
    """All the text of a PDF as one line (see ``pdf_pages``)."""
    return " ".join(pdf_pages(path))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def ask_the_room(services, forum_id: int, answered_text: str, answered_votes: int = 0):
    """The room asks four questions in a review-first forum: one answered (``answered_votes``
    upvotes), one waiting with an e-mail in it (2 upvotes), one hidden after approval and one never
    approved. Returns the answered, waiting and hidden items."""
    from forumdesk.domain.ask import AskMode

    ask = services.ask
    ask.set_mode(forum_id, AskMode.REVIEW)
    ask.set_open(forum_id, True)
    _, answered = ask.ask(forum_id, "sub-answered-1", {"text": answered_text})
    _, waiting = ask.ask(forum_id, "sub-waiting-1", {"text": "Write to me: kim@example.com about visas"})
    _, hidden = ask.ask(forum_id, "sub-hidden-01", {"text": "Something the facilitator hid"})
    ask.ask(forum_id, "sub-pending-1", {"text": "Never approved question"})
    for item in (answered, waiting, hidden):
        ask.approve(item.id)
    for phone in ("phone-aaaaaaaa", "phone-bbbbbbbb"):
        ask.upvote(forum_id, waiting.id, phone)
    for phone in ("phone-aaaaaaaa", "phone-bbbbbbbb")[:answered_votes]:
        ask.upvote(forum_id, answered.id, phone)
    ask.set_answered(answered.id)
    ask.hide(hidden.id)
    return answered, waiting, hidden
