"""Same answers counted once (normalised case, accents, punctuation, spacing) and near-duplicate
proposals (typo, plural, a word added), issue 13 item 1."""

from forumdesk.domain.duplicates import face, group_same, near_duplicate_groups, normalise, same_as_keys


def test_normalise_folds_case_accents_punctuation_and_spacing():
    assert normalise("  Plus de  CAFÉ !!") == normalise("plus de cafe") == "plus de cafe"
    assert normalise("Fair-pay.") == normalise("fair pay")
    assert normalise("Ｆａｉｒ pay") == "fair pay"  # full-width letters typed on some phones
    assert normalise("fair pay") != normalise("fair play")


def test_every_answer_is_in_exactly_one_group_biggest_first():
    items = [(1, "Parking"), (2, "More buses"), (3, "parking!"), (4, "PARKING"), (5, "more  buses"), (6, "Trees")]
    groups = group_same(items)
    assert [(g.text, g.ids) for g in groups] == [("Parking", (1, 3, 4)), ("More buses", (2, 5)), ("Trees", (6,))]
    assert sorted(i for g in groups for i in g.ids) == [1, 2, 3, 4, 5, 6]


def test_a_group_shows_its_most_typed_words_never_capitals_whatever_the_order_of_its_copies():
    copies = ["PARENTAL LEAVE FOR FATHERS TOO", "parental leave for fathers too", "PARENTAL LEAVE FOR FATHERS TOO",
              "Parental leave for fathers too!", "parental leave for fathers too "]
    # the form most phones typed wins, but capitals only when no copy is written otherwise
    assert copies[face(copies)] == "parental leave for fathers too"
    assert {group_same(enumerate(order))[0].text for order in (copies, copies[::-1], sorted(copies))} \
        == {"parental leave for fathers too"}
    assert group_same(enumerate(["MORE BUSES", "MORE BUSES"]))[0].text == "MORE BUSES"  # nothing else to show
    assert group_same(enumerate(["rqth", "RQTH", "RQTH"]))[0].text == "RQTH"  # an acronym is not shouting
    group = group_same([(7, "more buses"), (8, "More buses"), (9, "More buses")])[0]
    assert (group.text, group.face_id) == ("More buses", 8)  # the id of a copy typed that way


def test_text_with_no_letters_is_grouped_by_its_exact_text():
    groups = group_same([(1, "?!"), (2, "?!"), (3, "👍"), (4, "")])
    assert sorted(g.ids for g in groups) == [(1, 2), (3,), (4,)]


def test_near_duplicates_are_a_typo_a_plural_or_a_word_added_and_not_another_word():
    groups = group_same([(1, "Plus de café"), (2, "plus de cafés"), (3, "Plus de café svp"), (4, "Plus de thé"),
                         (5, "parking"), (6, "Parkng"), (7, "Trees"), (8, "Better parking")])
    proposals = [{g.text for g in proposal} for proposal in near_duplicate_groups(groups)]
    assert {"Plus de café", "plus de cafés", "Plus de café svp"} in proposals
    assert {"parking", "Parkng"} in proposals
    assert not any("Plus de thé" in p or "Trees" in p or "Better parking" in p for p in proposals)


def test_accepted_near_duplicates_count_as_one_group_and_chains_join_up():
    items = [(1, "Plus de café"), (2, "plus de cafés"), (3, "Plus de café svp"), (4, "PLUS DE CAFES"), (5, "Trees")]
    # nothing accepted: four wordings of coffee stay apart (the two plurals are the same once normalised)
    assert [g.ids for g in group_same(items)] == [(2, 4), (1,), (3,), (5,)]
    # the facilitator accepted "cafés" as "café", then "café svp" as "cafés": one group of four
    same = same_as_keys([("plus de cafés", "Plus de café"), ("Plus de café svp", "plus de cafés")])
    groups = group_same(items, same)
    assert [(g.text, g.ids) for g in groups] == [("Plus de café", (1, 2, 3, 4)), ("Trees", (5,))]
    assert sorted(i for g in groups for i in g.ids) == [1, 2, 3, 4, 5]
    # and the group is no longer offered as a near-duplicate
    assert near_duplicate_groups(groups) == []
