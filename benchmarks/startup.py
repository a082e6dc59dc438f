"""How long the facilitator waits for a usable window after starting forumdesk.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--bundle dist/forumdesk/forumdesk]

Starts the app on a database holding the demo forum, several times, and prints the time from
launching the process until its main window is exposed and painted with the event loop running
(the app reports it itself when FORUMDESK_STARTUP_PROBE holds the launch time, then quits).
Uses one Xvfb server (a real X display) for all runs when Xvfb is installed, else Qt's offscreen
platform. The first run of each target is a cold start (files not yet in the OS cache) and is
shown separately. Target: under 2 s.
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


def start_xvfb() -> tuple[subprocess.Popen, str] | None:
    if not shutil.which("Xvfb"):
        return None
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}"


def one_run(command: list[str], env: dict[str, str]) -> float:
    launched = time.time()
    result = subprocess.run(command, env={**env, "FORUMDESK_STARTUP_PROBE": repr(launched)},
                            capture_output=True, text=True, timeout=60)
    match = re.search(r"window shown after ([0-9.]+) s", result.stdout)
    if not match:
        raise SystemExit(f"the app did not report its window:\n{result.stdout}\n{result.stderr}")
    return float(match.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", help="path of a frozen forumdesk executable to measure as well")
    args = parser.parse_args()
    xvfb = start_xvfb()
    env = {**os.environ, "FORUMDESK_NO_LOG_FILE": "1"}
    if xvfb:
        env["DISPLAY"] = xvfb[1]
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "startup.sqlite"
            subprocess.run([sys.executable, "-m", "forumdesk", "demo", "--db", str(db)], check=True,
                           capture_output=True)
            targets = [("python -m forumdesk", [sys.executable, "-m", "forumdesk", "--db", str(db)])]
            if args.bundle:
                targets.append(("frozen bundle", [str(Path(args.bundle).resolve()), "--db", str(db)]))
            where = f"Xvfb {xvfb[1]} (xcb)" if xvfb else "the offscreen platform"
            print(f"launch to usable window, 1 cold + {args.runs} warm runs each, on {where}, demo database")
            for name, command in targets:
                cold = one_run(command, env)
                warm = [one_run(command, env) for _ in range(args.runs)]
                print(f"  {name:<20} cold {cold:.2f} s; warm median {statistics.median(warm):.2f} s, "
                      f"worst {max(warm):.2f} s")
            print("  target: under 2 s")
    finally:
        if xvfb:
            xvfb[0].terminate()
            xvfb[0].wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
