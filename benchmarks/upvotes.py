"""``benchmarks/phones.py --upvotes``: N phones upvote the room's questions within a few seconds.

Each phone loads the state, holds an event stream, and at its moment (spread over --spread
seconds, 2 s by default) upvotes one of the room's ten questions; 5 % send the same upvote twice
(a lost reply), which must be counted once. Afterwards: every upvote counted exactly once (the
state's and the database's totals equal the 201s), upvote latency p50/p99, and how long after
the last upvote's reply the final list reached each phone's stream (p50/p99).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing as mp
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from phones import ROOT, Requests, connect, pct, phone_address

ITEMS = 10
_VOTES = re.compile(rb'"votes":(\d+)')


async def _hold(code: str, host: str, port: int, local: str, expected: int, seen: dict, ready: asyncio.Event) -> None:
    """The phone's event stream: notes when a state with every upvote counted first arrives."""
    while True:
        try:
            reader, writer = await connect(host, port, local)
        except OSError:
            await asyncio.sleep(1.0)
            continue
        try:
            writer.write(b"GET /api/f/%s/events HTTP/1.1\r\nHost: x\r\n\r\n" % code.encode())
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 200"):
                raise ConnectionError("refused")
            while True:
                size = int(await reader.readline(), 16)
                if size == 0:
                    return
                data = await reader.readexactly(size + 2)
                if b"event: state" not in data:
                    continue
                ready.set()
                if "final" not in seen and sum(int(v) for v in _VOTES.findall(data)) >= expected:
                    seen["final"] = time.time()
        except (OSError, asyncio.IncompleteReadError, ValueError, ConnectionError):
            await asyncio.sleep(1.0)
        finally:
            writer.close()


async def _phones(cfg: dict, conn) -> dict:
    host, port, code = cfg["host"], cfg["port"], cfg["code"]
    rng = random.Random(cfg["worker"])
    count = cfg["count"]
    seen = [{} for _ in range(count)]
    requests = [Requests(host, port, phone_address(cfg["worker"], i), True) for i in range(count)]
    streams = []

    async def join(i: int) -> None:
        await asyncio.sleep(cfg["ramp"] * i / max(1, count))
        await requests[i].send(requests[i].request("GET", f"/api/f/{code}/state"))
        ready = asyncio.Event()
        streams.append(asyncio.create_task(_hold(code, host, port, requests[i].local, cfg["expected"], seen[i], ready)))
        await ready.wait()

    await asyncio.wait_for(asyncio.gather(*(join(i) for i in range(count))), cfg["deadline"])
    conn.send(("connected", count))
    _, go_at, spread = await asyncio.get_running_loop().run_in_executor(None, conn.recv)
    results: list[tuple[int | None, float, float, int | None]] = []

    async def upvote(i: int) -> None:
        item = cfg["items"][rng.randrange(len(cfg["items"]))]
        body = json.dumps({"client_id": f"bench-{cfg['worker']}-{i}-{rng.getrandbits(64):x}"}).encode()
        request = requests[i].request("POST", f"/api/f/{code}/ask/{item}/upvote", body)
        await asyncio.sleep(max(0.0, go_at + rng.uniform(0, spread) - time.time()))
        start = time.perf_counter()
        status = None
        for _ in range(8):
            try:
                status, retry_after = await requests[i].send(request)
            except (OSError, asyncio.IncompleteReadError, ValueError):
                await asyncio.sleep(1.0)
                continue
            if status in (429, 503):
                await asyncio.sleep(retry_after)
                continue
            break
        ms = (time.perf_counter() - start) * 1000
        again = None
        if rng.random() < cfg["resend_share"] and status in (200, 201):
            again, _ = await requests[i].send(request)
        results.append((status, ms, time.time(), again))

    await asyncio.wait_for(asyncio.gather(*(upvote(i) for i in range(count))), cfg["deadline"])
    end = time.time() + cfg["deadline"]
    while time.time() < end and not all("final" in s for s in seen):
        await asyncio.sleep(0.05)
    for task in streams:
        task.cancel()
    await asyncio.gather(*streams, return_exceptions=True)
    for r in requests:
        r.close()
    return {"upvotes": results, "final_at": [s.get("final") for s in seen]}


def _worker(cfg: dict, conn) -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    try:
        import uvloop
    except ImportError:
        conn.send(("done", asyncio.run(_phones(cfg, conn))))
    else:
        conn.send(("done", uvloop.run(_phones(cfg, conn))))


