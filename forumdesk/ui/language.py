"""The desktop app's language: Qt translations, layout direction, and dates and numbers.

Every user-visible string in ``forumdesk.ui`` goes through ``tr()`` (one translation context for
the whole app, so a word like "Cancel" is translated once). The sources are
``resources/translations/forumdesk_<code>.ts`` (kept current with ``pyside6-lupdate``), compiled to
``.qm`` at build time by ``pyside6-lrelease`` (``make run``/``test``/``bundle``); ``.qm`` files are
not committed.

The language follows the system (``LC_ALL``/``LC_MESSAGES``/``LANG``, then the platform's own
setting through ``QLocale.system()``) unless the facilitator picked one in Settings > Language,
which is remembered and applied at the next start. ``install()`` also sets the process-wide
language of ``forumdesk.i18n`` so the strings outside Qt follow the app.
"""

from __future__ import annotations

import logging
import os
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from forumdesk import i18n
from forumdesk.paths import resources_dir

log = logging.getLogger(__name__)

CONTEXT = ""  # pyside6-lupdate files a bare tr() call under the empty context
SYSTEM_DEFAULT = ""  # the settings value meaning "follow the system"
# The languages the app offers, each by its own name (forumdesk.i18n.LANGUAGES).
LANGUAGES = i18n.LANGUAGES

_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language; with ``n``, the plural form for ``n`` (``%n`` is the number).

    Plural sources are written "%n answer(s)": the translations give every form of their language;
    untranslated (English, the source language), "(s)" becomes "s" unless ``n`` is 1.
    """
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if n >= 0 and translated == text.replace("%n", str(n)):
        return translated.replace("(s)", "" if n == 1 else "s")
    return translated


def QT_TR_NOOP(text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for translation where it is defined (module constants); ``tr()`` it when shown."""
    return text


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language(environ: dict[str, str] | None = None) -> str:
    """The environment's language (LC_ALL, LC_MESSAGES, LANG); without them, the platform's setting."""
    env = os.environ if environ is None else environ
    if any(env.get(name) for name in ("LC_ALL", "LC_MESSAGES", "LANG")):
        return i18n.from_environment(env)
    # Windows and macOS keep the language in their own settings, which QLocale reads.
    for name in QLocale.system().uiLanguages():
        found = i18n.normalise(name)
        if found:
            return found
    return i18n.from_environment(env)


def chosen_language(setting: str, environ: dict[str, str] | None = None) -> str:
    """The language to start in: the one picked in the menu, else the system's."""
    return i18n.normalise(setting) or system_language(environ)


def install(app: QCoreApplication, code: str, directory: Path | None = None) -> str:
    """Translate ``app`` into ``code`` (English: the sources, no translator), set the layout
    direction and the default QLocale; returns the language actually installed."""
    code = i18n.normalise(code) or i18n.DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    folder = directory or translations_dir()
    if code != i18n.DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(folder / f"forumdesk_{code}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no compiled translation for %s in %s (run `make`); the app stays in English", code, folder)
            code = i18n.DEFAULT_LANGUAGE
        # Qt's own strings (standard buttons such as "Cancel", file dialogs).
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(code))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in i18n.RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    i18n.set_language(code)
    return code


def start_in_language(app: QCoreApplication, settings, environ: dict[str, str] | None = None,
                      directory: Path | None = None) -> str:
    """At start: the language picked in Settings ▸ Language (``settings.language``), else the system's."""
    return install(app, chosen_language(settings.language, environ), directory)


def current() -> str:
    return i18n.language()


def right_to_left() -> bool:
    """Whether the app's language is written right to left (Arabic)."""
    return i18n.is_rtl()


def isolate(text: str) -> str:
    """In a right-to-left language, ``text`` (an answer, a title: any language) wrapped in Unicode's
    first-strong isolate, so a Latin sentence keeps its own order and punctuation inside a
    right-to-left line ("?What…" otherwise); unchanged in a left-to-right language."""
    return f"\u2068{text}\u2069" if text and right_to_left() else text


def format_date(value: date, form: str = "medium") -> str:
    """A date as the app's language writes it ("2 déc. 2026", "02.12.2026")."""
    return i18n.translator(current()).format_date(value, form)


def shown_date(value: str | None) -> str:
    """A stored ISO date ("2026-03-12") as the app's language writes it; other text as it is."""
    try:
        return format_date(date.fromisoformat(value or ""))
    except ValueError:
        return value or ""


def format_datetime(value: datetime, form: str = "medium") -> str:
    return i18n.translator(current()).format_datetime(value, form)


def format_time(value: datetime, form: str = "short") -> str:
    return i18n.translator(current()).format_time(value, form)


def format_number(value: float) -> str:
    return i18n.translator(current()).format_number(value)


def format_one_decimal(value: float) -> str:
    """``value`` with one decimal as the language writes it ("3.5", "3,5")."""
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0.0", locale=current())
