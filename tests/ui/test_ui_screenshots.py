"""Every projector slide (light and dark) and the console, rendered with the demo forum's data to
PNG files in a temporary folder, and checked for what the room would see: the QR codes scan (a real
decoder, zxing-cpp, reads the pixels as a phone camera does) to the join address; the title and each
question's prompt are drawn, in the theme's text colour, where the layout puts them; the console
shows the forum, its questions, the selected answer, the slide being projected and a scannable
QR code. Set FORUMDESK_SHOTS=<folder> to also keep copies to look at."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QImage
from ui_helpers import answer_next_dialog

from forumdesk.domain import QuestionKind
from forumdesk.services.demo import create_demo_forum
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.projector import render_slide
from forumdesk.ui.slides import SlideData, SlideKind
from forumdesk.ui.theme import DARK, LIGHT, ProjectorTheme

pytestmark = pytest.mark.gui

SIZE = QSize(1920, 1080)


def colour_stats(image: QImage, step: int = 6) -> tuple[int, float]:
    """(distinct colours, share of pixels that differ from the background) on a sampling grid."""
    background = image.pixel(image.width() - 2, image.height() // 2)
    colours, differing, total = set(), 0, 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixel(x, y)
            colours.add(pixel)
            differing += pixel != background
            total += 1
    return len(colours), differing / total


def assert_not_blank(image: QImage, what: str) -> None:
    distinct, ink = colour_stats(image)
    assert distinct >= 8, f"{what}: only {distinct} colours"
    assert 0.01 < ink < 0.95, f"{what}: {ink:.1%} of the pixels carry ink"


def scanned(image: QImage) -> list[str]:
    """What a QR scanner reads in ``image`` (grey levels, as a camera sees them)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    view = zxingcpp.ImageView(memoryview(grey.constBits()).cast("B"), grey.width(), grey.height(),
                              zxingcpp.ImageFormat.Lum, grey.bytesPerLine())
    return [code.text for code in zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode)]


def ink(image: QImage, region: QRect, colour: QColor, tolerance: int = 48, step: int = 2) -> int:
    """Sampled pixels of ``region`` within ``tolerance`` (per channel) of ``colour``."""
    target = (colour.red(), colour.green(), colour.blue())
    count = 0
    for y in range(region.top(), region.bottom() + 1, step):
        for x in range(region.left(), region.right() + 1, step):
            pixel = QColor(image.pixel(x, y))
            count += all(abs(a - b) <= tolerance for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), target,
                                                                  strict=True))
    return count


def assert_text_drawn(data: SlideData, theme: ProjectorTheme, region: QRect, what: str, **without) -> None:
    """The text in ``data`` that ``without`` empties is drawn inside ``region`` in the theme's text
    colour: there is text-coloured ink there, and it goes when the text is emptied."""
    with_text = render_slide(data, theme, SIZE)
    emptied = render_slide(dataclasses.replace(data, **without), theme, SIZE)
    drawn, left = ink(with_text, region, theme.text), ink(emptied, region, theme.text)
    assert drawn > 200, f"{what}: no text in {region} ({drawn} text-coloured samples)"
    assert left < drawn / 20, f"{what}: the ink in {region} is not the text ({left} left without it)"


def u_rect(x: float, y: float, w: float, h: float) -> QRect:
    """A rectangle in the slides' layout units (a 1080-pixel-high slide), in pixels of SIZE."""
    u = SIZE.height() / 1080
    return QRect(int(x * u), int(y * u), int(w * u), int(h * u))


# Where the layout (forumdesk/ui/slides) puts the texts, in 1080p units.
WELCOME_TITLE = u_rect(110, 190, 600, 90)  # the first line of the title, left column
QUESTION_PROMPT = u_rect(110, 165, 900, 30)  # the top of its first line (choices move up without it)