def _make_forum(db_path: Path) -> tuple[int, list[int]]:
    sys.path.insert(0, str(ROOT))
    from forumdesk.domain.ask import AskMode
    from forumdesk.services import Services

    services = Services.open(db_path)
    try:
        partner = services.forums.create_partner("Benchmark University")
        forum = services.forums.create_forum("Upvote test", partner.id)
        services.ask.set_mode(forum.id, AskMode.DIRECT)
        services.ask.set_open(forum.id, True)
        items = [services.ask.ask(forum.id, f"bench-item-{n:04d}", {"text": f"Room question number {n}?"})[1].id
                 for n in range(ITEMS)]
        return forum.id, items
    finally:
        services.close()


def run(args) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="forumdesk-upvotes-"))
    db_path = tmp / "bench.sqlite"
    forum_id, items = _make_forum(db_path)
    server = subprocess.Popen([sys.executable, "-m", "forumdesk", "serve", "--db", str(db_path), "--forum", str(forum_id),
                               "--host", "127.0.0.1", "--port", "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=(tmp / "server.log").open("w"), text=True, cwd=str(ROOT))
    workers = []
    try:
        info = json.loads(server.stdout.readline())
        proc = psutil.Process(server.pid)
        n_workers = args.workers or max(1, min(4, -(-args.phones // 2500)))
        share = [args.phones // n_workers + (1 if w < args.phones % n_workers else 0) for w in range(n_workers)]
        ctx = mp.get_context("spawn")
        for w in range(n_workers):
            parent, child = ctx.Pipe()
            cfg = {"host": "127.0.0.1", "port": info["port"], "code": info["code"], "worker": w, "count": share[w],
                   "items": items, "expected": args.phones, "deadline": args.deadline,
                   "ramp": args.ramp if args.ramp is not None else max(1.0, args.phones / 1000),
                   "resend_share": args.resend_share}
            process = ctx.Process(target=_worker, args=(cfg, child), daemon=True)
            process.start()
            workers.append((process, parent))
        for _, pipe in workers:
            pipe.poll(args.deadline)
            pipe.recv()
        spread = args.spread if args.spread_given else 2.0
        go_at = time.time() + 1.0
        cpu_before = sum(proc.cpu_times()[:2])
        for _, pipe in workers:
            pipe.send(("go", go_at, spread))
        results = [pipe.recv()[1] for _, pipe in workers if pipe.poll(args.deadline * 2 + 30)]
        cpu_used = sum(proc.cpu_times()[:2]) - cpu_before
    finally:
        for process, _ in workers:
            if process.is_alive():
                process.kill()
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()
    db = sqlite3.connect(db_path)
    stored_hashes = db.execute("SELECT COUNT(*) FROM ask_upvotes").fetchone()[0]
    stored_votes = db.execute("SELECT SUM(votes) FROM ask_items").fetchone()[0]
    db.close()
    log_text = (tmp / "server.log").read_text()
    shutil.rmtree(tmp, ignore_errors=True)
    upvotes = [u for r in results for u in r["upvotes"]]
    statuses: dict = {}
    for status, *_ in upvotes:
        statuses[status] = statuses.get(status, 0) + 1
    counted = statuses.get(201, 0)
    ok_ms = [ms for status, ms, _, _ in upvotes if status in (200, 201)]
    last_ack = max((at for status, _, at, _ in upvotes if status == 201), default=go_at)
    finals = [t for r in results for t in r["final_at"]]
    reached = [(t - last_ack) * 1000 for t in finals if t is not None]
    resent = [again for *_, again in upvotes if again is not None]
    print(f"phones                         {args.phones:>10,}")
    print(f"upvotes sent (within {spread:g} s)     {len(upvotes):>10,}   statuses {statuses}")
    print(f"counted (201) / DB hashes / DB votes {counted:>6,} / {stored_hashes:,} / {stored_votes:,}")
    print(f"resent once (5 %): answered 200     {sum(1 for a in resent if a == 200):>6,} of {len(resent):,}")
    print(f"upvote latency p50 / p99 ms     {pct(ok_ms, 50):>8.1f} / {pct(ok_ms, 99):.1f}")
    print(f"final list reached phones       {len(reached):>10,} of {args.phones:,}")
    print(f"  after the last upvote p50 / p99 ms {pct(reached, 50):>6.1f} / {pct(reached, 99):.1f}")
    print(f"server CPU during the upvotes s {cpu_used:>10.2f}   load average {psutil.getloadavg()[0]:.1f}")
    every_once = counted == stored_hashes == stored_votes == args.phones and all(a == 200 for a in resent)
    print("every upvote counted once:", "yes" if every_once else "NO")
    if "Traceback" in log_text:
        print(log_text[-3000:], file=sys.stderr)
    return 0 if every_once else 1
