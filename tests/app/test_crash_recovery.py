"""kill -9 of a real ``forumdesk serve`` while 50 phones answer, then a restart: no acknowledged
answer is lost, the phones' unsent answers arrive, nothing is stored twice, and the file is sound.

The cycle itself is ``benchmarks/crash.py`` (which runs it twenty times with 500 phones).
"""

from __future__ import annotations

import sys

import pytest

from benchmarks.crash import run_cycle

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and 127.x source addresses are POSIX")


def test_a_kill_9_loses_no_acknowledged_answer_and_stores_nothing_twice():
    # GIVEN 50 phones with 3 answers each, WHEN the server is killed once 50 answers were
    # acknowledged and restarted, and the phones send what they hold (a fifth of the acknowledged
    # ones again, as phones whose reply was lost would)
    r = run_cycle(phones=50, per_phone=3, seed=7, resend_share=0.2, kill_after=50)
    # THEN every acknowledged answer was in the file the kill left, and still is
    assert r["acknowledged"] >= 50
    assert r["lost"] == 0
    assert r["integrity_at_kill"] == "ok" and r["integrity"] == "ok"
    # the restarted server has the same address, so phones find it again
    assert r["same_port_and_code"]
    # every phone's every answer is stored exactly once
    assert r["delivered_after_restart"] == r["unsent"]
    assert r["missing"] == 0 and r["duplicated"] == 0 and r["stored"] == r["answers"] == 150
    assert r["resent_acknowledged_duplicate"] == r["resent_acknowledged"]
    assert r["clean_exit"] and not r["traceback_in_log"]
