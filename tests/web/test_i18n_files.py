"""The phone page's five languages are complete (issue 16 item 4, for the phone page): every string
of English is in French, Spanish, German and Arabic with the same {placeholders}, each plural has
the forms its language's Intl.PluralRules picks, and every key the page's scripts and HTML name
exists."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "resources" / "web" / "i18n"
WEB = I18N.parent
LANGUAGES = ["en", "fr", "es", "de", "ar"]
# Plural categories each language's strings must give (CLDR, as Intl.PluralRules returns them).
# French and Spanish also have "many" (1,000,000 and up): common.js falls back to _other, which
# reads the same there.
PLURAL_FORMS = {
    "en": {"one", "other"},
    "fr": {"one", "other"},
    "es": {"one", "other"},
    "de": {"one", "other"},
    "ar": {"zero", "one", "two", "few", "many", "other"},
}
ALL_FORMS = {"zero", "one", "two", "few", "many", "other"}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def load(language: str) -> dict[str, str]:
    return json.loads((I18N / f"{language}.json").read_text(encoding="utf-8"))


def split_plural(key: str, plural_bases: set[str]) -> tuple[str, str | None]:
    base, _, form = key.rpartition("_")
    return (base, form) if base in plural_bases and form in ALL_FORMS else (key, None)


ENGLISH = load("en")
PLURALS = {key.rpartition("_")[0] for key in ENGLISH if key.endswith("_other")}


def test_the_five_languages_are_shipped_and_nothing_else():
    assert sorted(p.stem for p in I18N.glob("*.json")) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_the_same_placeholders(language):
    strings = load(language)
    singles = {k for k in ENGLISH if split_plural(k, PLURALS)[1] is None}
    assert sorted(singles - set(strings)) == [], "strings missing"
    for key in singles:
        assert strings[key].strip(), key
        assert set(PLACEHOLDER.findall(strings[key])) == set(PLACEHOLDER.findall(ENGLISH[key])), key
    for base in PLURALS:
        english = set(PLACEHOLDER.findall(ENGLISH[f"{base}_other"]))
        missing = sorted(f"{base}_{form}" for form in PLURAL_FORMS[language] if f"{base}_{form}" not in strings)
        assert missing == [], "plural forms missing"
        for form in PLURAL_FORMS[language]:
            text = strings[f"{base}_{form}"]
            found = set(PLACEHOLDER.findall(text))
            # A form may spell its number out ("One word", "سؤالان"), never add or drop another name.
            assert found - {"n"} == english - {"n"}, f"{base}_{form}"
        assert set(PLACEHOLDER.findall(strings[f"{base}_other"])) == english, f"{base}_other"
    extra = [k for k in strings if k not in ENGLISH
             and (split_plural(k, PLURALS)[1] is None or split_plural(k, PLURALS)[1] not in PLURAL_FORMS[language])]
    assert extra == [], "keys English does not have"


def test_every_key_the_page_names_is_in_english():
    named: set[str] = set()
    for script in WEB.glob("*.js"):
        text = script.read_text(encoding="utf-8")
        named.update(re.findall(r"\bt\('([a-z0-9_]+)'\s*[,)]", text))  # not 'err_code_' + code
        named.update(f"{key}_other" for key in re.findall(r"\btn\('([a-z0-9_]+)'", text))
    for page in WEB.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        named.update(re.findall(r'data-i18n="([a-z0-9_]+)"', text))
        named.update(re.findall(r'data-title="([a-z0-9_]+)"', text))
        named.update(re.findall(r":([a-z0-9_]+)\"", text))  # data-i18n-attr="placeholder:key"
    assert len(named) > 40
    assert sorted(named - set(ENGLISH)) == []
