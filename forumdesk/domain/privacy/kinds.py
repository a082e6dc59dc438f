"""What a detector reports: the kind of identifying detail, where it is, and the marker that replaces it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class ContactKind(StrEnum):
    """The kinds of detail that can identify an attendee (or someone they talk about)."""

    EMAIL = "email"
    PHONE = "phone"
    HANDLE = "handle"
    URL = "url"
    ADDRESS = "address"
    ID_NUMBER = "id_number"
    IBAN = "iban"
    NAME = "name"

    @property
    def marker(self) -> str:
        """The visible text that replaces the detail, e.g. ``[email removed]``."""
        return _MARKERS[self]

    @property
    def label(self) -> str:
        """How the facilitator's review names the kind, e.g. "e-mail address"."""
        return _LABELS[self]


# The first three markers are already in shared recaps and tests: they must not change.
_MARKERS = {
    ContactKind.EMAIL: "[email removed]",
    ContactKind.PHONE: "[phone removed]",
    ContactKind.HANDLE: "[handle removed]",
    ContactKind.URL: "[link removed]",
    ContactKind.ADDRESS: "[address removed]",
    ContactKind.ID_NUMBER: "[ID number removed]",
    ContactKind.IBAN: "[IBAN removed]",
    ContactKind.NAME: "[name removed]",
}

_LABELS = {
    ContactKind.EMAIL: "e-mail address",
    ContactKind.PHONE: "phone number",
    ContactKind.HANDLE: "@handle",
    ContactKind.URL: "profile link",
    ContactKind.ADDRESS: "postal address",
    ContactKind.ID_NUMBER: "ID number",
    ContactKind.IBAN: "IBAN",
    ContactKind.NAME: "person's name",
}


@dataclass(frozen=True)
class ContactMatch:
    """One identifying detail found in a text: ``text == source[start:end]``."""

    kind: ContactKind
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        """A stable identity for the facilitator's keep/mask decision on this item: the same detail
        written the same way in another answer or note gets the same key (case and spacing aside)."""
        folded = unicodedata.normalize("NFKC", self.text).casefold()
        return f"{self.kind.value}:{' '.join(folded.split())}"
