"""Finding and masking contact details in attendee text: e-mail addresses, phone numbers and
@handles.

Attendees are anonymous, but some type their own (or someone else's) contact details into an
answer. Before a recap is shared these are replaced by a visible marker such as
``[email removed]`` unless the facilitator chose to keep them for that answer. Pure functions, no
I/O, so the review step in the app and every export agree on what counts as a contact detail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    HANDLE = "handle"

    @property
    def marker(self) -> str:
        return f"[{self.value} removed]"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {ContactKind.EMAIL: "e-mail address", ContactKind.PHONE: "phone number", ContactKind.HANDLE: "@handle"}


@dataclass(frozen=True)
class ContactMatch:
    kind: ContactKind
    start: int
    end: int
    text: str


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])", re.UNICODE)
# "@sam_t", "@jo.doe" on social networks; not the "@" of an e-mail address (the look-behind) and not
# a lone "@" used as "at".
_HANDLE = re.compile(r"(?<![\w@.+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
# A run of digits with the separators people type in phone numbers. Whether it is long enough
# to be a phone number (8 to 15 digits) is checked on the match, so "4-hour" or "2026" are left.
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d(?:[ \u00a0.\-/()]{0,2}\d){6,18}(?![\w])")
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
# "30000-45000": a range of amounts, not a number to call.
_RANGE = re.compile(r"[1-9]\d{2,6} ?[-/] ?[1-9]\d{2,6}")
_MIN_PHONE_DIGITS = 8
_MAX_PHONE_DIGITS = 15


def find_contacts(text: str) -> list[ContactMatch]:
    """Every contact detail in ``text``, in reading order, without overlaps."""
    found: list[ContactMatch] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _EMAIL.finditer(text):
        found.append(ContactMatch(ContactKind.EMAIL, match.start(), match.end(), match.group(0)))
        taken.append(match.span())
    for match in _HANDLE.finditer(text):
        if free(*match.span()):
            found.append(ContactMatch(ContactKind.HANDLE, match.start(), match.end(), match.group(0)))
            taken.append(match.span())
    for match in _PHONE.finditer(text):
        candidate = match.group(0).rstrip(" .-/(")
        digits = sum(ch.isdigit() for ch in candidate)
        if not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS or _DATE.fullmatch(candidate) or _RANGE.fullmatch(candidate):
            continue
        span = (match.start(), match.start() + len(candidate))
        if free(*span):
            found.append(ContactMatch(ContactKind.PHONE, span[0], span[1], candidate))
            taken.append(span)
    return sorted(found, key=lambda m: m.start)


def has_contact(text: str | None) -> bool:
    return bool(text) and bool(find_contacts(text))


def mask_contacts(text: str, replacement: str | None = None) -> str:
    """``text`` with every contact detail replaced by its marker (``[email removed]``, ...) or, when
    ``replacement`` is given, by that string (``""`` removes them, e.g. before counting words)."""
    matches = find_contacts(text)
    if not matches:
        return text
    parts: list[str] = []
    position = 0
    for match in matches:
        parts.append(text[position:match.start])
        parts.append(match.kind.marker if replacement is None else replacement)
        position = match.end
    parts.append(text[position:])
    return "".join(parts)
