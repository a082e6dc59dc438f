"""Live privacy as the facilitator sees it (issue 14): the console says when someone is voting
repeatedly (one address refused many votes, web/votes.py), without saying which address."""

from __future__ import annotations

import pytest
from ui_helpers import TIMEOUT_MS, post_answer

from forumdesk.domain import kinds
from forumdesk.ui.console import ConsoleWindow

pytestmark = pytest.mark.gui


def test_the_console_says_when_someone_votes_repeatedly(qtbot, services, forum, settings, server_factory, bridge,
                                                         windows):
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.show()
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    vote = next(q for q in console.session.questions if kinds.of(q.kind).one_answer_per_phone)
    services.forums.set_current(forum.id, vote.id)
    number = console.session.index_of(vote.id) + 1
    payload = {"choices": [0]} if vote.choices else {"rating": vote.scale.min}
    # WHEN a script on one address votes 30 times, a new client id each time
    statuses = [post_answer(server, vote.id, **payload)[0] for _ in range(30)]
    assert statuses.count(201) == 3 and statuses.count(429) == 27
    # THEN the banner tells the facilitator, with the question and without any address
    qtbot.waitUntil(lambda: "voting repeatedly" in console.banner.label.text(), timeout=TIMEOUT_MS)
    text = console.banner.label.text()
    assert console.banner.isVisibleTo(console)
    assert f"on question {number}" in text and "127.0.0" not in text
