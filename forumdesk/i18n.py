"""Languages for everything outside Qt: the command line's messages, the recap, server sentences.

Every layer may use this module (like ``forumdesk.paths``). The desktop app's own strings go
through Qt's ``tr()`` and ``.ts`` files; the strings here live in gettext catalogs,
``resources/locale/<code>/*.po`` (one file per area, e.g. ``cli.po`` and ``recap.po``), read with
Babel and compiled in memory, so no build step can leave a stale ``.mo`` behind.

- ``from_environment()`` picks the language from ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` (in
  that order, as gettext does), falling back to the system's locale, then English.
- ``set_language()`` / ``language()``: the process-wide language (the app's or the CLI's).
- ``_()`` / ``ngettext()`` translate in the process-wide language; ``translator(code)`` gives a
  ``Translator`` for one language (the recap is written in its forum's language, whatever the
  app's). Messages use ``{name}`` placeholders, filled after translation.
- ``format_number()``, ``format_date()``, ``format_datetime()`` and ``format_time()`` follow the
  language's conventions (Babel's CLDR data).
- ``Message`` is a sentence translated when it is shown, and ``LocalizedError`` an exception
  carrying one: the services' and storage's errors keep their English sentence (``.english``, what
  the attendee API sends beside its stable code) and give the current language's with ``str(exc)``
  (what the command line and the desktop app show). ``N_()`` marks a sentence for the catalogs
  without translating it.

Every message is found by tests/app/test_translations_python.py, with Babel's extractor, as the
first argument of ``_``, ``gettext``, ``ngettext`` (first two), ``N_``, ``Message`` and of every
``LocalizedError`` class; it fails when one of the languages lacks a translation.
"""

from __future__ import annotations

import gettext as _gettext
import io
import locale as _locale
import os
import threading
from datetime import date, datetime, time
from functools import cache

from forumdesk.paths import resources_dir

LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "de": "Deutsch",
    "ar": "العربية",
}
DEFAULT_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar"})

_lock = threading.Lock()
_current = DEFAULT_LANGUAGE


def normalise(code: str | None) -> str | None:
    """The supported language a locale name means ("fr_CA.UTF-8" -> "fr"), or None."""
    if not code:
        return None
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def from_environment(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks for: LC_ALL, LC_MESSAGES, LANG, then the system's."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            # The first variable that is set decides, as in gettext; "C"/"POSIX" mean English.
            return normalise(value) or DEFAULT_LANGUAGE
    if environ is None:
        try:
            system = _locale.getlocale()[0]
        except ValueError:
            system = None
        found = normalise(system)
        if found:
            return found
    return DEFAULT_LANGUAGE


def set_language(code: str) -> str:
    """Make ``code`` the process-wide language; returns the language actually set."""
    global _current
    chosen = normalise(code) or DEFAULT_LANGUAGE
    with _lock:
        _current = chosen
    return chosen


def language() -> str:
    return _current


def is_rtl(code: str | None = None) -> bool:
    return (normalise(code) if code else _current) in RIGHT_TO_LEFT


class Translator:
    """The catalog of one language: ``gettext``, ``ngettext`` and Babel formatting."""

    def __init__(self, code: str):
        self.code = normalise(code) or DEFAULT_LANGUAGE
        self._catalog = _load_catalog(self.code)

    @property
    def rtl(self) -> bool:
        return self.code in RIGHT_TO_LEFT

    def gettext(self, message: str, **values) -> str:
        text = self._catalog.gettext(message)
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values) -> str:
        text = self._catalog.ngettext(singular, plural, n)
        return text.format(n=self.format_number(n), **values)

    def format_number(self, value: float) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=self.code)

    def format_percent(self, value: float) -> str:
        from babel.numbers import format_percent

        return format_percent(value, locale=self.code)

    def format_date(self, value: date, form: str = "long") -> str:
        from babel.dates import format_date

        return format_date(value, format=form, locale=self.code)

    def format_datetime(self, value: datetime, form: str = "medium") -> str:
        from babel.dates import format_datetime

        return format_datetime(value, format=form, locale=self.code)

    def format_time(self, value: time | datetime, form: str = "short") -> str:
        from babel.dates import format_time

        return format_time(value, format=form, locale=self.code)


@cache
def translator(code: str) -> Translator:
    return Translator(code)


@cache
def _load_catalog(code: str) -> _gettext.NullTranslations:
    """The language's .po files compiled in memory and chained; English (the source) needs none."""
    chain = _gettext.NullTranslations()
    if code == DEFAULT_LANGUAGE:
        return chain
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for path in sorted((resources_dir() / "locale" / code).glob("*.po"), reverse=True):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=code)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        area = _gettext.GNUTranslations(buffer)
        area.add_fallback(chain)
        chain = area
    return chain


def _(message: str, **values) -> str:
    return translator(_current).gettext(message, **values)


def ngettext(singular: str, plural: str, n: int, **values) -> str:
    return translator(_current).ngettext(singular, plural, n, **values)


def format_number(value: float) -> str:
    return translator(_current).format_number(value)


def format_date(value: date, form: str = "long") -> str:
    return translator(_current).format_date(value, form)


def format_datetime(value: datetime, form: str = "medium") -> str:
    return translator(_current).format_datetime(value, form)


def format_time(value: time | datetime, form: str = "short") -> str:
    return translator(_current).format_time(value, form)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs; it is translated where it is shown."""
    return message


class Message:
    """A sentence translated when it is shown: ``message`` is the English msgid with ``{named}``
    placeholders, ``values`` fill them. A value that is itself a Message is translated with it."""

    __slots__ = ("message", "values")

    def __init__(self, message: str, /, **values: object) -> None:
        self.message = message
        self.values = values

    @property
    def english(self) -> str:
        return self.localized(DEFAULT_LANGUAGE)

    def localized(self, code: str | None = None) -> str:
        """The sentence in ``code`` (by default the process-wide language)."""
        t = translator(code or _current)
        values = {k: v.localized(t.code) if isinstance(v, Message) else v for k, v in self.values.items()}
        return t.gettext(self.message, **values)

    def __str__(self) -> str:
        return self.localized()

    def __repr__(self) -> str:
        return f"Message({self.message!r}, **{self.values!r})"


class LocalizedError(Exception):
    """An exception whose text is a ``Message``: ``str(exc)`` in the process-wide language (for the
    command line and the desktop app), ``exc.english`` in English (for the attendee API, whose
    phones translate by code), ``exc.localized(code)`` in any language."""

    def __init__(self, message: str | Message = "", /, **values: object) -> None:
        self.text = message if isinstance(message, Message) else Message(message, **values)
        super().__init__(self.text.english)

    @property
    def english(self) -> str:
        return self.text.english

    def localized(self, code: str | None = None) -> str:
        return self.text.localized(code)

    def __str__(self) -> str:
        return self.text.localized()
