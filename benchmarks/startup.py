"""How long the facilitator waits for a usable window after starting forumdesk.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--bundle dist/forumdesk/forumdesk]

Starts the app on a database holding the demo forum, several times, and prints the time from
process start until the main window is exposed and painted with the event loop running (the app
prints it itself when FORUMDESK_STARTUP_PROBE is set, then quits), plus the total time to exit.
Runs under Xvfb (a real X server) when xvfb-run is installed, else on Qt's offscreen platform.
Target: under 2 s.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(command: list[str], env: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    shown, total = [], []
    for _ in range(runs):
        began = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        total.append(time.perf_counter() - began)
        match = re.search(r"window shown after ([0-9.]+) s", result.stdout)
        if not match:
            raise SystemExit(f"the app did not report its window:\n{result.stdout}\n{result.stderr}")
        shown.append(float(match.group(1)))
    return shown, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", help="path of a frozen forumdesk executable to measure as well")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "startup.sqlite"
        subprocess.run([sys.executable, "-m", "forumdesk", "demo", "--db", str(db)], check=True, capture_output=True)
        env = {**os.environ, "FORUMDESK_STARTUP_PROBE": "1", "FORUMDESK_NO_LOG_FILE": "1"}
        targets = [("python -m forumdesk", [sys.executable, "-m", "forumdesk", "--db", str(db)])]
        if args.bundle:
            targets.append(("frozen bundle", [args.bundle, "--db", str(db)]))
        xvfb = shutil.which("xvfb-run")
        display = "Xvfb (xcb)" if xvfb else "offscreen"
        if not xvfb:
            env["QT_QPA_PLATFORM"] = "offscreen"
        print(f"start-up to a usable window, {args.runs} runs each, on {display}, demo database")
        for name, command in targets:
            if xvfb:
                command = [xvfb, "-a", "-s", "-screen 0 1920x1080x24", *command]
                env.pop("QT_QPA_PLATFORM", None)
            shown, total = measure(command, env, args.runs)
            print(f"  {name:<20} window shown: median {statistics.median(shown):.2f} s, worst {max(shown):.2f} s"
                  f"   (process start to exit: median {statistics.median(total):.2f} s)")
        print("  target: under 2 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
