"""The relationship over time (issue 19 items 1 and 2) on a real database: open commitments come
along to the partner's next forum, are followed up once for everyone who shows them, and the
partner page's data holds its forums, themes, shared questions and every commitment."""

from __future__ import annotations

from forumdesk.domain import CommitmentStatus
from forumdesk.services.demo import create_demo_forum


def test_open_commitments_come_along_to_the_partners_next_forum(services, partner):
    forums, answers = services.forums, services.answers
    first = forums.create_forum("Winter forum", partner.id, date="2026-01-15")
    kept = answers.add_commitment(first.id, "Publish salary ranges", owner="Talent team")
    started = answers.add_commitment(first.id, "Answer within ten days", status="in_progress")
    answers.add_commitment(first.id, "Already done", status="done")
    other = services.forums.create_partner("Another partner")
    forums.create_forum("Not theirs", other.id)

    second = forums.create_forum("Spring forum", partner.id, date="2026-04-15")
    carried = services.partners.follow_ups(second.id)
    assert [(f.commitment.id, f.forum_title) for f in carried] == [(kept.id, "Winter forum"),
                                                                  (started.id, "Winter forum")]
    assert carried[0].commitment.owner == "Talent team"

    # Followed up from the later forum: the one commitment changes, wherever it is shown.
    services.partners.set_commitment(kept.id, status=CommitmentStatus.DONE, outcome="On all 14 ads.")
    assert answers.commitments(first.id)[0].status is CommitmentStatus.DONE
    follow = services.partners.follow_ups(second.id)[0]
    assert follow.status_label == "Done" and follow.commitment.outcome == "On all 14 ads."

    # A third forum gets what is still open only; the other partner's forum got nothing.
    third = forums.create_forum("Autumn forum", partner.id)
    assert [f.commitment.id for f in services.partners.follow_ups(third.id)] == [started.id]
    assert all(not services.partners.follow_ups(f["id"]) for f in forums.forum_listing() if f["title"] == "Not theirs")


def test_partner_page_data_of_the_demo(services):
    later = create_demo_forum(services.forums, services.answers, services.sets)
    page = services.partners.overview(later.partner_id)
    assert page.partner.name == "Northbridge Community College"
    assert [s.forum.title.split(":")[0] for s in page.forums] == ["Winter listening forum", "Spring listening forum"]
    assert page.forums[0].forum.date < page.forums[1].forum.date
    assert all(s.answers > 20 for s in page.forums)
    assert page.forums[1].themes[0][0] in {"Pay transparency", "Respect for candidates' time",
                                           "Flexibility and care duties"}
    assert len(page.shared_prompts) == 9
    statuses = [(c.forum_title.split(":")[0], c.status_label) for c in page.commitments]
    assert statuses[:3] == [("Winter listening forum", "Done"), ("Winter listening forum", "In progress"),
                            ("Winter listening forum", "Dropped")]
    assert all(c.carried_into == [later.id] for c in page.commitments[:3])
    assert page.commitments[0].commitment.outcome.startswith("Salary ranges")
    assert [f.status_label for f in services.partners.follow_ups(later.id)] == ["Done", "In progress", "Dropped"]


def test_the_next_recap_has_since_last_time_with_each_status(services, tmp_path):
    from pypdf import PdfReader

    from forumdesk.report import export_forum

    later = create_demo_forum(services.forums, services.answers, services.sets)
    earlier_id = next(r["id"] for r in services.forums.forum_listing() if r["title"].startswith("Winter"))
    export_forum(services, later.id, pdf=tmp_path / "later.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "later.pdf").pages)
    section = text[text.index("What we committed to at our earlier forums"):]
    assert "Since last time" in text[:text.index("What we committed to at our earlier forums")]
    assert "Publish a salary range on every job ad" in section and "Salary ranges are on all 14 ads" in section
    for status, owner in (("Done", "Talent team"), ("In progress", "Hiring managers"), ("Dropped", "Careers office")):
        assert f"{status} {owner}" in section
    assert "promised at Winter listening forum" in section
    # The first forum's own recap has no such section: nothing came along to it.
    export_forum(services, earlier_id, pdf=tmp_path / "earlier.pdf")
    earlier = " ".join(p.extract_text() for p in PdfReader(tmp_path / "earlier.pdf").pages)
    assert "What we committed to at our earlier forums" not in earlier
