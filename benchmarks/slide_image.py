"""A room fetching a content slide's image at the same instant (issue 18 item 3): N phones ask
``GET /api/f/{code}/image/{id}?v=<hash>`` of a real attendee server on loopback as soon as the
slide is shown. Prints the reply times (p50, p99, slowest), the bytes sent, and how many times the
image was read from the database (the route shares one read between every phone).

    .venv/bin/python benchmarks/slide_image.py                    # 300 phones, a 1 MB image
    .venv/bin/python benchmarks/slide_image.py --phones 1000 --megabytes 5
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def image_bytes(megabytes: float) -> bytes:
    """A PNG signature followed by random bytes: the route never decodes an image, only sends it."""
    return b"\x89PNG\r\n\x1a\n" + os.urandom(int(megabytes * 1024 * 1024) - 8)


async def fetch_all(port: int, path: str, phones: int) -> tuple[list[float], int]:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def one() -> tuple[float, int]:
            start = time.perf_counter()
            async with session.get(f"http://127.0.0.1:{port}{path}") as reply:
                body = await reply.read()
                assert reply.status == 200, reply.status
            return time.perf_counter() - start, len(body)

        results = await asyncio.gather(*(one() for _ in range(phones)))
    return [r[0] for r in results], sum(r[1] for r in results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--megabytes", type=float, default=1.0)
    args = parser.parse_args()
    from forumdesk.domain import Question, QuestionKind
    from forumdesk.services import Services
    from forumdesk.web.server import AttendeeServer

    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder) / "bench.sqlite")
        image = services.images.add(image_bytes(args.megabytes))
        partner = services.forums.create_partner("Benchmark University")
        forum = services.forums.create_forum("Careers evening", partner.id, questions=[
            Question(kind=QuestionKind.CONTENT, prompt="Who we are", image_sha=image.sha256)])
        slide = services.forums.questions(forum.id)[0]
        reads = 0
        get = services.images.get

        def counted(sha: str):
            nonlocal reads
            reads += 1
            return get(sha)

        services.images.get = counted
        server = AttendeeServer(services, host="127.0.0.1", port=0)
        server.start(forum.id)
        try:
            path = f"/api/f/{server.code}/image/{slide.id}?v={image.sha256}"
            times, sent = asyncio.run(fetch_all(server.port, path, args.phones))
        finally:
            server.stop()
            services.close()
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"{args.phones} phones, a {args.megabytes:g} MB image: p50 {statistics.median(times) * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms, slowest {times[-1] * 1000:.0f} ms; {sent / 1e6:.0f} MB sent; "
          f"read from the database {reads} time(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
