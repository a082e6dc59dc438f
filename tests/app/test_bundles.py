"""Bundles (issue 19 item 4) as a user runs them: `forumdesk export --bundle`, `forumdesk import`,
real processes on real database files. A round trip keeps every piece of the forum; the same bundle
twice adds nothing; a damaged or newer bundle is refused with one sentence and the database file
is byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import json

import pytest

from forumdesk.services import Services
from forumdesk.services.bundle_check import content_hash
from forumdesk.services.demo import create_demo_forum
from tests.app.test_cli import assert_one_line_error, forumdesk


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "laptop-a.sqlite"
    services = Services.open(path)
    forum = create_demo_forum(services.forums, services.answers, services.sets, ask=services.ask,
                              images=services.images)  # the whole demo, as `forumdesk demo` makes it
    commitment = services.answers.commitments(forum.id)[0]
    services.answers.update_commitment(forum.id, commitment.id, owner="Talent team", due_date="2027-03-31",
                                       status="done", outcome="Salary ranges on all 14 ads since January.")
    services.close()
    return path, forum.id


def _export(db, forum_id, target):
    result = forumdesk("export", "--db", db, "--forum", forum_id, "--bundle", target)
    assert result.returncode == 0, result.stderr
    return json.loads(target.read_bytes())


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_keeps_everything_and_exports_identically(demo_db, tmp_path):
    db_a, forum_id = demo_db
    first = _export(db_a, forum_id, tmp_path / "a.forumbundle")
    assert first["format"] == "forumdesk-bundle" and first["version"] == 1
    content = first["content"]
    assert content["partner"]["name"] == "Northbridge Community College"
    assert any(a["hidden"] for a in content["answers"]) and any(a["themes"] for a in content["answers"])
    assert content["notes"] and content["room_counts"] and len(content["themes"]) == 3
    assert content["commitments"][0]["status"] == "done" and content["commitments"][0]["owner"] == "Talent team"

    db_b = tmp_path / "central.sqlite"  # does not exist yet: import creates it
    result = forumdesk("import", "--db", db_b, tmp_path / "a.forumbundle")
    assert result.returncode == 0, result.stderr
    new_id = int(result.stdout.split()[0])
    assert "new partner" in result.stdout

    second = _export(db_b, new_id, tmp_path / "b.forumbundle")
    assert second["content"] == content
    assert (tmp_path / "b.forumbundle").read_bytes() == (tmp_path / "a.forumbundle").read_bytes()

    services = Services.open(db_b)
    try:
        assert len(services.answers.answers(new_id)) == len(content["answers"])
        assert [c.outcome for c in services.answers.commitments(new_id)][0].startswith("Salary ranges")
    finally:
        services.close()


def test_importing_twice_adds_nothing_and_a_partner_with_the_same_name_is_matched(demo_db, tmp_path):
    db_a, forum_id = demo_db
    _export(db_a, forum_id, tmp_path / "a.forumbundle")
    db_b = tmp_path / "central.sqlite"
    services = Services.open(db_b)
    partner = services.forums.create_partner("northbridge  community college")  # same name, other spelling
    services.close()

    first = forumdesk("import", "--db", db_b, tmp_path / "a.forumbundle")
    assert first.returncode == 0 and "existing partner" in first.stdout, first.stdout + first.stderr
    before = forumdesk("list", "--db", db_b).stdout
    again = forumdesk("import", "--db", db_b, tmp_path / "a.forumbundle")
    assert again.returncode == 0 and "nothing added" in again.stdout
    assert forumdesk("list", "--db", db_b).stdout == before

    services = Services.open(db_b)
    try:
        assert [p.id for p in services.forums.partners()] == [partner.id]
        assert len(services.forums.forum_listing()) == 1
    finally:
        services.close()


def _damage_cut(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _damage_byte(data: bytes) -> bytes:
    return data.replace(b"Talent team", b"Talent tEam", 1)


def _newer(data: bytes) -> bytes:
    document = json.loads(data)
    document["version"] = 2
    return json.dumps(document).encode()


def _bad_reference(data: bytes) -> bytes:
    # A consistent checksum over a content whose answer points at no question: still refused.
    document = json.loads(data)
    document["content"]["answers"][0]["question"] = 999
    document["sha256"] = content_hash(document["content"])
    return json.dumps(document).encode()


def _choice_out_of_range(data: bytes) -> bytes:
    document = json.loads(data)
    answer = next(a for a in document["content"]["answers"] if a["choices"])
    answer["choices"] = [42]
    document["sha256"] = content_hash(document["content"])
    return json.dumps(document).encode()


def _same_as_nowhere(data: bytes) -> bytes:
    document = json.loads(data)
    answer = next(a for a in document["content"]["answers"] if a["text"])
    answer["same_as"] = "no-such-submission"
    document["sha256"] = content_hash(document["content"])
    return json.dumps(document).encode()


def _unknown_language(data: bytes) -> bytes:
    document = json.loads(data)
    document["content"]["forum"]["language"] = "tlh"
    document["sha256"] = content_hash(document["content"])
    return json.dumps(document).encode()


def _answers_under_another_forum(data: bytes) -> bytes:
    # The same answers under a new forum id (an edited bundle): imported where they already are
    document = json.loads(data)
    document["content"]["forum"]["uid"] = "edited-to-look-like-another-forum"
    document["sha256"] = content_hash(document["content"])
    return json.dumps(document).encode()


def _asked_question_with_unknown_status(data: bytes) -> bytes:
    document = json.loads(data)
    document["content"]["ask"]["items"][0]["status"] = "maybe"
    document["sha256"] = content_hash(document["content"])
    return json.dumps(document).encode()


def _not_a_bundle(data: bytes) -> bytes:
    return b"%PDF-1.7 this is a recap, not a bundle"


@pytest.mark.parametrize(("damage", "sentence"), [
    (_damage_cut, "not a forumdesk bundle, or it is damaged"),
    (_damage_byte, "does not match its checksum"),
    (_newer, "newer forumdesk"),
    (_bad_reference, "refers to no question"),
    (_choice_out_of_range, "does not fit its question"),
    (_same_as_nowhere, "counts as the same as an answer that is not there"),
    (_unknown_language, "a setting has an unknown value"),
    (_answers_under_another_forum, "its answers are already in this database, under another forum"),
    (_asked_question_with_unknown_status, "an asked question is not what it should be"),
    (_not_a_bundle, "not a forumdesk bundle"),
])
def test_a_damaged_or_newer_bundle_is_refused_and_the_database_is_unchanged(demo_db, tmp_path, damage, sentence):
    db_a, forum_id = demo_db
    _export(db_a, forum_id, tmp_path / "a.forumbundle")
    bad = tmp_path / "bad.forumbundle"
    bad.write_bytes(damage((tmp_path / "a.forumbundle").read_bytes()))
    before = _digest(db_a)
    result = forumdesk("import", "--db", db_a, bad)
    assert_one_line_error(result, sentence)
    assert "nothing was imported" in result.stderr
    assert _digest(db_a) == before


def test_a_bundle_into_a_missing_database_creates_nothing_when_refused(tmp_path):
    bad = tmp_path / "bad.forumbundle"
    bad.write_bytes(b"{}")
    result = forumdesk("import", "--db", tmp_path / "new.sqlite", bad)
    assert_one_line_error(result, "not a forumdesk bundle")
    assert not (tmp_path / "new.sqlite").exists()


def test_near_duplicates_accepted_as_the_same_travel_with_the_bundle(demo_db, tmp_path):
    from forumdesk.services.themes import ThemeService

    db_a, forum_id = demo_db
    services = Services.open(db_a)
    question = next(q for q in services.forums.questions(forum_id)
                    if len({a.content.text for a in services.answers.answers(forum_id, q.id)
                            if a.content.text and not a.hidden}) >= 2)
    texts = ThemeService(services.answers).duplicates(forum_id, question.id)
    one, other = texts[0].ids[0], texts[1].ids[0]
    ThemeService(services.answers).accept_same(forum_id, question.id, [one, other])
    together = texts[0].count + texts[1].count
    services.close()

    content = _export(db_a, forum_id, tmp_path / "a.forumbundle")["content"]
    assert sum(a["same_as"] is not None for a in content["answers"]) == 1
    db_b = tmp_path / "central.sqlite"
    result = forumdesk("import", "--db", db_b, tmp_path / "a.forumbundle")
    assert result.returncode == 0, result.stderr
    new_id = int(result.stdout.split()[0])
    # THEN on the other laptop the two wordings count as one answer, ×N, as they did here
    services = Services.open(db_b)
    number = next(i for i, q in enumerate(services.forums.questions(new_id)) if q.prompt == question.prompt)
    new_question = services.forums.questions(new_id)[number]
    assert ThemeService(services.answers).duplicates(new_id, new_question.id)[0].count == together
    services.close()
    assert _export(db_b, new_id, tmp_path / "b.forumbundle")["content"] == content


def test_the_forums_settings_and_recap_details_travel_and_older_bundles_still_import(demo_db, tmp_path):
    from dataclasses import replace

    db_a, forum_id = demo_db
    services = Services.open(db_a)
    forum = services.forums.forum(forum_id)
    services.forums.update_forum(replace(forum, language="fr", review_first=True, changeable_votes=True,
                                         organiser="Northwind Logistics", contact="Dana Reyes", headcount=40,
                                         takeaways=["Pay ranges in every ad."]))
    services.close()
    bundle = _export(db_a, forum_id, tmp_path / "a.forumbundle")
    # an older bundle (before these keys) still imports, with a new forum's defaults
    older = json.loads((tmp_path / "a.forumbundle").read_bytes())
    for key in ("language", "review_first", "changeable_votes", "organiser", "contact", "headcount", "takeaways"):
        del older["content"]["forum"][key]
    older["sha256"] = content_hash(older["content"])
    (tmp_path / "old.forumbundle").write_text(json.dumps(older), encoding="utf-8")
    imported = []
    for name in ("a.forumbundle", "old.forumbundle"):
        db = tmp_path / f"{name}.sqlite"
        result = forumdesk("import", "--db", db, tmp_path / name)
        assert result.returncode == 0, result.stderr
        services = Services.open(db)
        try:
            imported.append(services.forums.forum(int(result.stdout.split()[0])))
        finally:
            services.close()
    carried, old = imported
    assert (carried.language, carried.review_first, carried.changeable_votes) == ("fr", True, True)
    assert (carried.organiser, carried.contact, carried.headcount) == ("Northwind Logistics", "Dana Reyes", 40)
    assert carried.takeaways == ["Pay ranges in every ad."] == bundle["content"]["forum"]["takeaways"]
    assert (old.language, old.review_first, old.headcount, old.takeaways) == ("", False, None, [])


def test_the_rooms_questions_and_the_privacy_review_travel_and_older_bundles_import_without_them(demo_db, tmp_path):
    db_a, forum_id = demo_db
    services = Services.open(db_a)
    email = next(a for a in services.answers.answers(forum_id) if "sam.taylor@example.org" in (a.content.text or ""))
    services.privacy.keep_answer_details(email.id, True)  # the facilitator keeps this address in the recap
    item = next(i for i in services.ask.items(forum_id) if i.shown)
    theme = services.answers.themes(forum_id)[0]
    services.ask.tag(item.id, theme.id)
    services.ask.set_starred(item.id, True)
    before = [(i.text, i.status, i.answered, i.starred, i.votes) for i in services.ask.items(forum_id)]
    services.close()
    bundle = _export(db_a, forum_id, tmp_path / "a.forumbundle")["content"]
    assert bundle["ask"]["mode"] == "review" and len(bundle["ask"]["items"]) == len(before)
    older = json.loads((tmp_path / "a.forumbundle").read_bytes())
    del older["content"]["ask"], older["content"]["privacy"], older["content"]["forum"]["texts_erased_at"]
    older["sha256"] = content_hash(older["content"])
    (tmp_path / "old.forumbundle").write_text(json.dumps(older), encoding="utf-8")

    # WHEN the bundle is imported on the laptop that gathers the forums, and its CSV exported there
    db_b = tmp_path / "central.sqlite"
    result = forumdesk("import", "--db", db_b, tmp_path / "a.forumbundle")
    assert result.returncode == 0, result.stderr
    new_id = int(result.stdout.split()[0])
    assert forumdesk("export", "--db", db_b, "--forum", new_id, "--csv", tmp_path / "b.csv").returncode == 0
    # THEN what the room asked is there, with its review status, flags, votes and themes
    services = Services.open(db_b)
    try:
        assert [(i.text, i.status, i.answered, i.starred, i.votes) for i in services.ask.items(new_id)] == before
        assert services.ask.settings(new_id).mode.value == "review" and not services.ask.settings(new_id).is_open
        tagged = next(i for i in services.ask.items(new_id) if i.text == item.text)
        assert [t.name for t in services.answers.themes(new_id) if t.id in tagged.theme_ids] == [theme.name]
    finally:
        services.close()
    csv_text = (tmp_path / "b.csv").read_text(encoding="utf-8")
    assert item.text in csv_text
    # AND the address the facilitator kept is kept there too, as on the first laptop
    assert "sam.taylor@example.org" in csv_text
    assert _export(db_b, new_id, tmp_path / "b.forumbundle")["content"] == bundle

    # AND a bundle from before these keys imports with no asked questions and every detail masked
    db_c = tmp_path / "old.sqlite"
    result = forumdesk("import", "--db", db_c, tmp_path / "old.forumbundle")
    assert result.returncode == 0, result.stderr
    assert forumdesk("export", "--db", db_c, "--forum", int(result.stdout.split()[0]), "--csv",
                     tmp_path / "c.csv").returncode == 0
    assert "sam.taylor@example.org" not in (tmp_path / "c.csv").read_text(encoding="utf-8")


def test_a_forum_whose_texts_were_erased_arrives_erased(demo_db, tmp_path):
    db_a, forum_id = demo_db
    services = Services.open(db_a)
    erased = services.privacy.erase_texts(forum_id)
    when = services.privacy.texts_erased_at(forum_id)
    services.close()
    assert erased and when
    _export(db_a, forum_id, tmp_path / "a.forumbundle")
    db_b = tmp_path / "central.sqlite"
    result = forumdesk("import", "--db", db_b, tmp_path / "a.forumbundle")
    assert result.returncode == 0, result.stderr
    services = Services.open(db_b)
    try:
        new_id = int(result.stdout.split()[0])
        assert services.privacy.texts_erased_at(new_id) == when
        assert not any(a.content.text for a in services.answers.answers(new_id))
    finally:
        services.close()
