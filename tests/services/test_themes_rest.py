""""Suggest the theme of the rest" (issue 13 item 3) on a real database: the half the examples point
to most clearly is offered apart, and it is right more often than the other half, so a
facilitator who tags only it makes fewer wrong tags."""

from __future__ import annotations

import random
from pathlib import Path

from rooms import open_text_room

from forumdesk.services.themes import ThemeService

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "themes_recruiting.tsv"
THEMES = ["pay", "remote", "recruitment", "management"]


def labelled() -> list[tuple[str, str]]:
    rows = [line.split("\t", 2) for line in DATA.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return [(label, text) for label, _, text in rows if label in THEMES]


def test_the_surer_half_of_the_rest_is_more_often_right_than_the_other_half(services, partner):
    answers = labelled()
    forum, qid = open_text_room(services, partner.id, [text for _, text in answers])
    truth = {a.id: label for a, (label, _) in zip(services.answers.answers(forum.id, qid), answers, strict=True)}
    # GIVEN three answers tagged with each of four themes, named as a facilitator would
    rng = random.Random(4)
    tagged: set[int] = set()
    names = {}
    for name in THEMES:
        theme = services.answers.create_theme(forum.id, name)
        names[theme.id] = name
        for answer_id in rng.sample([i for i, label in truth.items() if label == name], 3):
            services.answers.tag(answer_id, theme.id)
            tagged.add(answer_id)
    # WHEN the theme of the rest is asked for
    found = ThemeService(services.answers).suggest_rest(forum.id, qid)
    # THEN every untagged answer gets a theme, and the surer half is half of them (rounded up)
    rest = set(truth) - tagged
    assert set(found.chosen) == rest and len(found.surer) == (len(rest) + 1) // 2 and found.surer <= rest
    # AND the surer half is right clearly more often than the rest
    def right(group: set[int]) -> float:
        return sum(names[found.chosen[i]] == truth[i] for i in group) / len(group)
    assert right(set(found.surer)) > right(rest - found.surer) + 0.1
    # AND nothing was tagged by asking
    assert {a.id for a in services.answers.answers(forum.id, qid) if a.theme_ids} == tagged


def test_the_rest_with_one_untagged_answer_offers_it_as_the_surer_one(services, partner):
    forum, qid = open_text_room(services, partner.id, ["Higher pay", "Better salaries", "More money"])
    pay = services.answers.create_theme(forum.id, "Pay")
    first, second, third = (a.id for a in services.answers.answers(forum.id, qid))
    services.answers.tag(first, pay.id)
    services.answers.tag(second, pay.id)
    found = ThemeService(services.answers).suggest_rest(forum.id, qid)
    assert found.chosen == {third: pay.id} and found.surer == {third}

