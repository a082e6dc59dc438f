"""The recap in the forum's language (issue 16): every sentence of forumdesk/report has a
translation in French, Spanish, German and Arabic with the same placeholders; a French forum gives
a French PDF, HTML and spreadsheet, an Arabic one a right-to-left HTML and a PDF whose language is
Arabic with its paragraphs on the right; plurals follow each language's rules; and the forum's
language wins over the app's."""

from __future__ import annotations

import re
import tokenize
from dataclasses import replace

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from openpyxl import load_workbook
from pypdf import PdfReader
from report_helpers import pdf_text

from forumdesk import i18n
from forumdesk.paths import resource, resources_dir
from forumdesk.report import export_forum
from forumdesk.report.content import gather

LANGUAGES = ("fr", "es", "de", "ar")
REPORT = resources_dir().parent / "forumdesk" / "report"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _extracted() -> dict:
    found = {}
    for filename, lineno, message, _, _ in extract_from_dir(str(REPORT), method_map=[("**.py", "python")],
                                                            keywords={"gettext": None, "ngettext": (1, 2)}):
        found.setdefault(message, f"{filename}:{lineno}")
    return found


def test_no_sentence_hides_from_the_extractor():
    """A gettext call inside an f-string is invisible to Babel's extractor (Python < 3.12), so its
    sentence would silently stay English: none may be written that way."""
    hidden = []
    for path in sorted(REPORT.glob("*.py")):
        with path.open("rb") as handle:
            for token in tokenize.tokenize(handle.readline):
                if token.type == tokenize.STRING and re.search(r"\bn?gettext\(", token.string) \
                        and not token.string.lstrip("rbuRBU").startswith(('"""', "'''")):
                    hidden.append(f"{path.name}:{token.start[0]}")
    assert hidden == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_recap_sentence_is_translated_with_the_same_placeholders(code):
    with resource("locale", code, "recap.po").open("rb") as handle:
        catalog = read_po(handle, locale=code)
    problems = []
    for message, where in _extracted().items():
        key = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(key)
        if entry is None or not entry.string or (isinstance(entry.string, tuple) and not all(entry.string)):
            problems.append(f"{where}: no {code} translation of {key!r}")
            continue
        if isinstance(message, tuple):
            allowed = _placeholders(message[0]) | _placeholders(message[1])
            assert len(entry.string) == catalog.num_plurals
            for form in entry.string:
                # A plural form may leave the number out ("إجابتان": two answers), nothing else.
                if not _placeholders(form) <= allowed or allowed - {"n"} - _placeholders(form):
                    problems.append(f"{where}: {code} {form!r} has other placeholders than {message[1]!r}")
        elif _placeholders(entry.string) != _placeholders(message):
            problems.append(f"{where}: {code} {entry.string!r} has other placeholders than {message!r}")
    assert problems == []


@pytest.mark.parametrize("code", ["en", *LANGUAGES])
def test_sheet_names_fit_excels_31_characters(code):
    t = i18n.translator(code)
    assert all(len(t.gettext(name)) <= 31 for name in ("Summary", "Shareable answers", "Commitments"))


PLURALS = {  # "{n} answer(s)" for 0, 1, 2, 5, 11, 100
    "en": ["0 answers", "1 answer", "2 answers", "5 answers", "11 answers", "100 answers"],
    "fr": ["0 réponse", "1 réponse", "2 réponses", "5 réponses", "11 réponses", "100 réponses"],
    "es": ["0 respuestas", "1 respuesta", "2 respuestas", "5 respuestas", "11 respuestas", "100 respuestas"],
    "de": ["0 Antworten", "1 Antwort", "2 Antworten", "5 Antworten", "11 Antworten", "100 Antworten"],
    # zero, one, two, few (3-10), many (11-99), other (100)
    "ar": ["لا إجابات", "إجابة واحدة", "إجابتان", "5 إجابات", "11 إجابة", "100 إجابة"],
}


@pytest.mark.parametrize("code", PLURALS)
def test_plurals_follow_each_language(code):
    t = i18n.translator(code)
    assert [t.ngettext("{n} answer", "{n} answers", n) for n in (0, 1, 2, 5, 11, 100)] == PLURALS[code]


def _set_language(services, forum_id: int, code: str) -> None:
    services.forums.update_forum(replace(services.forums.forum(forum_id), language=code))


