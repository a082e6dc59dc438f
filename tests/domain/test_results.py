"""Tallies: counts with room counts, rating distribution and mean, word frequencies without stop words."""

from forumdesk.domain import AnswerContent, Question, QuestionKind, Scale
from forumdesk.domain.codes import ALPHABET, looks_like_code, new_join_code, normalise_code
from forumdesk.domain.results import tally, words_of


def test_choice_counts_keep_room_counts_apart():
    question = Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt="P", choices=["A", "B", "C"], id=7)
    answers = [AnswerContent(choices=(0, 2)), AnswerContent(choices=(2,)), AnswerContent(choices=(1, 2))]
    results = tally(question, answers, {0: 4, 2: 1})
    assert results.responses == 3
    assert results.choice_counts == [1, 1, 3]
    assert results.room_counts == [4, 0, 1]


def test_rating_distribution_and_mean():
    question = Question(kind=QuestionKind.RATING, prompt="P", scale=Scale(1, 5), id=1)
    results = tally(question, [AnswerContent(rating=r) for r in (5, 4, 4, 1)])
    assert results.rating_distribution == {1: 1, 2: 0, 3: 0, 4: 2, 5: 1}
    assert results.mean == 3.5
    assert tally(question, []).mean is None


def test_word_frequencies_drop_english_and_french_stop_words():
    question = Question(kind=QuestionKind.OPEN_TEXT, prompt="P", id=1)
    texts = ["The pay is not fair and the hours are long", "Le salaire et les horaires", "Fair pay, please!"]
    results = tally(question, [AnswerContent(text=t) for t in texts])
    words = dict(results.words)
    assert words["pay"] == 2 and words["fair"] == 2
    for stop in ("the", "and", "is", "le", "et", "les"):
        assert stop not in words
    assert results.words[0][1] == 2


def test_elided_french_and_english_possessives_count_as_their_word():
    assert words_of("l'entreprise d'accueil, the employer's offer") == ["entreprise", "accueil", "employer", "offer"]


def test_short_words_count_whole_phrases():
    question = Question(kind=QuestionKind.SHORT_WORDS, prompt="P", id=1)
    texts = ["Fair pay", "fair  pay", "Growth", "the"]
    assert tally(question, [AnswerContent(text=t) for t in texts]).words == [("fair pay", 2), ("growth", 1)]


def test_short_words_that_differ_only_by_punctuation_are_one_phrase_of_the_cloud():
    # 31 "busy" and 28 "Busy!" were two words of the cloud beside one "busy ×59" on the wall
    question = Question(kind=QuestionKind.SHORT_WORDS, prompt="P", id=1)
    texts = ["busy"] * 3 + ["Busy!", "BUSY."] + ["Fun", "the!", "Thé !"]
    assert tally(question, [AnswerContent(text=t) for t in texts]).words == [("busy", 5), ("fun", 1), ("thé !", 1)]


def test_a_plural_counts_with_its_singular_once_per_answer_in_the_same_language():
    question = Question(kind=QuestionKind.OPEN_TEXT, prompt="P", id=1)
    texts = ["Managers should listen to us", "my manager is great", "the managers and the manager",
             "we pay too much tax", "the taxes are high", "the process is slow",
             "venir d'un autre pays", "les gens du pays"]
    words = dict(tally(question, [AnswerContent(text=t) for t in texts]).words)
    # "managers" and "manager" are one word, counted once by the answer that has both, shown as
    # the form more answers use (a tie: the shorter)
    assert words["manager"] == 3 and "managers" not in words
    assert words["tax"] == 2 and "taxes" not in words
    # the French "pays" (a country) is not the English "pay"; "process" has no singular to join
    assert words["pays"] == 2 and words["pay"] == 1 and words["process"] == 1


def test_join_codes_are_short_uppercase_and_unambiguous():
    codes = {new_join_code() for _ in range(200)}
    assert len(codes) > 190
    for code in codes:
        assert looks_like_code(code)
        assert not set(code) & set("0O1IL5S8B2Z")
    assert normalise_code(" acf 347 ") == "ACF347"
    assert set(ALPHABET) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def test_a_word_counts_once_per_answer_and_over_long_words_are_left_out():
    question = Question(kind=QuestionKind.OPEN_TEXT, prompt="P", id=1)
    texts = ["pay pay pay pay pay " + "x" * 500, "pay", "training " + "Arbeitszeitgestaltung"]
    words = dict(tally(question, [AnswerContent(text=t) for t in texts]).words)
    assert words == {"pay": 2, "training": 1, "arbeitszeitgestaltung": 1}


def test_contact_details_are_never_counted_as_words():
    question = Question(kind=QuestionKind.OPEN_TEXT, prompt="P", id=1)
    texts = ["Write to jane.doe@example.com about training", "training: call +33 6 12 34 56 78",
             "see linkedin.com/in/janedoe for the training plan"]
    words = dict(tally(question, [AnswerContent(text=t) for t in texts]).words)
    assert words["training"] == 3
    assert not {"jane", "doe", "example", "com", "linkedin", "janedoe", "in"} & set(words)


def test_short_words_leave_out_contacts_and_phrases_too_long_for_a_cloud():
    question = Question(kind=QuestionKind.SHORT_WORDS, prompt="P", id=1, max_length=1000)
    texts = ["jane.doe@example.com", "Growth", "growth", "y" * 500, "a " + "z" * 31]
    assert tally(question, [AnswerContent(text=t) for t in texts]).words == [("growth", 2)]
