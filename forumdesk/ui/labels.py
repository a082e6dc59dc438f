"""The app's names for the domain's kinds and states, in the app's language.

The domain keeps English labels (the command line and logs use them); the windows show these.
A kind registered later without a translation here shows its own label.
"""

from __future__ import annotations

from forumdesk.domain import ForumState, PartnerKind, QuestionKind
from forumdesk.domain.privacy.kinds import ContactKind
from forumdesk.ui.language import QT_TR_NOOP, tr
from forumdesk.ui.slides.common import SlideKind

_LABELS: dict[object, str] = {
    QuestionKind.OPEN_TEXT: QT_TR_NOOP("Open text"),
    QuestionKind.SINGLE_CHOICE: QT_TR_NOOP("Single choice"),
    QuestionKind.MULTIPLE_CHOICE: QT_TR_NOOP("Multiple choice"),
    QuestionKind.RATING: QT_TR_NOOP("Rating scale"),
    QuestionKind.SHORT_WORDS: QT_TR_NOOP("Short words (word cloud)"),
    QuestionKind.CONTENT: QT_TR_NOOP("Content slide (no answers)"),
    PartnerKind.EDUCATIONAL: QT_TR_NOOP("Educational institution"),
    PartnerKind.ASSOCIATION: QT_TR_NOOP("Professional association"),
    PartnerKind.COMMUNITY: QT_TR_NOOP("Community group"),
    PartnerKind.ADVOCACY: QT_TR_NOOP("Advocacy group"),
    PartnerKind.NONPROFIT: QT_TR_NOOP("Employment non-profit"),
    PartnerKind.OTHER: QT_TR_NOOP("Other"),
    ContactKind.EMAIL: QT_TR_NOOP("e-mail address"),
    ContactKind.PHONE: QT_TR_NOOP("phone number"),
    ContactKind.HANDLE: QT_TR_NOOP("@handle"),
    ContactKind.URL: QT_TR_NOOP("profile link"),
    ContactKind.ADDRESS: QT_TR_NOOP("postal address"),
    ContactKind.ID_NUMBER: QT_TR_NOOP("ID number"),
    ContactKind.IBAN: QT_TR_NOOP("IBAN"),
    ContactKind.NAME: QT_TR_NOOP("person's name"),
    ForumState.DRAFT: QT_TR_NOOP("draft"),
    ForumState.RUNNING: QT_TR_NOOP("running now"),
    ForumState.ENDED: QT_TR_NOOP("ended"),
}

# The question kinds' own sentences (forumdesk.domain.kinds), shown through kind_text().
_KIND_TEXTS = (
    QT_TR_NOOP("Choose all that apply on your phone"),
    QT_TR_NOOP("Rate it on your phone"),
    QT_TR_NOOP("Choose one on your phone"),
    QT_TR_NOOP("Answer on your phone, in your own words"),
    QT_TR_NOOP("Answer on your phone with a few words"),
    QT_TR_NOOP("Your answer…"),
)

_SLIDES: dict[str, str] = {
    SlideKind.WELCOME: QT_TR_NOOP("welcome"),
    SlideKind.QUESTION: QT_TR_NOOP("question"),
    SlideKind.RESULTS: QT_TR_NOOP("results"),
    SlideKind.BLANK: QT_TR_NOOP("blank"),
    SlideKind.FOLLOW_UP: QT_TR_NOOP("you said, we did"),
    SlideKind.SPOTLIGHT: QT_TR_NOOP("spotlight"),
    SlideKind.THEMES: QT_TR_NOOP("themes"),
    SlideKind.ASK: QT_TR_NOOP("the room's questions"),
}


def name_of(member: QuestionKind | PartnerKind | ContactKind | ForumState | str) -> str:
    """``member``'s name as the app shows it (its domain label if it has no translation here);
    a member's value works too (``name_of("draft")``)."""
    text = _LABELS.get(member)
    if text is not None:
        return tr(text)
    return getattr(member, "label", str(member))


def slide_name(kind: SlideKind | str) -> str:
    """What the projector shows, as the console's preview names it."""
    text = _SLIDES.get(kind)
    return tr(text) if text is not None else str(kind)


def kind_text(text: str) -> str:
    """A sentence a question kind gives (its phone hint, its answer box's placeholder), translated
    when it is one of the built-in kinds' (a kind registered later shows its own words)."""
    return tr(text) if text else text
