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