def test_every_slide_and_the_console_render(qtbot, services, settings, bridge, server_factory, windows, tmp_path):
    forum = create_demo_forum(services.forums, services.answers, services.sets)
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.resize(1400, 860)
    console.show()
    qtbot.waitExposed(console)
    driver = console.driver
    driver.set_join_url(f"http://192.168.1.20:8765/j/{forum.join_code}")
    shots: list[Path] = []

    def shoot(name: str, theme) -> tuple[SlideData, QImage]:
        data = driver.slide_data()
        data.progress = 1.0
        image = render_slide(data, theme, SIZE)
        path = tmp_path / f"{name}-{theme.name}.png"
        assert image.save(str(path))
        if data.kind is not SlideKind.BLANK:
            assert_not_blank(image, path.name)
        shots.append(path)
        return data, image

    questions = console.session.questions
    join_url = driver.join_url
    for theme in (LIGHT, DARK):
        driver.show_welcome()
        data, welcome = shoot("welcome", theme)
        # a phone scanning the projector opens the join address; the title is there to read
        assert scanned(welcome) == [join_url], f"welcome-{theme.name}: the QR code does not scan"
        assert_text_drawn(data, theme, WELCOME_TITLE, f"welcome-{theme.name} title", title="")
        driver.leave_welcome()
        for number, question in enumerate(questions, start=1):
            services.forums.set_current(forum.id, question.id)
            console.session.reload_forum()
            services.forums.set_revealed(question.id, False)
            console.session.reload_forum()
            name = f"q{number}-question-{question.kind.value}"
            data, slide = shoot(name, theme)
            assert data.kind is SlideKind.QUESTION and data.question.id == question.id
            assert scanned(slide) == [join_url], f"{name}-{theme.name}: latecomers' QR code does not scan"
            assert_text_drawn(data, theme, QUESTION_PROMPT, f"{name}-{theme.name} prompt",
                              question=dataclasses.replace(question, prompt=""))
            services.forums.set_revealed(question.id, True)
            console.session.reload_forum()
            assert driver.slide_data().kind is SlideKind.RESULTS
            _, results = shoot(f"q{number}-results-{question.kind.value}", theme)
            assert results != slide, f"q{number}-{theme.name}: revealing changed nothing on the projector"
        driver.toggle_blank()
        _, blank = shoot("blank", theme)
        assert colour_stats(blank)[0] == 1, "the blank slide shows something"
        driver.toggle_blank()

    # the results slides cover each kind: wall, bars, distribution and word cloud
    kinds = {q.kind for q in questions}
    assert {QuestionKind.OPEN_TEXT, QuestionKind.SINGLE_CHOICE, QuestionKind.RATING, QuestionKind.SHORT_WORDS} <= kinds

    # the console, running, with the third question's answers listed and the second answer selected
    # (the demo forum has ended: taking answers again is asked first, and confirmed)
    answer_next_dialog("Yes")
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=15_000)
    services.forums.set_current(forum.id, questions[2].id)
    console.session.reload_forum()
    console.answer_list.select_row(1)
    qtbot.waitUntil(lambda: console.preview.data.progress == 1.0, timeout=15_000)
    console_image = console.grab().toImage()
    path = tmp_path / "console.png"
    assert console_image.save(str(path))
    assert_not_blank(console_image, "console")
    shots.append(path)
    # what the facilitator sees: the forum, its questions, the chosen answer in full, the slide the
    # room sees, and a QR code that scans to the server's address
    server = console.server_panel.server
    assert console.windowTitle().startswith(forum.title)
    listed = [console.question_list.item(row).text() for row in range(console.question_list.count())]
    assert len(listed) == len(questions)
    # (each prompt cut to the list's width, with the full prompt in its tooltip)
    tips = [console.question_list.item(row).toolTip() for row in range(console.question_list.count())]
    assert tips == [q.prompt for q in questions]
    assert listed and all(" ".join(text.split()).startswith(f"{n}. {q.prompt[:8]}") for n, (q, text) in enumerate(zip(questions, listed,
                                                                                           strict=True), start=1))
    selected = console.selected_answer()
    assert selected is not None and selected.question_id == questions[2].id
    content = selected.content
    shown = [content.text] if content.text else [questions[2].choices[i] for i in content.choices or ()]
    assert shown and all(part in console.detail.text() for part in shown), console.detail.text()
    projected = driver.slide_data()
    assert projected.kind is SlideKind.RESULTS and projected.question.id == questions[2].id  # revealed above
    assert console.preview.data.kind is projected.kind and console.preview.data.question.id == questions[2].id

    def on_screen(widget) -> QImage:
        """The part of the console's grab where ``widget`` is."""
        assert widget.isVisible() and not widget.visibleRegion().isEmpty()
        return console_image.copy(QRect(widget.mapTo(console, QPoint(0, 0)), widget.size()))

    assert on_screen(console.preview) == console.preview.grab().toImage()
    assert_not_blank(on_screen(console.preview), "the console's projector preview")
    assert scanned(on_screen(console.server_panel.qr_label)) == [server.join_url]
    assert console.server_panel.url_label.text() == server.join_url

    keep = os.environ.get("FORUMDESK_SHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for shot in shots:
            shutil.copy(shot, Path(keep) / shot.name)
