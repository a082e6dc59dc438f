"""What the room sees of the answers while a forum runs: the projector's answer wall and word cloud,
and the results phones receive (issue 14 item 3).

Two rules, used by the attendee server's results (``AnswerService.results``) and the console's
projector (``ui/session.py``, ``ui/slides/wall.py``) alike:

- **Masked unless kept.** An answer's text is shown with every identifying detail (e-mail address,
  phone number, name...) replaced by its marker, unless the facilitator kept them. Word results
  never count them at all (``domain/results.py``).
- **Review first.** In a forum with ``review_first`` on, an open answer (a kind with
  ``text_answers``) reaches the projector and the phones' results only once the facilitator
  approved it; until then it is "waiting for review" in the console. Hidden answers never show.
"""

from __future__ import annotations

from functools import lru_cache

from forumdesk.domain import Answer, Forum, Question, kinds
from forumdesk.domain.privacy import mask_contacts


def shown_text(answer: Answer, keep: frozenset[str] = frozenset()) -> str:
    """The answer's text as the room may see it: every identifying detail masked unless its key is
    in ``keep`` (the facilitator's decisions for the forum, ``services.privacy.keep_keys``) or the
    answer's old per-answer switch kept them all."""
    text = answer.content.text or ""
    return text if answer.masked_kept else _masked(text, keep)


@lru_cache(maxsize=16_384)
def _masked(text: str, keep: frozenset[str]) -> str:
    # The wall is repainted many times a second while it animates; finding contact details takes
    # a few hundred microseconds per answer, so each text is masked once per set of decisions.
    return mask_contacts(text, keep=keep)


def needs_review(forum: Forum, question: Question) -> bool:
    """Whether answers to ``question`` wait for the facilitator's approval before the room sees them."""
    return forum.review_first and kinds.of(question.kind).text_answers


def on_screen(forum: Forum, question: Question, answer: Answer) -> bool:
    """Whether the room may see ``answer`` (on the wall, in the cloud, in the phones' results)."""
    return not answer.hidden and (answer.approved or not needs_review(forum, question))


def waiting_for_review(forum: Forum, question: Question, answer: Answer) -> bool:
    """Neither approved nor hidden yet, in a review-first forum."""
    return needs_review(forum, question) and not answer.hidden and not answer.approved
