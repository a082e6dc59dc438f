"""The command line and the services speak the user's language (issue 16 items 1 and 2): the language
comes from the environment, errors are one line in it, plurals, numbers and dates follow it; the
attendee API keeps its English sentence beside the code (phones translate by code)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from forumdesk import i18n
from forumdesk.services import NotFound, Services
from forumdesk.storage import StoreError
from tests.app.test_cli import assert_one_line_error, forumdesk

NO_LANGUAGE = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}


@pytest.fixture
def english():
    """The process-wide language is English again after the test."""
    yield
    i18n.set_language("en")


# ---------------------------------------------------------------- the language from the environment


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANG": "de_AT"}, "de"),
    ({"LANG": "ar"}, "ar"),
    ({"LANG": "ar_EG.UTF-8@latin"}, "ar"),
    ({"LANG": "fr_FR.UTF-8", "LC_ALL": "de_DE.UTF-8"}, "de"),  # LC_ALL beats LANG
    ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),  # and LC_MESSAGES does too
    ({"LC_ALL": "ar_SA.UTF-8", "LC_MESSAGES": "es_ES.UTF-8", "LANG": "fr_FR"}, "ar"),
    ({"LC_ALL": "", "LANG": "de_DE.UTF-8"}, "de"),  # an empty variable is not set
    ({"LANG": "C"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LC_ALL": "POSIX", "LANG": "fr_FR.UTF-8"}, "en"),  # the first one set decides, as in gettext
    ({"LANG": "ja_JP.UTF-8"}, "en"),  # a language forumdesk does not speak
    ({"LANG": "xx"}, "en"),
    ({}, "en"),
])
def test_the_language_comes_from_the_environment(environ, expected):
    assert i18n.from_environment(environ) == expected


def test_an_unknown_language_cannot_be_set(english):
    assert i18n.set_language("ja") == "en"
    assert i18n.set_language("fr-CA") == "fr"
    assert i18n.language() == "fr"


# ---------------------------------------------------------------- the command line, as a user runs it


def test_a_french_environment_gives_a_french_one_line_error(tmp_path):
    result = forumdesk("new", "--db", tmp_path / "f.sqlite", "--title", " ", "--partner", "P",
                       env_extra={**NO_LANGUAGE, "LANG": "fr_FR.UTF-8"})
    assert_one_line_error(result, "forumdesk: Le titre ne peut pas être vide.")


def test_an_arabic_environment_gives_an_arabic_one_line_error(tmp_path):
    result = forumdesk("export", "--db", tmp_path / "none" / "f.sqlite", "--forum", "3", "--pdf", tmp_path / "r.pdf",
                       env_extra={**NO_LANGUAGE, "LANG": "ar"})
    assert_one_line_error(result, "يتعذّر إنشاء")
    assert "none" in result.stderr  # the path is given as it is


def test_lc_all_beats_lang_on_the_command_line(tmp_path):
    result = forumdesk("themes", "--db", tmp_path / "f.sqlite", "--forum", "9", "--question", "1", "--suggest",
                       env_extra={**NO_LANGUAGE, "LANG": "fr_FR.UTF-8", "LC_ALL": "de_DE.UTF-8"})
    assert_one_line_error(result, "Es gibt kein Forum mit der ID 9")


def test_a_service_error_reaches_the_command_line_in_spanish(tmp_path):
    db = tmp_path / "f.sqlite"
    services = Services.open(db)
    partner = services.forums.create_partner("P")
    services.forums.create_forum("T", partner.id)
    services.close()
    result = forumdesk("compare", "--db", db, "--forum", "1", "--forum", "1",
                       env_extra={**NO_LANGUAGE, "LANG": "es_ES.UTF-8"})
    assert_one_line_error(result, "Elija al menos dos foros distintos para comparar.")


def test_an_export_that_cannot_be_written_is_explained_in_german(tmp_path):
    db = tmp_path / "f.sqlite"
    services = Services.open(db)
    partner = services.forums.create_partner("P")
    forum = services.forums.create_forum("T", partner.id)
    services.close()
    result = forumdesk("export", "--db", db, "--forum", forum.id, "--pdf", tmp_path / "missing" / "recap.pdf",
                       env_extra={**NO_LANGUAGE, "LANG": "de_DE.UTF-8"})
    assert_one_line_error(result, "„PDF-Bericht“ kann nicht nach")
    assert "Der Ordner" in result.stderr and "existiert nicht" in result.stderr
    internal = forumdesk("export", "--db", db, "--forum", forum.id, "--json-internal", tmp_path / "data.json",
                         env_extra={**NO_LANGUAGE, "LANG": "fr_FR.UTF-8"})
    assert_one_line_error(internal, "doit indiquer qu’il est interne, par exemple data-internal.json")


def test_the_listing_speaks_french_with_french_dates_and_numbers(tmp_path):
    db = tmp_path / "f.sqlite"
    created = forumdesk("new", "--db", db, "--title", "Soirée carrières", "--partner", "Université",
                        "--date", "2026-12-02")
    assert created.returncode == 0, created.stderr
    french = {**NO_LANGUAGE, "LANG": "fr_FR.UTF-8"}
    listing = forumdesk("list", "--db", db, env_extra=french)
    assert listing.returncode == 0, listing.stderr
    header, row = listing.stdout.splitlines()
    assert header.split() == ["id", "titre", "partenaire", "date", "réponses"]
    assert "2 déc. 2026" in row and "Soirée carrières" in row
    sets = forumdesk("sets", "--db", db, env_extra=french).stdout
    assert "[3 questions]" in sets.splitlines()[0]
    arabic = forumdesk("list", "--db", db, env_extra={**NO_LANGUAGE, "LANG": "ar"}).stdout
    assert arabic.splitlines()[0].split() == ["المعرّف", "العنوان", "الشريك", "التاريخ", "الإجابات"]
    assert "02\u200f/12\u200f/2026" in arabic  # CLDR's medium Arabic date, with its right-to-left marks


def test_an_empty_listing_and_bad_arguments_in_german(tmp_path):
    german = {**NO_LANGUAGE, "LANG": "de_DE.UTF-8"}
    assert forumdesk("list", "--db", tmp_path / "none.sqlite", env_extra=german).stdout == "Noch keine Foren.\n"
    result = forumdesk("serve", "--db", tmp_path / "none.sqlite", "--forum", "-3", env_extra=german)
    assert_one_line_error(result, "„-3“ darf nicht negativ sein (siehe „forumdesk --help“)")


# ---------------------------------------------------------------- plurals, numbers, dates


@pytest.mark.parametrize(("code", "counts"), [
    # Arabic: zero, one, two (no number: the word says it), few (3-10), many (11-99), other (100...).
    ("ar", {0: "لا أسئلة", 1: "سؤال واحد", 2: "سؤالان", 3: "3 أسئلة", 10: "10 أسئلة", 11: "11 سؤالًا",
            99: "99 سؤالًا", 100: "100 سؤال", 103: "103 أسئلة", 111: "111 سؤالًا"}),
    # French and Spanish (CLDR): "one", "many" for round millions ("de"), "other".
    ("fr", {0: "0 question", 1: "1 question", 2: "2 questions", 1000: "1\u202f000 questions",
            1_000_000: "1\u202f000\u202f000 de questions"}),
    ("es", {0: "0 preguntas", 1: "1 pregunta", 2: "2 preguntas", 1_000_000: "1.000.000 de preguntas"}),
    ("de", {0: "0 Fragen", 1: "1 Frage", 2: "2 Fragen", 1000: "1.000 Fragen"}),
    ("en", {0: "0 questions", 1: "1 question", 2: "2 questions", 1000: "1,000 questions"}),
])
def test_plurals_follow_each_language(code, counts):
    t = i18n.translator(code)
    for n, text in counts.items():
        assert t.ngettext("{n} question", "{n} questions", n) == text, n


def test_numbers_and_dates_follow_the_language(english):
    i18n.set_language("fr")
    assert i18n.format_number(1234.5) == "1\u202f234,5"  # "1 234,5" with a narrow no-break space
    assert i18n.format_date(date(2026, 5, 14)) == "14 mai 2026"
    i18n.set_language("de")
    assert i18n.format_number(1234.5) == "1.234,5"
    assert i18n.format_date(date(2026, 5, 14)) == "14. Mai 2026"
    i18n.set_language("es")
    assert i18n.format_date(date(2026, 5, 14)) == "14 de mayo de 2026"
    i18n.set_language("ar")
    assert i18n.format_date(date(2026, 5, 14)) == "14 مايو 2026"
    i18n.set_language("en")
    assert i18n.format_number(1234.5) == "1,234.5"


# ---------------------------------------------------------------- errors: the user's language, the API's English


def test_a_service_error_is_in_the_users_language_and_keeps_its_english(english, tmp_path):
    services = Services.open(tmp_path / "f.sqlite")
    try:
        with pytest.raises(NotFound) as caught:
            services.forums.forum(42)
    finally:
        services.close()
    error = caught.value
    assert str(error) == "There is no forum with id 42."
    i18n.set_language("fr")
    assert str(error) == "Il n’y a pas de forum avec l’identifiant 42."  # shown when it is shown
    assert error.english == "There is no forum with id 42."
    assert error.localized("de") == "Es gibt kein Forum mit der ID 42."
    assert error.code == "not_found"


def test_a_storage_error_is_in_the_users_language(english, tmp_path):
    i18n.set_language("ar")
    with pytest.raises(StoreError) as caught:
        Services.open(tmp_path)  # a folder
    assert str(caught.value) == f"{tmp_path} مجلد وليس ملف قاعدة بيانات."
    assert caught.value.english == f"{tmp_path} is a folder, not a database file."


def test_a_damaged_bundle_is_explained_in_one_language(english):
    from forumdesk.services.bundle_check import BundleError, read_bundle

    i18n.set_language("de")
    with pytest.raises(BundleError) as caught:
        read_bundle(json.dumps({"format": "forumdesk-bundle"}).encode())
    assert str(caught.value) == ("Dieses Paket ist beschädigt (es hat keine Formatversion), daher wurde nichts "
                                 "importiert.")
    assert caught.value.english == "This bundle is damaged (it has no format version), so nothing was imported."



def test_a_question_that_cannot_be_asked_is_explained_in_the_facilitators_language(english, tmp_path):
    from forumdesk.domain import InvalidQuestion, Question, QuestionKind, validate_question
    from forumdesk.services import InvalidInput

    too_few = Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Which?", choices=["Only one"])
    i18n.set_language("es")
    with pytest.raises(InvalidQuestion) as caught:  # as the question editor checks it
        validate_question(too_few)
    assert str(caught.value) == "Una pregunta de opciones necesita al menos dos opciones."
    services = Services.open(tmp_path / "f.sqlite")
    try:
        partner = services.forums.create_partner("P")
        with pytest.raises(InvalidInput) as refused:  # and as the services refuse it
            services.forums.create_forum("T", partner.id, questions=[too_few])
    finally:
        services.close()
    assert str(refused.value) == "Una pregunta de opciones necesita al menos dos opciones."
    i18n.set_language("de")
    assert str(refused.value) == "Eine Auswahlfrage braucht mindestens zwei Auswahlmöglichkeiten."
    assert refused.value.english == "A choice question needs at least two choices."


def test_help_texts_follow_the_language():
    result = forumdesk("erase", "--help", env_extra={**NO_LANGUAGE, "LANG": "de_DE.UTF-8"})
    assert result.returncode == 0
    assert "nicht nachfragen" in result.stdout  # --yes
    assert "--forum" in result.stdout  # option names stay as they are


def test_the_compare_summary_follows_the_language(english):
    from forumdesk.services.compare import summary

    entry = {"small_group": False, "choices": [{"choice": "Salaire", "count": 3, "share": 0.6}], "mean": 2.6,
             "spread": 1.36, "words": [("salaire", 1234)], "themes": []}
    i18n.set_language("fr")
    lines = summary(entry, 5).splitlines()
    assert lines[0] in ("Salaire : 3 (60\u00a0%)", "Salaire : 3 (60\u202f%)")
    assert lines[1:] == ["Moyenne 2,6 (dispersion ±1,36)", "Mots : salaire (1\u202f234)"]
    assert summary({"small_group": True}, 5) == "Moins de 5 réponses : pas de détail, pour garder le groupe anonyme."
    i18n.set_language("ar")
    assert summary({"small_group": True}, 2) == "أقل من إجابتين: لا تفصيل، حفاظًا على إخفاء هوية المجموعة."
