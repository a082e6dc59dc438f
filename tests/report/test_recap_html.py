"""The accessible HTML recap (issue 17 item 2), read back through headless Chromium: axe finds no
violation, it fetches nothing, it says what the PDF says (and leaves out what the PDF leaves out),
attendee markup stays text, and each chart has its data table."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import sync_playwright
from report_helpers import (
    COMMITMENTS,
    GENERAL_NOTE,
    HIDDEN_ANSWER,
    KEPT_ANSWER,
    SMALL_GROUP_ANSWERS,
    TEXT_ANSWERS,
    flat,
    pdf_text,
)

from forumdesk.domain.privacy import mask_contacts
from forumdesk.report import export_forum

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                      args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield chromium
        chromium.close()


@pytest.fixture
def exported(services, rich_forum, tmp_path):
    first = services.answers.commitments(rich_forum.forum_id)[0]
    services.answers.update_commitment(rich_forum.forum_id, first.id, owner="HR team", due_date="2026-06-30")
    html, pdf = tmp_path / "recap.html", tmp_path / "recap.pdf"
    result = export_forum(services, rich_forum.forum_id, html=html, pdf=pdf)
    assert result.files == [pdf, html]
    return html, pdf


def _open(browser, path, **context):
    page = browser.new_context(**context).new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    return page, [url for url in requests if url != path.as_uri()]


def test_axe_finds_no_violation_on_a_phone(browser, exported):
    from axe_playwright_python.sync_playwright import Axe

    html, _ = exported
    page, requests = _open(browser, html, viewport={"width": 360, "height": 740})
    violations = Axe().run(page).response["violations"]
    assert [f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']]}" for v in violations] == []
    assert requests == []  # one self-contained file: nothing is fetched
    assert page.evaluate("document.documentElement.lang") == "en"
    # readable on a phone: nothing wider than the screen but the scrollable tables
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_html_says_what_the_pdf_says(browser, exported):
    html, pdf = exported
    page, _ = _open(browser, html)
    text = flat(page.inner_text("body"))
    printed = pdf_text(pdf)
    shared = ["Spring forum: what candidates need", "Université de Lyon — Career Centre", *COMMITMENTS,
              mask_contacts(GENERAL_NOTE), "How this information was handled", "Pay transparency"]
    shared += [flat(mask_contacts(a)) for a in TEXT_ANSWERS]
    for piece in shared:
        assert piece in text, piece
        assert piece in printed, piece
    assert KEPT_ANSWER in text  # the facilitator kept it, in both formats
    # what the PDF leaves out, the HTML leaves out too
    for absent in [HIDDEN_ANSWER, "sam.taylor@example.org", "alex@example.org", *SMALL_GROUP_ANSWERS]:
        assert absent not in text
        assert absent not in printed
    assert "Owner: HR team · By 30 June 2026" in text


def test_attendee_markup_stays_text(browser, exported):
    html, _ = exported
    page, _ = _open(browser, html)
    assert page.get_by_text("Use <para>, & and <font size=40> in ads?").count() == 1
    assert page.locator("font, para, script").count() == 0


def test_each_chart_is_an_image_with_a_title_and_a_data_table(browser, exported):
    html, _ = exported
    page, _ = _open(browser, html)
    charts = page.locator("figure svg[role=img]")
    assert charts.count() >= 4  # top themes, choice, rating, words
    for i in range(charts.count()):
        chart = charts.nth(i)
        assert (chart.locator("title").text_content() or "").strip()
        table = page.locator("figure").nth(i).locator("xpath=following-sibling::*[1]//table")
        assert table.locator("tbody tr").count() >= 1
    # the choice question's table carries phone answers and the room's hands as two columns
    choice = page.locator("section", has=page.get_by_role("heading", name=re.compile("What matters most"))).last
    rows = [flat(r).strip() for r in choice.locator("table tbody tr").all_inner_texts()]
    assert rows == ["Pay 3 17", "Flexibility 2 0", "Growth 1 4"]
    # and its picture says which bars are which: a legend names both series
    legend = choice.locator("figure svg").first.text_content() or ""
    assert "Answers from phones" in legend and "Room count (show of hands)" in legend
