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


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("write to jo dot doe at gmail dot com", "write to [email removed]"),
        ("see linkedin.com/in/jo-doe.", "see [link removed]."),
        ("I live at 12 rue des Lilas", "I live at [address removed]"),
        ("student number 21903456", "student number [ID number removed]"),
        ("IBAN FR76 3000 6000 0112 3456 7890 189", "IBAN [IBAN removed]"),
        ("my name is Julie Martin", "my name is [name removed]"),
    ],
)
def test_new_kinds_have_their_own_marker(text, masked):
    assert mask_contacts(text) == masked


def test_every_kind_has_a_marker_and_a_label_for_the_review():
    assert len({kind.marker for kind in ContactKind}) == len(ContactKind)
    assert all(kind.label and kind.marker.startswith("[") for kind in ContactKind)


def test_a_kept_item_stays_and_the_others_are_masked():
    # GIVEN an answer with a name and a phone number, and the facilitator kept the phone number
    text = "I'm Jo Doe, call 06 12 34 56 78"
    phone = next(m for m in find_contacts(text) if m.kind == ContactKind.PHONE)
    # WHEN it is masked with that decision THEN only the name is removed
    assert mask_contacts(text, keep={phone.key}) == "I'm [name removed], call 06 12 34 56 78"


def test_the_same_detail_written_differently_has_the_same_key():
    # A decision taken on one answer applies to the same detail in another answer or a note.
    first = find_contacts("mail Sam@Example.org")[0]
    second = find_contacts("sam@example.org please")[0]
    assert first.key == second.key == "email:sam@example.org"
    assert find_contacts("０６１２３４５６７８")[0].key == find_contacts("0612345678")[0].key