def test_a_french_forum_gives_a_french_pdf_html_and_spreadsheet(services, rich_forum, tmp_path):
    _set_language(services, rich_forum.forum_id, "fr")
    files = {kind: tmp_path / f"recap.{kind}" for kind in ("pdf", "html", "xlsx")}
    export_forum(services, rich_forum.forum_id, **files)
    text = pdf_text(files["pdf"])
    for french in ("Ce que nous avons entendu", "14 mars 2026", "Réponses par choix : Pay : 3 (50 %)",
                   "Comment ces informations ont été traitées", "Page 2 sur"):
        assert french in text, french
    assert "What we heard" not in text
    assert PdfReader(str(files["pdf"])).trailer["/Root"]["/Lang"] == "fr"
    html = files["html"].read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr">' in html and "réponses" in html and "14 mars 2026" in html
    book = load_workbook(files["xlsx"])
    assert book.sheetnames == ["Synthèse", "Réponses partageables", "Engagements"]
    assert [c.value for c in book["Synthèse"][1]][:4] == ["Numéro", "Question", "Type", "Réponses"]
    assert book.properties.language == "fr"


def test_an_arabic_forum_gives_a_right_to_left_recap(services, rich_forum, tmp_path):
    _set_language(services, rich_forum.forum_id, "ar")
    pdf, html, xlsx = tmp_path / "recap.pdf", tmp_path / "recap.html", tmp_path / "recap.xlsx"
    export_forum(services, rich_forum.forum_id, pdf=pdf, html=html, xlsx=xlsx)
    assert '<html lang="ar" dir="rtl">' in html.read_text(encoding="utf-8")
    reader = PdfReader(str(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    assert "ما سمعناه" in [item.title for item in reader.outline if not isinstance(item, list)]
    # The page-2 heading "ما سمعناه" (what we heard), the largest Arabic text there, sits on the right.
    width = float(reader.pages[1].mediabox.width)
    runs: list[tuple[float, float]] = []

    def visit(text, cm, tm, font, size):
        if any("\u0600" <= ch <= "\u06ff" or "\ufe70" <= ch <= "\ufeff" for ch in text):
            runs.append((size * tm[0], tm[4] * cm[0] + cm[4]))

    reader.pages[1].extract_text(visitor_text=visit)
    size, x = max(runs)
    assert x > width / 2, runs[:5]
    assert load_workbook(xlsx)["الملخص"].sheet_view.rightToLeft



def _label_positions(pdf, text: str) -> list[float]:
    """Where on its page's width (0 left .. 1 right) each run of exactly ``text`` starts."""
    found: list[float] = []
    for page in PdfReader(str(pdf)).pages:
        width = float(page.mediabox.width)

        def visit(run, cm, tm, font, size, width=width):
            if run.strip() == text:
                found.append((tm[4] * cm[0] + cm[4]) / width)

        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize(("code", "right_side"), [("en", False), ("ar", True)])
def test_choice_charts_run_from_the_side_the_recap_reads_from(services, rich_forum, tmp_path, code, right_side):
    # GIVEN a choice question whose chart labels its bars "Pay", "Flexibility", "Growth"
    _set_language(services, rich_forum.forum_id, code)
    export_forum(services, rich_forum.forum_id, pdf=tmp_path / "recap.pdf")
    # THEN the labels stand on the left of the bars in English and on the right in Arabic (the chart
    # is drawn before the sentence under it, where a right-to-left line can hold the same word alone)
    for label in ("Pay", "Flexibility", "Growth"):
        positions = _label_positions(tmp_path / "recap.pdf", label)
        assert positions and (positions[0] > 0.5) == right_side, (label, positions)


def test_the_forums_language_beats_the_apps(services, rich_forum):
    before = i18n.language()
    try:
        i18n.set_language("de")
        assert gather(services, rich_forum.forum_id).t.code == "de"  # no language of its own: the app's
        _set_language(services, rich_forum.forum_id, "fr")
        content = gather(services, rich_forum.forum_id)
        assert content.t.code == "fr"
        assert content.t.ngettext("{n} answer", "{n} answers", 2) == "2 réponses"
    finally:
        i18n.set_language(before)


def test_the_arabic_html_recap_passes_axe_on_a_phone(services, rich_forum, tmp_path):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    _set_language(services, rich_forum.forum_id, "ar")
    html = tmp_path / "recap.html"
    export_forum(services, rich_forum.forum_id, html=html)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page(viewport={"width": 360, "height": 740})
            page.goto(html.as_uri())
            violations = Axe().run(page).response["violations"]
            assert [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in violations] == []
            assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
        finally:
            browser.close()
