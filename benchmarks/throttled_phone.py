"""A phone on weak Wi-Fi: headless Chromium throttled to 1 Mbit/s down and up with 300 ms round
trips (CDP ``Network.emulateNetworkConditions``), opening the join address of a real attendee
server on loopback. Measures the time from opening the address to the first question visible, and
the bytes the page's files took on the wire (compressed, headers included).

    .venv/bin/python benchmarks/throttled_phone.py              # 3 fresh phones, the median
    .venv/bin/python benchmarks/throttled_phone.py --rounds 5

Targets (issue 15): first question < 2 s; the page's files total <= 30 KB compressed.
Chromium is /usr/bin/chromium (or --chromium PATH); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MBIT = 1_000_000 / 8  # bytes per second
PROMPT = "What would you change in hiring?"


def start_server(folder: Path):
    from forumdesk.domain import Question, QuestionKind
    from forumdesk.services import Services
    from forumdesk.web.server import AttendeeServer

    services = Services.open(folder / "phone.sqlite")
    partner = services.forums.create_partner("Benchmark University")
    forum = services.forums.create_forum("Careers evening", partner.id, questions=[
        Question(kind=QuestionKind.OPEN_TEXT, prompt=PROMPT, max_length=300)])
    server = AttendeeServer(services, host="127.0.0.1", port=0)
    server.start(forum.id)
    return services, server


def one_phone(browser, url: str) -> tuple[float, int, int, dict[str, int], int]:
    """(ms to the first question, page-file bytes on the wire, API bytes, wire bytes per file,
    page-file compressed bodies) for a fresh phone."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  locale="en-GB")
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.send("Network.emulateNetworkConditions", {
            "offline": False, "latency": 300, "downloadThroughput": MBIT, "uploadThroughput": MBIT})
        urls: dict[str, str] = {}
        sizes: dict[str, int] = {}
        bodies: dict[str, int] = {}  # Content-Length: the compressed body alone

        def received(e: dict) -> None:
            urls[e["requestId"]] = e["response"]["url"]
            headers = {k.lower(): v for k, v in e["response"]["headers"].items()}
            if "content-length" in headers:
                bodies[e["requestId"]] = int(headers["content-length"])

        cdp.on("Network.responseReceived", received)
        cdp.on("Network.loadingFinished",
               lambda e: sizes.__setitem__(e["requestId"], int(e["encodedDataLength"])))
        # The event stream never finishes loading: its bytes so far, from the data it received.
        cdp.on("Network.dataReceived",
               lambda e: urls.get(e["requestId"], "").endswith("/events") and sizes.__setitem__(
                   e["requestId"], sizes.get(e["requestId"], 0) + int(e["encodedDataLength"])))
        start = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.get_by_role("heading", name=PROMPT).wait_for(state="visible", timeout=60_000)
        elapsed = 1000 * (time.perf_counter() - start)
        page.wait_for_load_state("load")
        by_file: dict[str, int] = {}
        api = 0
        for request_id, size in sizes.items():
            address = urls.get(request_id, "")
            path = address.split("127.0.0.1", 1)[-1].split(":", 1)[-1]
            path = path[path.find("/"):]
            if path.startswith("/api/"):
                api += size
                by_file["(api) " + path] = by_file.get("(api) " + path, 0) + size
            else:
                by_file[path] = by_file.get(path, 0) + size
        page_bytes = sum(size for path, size in by_file.items() if not path.startswith("(api)"))
        page_bodies = sum(size for request_id, size in bodies.items() if "/api/" not in urls.get(request_id, ""))
        return elapsed, page_bytes, api, by_file, page_bodies
    finally:
        context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="forumdesk-phone-") as folder:
        services, server = start_server(Path(folder))
        try:
            url = f"http://127.0.0.1:{server.port}/j/{server.code}"
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=args.chromium, headless=True,
                                             args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
                try:
                    runs = [one_phone(browser, url) for _ in range(args.rounds)]
                finally:
                    browser.close()
        finally:
            server.stop()
            services.close()
    times = [r[0] for r in runs]
    print(f"throttled phone (1 Mbit/s down and up, 300 ms latency), {args.rounds} fresh phones, "
          f"load average {os.getloadavg()[0]:.1f}:")
    print(f"  first question visible after: {', '.join(f'{t:.0f}' for t in times)} ms; "
          f"median {statistics.median(times):.0f} ms (target < 2,000 ms: "
          f"{'met' if statistics.median(times) < 2000 else 'NOT met'})")
    page_bytes, api_bytes, by_file, page_bodies = runs[-1][1], runs[-1][2], runs[-1][3], runs[-1][4]
    print(f"  the page's files, compressed: {page_bodies / 1024:.1f} KB (target <= 30 KB: "
          f"{'met' if page_bodies <= 30 * 1024 else 'NOT met'}); on the wire with HTTP headers "
          f"{page_bytes / 1024:.1f} KB; the API (state, stream so far): {api_bytes / 1024:.1f} KB")
    for path, size in sorted(by_file.items(), key=lambda item: -item[1]):
        print(f"    {size:>7,} B  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
