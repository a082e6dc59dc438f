"""Contact details in attendee text are found and masked; ordinary numbers and words are left."""

from __future__ import annotations

import pytest

from forumdesk.domain.privacy import ContactKind, find_contacts, has_contact, mask_contacts


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Contact me at sam.taylor@example.org if you want", "Contact me at [email removed] if you want"),
        ("écrivez à zoé.dupré@exemple.fr.", "écrivez à [email removed]."),
        ("jo+work@mail.example.co.uk, thanks", "[email removed], thanks"),
        ("Call me on 06 12 34 56 78 if you want", "Call me on [phone removed] if you want"),
        ("+44 20 7946 0958.", "[phone removed]."),
        ("(555) 123-4567 any time", "[phone removed] any time"),
        ("call 0612345678!", "call [phone removed]!"),
        ("follow @jo_doe.", "follow [handle removed]."),
        ("ping @sam or jo@example.com", "ping [handle removed] or [email removed]"),
    ],
)
def test_contact_details_are_masked(text, masked):
    # GIVEN attendee text with a contact detail WHEN it is masked THEN the marker replaces it
    assert mask_contacts(text) == masked
    assert has_contact(text)


@pytest.mark.parametrize(
    "text",
    [
        "I did a 4-hour case study",
        "Rent went up 20% in 2026",
        "on 2026-11-25 we met, or 25/11/2026",
        "meet @ 5pm in room 12",
        "salary 30000-45000 would be fair",
        "20,000 to 30,000 per year",
        "Six rounds of interviews for an entry-level role.",
        "",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert mask_contacts(text) == text
    assert not has_contact(text)


def test_matches_report_kind_and_position_in_reading_order():
    text = "mail a@b.io or call +33 6 12 34 56 78, or @handle"
    matches = find_contacts(text)
    assert [m.kind for m in matches] == [ContactKind.EMAIL, ContactKind.PHONE, ContactKind.HANDLE]
    assert [text[m.start:m.end] for m in matches] == ["a@b.io", "+33 6 12 34 56 78", "@handle"]


def test_replacement_removes_contacts_for_word_counts():
    assert mask_contacts("write to sam@example.org now", replacement="") == "write to  now"
