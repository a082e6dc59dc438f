"""The app in five languages: chosen from the environment at start, overridden in Settings ▸ Language
(remembered for the next start), laid out right to left in Arabic, with plurals in each language.

The .ts sources are compiled with pyside6-lrelease into a temporary folder (conftest.py), as `make` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from forumdesk import i18n
from forumdesk.ui import language
from forumdesk.ui.language import start_in_language, tr

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def compiled(compiled_translations) -> Path:
    return compiled_translations


@pytest.fixture
def app(qapp, compiled):
    """The application; English (the sources) and left to right again afterwards."""
    yield qapp
    language.install(qapp, "en", compiled)


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


# (environment, menus of the main window, its first button, Qt's own Cancel button)
EXPECTED = {
    "en_GB.UTF-8": (["&File", "F&orum", "&Settings", "&Help"], "New forum…", "Cancel"),
    "fr_FR.UTF-8": (["&Fichier", "F&orum", "&Réglages", "&Aide"], "Nouveau forum…", "Annuler"),
    "es_ES.UTF-8": (["&Archivo", "F&oro", "&Ajustes", "A&yuda"], "Foro nuevo…", "Cancelar"),
    "de_DE.UTF-8": (["&Datei", "F&orum", "&Einstellungen", "&Hilfe"], "Neues Forum…", "Abbrechen"),
    "ar_EG.UTF-8": (["&ملف", "ال&منتدى", "&الإعدادات", "&مساعدة"], "منتدى جديد…", "ألغِ"),  # Qt's own word for Cancel
}


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_the_app_starts_in_the_environments_language(app, compiled, services, settings, qtbot, lang):
    # GIVEN LANG set as a French (Spanish, German, Arabic...) desktop sets it, and no choice in Settings
    chosen = start_in_language(app, settings, {"LANG": lang}, compiled)
    # WHEN the main window opens
    from forumdesk.ui.main_window import MainWindow

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    menus, button, cancel = EXPECTED[lang]
    # THEN its menus, its buttons and Qt's own standard buttons are in that language
    assert chosen == lang[:2]
    assert menu_titles(window) == menus
    assert window.buttons["new"].text() == button
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    # and the strings outside Qt (command line, recap defaults) follow the app
    assert i18n.language() == lang[:2]
    # and Arabic is laid out right to left, the others left to right
    rtl = lang.startswith("ar")
    assert app.layoutDirection() == (Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    assert window.layoutDirection() == app.layoutDirection()
    assert QLocale().language() == QLocale(lang[:2]).language()


def test_lc_all_wins_over_lang_and_c_means_english(app, compiled, settings):
    assert start_in_language(app, settings, {"LC_ALL": "de_AT.UTF-8", "LANG": "fr_FR.UTF-8"}, compiled) == "de"
    assert start_in_language(app, settings, {"LC_MESSAGES": "es_MX.UTF-8", "LANG": "fr_FR.UTF-8"}, compiled) == "es"
    assert start_in_language(app, settings, {"LANG": "C"}, compiled) == "en"
    assert start_in_language(app, settings, {"LANG": "ja_JP.UTF-8"}, compiled) == "en"  # not offered: English


def test_the_language_menu_choice_is_remembered_for_the_next_start(app, compiled, services, tmp_path, qtbot):
    from forumdesk.ui.main_window import MainWindow
    from forumdesk.ui.settings import Settings

    # GIVEN the app started in French from the environment
    settings = Settings(tmp_path / "settings.ini")
    start_in_language(app, settings, {"LANG": "fr_FR.UTF-8"}, compiled)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    menu = window.language_menu
    names = [action.text() for action in menu.actions()]
    # THEN the menu offers the system's language and the five languages, each by its own name
    assert names == ["Langue du système", "English", "Français", "Español", "Deutsch", "العربية"]
    assert window.language_actions[""].isChecked()
    # WHEN the facilitator picks German
    window.language_actions["de"].trigger()
    # THEN the window says when it takes effect, in the language in use now
    assert window.banner.isVisibleTo(window)
    assert "Deutsch" in window.banner.label.text() and "prochain démarrage" in window.banner.label.text()
    window.close()
    # WHEN the app starts again, still with a French environment
    again = Settings(tmp_path / "settings.ini")
    assert start_in_language(app, again, {"LANG": "fr_FR.UTF-8"}, compiled) == "de"
    second = MainWindow(services, again)
    qtbot.addWidget(second)
    # THEN it is in German, with German ticked in the menu
    assert menu_titles(second)[0] == "&Datei"
    assert second.language_actions["de"].isChecked()
    # WHEN "System default" is picked, the next start follows the environment again
    second.language_actions[""].trigger()
    assert start_in_language(app, Settings(tmp_path / "settings.ini"), {"LANG": "fr_FR.UTF-8"}, compiled) == "fr"


# n -> the text for "%n answer(s)" in each language (Arabic: zero, one, two, few, many, other)
PLURALS = {
    "en": {0: "0 answers", 1: "1 answer", 2: "2 answers", 5: "5 answers", 11: "11 answers", 100: "100 answers"},
    "fr": {0: "0 réponse", 1: "1 réponse", 2: "2 réponses", 5: "5 réponses", 11: "11 réponses", 100: "100 réponses"},
    "es": {0: "0 respuestas", 1: "1 respuesta", 2: "2 respuestas", 5: "5 respuestas", 11: "11 respuestas",
           100: "100 respuestas"},
    "de": {0: "0 Antworten", 1: "1 Antwort", 2: "2 Antworten", 5: "5 Antworten", 11: "11 Antworten",
           100: "100 Antworten"},
    "ar": {0: "لا إجابات", 1: "إجابة واحدة", 2: "إجابتان", 5: "5 إجابات", 11: "11 إجابة", 100: "100 إجابة"},
}


@pytest.mark.parametrize("code", list(PLURALS))
def test_plurals_follow_each_languages_rules(app, compiled, code):
    language.install(app, code, compiled)
    assert {n: tr("%n answer(s)", "", n) for n in PLURALS[code]} == PLURALS[code]


def test_dates_follow_the_language(app, compiled):
    from datetime import date

    day = date(2026, 3, 12)
    shown = {}
    for code in ("en", "fr", "de", "es", "ar"):
        language.install(app, code, compiled)
        shown[code] = language.shown_date(day.isoformat())
    assert shown["en"] == "Mar 12, 2026"
    assert shown["fr"] == "12 mars 2026"
    assert shown["de"] == "12.03.2026"
    assert shown["es"] == "12 mar 2026"
    assert "2026" in shown["ar"] or "٢٠٢٦" in shown["ar"]
    assert language.shown_date("not a date") == "not a date"


def test_a_missing_compiled_translation_leaves_the_app_in_english(app, tmp_path, caplog):
    assert language.install(app, "fr", tmp_path) == "en"
    assert tr("&File") == "&File"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "make" in caplog.text


def test_arabic_lays_out_the_console_right_to_left(app, compiled, services, settings, windows, qtbot):
    from forumdesk.services.demo import create_demo_forum
    from forumdesk.ui.bridge import EventBridge
    from forumdesk.ui.console import ConsoleWindow

    forum = create_demo_forum(services.forums, services.answers, services.sets)
    language.install(app, "ar", compiled)
    console = ConsoleWindow(services, EventBridge(services.events), forum.id, settings)
    windows.append(console)
    qtbot.addWidget(console)
    console.resize(1400, 860)
    console.show()
    qtbot.waitExposed(console)
    assert console.isRightToLeft()
    # the question list (the first column in reading order) sits at the right, the answers at the left
    list_x = console.question_list.mapTo(console, console.question_list.rect().center()).x()
    answers_x = console.answer_list.mapTo(console, console.answer_list.rect().center()).x()
    assert list_x > answers_x
    assert console.menuBar().actions()[0].text() == "&المنتدى"
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
