"""What HTTP handling itself costs on this machine, below forumdesk: N small POSTs sent at once on N
kept-alive loopback connections, each answered at once with a fixed 201, by three servers:

- ``raw``: an asyncio Protocol that answers every chunk it reads (the floor: uvloop and the
  kernel's loopback sockets, no HTTP parsing at all; forumdesk's direct path, web/fastpath.py,
  is a Protocol like this one);
- ``low``: aiohttp's low-level ``web.Server`` (what serves every other request, behind the
  direct path);
- ``app``: an aiohttp ``web.Application`` with seven routes, one middleware and a response signal
  (what forumdesk used at first).

Prints the time from the first request written to the last reply read, median of the rounds.
The gap between ``raw`` and ``low`` is aiohttp's own work per request, which capped how many
answers per second group commit could take on this machine (see the README, "Measured").

    .venv/bin/python benchmarks/http_floor.py                 # 2,000 requests, 5 rounds each
    .venv/bin/python benchmarks/http_floor.py --requests 1000 --rounds 3

Loopback only; every server is a child process that is killed after its round.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time

BODY = b'{"status":"stored"}'
REQUEST_BODY = (b'{"question_id": 2, "submission_id": "0123456789abcdef", "client_id": "abcdef0123456789", '
                b'"text": "phone would change the interviews"}')
REQUEST = (b"POST /api/f/ABC123/answers HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
           b"Content-Length: %d\r\n\r\n" % len(REQUEST_BODY)) + REQUEST_BODY


def new_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


# ============================================================ the servers (child processes)


async def serve(mode: str) -> None:
    from aiohttp import web

    loop = asyncio.get_running_loop()
    if mode == "raw":
        reply = (b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                 % len(BODY)) + BODY

        class Answer(asyncio.Protocol):
            def connection_made(self, transport) -> None:
                self.transport = transport

            def data_received(self, data: bytes) -> None:
                self.transport.write(reply)

        server = await loop.create_server(Answer, "127.0.0.1", 0)
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Event().wait()

    headers = {"Content-Type": "application/json", "Cache-Control": "no-store"}

    async def answers(request: web.BaseRequest) -> web.StreamResponse:
        await request.read()
        return web.Response(status=201, body=BODY, headers=headers)

    if mode == "low":
        async def handle(request: web.BaseRequest) -> web.StreamResponse:
            parts = request.rel_url.path_safe.split("/")
            if request.method == "POST" and len(parts) == 5 and parts[4] == "answers":
                response = await answers(request)
            else:
                response = web.Response(status=404)
            response.headers["X-Content-Type-Options"] = "nosniff"
            return response

        runner: web.BaseRunner = web.ServerRunner(web.Server(handle, handler_cancellation=True, access_log=None))
    else:
        @web.middleware
        async def errors(request, handler):
            try:
                return await handler(request)
            except ValueError:
                return web.Response(status=400)

        async def headers_signal(request, response) -> None:
            response.headers["X-Content-Type-Options"] = "nosniff"

        async def other(request):
            return web.Response(text="x")

        app = web.Application(middlewares=[errors])
        app.on_response_prepare.append(headers_signal)
        for path in ("/", "/j/{code}", "/static/{path:.*}", "/api/f/{code}/state", "/api/f/{code}/events",
                     "/api/f/{code}/results/{question_id}"):
            app.router.add_get(path, other)
        app.router.add_post("/api/f/{code}/answers", answers)
        runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(runner.addresses[0][1], flush=True)
    await asyncio.Event().wait()


# ============================================================ the load generator (this process)


class Phone(asyncio.Protocol):
    def __init__(self, replied) -> None:
        self.replied = replied
        self.buffer = b""
        self.transport = None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        head, sep, body = self.buffer.partition(b"\r\n\r\n")
        if sep and len(body) >= len(BODY):
            self.buffer = b""
            self.replied()


async def burst(port: int, count: int, timeout: float) -> float:
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    left = [count]

    def replied() -> None:
        left[0] -= 1
        if left[0] == 0 and not done.done():
            done.set_result(time.perf_counter())

    phones = []
    for _ in range(count):
        _, phone = await loop.create_connection(lambda: Phone(replied), "127.0.0.1", port)
        phones.append(phone)
    await asyncio.sleep(0.5)  # let the server settle after the connections
    start = time.perf_counter()
    for phone in phones:
        phone.transport.write(REQUEST)
    end = await asyncio.wait_for(done, timeout)
    for phone in phones:
        phone.transport.close()
    return 1000 * (end - start)


def one_round(mode: str, count: int, timeout: float) -> float:
    server = subprocess.Popen([sys.executable, __file__, "--serve", mode], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())
        loop = new_loop()
        try:
            return loop.run_until_complete(burst(port, count, timeout))
        finally:
            loop.close()
    finally:
        server.kill()
        server.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60.0, help="a round gives up after this many seconds")
    parser.add_argument("--serve", choices=["raw", "low", "app"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        loop = new_loop()
        loop.run_until_complete(serve(args.serve))
        return 0
    if not 1 <= args.requests <= 10_000:
        parser.error("--requests must be between 1 and 10,000")
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4 * args.requests + 100)), hard))
    except (ImportError, ValueError, OSError):
        pass
    times: dict[str, list[float]] = {"raw": [], "low": [], "app": []}
    for _ in range(args.rounds):  # alternating, so a busier moment on the machine hits all three
        for mode in times:
            times[mode].append(one_round(mode, args.requests, args.timeout))
    print(f"{args.requests} POSTs at once on kept-alive loopback connections, each answered with a fixed 201; "
          f"first request written to last reply read, median of {args.rounds} alternating rounds:")
    labels = {"raw": "asyncio Protocol, no HTTP (floor)", "low": "aiohttp web.Server (low-level)",
              "app": "aiohttp web.Application + middleware + signal"}
    for mode, values in times.items():
        median = statistics.median(values)
        print(f"  {labels[mode]:<48} {median:7.1f} ms  {1000 * median / args.requests:5.1f} µs per request  "
              f"(rounds: {', '.join(f'{v:.0f}' for v in values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
