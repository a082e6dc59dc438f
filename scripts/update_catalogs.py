"""Bring resources/locale/<code>/cli.po and app.po up to date with the code, for translators.

    PYTHONPATH=$PWD python scripts/update_catalogs.py

Finds every message outside Qt (forumdesk/ui has its .ts files) as
tests/app/test_translations_python.py does, then in each
language adds the new ones with an empty translation, drops those the code no longer has and
keeps every translation already made (also when a message moved from one file to the other).
Headers and plural forms are Babel's. Then fill in the empty ``msgstr``: the test fails until
every language has them.

Messages go to ``cli.po`` when only the command line (forumdesk/app) uses them, else to
``app.po`` (the services', storage's, domain's and server's sentences, which the desktop app
shows too). The recap's own (forumdesk/report) belong to ``recap.po``, written with the recap and
left alone here; in a language without a recap.po they go to app.po meanwhile.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "forumdesk"
LOCALE = ROOT / "resources" / "locale"
# Where the LocalizedError classes are defined, so that all of them are known by name.
ERROR_MODULES = ["forumdesk.domain", "forumdesk.domain.images", "forumdesk.services", "forumdesk.storage",
                 "forumdesk.app.cli", "forumdesk.web.server", "forumdesk.report.files"]
AREAS = {
    "cli": "the command line's messages",
    "app": "the services', storage's and server's sentences (the desktop app and the command line show them)",
}


def keywords() -> dict[str, tuple[int, ...] | None]:
    """``_``, ``gettext``, ``ngettext``, ``N_``, ``Message`` and every LocalizedError class by name."""
    from forumdesk.i18n import LocalizedError

    for module in ERROR_MODULES:
        importlib.import_module(module)
    words: dict[str, tuple[int, ...] | None] = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None,
                                                "Message": None}
    todo = [LocalizedError]
    while todo:
        for sub in todo.pop().__subclasses__():
            words[sub.__name__] = None
            todo.append(sub)
    return words


def source_files() -> list[Path]:
    return [p for p in sorted(SOURCE.rglob("*.py")) if p.relative_to(SOURCE).parts[0] != "ui"]


def extracted() -> dict[str | tuple[str, ...], list[str]]:
    """Every msgid (a tuple for plurals) and the files that use it (relative to the repository)."""
    found: dict[str | tuple[str, ...], list[str]] = {}
    words = keywords()
    for path in source_files():
        with path.open("rb") as handle:
            for _lineno, message, _comments, _context in extract("python", handle, keywords=words):
                first = message[0] if isinstance(message, tuple) else message
                if first:  # a call with a variable, e.g. InvalidInput(str(exc)): not a msgid
                    where = str(path.relative_to(ROOT))
                    found.setdefault(message, [])
                    if where not in found[message]:
                        found[message].append(where)
    return found


def area_of(places: list[str], recap_po: bool = True) -> str | None:
    """cli, app, or None for the recap's when the language has its recap.po."""
    if all(p.startswith("forumdesk/report/") for p in places):
        return None if recap_po else "app"
    return "cli" if all(p.startswith("forumdesk/app/") for p in places) else "app"


def update(code: str, messages: dict[str | tuple[str, ...], list[str]]) -> None:
    folder = LOCALE / code
    folder.mkdir(parents=True, exist_ok=True)
    known: dict[str, object] = {}  # every translation of the language so far, from all its files
    for path in folder.glob("*.po"):
        with path.open("rb") as handle:
            for message in read_po(handle, locale=code):
                if message.id and message.string and not message.fuzzy:
                    known[message.id[0] if isinstance(message.id, tuple) else message.id] = message.string
    from babel import Locale

    name = Locale.parse(code).english_name
    recap_po = (folder / "recap.po").exists()
    for area, what in AREAS.items():
        catalog = Catalog(locale=code, project="forumdesk", version="1", copyright_holder="forumdesk",
                          last_translator="forumdesk", language_team=name, fuzzy=False,
                          header_comment=f"# forumdesk: {what}, in {name}.\n# Plural forms and header "
                                         "written by Babel (scripts/update_catalogs.py).")
        catalog.revision_date = catalog.creation_date
        for msgid, places in messages.items():
            if area_of(places, recap_po) != area:
                continue
            key = msgid[0] if isinstance(msgid, tuple) else msgid
            flags = ("python-brace-format",) if "{" in "".join(msgid if isinstance(msgid, tuple) else [msgid]) else ()
            empty = ("",) * catalog.num_plurals if isinstance(msgid, tuple) else ""
            catalog.add(msgid, known.get(key, empty), locations=[(p, None) for p in places], flags=flags)
        with (folder / f"{area}.po").open("wb") as handle:
            write_po(handle, catalog, width=100, include_lineno=False)


def main() -> int:
    messages = extracted()
    for code in sorted(p.name for p in LOCALE.iterdir() if p.is_dir()):
        update(code, messages)
        print(f"{code}: cli.po and app.po updated ({len(messages)} messages in the code)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
