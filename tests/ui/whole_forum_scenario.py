"""Issue 12's whole forum, scripted (run by test_whole_forum.py in a subprocess, so Qt's offscreen
platform starts with two fake screens: the laptop and the projector).

One facilitator drives the real main window, console and projector with pytest-qt; two phones are
headless Chromium at a phone viewport against the real attendee server on loopback; the database
is a real SQLite file. After every step the test looks at the database, the projector's slide and
the phones' pages. The file name does not start with ``test_`` so a plain ``pytest`` run does not
collect it with the wrong Qt platform."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

pytest.register_assert_rewrite("tests.web.phone_fixtures")  # it is also loaded as a plugin below

from console_helpers import type_into  # noqa: E402
from playwright.sync_api import expect  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from test_ui_console_corrections import edit_in_place  # noqa: E402
from ui_helpers import TIMEOUT_MS, answer_next_dialog  # noqa: E402

from forumdesk.domain import ForumState, Question, QuestionKind  # noqa: E402
from forumdesk.domain.model import HARD_MAX_LENGTH  # noqa: E402
from forumdesk.report import export_forum  # noqa: E402
from forumdesk.ui.forum_editor import ForumEditor  # noqa: E402
from forumdesk.ui.main_window import MainWindow  # noqa: E402
from forumdesk.ui.slides import SlideKind  # noqa: E402
from tests.web.phone_fixtures import SENT, answer_current, card, every_kind  # noqa: E402

pytest_plugins = ("tests.web.phone_fixtures",)  # browser, new_page
pytestmark = [pytest.mark.gui, pytest.mark.browser]

# The phone page's own intervals, shortened (live.js reads window.fdTuning), so a restart is noticed soon.
FAST = "window.fdTuning = {staleMs: 2000, pollMs: 400, fetchTimeoutMs: 1500, sendTimeoutMs: 1500};"


# Item 8: a long multi-line right-to-left answer (taller than a page, so it falls across a page
# break in the recap) and a mixed-script one; with the others they make five answers, enough for
# the recap to quote them (fewer than five show counts only).
HEBREW = "\n".join(f"שורה {n} של התשובה (בדיקה)" for n in range(76))  # 1,965 characters, under the limit
ARABIC = "مرحبا بالعالم 3.5 dollars\nنريد رواتب واضحة (salary) 2026"


# FORUMDESK_SCENARIO_SHOTS=/tmp/shots: save what people see at each step there (projector, console,
# phones, the recap's pages) as PNGs, numbered in the order taken, to look at them.
SHOTS = os.environ.get("FORUMDESK_SCENARIO_SHOTS")
_shot_numbers = itertools.count(1)


def shot(name: str, **views) -> None:
    """Save each view (a Qt widget, grabbed, or a Playwright page, full length) as
    ``NN-name-view.png`` when FORUMDESK_SCENARIO_SHOTS names a folder; nothing otherwise."""
    if not SHOTS:
        return
    folder = Path(SHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    number = next(_shot_numbers)
    for view, target in views.items():
        path = folder / f"{number:02d}-{name}-{view}.png"
        if hasattr(target, "screenshot"):
            target.screenshot(path=str(path), full_page=True)
            continue
        for _ in range(100):  # a projector slide still coming in (its entry animation) is shot once in
            if getattr(getattr(target, "slide", None), "progress", 1.0) >= 1.0:
                break
            QTest.qWait(20)
        QTest.qWait(50)  # pending layout requests (a label that just changed) are carried out first
        target.grab().save(str(path))


def wait_equal(qtbot, read, expected) -> None:
    """Wait until ``read()`` gives ``expected``; if it never does, fail showing what it gave."""
    try:
        qtbot.waitUntil(lambda: read() == expected, timeout=TIMEOUT_MS)
    except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError: say what was there instead
        assert read() == expected


def phone_url(server) -> str:
    """The URL the QR code encodes, with the LAN address swapped for loopback."""
    parts = urlsplit(server.join_url)
    return urlunsplit(parts._replace(netloc=f"127.0.0.1:{server.port}"))


def test_a_whole_forum(qtbot, services, partner, settings, server_factory, windows, new_page, tmp_path):
    # ---------------------------------------------------------------- prepare from a question set
    kinds = [*every_kind(), Question(kind=QuestionKind.OPEN_TEXT, prompt="Anything else the employer should hear?",
                                     max_length=HARD_MAX_LENGTH)]
    services.sets.save("Whole forum questions", kinds)
    editor = ForumEditor(services)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.title_edit, "Careers evening debrief")
    editor.partner_combo.setCurrentIndex(editor.partner_combo.findData(partner.id))
    editor.add_set("whole-forum-questions")
    forum = editor.save()
    assert forum is not None
    questions = services.forums.questions(forum.id)
    asking = set(QuestionKind) - {QuestionKind.CONTENT}  # every kind that takes answers (a content slide takes none)
    assert [q.kind for q in questions] == [q.kind for q in kinds] and asking <= {q.kind for q in questions}
    text_q, single_q, multi_q, rating_q, words_q, last_q = questions

    # ---------------------------------------------------------------- run it: console, projector, server
    main = MainWindow(services, settings, server_factory=server_factory, exporter=export_forum)
    windows.append(main)
    main.show()
    main.select_forum(forum.id)
    console = main.run_forum()
    qtbot.waitExposed(console)
    projector = console.driver.show_window()
    assert projector.screen().name() == "projector" and projector.isFullScreen()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow, timeout=TIMEOUT_MS)
    console.actions["start"].trigger()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    assert services.forums.forum(forum.id).state is ForumState.RUNNING
    assert projector.slide.kind is SlideKind.WELCOME and projector.slide.join_url == server.join_url

    phones = [new_page(init_script=FAST), new_page(init_script=FAST)]
    for page in phones:
        page.goto(phone_url(server))
    expect(phones[0].locator("#questions")).not_to_be_empty()
    shot("welcome", projector=projector, console=console, phone=phones[0])

    def answers_to(question) -> list:
        return [a for a in services.answers.answers(forum.id) if a.question_id == question.id]

    def on_phones(question) -> None:
        for page in phones:
            expect(page.get_by_role("heading", name=question.prompt)).to_be_visible()

    def both_answer(question, values) -> None:
        for page, value in zip(phones, values, strict=True):
            answer_current(page, question, value)
            expect(card(page, question.prompt).locator(".status")).to_contain_text(SENT)
        qtbot.waitUntil(lambda: len(answers_to(question)) == 2, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: projector.slide.answer_count == 2, timeout=TIMEOUT_MS)

    # ---------------------------------------------------------------- Q1, open text: answers, moderation
    console.answer_list.setFocus()
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.QUESTION and projector.slide.question.id == text_q.id,
                    timeout=TIMEOUT_MS)
    assert services.forums.question(text_q.id).is_open
    on_phones(text_q)
    shot("q1-asked", projector=projector, phone=phones[0])
    both_answer(text_q, ["Show the salary range", "Shorter interviews"])
    qtbot.waitUntil(lambda: console.filter.rowCount() == 2, timeout=TIMEOUT_MS)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.RESULTS and len(projector.slide.wall) == 2,
                    timeout=TIMEOUT_MS)

    def wall() -> list[str]:
        return [a.content.text for a in projector.slide.wall]

    # hide the newest (H), star the other (S)
    console.answer_list.setFocus()
    console.answer_list.select_row(0)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: wall() == ["Show the salary range"], timeout=TIMEOUT_MS)
    hidden = {a.content.text: a.hidden for a in answers_to(text_q)}
    assert hidden == {"Show the salary range": False, "Shorter interviews": True}
    console.answer_list.select_row(1)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: [a.starred for a in answers_to(text_q) if a.content.text == "Show the salary range"]
                    == [True], timeout=TIMEOUT_MS)
    # a theme (Ctrl+T focuses the entry), tagged with key 1, then renamed in place
    qtbot.keyClick(console.answer_list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert console.themes_panel.entry.hasFocus()
    qtbot.keyClicks(console.themes_panel.entry, "Pay transprency")
    qtbot.keyClick(console.themes_panel.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [t.name for t in services.answers.themes(forum.id)] == ["Pay transprency"],
                    timeout=TIMEOUT_MS)
    qtbot.keyClick(console.themes_panel.entry, Qt.Key.Key_Escape)
    console.answer_list.setFocus()
    console.answer_list.select_row(1)
    qtbot.keyClick(console.answer_list, Qt.Key.Key_1)
    theme = services.answers.themes(forum.id)[0]
    qtbot.waitUntil(lambda: [a.theme_ids for a in answers_to(text_q) if not a.hidden] == [(theme.id,)],
                    timeout=TIMEOUT_MS)
    edit_in_place(qtbot, console.themes_panel.items, 0, "Pay transparency")
    qtbot.waitUntil(lambda: [t.name for t in services.answers.themes(forum.id)] == ["Pay transparency"],
                    timeout=TIMEOUT_MS)
    # notes: one kept and corrected, one deleted
    for text in ["Lots of nodding abuot salaries", "Typo note"]:
        qtbot.keyClick(console.answer_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert console.notes_panel.note_box.hasFocus()
        qtbot.keyClicks(console.notes_panel.note_box, text)
        qtbot.keyClick(console.notes_panel.note_box, Qt.Key.Key_Return)
        qtbot.keyClick(console.notes_panel.note_box, Qt.Key.Key_Escape)
    notes_view = console.notes_panel.notes
    qtbot.waitUntil(lambda: notes_view.count() == 2, timeout=TIMEOUT_MS)
    row = next(r for r in range(notes_view.count()) if "abuot" in notes_view.item(r).text())
    edit_in_place(qtbot, notes_view, row, "Lots of nodding about salaries")
    row = next(r for r in range(notes_view.count()) if "Typo note" in notes_view.item(r).text())
    notes_view.setCurrentRow(row)
    qtbot.mouseClick(console.notes_panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [(n.text, n.question_id) for n in services.answers.notes(forum.id)]
                    == [("Lots of nodding about salaries", text_q.id)], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: notes_view.count() == 1, timeout=TIMEOUT_MS)
    # phones see the revealed results without the hidden answer (each still sees its own answer)
    for page in phones:
        results = card(page, text_q.prompt).get_by_role("region", name="Results")
        expect(results).to_contain_text("1 response")
        expect(results).to_contain_text("salary")
        expect(results).not_to_contain_text("interviews")
    shot("q1-results", projector=projector, console=console, phone=phones[1])

    # ---------------------------------------------------------------- Q2, single choice: room counts
    console.answer_list.setFocus()
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.QUESTION and projector.slide.question.id == single_q.id,
                    timeout=TIMEOUT_MS)
    assert not services.forums.question(text_q.id).is_open and services.forums.question(single_q.id).is_open
    on_phones(single_q)
    both_answer(single_q, [["A friend"], ["This forum"]])
    console.tabs.setCurrentWidget(console.room_panel)
    typed = [12, 7, 30]
    assert len(console.room_panel.spins) == len(typed)
    for spin, value in zip(console.room_panel.spins, typed, strict=True):
        type_into(qtbot, spin, str(value))
    qtbot.mouseClick(console.room_panel.save_button, Qt.MouseButton.LeftButton)
    wait_equal(qtbot, lambda: services.answers.room_counts(single_q.id), dict(enumerate(typed)))
    assert [s.value() for s in console.room_panel.spins] == typed
    console.answer_list.setFocus()
    qtbot.keyClick(console.answer_list, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.RESULTS and projector.slide.results is not None
                    and projector.slide.results.choice_counts == [1, 0, 1], timeout=TIMEOUT_MS)
    assert projector.slide.results.room_counts == typed
    shot("q2-room-counts", projector=projector, console=console, phone=phones[0])

    # ---------------------------------------------------------------- Q3, multiple choice: an offline spell
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: projector.slide.question is not None and projector.slide.question.id == multi_q.id,
                    timeout=TIMEOUT_MS)
    on_phones(multi_q)
    answer_current(phones[0], multi_q, ["Remote work", "Training"])
    expect(card(phones[0], multi_q.prompt).locator(".status")).to_contain_text(SENT)
    offline = phones[1]
    offline.context.set_offline(True)
    answer_current(offline, multi_q, ["Pension"])
    expect(card(offline, multi_q.prompt).locator(".status[data-status=pending]")).to_be_visible()
    shot("q3-offline", phone=offline)
    # the facilitator moves on while that phone is offline: Q3 closes, Q4 opens
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: projector.slide.question is not None and projector.slide.question.id == rating_q.id,
                    timeout=TIMEOUT_MS)
    assert not services.forums.question(multi_q.id).is_open
    offline.context.set_offline(False)
    on_phones(rating_q)
    wait_equal(qtbot, lambda: sorted((a.content.choices, a.late) for a in answers_to(multi_q)),
               [((0, 1), False), ((2,), True)])
    expect(offline.locator("#connection")).to_be_hidden()
    expect(card(offline, rating_q.prompt)).to_be_visible()
    # the console says so on that question
    qtbot.waitUntil(lambda: "2 answers · 1 late answer" in console.question_list.item(2).text(), timeout=TIMEOUT_MS)
    shot("q3-late-answer", console=console, phone=offline)

    # ---------------------------------------------------------------- Q4, rating: the timer closes it at zero
    both_answer(rating_q, [4, 2])
    type_into(qtbot, console.timer_spin, "5")  # the shortest timer
    qtbot.keyClick(console.timer_spin, Qt.Key.Key_Escape)
    assert console.timer_spin.value() == 5
    if not console.controls.timer_closes.isChecked():
        qtbot.mouseClick(console.controls.timer_closes, Qt.MouseButton.LeftButton)
    console.answer_list.setFocus()
    qtbot.keyClick(console.answer_list, Qt.Key.Key_T)
    assert console.driver.timer_running and projector.slide.timer_text.startswith("0:0")
    for page in phones:
        expect(page.get_by_role("timer")).to_have_text(re.compile(r"^0:0[1-5] left"))
    shot("q4-timer", projector=projector, console=console, phone=phones[0])
    qtbot.waitUntil(lambda: not services.forums.question(rating_q.id).is_open, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not console.driver.timer_running, timeout=TIMEOUT_MS)
    for page in phones:
        expect(page.get_by_role("timer")).to_have_text("Time is up")
    shot("q4-time-up", projector=projector, phone=phones[1])

    # ---------------------------------------------------------------- a server restart on the same port
    port = server.port
    console.actions["stop"].trigger()
    qtbot.waitUntil(lambda: not console.server_panel.running and not console.server_panel.busy, timeout=TIMEOUT_MS)
    console.server_panel.start(port=port)
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    assert server.port == port
    # the phones follow the new run: still the closed rating question until the facilitator moves on
    on_phones(rating_q)
    # an attendee scans the QR code again (a new tab on the same phone, which shares the phone's
    # stream and browser cache): it shows the room's question, not a copy its browser kept from
    # the last run (item 3: the state's ETag starts again with each run unless it names the run)
    rescan = phones[0].context.new_page()
    rescan.goto(phone_url(server))
    shown = rescan.locator("section.question h2").first
    shown.wait_for()
    assert shown.inner_text() == rating_q.prompt  # the first question it shows (not one it shows later)
    shot("restart-rescan", phone=rescan)
    rescan.close()
    console.answer_list.setFocus()
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: projector.slide.question is not None and projector.slide.question.id == words_q.id,
                    timeout=TIMEOUT_MS)
    # the phones follow the new run (no stale cached state) and answer the last question, a short-words one
    on_phones(words_q)
    both_answer(words_q, ["fair pay", "respect"])
    qtbot.keyClick(console.answer_list, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.RESULTS, timeout=TIMEOUT_MS)
    shot("q5-results", projector=projector, phone=phones[0])

    # ---------------------------------------------------------------- Q6, open text: Hebrew and Arabic, several each
    qtbot.keyClick(console.answer_list, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: projector.slide.question is not None and projector.slide.question.id == last_q.id,
                    timeout=TIMEOUT_MS)
    on_phones(last_q)
    sent = {0: [HEBREW, "Clear pay bands"], 1: [ARABIC, "Feedback after interviews", "Σαφείς μισθοί"]}
    for index, texts in sent.items():
        page = phones[index]
        for number, text in enumerate(texts):
            if number:
                card(page, last_q.prompt).get_by_role("button", name="Send another answer").click()
            answer_current(page, last_q, text)
            expect(card(page, last_q.prompt).locator(".status")).to_contain_text(SENT)
    wait_equal(qtbot, lambda: sorted(a.content.text for a in answers_to(last_q)), sorted(sum(sent.values(), [])))
    # each answer the phone lists reads in its own direction (Arabic right to left, Greek left to right)
    yours = card(phones[1], last_q.prompt).locator(".yours li")
    direction = "e => getComputedStyle(e).direction"
    assert [yours.nth(i).evaluate(direction) for i in range(3)] == ["rtl", "ltr", "ltr"]
    shot("q6-answered", projector=projector, console=console, phone=phones[1])
    qtbot.keyClick(console.answer_list, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: projector.slide.kind is SlideKind.RESULTS and len(projector.slide.wall) == 5,
                    timeout=TIMEOUT_MS)
    shot("q6-results", projector=projector, phone=phones[0])

    # ---------------------------------------------------------------- the end: phones thank, console offers export
    answer_next_dialog("Yes")
    console.actions["end"].trigger()
    qtbot.waitUntil(lambda: services.forums.forum(forum.id).state is ForumState.ENDED, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: console.banner.isVisible() and "ended" in console.banner.label.text(), timeout=TIMEOUT_MS)
    for page, mine in zip(phones, ["Show the salary range", "Shorter interviews"], strict=True):
        ended = page.locator("section.ended")
        expect(ended.get_by_role("heading", name="The forum has ended")).to_be_visible()
        expect(ended).to_contain_text(mine)
    expect(phones[1].locator("section.ended")).to_contain_text("Pension")  # the late answer is theirs too
    assert phones[1].locator(".ended-text", has_text="مرحبا").evaluate(direction) == "rtl"
    shot("ended", console=console, projector=projector, phone=phones[1])

    # ---------------------------------------------------------------- the export, read back
    from forumdesk.ui.export_dialog import ExportDialog

    qtbot.mouseClick(console.banner.button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in console.findChildren(ExportDialog) if d.isVisible())
    pdf = tmp_path / "recap.pdf"
    dialog.path_edits["pdf"].setText(str(pdf))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written) or "did not complete" in dialog.status.text(), timeout=60_000)
    # written in full: not "The export did not complete", and no answer replaced by a notice
    assert pdf.is_file() and "could not be drawn" not in dialog.status.text(), dialog.status.text()
    shot("exported", dialog=dialog)
    if SHOTS:
        subprocess.run(["pdftoppm", "-png", "-r", "100", str(pdf), str(Path(SHOTS) / "recap")], check=True)
    pages = [unicodedata.normalize("NFKC", p.extract_text() or "") for p in PdfReader(str(pdf)).pages]
    text = re.sub(r"\s+", " ", " ".join(pages))
    # item 8: the Hebrew answer is quoted in full, across a page break, and the Arabic one too
    holding = [i for i, page in enumerate(pages) if re.search(r"שורה \d+|\d+ שורה", page)]
    assert len(holding) >= 2, holding
    numbers = {int(n) for page in pages for pair in re.findall(r"שורה (\d+)|(\d+) שורה", page) for n in pair if n}
    assert numbers == set(range(HEBREW.count("\n") + 1)), sorted(numbers)
    for word in ["مرحبا", "بالعالم", "Feedback after interviews", "Σαφείς μισθοί", "Clear pay bands"]:
        assert word in text, word
    # (fewer than 5 phone answers per question: by design the recap shows counts only, no quotes, themes
    # or room notes for such a question)
    for expected in ["Careers evening debrief", "Riverside University",
                     "fewer than 5 responses", "49 hands counted in the room", *(q.prompt for q in questions)]:
        assert expected in text, expected
    for absent in ["Shorter interviews", "Show the salary range", "nodding", "Typo note", "transprency"]:
        assert absent not in text, absent
    dialog.reject()

    # ---------------------------------------------------------------- an ended forum is not reopened by a slip
    qtbot.waitUntil(lambda: not console.server_panel.running and not console.server_panel.busy, timeout=TIMEOUT_MS)
    asked = answer_next_dialog("No")
    qtbot.mouseClick(console.server_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT_MS)
    assert "has ended" in asked[0]
    assert services.forums.forum(forum.id).state is ForumState.ENDED and not console.server_panel.running
