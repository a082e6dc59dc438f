"""The app's translations are complete and faithful, and every user-visible string goes through tr().

- pyside6-lupdate (the tool that maintains the .ts files) extracts the messages from the code now;
  each one must have a finished translation in French, Spanish, German and Arabic, with every
  plural form of the language, and the same placeholders as the English source.
- An AST scan of forumdesk/ui finds string literals handed to Qt calls that show text
  (setText, QLabel, addAction, QMessageBox...) without tr().
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "forumdesk" / "ui", ROOT / "forumdesk" / "app" / "gui.py"]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "de", "ar")
PLURAL_FORMS = {"fr": 2, "es": 2, "de": 2, "ar": 6}
# Arabic says zero, one and two in words ("إجابتان": two answers); its other forms carry the number.
FORMS_WITHOUT_NUMBER = {"ar": {0, 1, 2}}
PLACEHOLDER = re.compile(r"%n|%\d+|\{[a-z_]+\}")


def qt_tool(name: str) -> str:
    tool = Path(sys.executable).parent / name
    return str(tool) if tool.exists() else name


def messages(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source"): m for m in ET.parse(ts).iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, ET.Element]:
    """The messages in the code today, as pyside6-lupdate extracts them."""
    out = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "none",
                    *map(str, SOURCES), "-ts", str(out)], check=True, capture_output=True)
    found = messages(out)
    assert len(found) > 300  # the scan really read the app
    return found


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text or ""))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_finished_translation(extracted, language):
    translated = messages(TRANSLATIONS / f"forumdesk_{language}.ts")
    missing, unfinished = [], []
    for source, message in extracted.items():
        done = translated.get(source)
        if done is None:
            missing.append(source)
            continue
        translation = done.find("translation")
        forms = [f.text for f in translation.findall("numerusform")]
        empty = not forms and not translation.text or any(not f for f in forms)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or empty:
            unfinished.append(source)
        elif message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[language]:
            unfinished.append(f"{source} ({len(forms)} plural forms, {language} has {PLURAL_FORMS[language]})")
    assert not missing, f"not in forumdesk_{language}.ts (run `make translations`, then translate): {missing}"
    assert not unfinished, f"untranslated in forumdesk_{language}.ts: {unfinished}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_sources_placeholders(language):
    problems = []
    for source, message in messages(TRANSLATIONS / f"forumdesk_{language}.ts").items():
        expected = placeholders(source)
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for index, form in enumerate(forms):
            wanted = expected.copy()
            if index in FORMS_WITHOUT_NUMBER.get(language, ()) and message.get("numerus") == "yes":
                wanted.pop("%n", None)
                form_has = placeholders(form)
                form_has.pop("%n", None)
            else:
                form_has = placeholders(form)
            if form_has != wanted:
                problems.append(f"{source!r} -> {form!r}")
            if source.count("&") - 2 * source.count("&&") != form.count("&") - 2 * form.count("&&"):
                problems.append(f"{source!r} -> {form!r} (keyboard mnemonic '&')")
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------ strings not wrapped in tr()

# Qt calls whose string arguments are shown to the user.
SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "addAction", "addMenu", "QLabel", "QPushButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "QAction", "QMenu", "setHeaderLabels", "setHorizontalHeaderLabels", "addTab", "setTabText",
    "information", "warning", "critical", "question", "about", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "getText", "getInt", "getItem", "setTitle", "addItem", "addRow", "setSuffix",
    "setPrefix", "setSpecialValueText", "showMessage", "show_message", "addButton", "setInformativeText",
    "setDetailedText", "QMessageBox", "setLabelText", "QToolButton", "QTreeWidgetItem", "QListWidgetItem",
    "QTableWidgetItem", "drawText", "draw_line", "draw_fitted", "footer", "plain_label", "emit",
    "createUndoAction", "createRedoAction",
}
# Calls that take their text elsewhere, or no text at all.
NOT_SHOWN = {"tr", "QT_TR_NOOP", "translate", "QKeySequence", "setObjectName", "setStyleSheet", "setProperty"}
# Literals that are not words to translate: the product's name (also before a file's name in a window
# title), banner and problem levels ("info", "warning", "error"), the markup around a rich tooltip.
ALLOWED = {"forumdesk", "forumdesk —", "info", "warning", "error", "<qt>", "</qt>"}


def _words(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text.strip() not in ALLOWED


def _shown_literals(node: ast.AST):
    """String literals an argument expression shows as they are (not through tr())."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant) and _words(part.value):
                yield node
                return
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _shown_literals(element)
    elif isinstance(node, ast.IfExp):
        yield from _shown_literals(node.body)
        yield from _shown_literals(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from _shown_literals(node.left)
        yield from _shown_literals(node.right)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        yield from _shown_literals(node.func.value)


def unwrapped(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        if name not in SHOWN or name in NOT_SHOWN:
            continue
        if isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", "") in ("log", "logging"):
            continue  # log lines stay in English
        # addItem(text, data) / addButton(text, role): only the text is shown
        arguments = node.args[:1] if name in ("addItem", "addButton", "addAction", "addMenu") else node.args
        for argument in [*arguments, *(k.value for k in node.keywords)]:
            for literal in _shown_literals(argument):
                found.append(f"{path.relative_to(root)}:{literal.lineno}: {ast.unparse(literal)[:80]}")
    return found


def test_no_user_visible_string_bypasses_tr():
    files = sorted(SOURCES[0].rglob("*.py")) + [SOURCES[1]]
    found = [line for path in files for line in unwrapped(path)]
    assert not found, "shown without tr():\n" + "\n".join(found)


def test_the_scan_finds_an_unwrapped_string(tmp_path):
    """The scan itself: a label, a menu item and a message box written without tr() are found."""
    sample = tmp_path / "sample.py"
    sample.write_text('label = QLabel("Hello")\nmenu.addAction(f"Open {name}")\n'
                      'QMessageBox.warning(self, tr("Title"), "Body")\nlog.warning("kept in English")\n'
                      'ok = QLabel(tr("Fine"))\ncombo.addItem(tr("Shown"), "data-key")\n')
    found = unwrapped(sample, tmp_path)
    assert [line.split(":")[1] for line in found] == ["1", "2", "3"]
