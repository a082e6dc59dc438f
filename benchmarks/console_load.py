"""Load on the facilitator's windows: 2,000 answers posted over a minute to the real attendee
server while the real main window, live console and projector run (Qt offscreen).

A separate process plays the phones: it POSTs open-text answers over loopback at an even pace
(new connection per answer, as phones do) and records when each request was sent. The app side
records when each answer entered the console's answer model (what the facilitator sees), and a
10 ms QTimer heartbeat measures how long the GUI thread ever went without running its event loop.

    .venv/bin/python benchmarks/console_load.py                     # 2,000 answers over 60 s
    .venv/bin/python benchmarks/console_load.py --answers 500 --seconds 15
    .venv/bin/python benchmarks/console_load.py --hidden-results    # question slide instead of the wall

Prints: answers stored and seen, the GUI thread's longest stall (heartbeat gap beyond its
interval) and its p99, and POST-to-visible latency p50/p99/max. Targets: stall < 100 ms,
p99 < 500 ms. The clock is CLOCK_MONOTONIC, shared by both processes. Exits 1 if an answer was
lost or a target missed. Everything started here is stopped before it exits.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

STALL_TARGET_MS = 100
P99_TARGET_MS = 500
HEARTBEAT_MS = 10

TEXTS = ["Show the salary range in the ad", "Answer every applicant, even with a no", "Fewer interview rounds",
         "A named contact person", "Flexible hours for carers", "Feedback after the interview",
         "Say what a normal day looks like", "Pay for take-home tasks"]


# ---------------------------------------------------------------- the phones (client process)

def run_phones(url: str, question_id: int, answers: int, seconds: float, workers: int) -> None:
    start = time.monotonic() + 0.2
    interval = seconds / answers
    sent: list[tuple[str, float, int]] = []
    lock = threading.Lock()

    def post(index: int) -> None:
        due = start + index * interval
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        submission = str(uuid.uuid4())
        body = json.dumps({"question_id": question_id, "submission_id": submission, "client_id": str(uuid.uuid4()),
                           "text": f"{TEXTS[index % len(TEXTS)]} ({index})"}).encode()
        request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        t_sent = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except OSError:
            status = 0
        with lock:
            sent.append((submission, t_sent, status))

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(post, range(answers)))
    json.dump(sent, sys.stdout)


# ---------------------------------------------------------------- the app (this process)

def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run_app(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FORUMDESK_NO_LOG_FILE", "1")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("forumdesk-load")
    from forumdesk.domain import Question, QuestionKind
    from forumdesk.services import Services
    from forumdesk.ui.main_window import MainWindow
    from forumdesk.ui.settings import Settings
    from forumdesk.web.server import AttendeeServer

    folder = Path(tempfile.mkdtemp(prefix="forumdesk-load-"))
    services = Services.open(folder / "load.sqlite")
    partner = services.forums.create_partner("Load test college")
    forum = services.forums.create_forum("Load test", partner.id, questions=[
        Question(QuestionKind.OPEN_TEXT, "What should employers change in hiring?"),
        Question(QuestionKind.SINGLE_CHOICE, "Which matters most?", choices=["Pay", "People", "Growth"])])
    servers: list[AttendeeServer] = []

    def factory(svc, *, port=None, public_host=None):
        server = AttendeeServer(svc, host="127.0.0.1", port=0, public_host="127.0.0.1")
        servers.append(server)
        return server

    window = MainWindow(services, Settings(folder / "settings.ini"), server_factory=factory)
    window.show()

    def spin_until(predicate, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        loop = QEventLoop()
        while not predicate():
            if time.monotonic() > deadline:
                return False
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        return True

    phones = None
    try:
        window.select_forum(forum.id)
        console = window.run_forum()
        console.driver.show_window()
        console.server_panel.start()
        if not spin_until(lambda: console.server_panel.running, 20):
            print("the attendee server did not start", file=sys.stderr)
            return 1
        server = console.server_panel.server
        console.driver.leave_welcome()
        question = console.session.current_question()
        if not args.hidden_results:
            console.toggle_reveal()  # the answer wall repaints as answers arrive: the heavier case
        spin_until(lambda: False, 0.3)

        gaps: list[float] = []
        clock = QElapsedTimer()
        heartbeat = QTimer()
        heartbeat.setInterval(HEARTBEAT_MS)

        def beat() -> None:
            gaps.append(clock.restart() - HEARTBEAT_MS)

        heartbeat.timeout.connect(beat)
        clock.start()
        heartbeat.start()

        url = f"http://127.0.0.1:{server.port}/api/f/{server.code}/answers"
        phones = subprocess.Popen([sys.executable, __file__, "--phones", url, str(question.id), str(args.answers),
                                   str(args.seconds), str(args.workers)], stdout=subprocess.PIPE, text=True)
        output: list[str] = []
        reader = threading.Thread(target=lambda: output.append(phones.stdout.read()), daemon=True)
        reader.start()
        print(f"posting {args.answers} answers over {args.seconds:g} s to {url} …", file=sys.stderr)
        spin_until(lambda: phones.poll() is not None, args.seconds + 120)
        reader.join(10)
        sent = json.loads(output[0] or "[]")
        stored = [s for s in sent if s[2] == 201]
        visible_at = console.model.visible_at
        spin_until(lambda: all(s[0] in visible_at for s in stored), 15)
        heartbeat.stop()

        latencies = [(visible_at[s[0]] - s[1]) * 1000 for s in stored if s[0] in visible_at]
        statuses: dict[int, int] = {}
        for s in sent:
            statuses[s[2]] = statuses.get(s[2], 0) + 1
        stall = max(gaps) if gaps else float("nan")
        missing = len(stored) - len(latencies)
        print(f"answers posted:        {len(sent)}  (HTTP statuses: {dict(sorted(statuses.items()))})")
        print(f"answers in console:    {len(latencies)} of {len(stored)} stored"
              f"{'' if not missing else f'  ({missing} NOT SEEN)'}")
        print(f"GUI longest stall:     {stall:.0f} ms  (heartbeat {HEARTBEAT_MS} ms; p99 gap "
              f"{percentile(gaps, 99):.0f} ms; target < {STALL_TARGET_MS} ms)")
        print(f"POST-to-visible:       p50 {percentile(latencies, 50):.0f} ms   p99 {percentile(latencies, 99):.0f} ms"
              f"   max {max(latencies, default=float('nan')):.0f} ms  (target p99 < {P99_TARGET_MS} ms)")
        print(f"mean latency:          {statistics.fmean(latencies) if latencies else float('nan'):.0f} ms;"
              f" projector slide: {console.driver.current.kind.value}, wall shows "
              f"{len(console.driver.current.wall)} answers")
        ok = (not missing and len(stored) == args.answers and stall < STALL_TARGET_MS
              and percentile(latencies, 99) < P99_TARGET_MS)
        print("targets met" if ok else "TARGETS MISSED")
        return 0 if ok else 1
    finally:
        if phones is not None and phones.poll() is None:
            phones.kill()
        for server in servers:
            server.stop()
        for console in list(window.consoles.values()):
            console.close()
        window.close()
        services.close()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--phones":
        url, qid, answers, seconds, workers = sys.argv[2:7]
        run_phones(url, int(qid), int(answers), float(seconds), int(workers))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=16, help="concurrent connections of the phone process")
    parser.add_argument("--hidden-results", action="store_true", help="show the question slide, not the wall")
    return run_app(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
