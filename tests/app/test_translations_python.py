"""Translations are complete (issue 16 item 4) for everything outside Qt: every message of forumdesk
(the command line, the services' and storage's sentences, the recap...; not forumdesk/ui, whose
strings live in Qt's .ts files) has a translation in French, Spanish, German and Arabic, with the
same {placeholders}; and every catalog parses, with the plural forms of its language.

Messages are found as Babel's extractor finds them: the first argument of ``_``, ``gettext``,
``ngettext`` (first two), ``N_``, ``Message`` and of every ``LocalizedError`` class (``NotFound``,
``StoreError``...), also as attribute calls (``content.t.gettext(...)``). A language's catalog is
the union of its .po files (cli.po, app.po, recap.po...), as forumdesk.i18n chains them.
scripts/update_catalogs.py (whose finder this test uses) adds new messages to cli.po and app.po."""

from __future__ import annotations

import ast
import string

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from forumdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES
from forumdesk.paths import resources_dir
from scripts.update_catalogs import SOURCE, keywords, source_files
from scripts.update_catalogs import extracted as extracted_messages

LOCALE = resources_dir() / "locale"
TRANSLATED = [code for code in LANGUAGES if code != DEFAULT_LANGUAGE]


def extracted() -> dict[str | tuple[str, ...], str]:
    """Every msgid (a tuple for plurals) and the first file that uses it."""
    return {msgid: places[0] for msgid, places in extracted_messages().items()}


def catalog(code: str) -> dict[str | tuple[str, ...], object]:
    """The language's translations from all its .po files: msgid -> msgstr (a tuple for plurals)."""
    merged: dict = {}
    for path in sorted((LOCALE / code).glob("*.po")):
        with path.open("rb") as handle:
            for message in read_po(handle, locale=code):
                if message.id and not message.fuzzy:
                    key = message.id[0] if isinstance(message.id, tuple) else message.id  # plural: the singular
                    merged[key] = message.string
    return merged


def placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


MESSAGES = extracted()


def test_messages_are_found():
    # The finder works: sentences of the command line, the services, storage and the recap are seen.
    assert "No forums yet." in MESSAGES
    assert "There is no forum with id {forum_id}." in MESSAGES
    assert ("{n} question", "{n} questions") in MESSAGES
    assert any(where.startswith("forumdesk/storage/") for where in MESSAGES.values())
    assert any(where.startswith("forumdesk/domain/") for where in MESSAGES.values())
    assert len(MESSAGES) > 150


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_has_a_translation_with_the_same_placeholders(code):
    translations = catalog(code)
    missing, wrong = [], []
    for msgid, where in MESSAGES.items():
        key = msgid[0] if isinstance(msgid, tuple) else msgid
        text = translations.get(key)
        if text is None or (isinstance(text, tuple) and not all(text)) or not text:
            missing.append(f"{where}: {msgid!r}")
            continue
        if isinstance(msgid, tuple):
            wanted = placeholders(msgid[0]) | placeholders(msgid[1])
            # A plural form may leave the number out ("سؤالان", two questions), nothing else.
            for form in text:
                if not placeholders(form) <= wanted or (wanted - {"n"}) - placeholders(form):
                    wrong.append(f"{where}: {form!r} for {msgid!r}")
        elif placeholders(text) != placeholders(msgid):
            wrong.append(f"{where}: {text!r} for {msgid!r}")
    assert not missing, f"{len(missing)} messages have no {code} translation:\n" + "\n".join(missing)
    assert not wrong, f"{code} translations with other placeholders:\n" + "\n".join(wrong)


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogs_parse_with_the_plural_forms_of_their_language(code):
    files = sorted((LOCALE / code).glob("*.po"))
    assert files, f"no catalogs for {code}"
    wanted = Catalog(locale=code).num_plurals  # CLDR's, as Babel writes it: ar 6, fr 3, es 3, de 2
    for path in files:
        with path.open("rb") as handle:
            parsed = read_po(handle, locale=code, abort_invalid=True)
        assert str(parsed.locale) == code, path
        assert parsed.num_plurals == wanted, f"{path}: {parsed.num_plurals} plural forms, {code} has {wanted}"
        for message in parsed:
            if message.pluralizable and message.id:
                assert len(message.string) == wanted, f"{path}: {message.id!r} has {len(message.string)} forms"


def test_arabic_has_six_plural_forms():
    assert Catalog(locale="ar").num_plurals == 6


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogs_hold_no_stale_messages(code):
    # A sentence changed in the code must be translated again, not left behind under its old words.
    # (cli.po and app.po, which scripts/update_catalogs.py keeps; recap.po is kept with the recap.)
    known = {m[0] if isinstance(m, tuple) else m for m in MESSAGES}
    stale = []
    for name in ("cli.po", "app.po"):
        with (LOCALE / code / name).open("rb") as handle:
            for message in read_po(handle, locale=code):
                key = message.id[0] if isinstance(message.id, tuple) else message.id
                if key and key not in known:
                    stale.append(key)
    assert not stale, f"{code} catalogs translate messages the code no longer has: {stale}"


def test_no_message_is_an_f_string():
    # Babel skips an f-string (it cannot be looked up once filled): messages are templates with
    # {named} values given beside them, e.g. NotFound("There is no forum with id {forum_id}.", forum_id=3).
    words = set(keywords())
    found = []
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name in words and isinstance(node.args[0], ast.JoinedStr):
                found.append(f"{path.relative_to(SOURCE.parent)}:{node.lineno} {name}(f\"...\")")
    assert not found, "messages written as f-strings:\n" + "\n".join(found)
