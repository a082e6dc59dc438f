"""The console's Q&A panel and the projector's Q&A slide (issue 18), with pytest-qt clicking like a
facilitator and phones asking and upvoting through the real attendee server."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QImage
from ui_helpers import TIMEOUT_MS, http

from forumdesk.domain.ask import AskMode, AskStatus
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.slides import SlideKind, paint_slide
from forumdesk.ui.slides.common import LayoutPainter
from forumdesk.ui.theme import LIGHT


def phone_asks(server, text: str) -> int:
    status, body = http("POST", f"http://127.0.0.1:{server.port}/api/f/{server.code}/ask",
                        {"submission_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4()), "text": text})
    assert status == 201, body
    return body["id"]


def phone_upvotes(server, item_id: int) -> int:
    return http("POST", f"http://127.0.0.1:{server.port}/api/f/{server.code}/ask/{item_id}/upvote",
                {"client_id": str(uuid.uuid4())})[0]


def tick(qtbot, box) -> None:
    """Click a check box on its indicator, as a person would."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def select(panel, item_id: int) -> None:
    for row in range(panel.items.count()):
        if panel.items.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
            panel.items.setCurrentRow(row)
            return
    raise AssertionError(f"item {item_id} is not listed")


def test_review_answer_star_tag_and_the_q_and_a_slide(qtbot, services, forum, settings, server_factory, bridge,
                                                      windows):
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.show()
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    panel = console.ask_panel
    console.tabs.setCurrentWidget(panel)
    assert not panel.open_box.isEnabled()
    tick(qtbot, panel.on_box)
    assert services.ask.settings(forum.id).mode is AskMode.REVIEW  # review first by default
    tick(qtbot, panel.open_box)
    assert services.ask.settings(forum.id).is_open
    first = phone_asks(server, "Do you take interns? call 06 12 34 56 78")
    second = phone_asks(server, "<i>What</i> does onboarding look like?")
    qtbot.waitUntil(lambda: panel.items.count() == 2, timeout=TIMEOUT_MS)
    assert "2 asked, 2 waiting for review" == panel.status.text()
    texts = [panel.items.item(r).text() for r in range(2)]
    assert not any("06 12 34 56 78" in t for t in texts)  # masked, as the room would see it
    assert phone_upvotes(server, first) == 404  # not approved yet
    select(panel, first)
    qtbot.mouseClick(panel.approve_btn, Qt.MouseButton.LeftButton)
    select(panel, second)
    qtbot.mouseClick(panel.approve_btn, Qt.MouseButton.LeftButton)
    assert phone_upvotes(server, second) == 201
    qtbot.waitUntil(lambda: panel.all_items and panel.all_items[0].id == second, timeout=TIMEOUT_MS)
    select(panel, first)
    qtbot.mouseClick(panel.hide_btn, Qt.MouseButton.LeftButton)
    assert services.ask.item(first).status is AskStatus.HIDDEN
    select(panel, second)
    qtbot.mouseClick(panel.star_btn, Qt.MouseButton.LeftButton)
    theme = services.answers.create_theme(forum.id, "Onboarding")
    qtbot.waitUntil(lambda: panel.theme_box.count() == 1, timeout=TIMEOUT_MS)
    select(panel, second)
    qtbot.mouseClick(panel.tag_btn, Qt.MouseButton.LeftButton)
    item = services.ask.item(second)
    assert item.starred and item.theme_ids == (theme.id,)
    # On the projector: the Q&A slide with the item being answered highlighted.
    select(panel, second)
    qtbot.mouseClick(panel.project_btn, Qt.MouseButton.LeftButton)
    slide = console.driver.current
    assert slide.kind is SlideKind.ASK
    assert [(i.text, i.votes, i.answering) for i in slide.asked] == [("<i>What</i> does onboarding look like?", 1, True)]
    select(panel, second)
    qtbot.mouseClick(panel.answered_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.driver.current.asked and console.driver.current.asked[0].answered,
                    timeout=TIMEOUT_MS)
    # The slide draws the text as plain text, with its votes.
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    painter = LayoutPainter(image)
    paint_slide(painter, QRectF(0, 0, 1920, 1080), LIGHT, console.driver.current)
    painter.end()
    drawn = [box.text for box in painter.boxes]
    assert "✓ <i>What</i> does onboarding look like?" in drawn and "▲ 1" in drawn
    console.step(1)
    assert console.driver.current.kind is not SlideKind.ASK
