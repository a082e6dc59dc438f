"""Every projector slide (light and dark) and the console, rendered with the demo forum's data to
PNG files in a temporary folder, and checked not to be blank. Set FORUMDESK_SHOTS=<folder> to also
keep copies to look at."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from forumdesk.domain import QuestionKind
from forumdesk.services.demo import create_demo_forum
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.projector import render_slide
from forumdesk.ui.slides import SlideKind
from forumdesk.ui.theme import DARK, LIGHT

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

    def shoot(name: str, theme) -> None:
        data = driver.slide_data()
        data.progress = 1.0
        image = render_slide(data, theme, SIZE)
        path = tmp_path / f"{name}-{theme.name}.png"
        assert image.save(str(path))
        if data.kind is not SlideKind.BLANK:
            assert_not_blank(image, path.name)
        shots.append(path)

    questions = console.session.questions
    for theme in (LIGHT, DARK):
        driver.show_welcome()
        shoot("welcome", theme)
        driver.leave_welcome()
        for number, question in enumerate(questions, start=1):
            services.forums.set_current(forum.id, question.id)
            console.session.reload_forum()
            services.forums.set_revealed(question.id, False)
            console.session.reload_forum()
            shoot(f"q{number}-question-{question.kind.value}", theme)
            services.forums.set_revealed(question.id, True)
            console.session.reload_forum()
            assert driver.slide_data().kind is SlideKind.RESULTS
            shoot(f"q{number}-results-{question.kind.value}", theme)
        driver.toggle_blank()
        shoot("blank", theme)
        driver.toggle_blank()

    # the results slides cover each kind: wall, bars, distribution and word cloud
    kinds = {q.kind for q in questions}
    assert {QuestionKind.OPEN_TEXT, QuestionKind.SINGLE_CHOICE, QuestionKind.RATING, QuestionKind.SHORT_WORDS} <= kinds

    # the console, running, with the third question's answers listed and the second answer selected
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

    keep = os.environ.get("FORUMDESK_SHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for shot in shots:
            shutil.copy(shot, Path(keep) / shot.name)
