"""Finding and masking what identifies a person in attendee text: e-mail addresses (also written as
"name dot surname at gmail dot com"), phone numbers, profile links, handles, postal addresses, ID
numbers, IBANs and people's names.

Attendees are anonymous, but some type their own (or someone else's) details into an answer or the
facilitator writes them into a room note. Before anything is shown or shared they are replaced by a
visible marker such as ``[email removed]`` unless the facilitator chose to keep that item. Pure
functions, offline, no I/O, so the review in the app, the projector, the phones' results and every
export agree on what counts. ``tests/data/privacy_corpus.tsv`` holds the cases this must get right.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator

from forumdesk.domain.privacy.kinds import ContactKind, ContactMatch
from forumdesk.domain.privacy.numbers import find_ibans, find_numbers, find_shaped_ids
from forumdesk.domain.privacy.online import find_emails, find_handles, find_profile_links
from forumdesk.domain.privacy.people import find_names
from forumdesk.domain.privacy.places import find_addresses

__all__ = ["ContactKind", "ContactMatch", "find_contacts", "has_contact", "mask_contacts", "mask_matches"]

Span = tuple[ContactKind, int, int]

# In order of precedence: where two findings overlap, the earlier detector wins (an e-mail address
# contains something like a handle, a profile link something like a name, an IBAN a long number).
_DETECTORS: tuple[Callable[[str], Iterator[Span]], ...] = (
    find_emails,
    find_profile_links,
    find_ibans,
    find_shaped_ids,
    find_addresses,
    find_numbers,
    find_handles,
    find_names,
)


def find_contacts(text: str) -> list[ContactMatch]:
    """Every identifying detail in ``text``, in reading order, without overlaps."""
    if not text:
        return []
    found: list[ContactMatch] = []
    taken: list[tuple[int, int]] = []
    for detector in _DETECTORS:
        for kind, start, end in detector(text):
            if end > start and all(end <= s or start >= e for s, e in taken):
                found.append(ContactMatch(kind, start, end, text[start:end]))
                taken.append((start, end))
    return sorted(found, key=lambda m: m.start)


def has_contact(text: str | None) -> bool:
    return bool(text) and bool(find_contacts(text))


def mask_contacts(text: str, replacement: str | None = None, keep: Collection[str] = ()) -> str:
    """``text`` with every identifying detail replaced by its marker (``[email removed]``, ...) or, when
    ``replacement`` is given, by that string (``""`` removes them, e.g. before counting words).
    Details whose :attr:`ContactMatch.key` is in ``keep`` (the facilitator kept them) stay."""
    return mask_matches(text, [m for m in find_contacts(text) if m.key not in keep], replacement)


def mask_matches(text: str, matches: list[ContactMatch], replacement: str | None = None) -> str:
    """``text`` with the given findings (from :func:`find_contacts` on the same text) replaced."""
    if not matches:
        return text
    parts: list[str] = []
    position = 0
    for match in sorted(matches, key=lambda m: m.start):
        parts.append(text[position:match.start])
        parts.append(match.kind.marker if replacement is None else replacement)
        position = match.end
    parts.append(text[position:])
    return "".join(parts)
