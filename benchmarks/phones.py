"""N simulated phones against a real ``forumdesk serve`` on loopback.

Each phone loads the state, holds an event stream, follows a question change and submits one
answer (some send it twice, as a phone does when a reply is lost). Afterwards the database is
checked: every acknowledged answer stored exactly once. Prints phones connected, answers
sent/stored/lost/duplicated, submit latency p50/p95/p99, question-change-to-phone latency p50/p99,
server RSS and CPU.

    .venv/bin/python benchmarks/phones.py --phones 2000
    .venv/bin/python benchmarks/phones.py --phones 2000 --spread 0 --baseline   # group commit vs one txn per answer
    .venv/bin/python benchmarks/phones.py --phones 2000 --spread 0 --baseline --rounds 5   # the same, 5 pairs and the median
    .venv/bin/python benchmarks/phones.py --phones 2000 --slow 100              # phones that never read
    .venv/bin/python benchmarks/phones.py --phones 2000 --slow 100 --compare-slow --rounds 3   # without vs with them
    .venv/bin/python benchmarks/phones.py --phones 2000 --upvotes               # issue 18: upvotes within 2 s

With --spread 0, durable answers/s are the stored answers over the time from the start of the
burst to the last reply (each phone's own start plus its latency).

Everything is bounded: a temporary database, loopback only, worker processes that stop at a
deadline, and the server is stopped (SIGTERM, then killed if need be) whatever happens. The load
generator runs on the same machine as the server, so its CPU use is part of the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import multiprocessing as mp
import os
import random
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent


# ============================================================ worker process: the phones


class Phone:
    __slots__ = ("index", "submission_id", "client_id", "text", "seen_change_at", "connected", "submit_ms", "submit_at",
                 "status", "resent_status", "attempts", "stream_task", "changed", "requests")

    def __init__(self, index: int, tag: str) -> None:
        self.index = index
        self.submission_id = str(uuid.uuid4())
        self.client_id = str(uuid.uuid4())
        self.text = f"phone {tag}-{index} would change the interviews"
        self.seen_change_at: float | None = None
        self.connected = False
        self.submit_ms: float | None = None
        self.submit_at: float | None = None
        self.status: int | None = None
        self.resent_status: int | None = None
        self.attempts = 0
        self.stream_task: asyncio.Task | None = None
        self.changed = asyncio.Event()


IP_BIND_ADDRESS_NO_PORT = getattr(socket, "IP_BIND_ADDRESS_NO_PORT", 24)


async def connected_socket(host: str, port: int, local: str) -> socket.socket:
    """A non-blocking socket connected from ``local`` (each phone has its own 127.x address, so
    its own port range). The source port is picked at connect time (IP_BIND_ADDRESS_NO_PORT):
    bind(port 0) would scan for a port nobody uses at all, which stalls the worker once thousands
    are open. benchmarks/crash.py uses it too."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if sys.platform.startswith("linux"):
            sock.setsockopt(socket.IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, 1)
        sock.bind((local, 0))
        sock.setblocking(False)
        await asyncio.get_running_loop().sock_connect(sock, (host, port))
    except BaseException:
        sock.close()
        raise
    return sock


async def connect(host: str, port: int, local: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    return await asyncio.open_connection(sock=await connected_socket(host, port, local))


async def hold_stream(phone: Phone, host: str, port: int, local: str, code: str, target: int,
                      ready: asyncio.Event) -> None:
    """A light EventSource: raw StreamReader, chunk by chunk, a byte search instead of a JSON parse."""
    needle = b'"current":%d,' % target
    while True:
        try:
            reader, writer = await connect(host, port, local)
        except OSError:
            await asyncio.sleep(1.0)
            continue
        try:
            writer.write(b"GET /api/f/%s/events HTTP/1.1\r\nHost: %s\r\nAccept: text/event-stream\r\n\r\n"
                         % (code.encode(), host.encode()))
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 200"):
                raise ConnectionError("refused")
            while True:
                size = int(await reader.readline(), 16)
                if size == 0:
                    return  # the server ended the stream (it is stopping)
                data = await reader.readexactly(size + 2)
                if not phone.connected and b"event: state" in data:
                    phone.connected = True
                    ready.set()
                if phone.seen_change_at is None and needle in data:
                    phone.seen_change_at = time.time()
                    phone.changed.set()
        except (OSError, asyncio.IncompleteReadError, ValueError, ConnectionError):
            await asyncio.sleep(1.0)  # EventSource's retry
        finally:
            writer.close()


async def hold_slow_stream(host: str, port: int, local: str, code: str, sockets: list) -> None:
    """A phone that opens its stream and never reads a byte of it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    if sys.platform.startswith("linux"):
        sock.setsockopt(socket.IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, 1)
    sock.bind((local, 0))
    await asyncio.get_running_loop().sock_connect(sock, (host, port))
    sock.send(b"GET /api/f/%s/events HTTP/1.1\r\nHost: x\r\n\r\n" % code.encode())
    sockets.append(sock)


class _Replies(asyncio.Protocol):
    """Reads HTTP replies off one connection straight from ``data_received``: no StreamReader, no
    reader task to wake per chunk. On two shared cores the load generator's CPU use is part of
    every figure, so it does as little per request as it can."""

    __slots__ = ("transport", "buffer", "waiter", "lost")

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future | None = None
        self.lost = False

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        buffer = self.buffer
        end = buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(buffer[:end + 2]).lower()  # a few searches in C instead of a loop over the lines
        length = 0
        at = head.find(b"\r\ncontent-length:")
        if at >= 0:
            length = int(head[at + 17:head.index(b"\r\n", at + 2)])
        if len(buffer) < end + 4 + length:
            return
        del buffer[:end + 4 + length]
        status = int(head[9:12])
        retry_after = 1.0
        if status in (429, 503):
            at = head.find(b"\r\nretry-after:")
            if at >= 0:
                retry_after = float(head[at + 14:head.index(b"\r\n", at + 2)])
        waiter.set_result((status, retry_after, b"\r\nconnection: close\r\n" in head))

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(ConnectionResetError("the server closed the connection"))


class Requests:
    """A phone's connection for its requests (state, answers). Kept alive between requests, as a
    browser does, or one connection per request (``Connection: close``) with --no-keep-alive."""

    __slots__ = ("host", "port", "local", "keep_alive", "protocol")

    def __init__(self, host: str, port: int, local: str, keep_alive: bool) -> None:
        self.host, self.port, self.local, self.keep_alive = host, port, local, keep_alive
        self.protocol: _Replies | None = None

    def request(self, method: str, path: str, body: bytes = b"") -> bytes:
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n"
        if body:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        if not self.keep_alive:
            head += "Connection: close\r\n"
        return (head + "\r\n").encode() + body

    def close(self) -> None:
        if self.protocol is not None and self.protocol.transport is not None:
            self.protocol.transport.close()
        self.protocol = None

    async def _connect(self) -> _Replies:
        sock = await connected_socket(self.host, self.port, self.local)
        try:
            _, protocol = await asyncio.get_running_loop().create_connection(_Replies, sock=sock)
        except BaseException:
            sock.close()
            raise
        return protocol

    async def send(self, request: bytes) -> tuple[int, float]:
        """Status and Retry-After of one request (re-sent once on a new connection when a kept one
        turns out to have been closed by the server: safe, requests here are idempotent)."""
        for _ in range(2):
            fresh = self.protocol is None or self.protocol.lost
            if fresh:
                self.close()
                self.protocol = await self._connect()
            protocol = self.protocol
            try:
                protocol.buffer.clear()
                protocol.waiter = asyncio.get_running_loop().create_future()
                protocol.transport.write(request)
                status, retry_after, close = await protocol.waiter
                if close or not self.keep_alive:
                    self.close()
                return status, retry_after
            except OSError:
                self.close()
                if fresh:
                    raise
            except asyncio.CancelledError:  # timed out: a late reply must not answer the next request
                self.close()
                raise
        raise ConnectionError("no connection")


def answer_request(phone: Phone, cfg: dict, question_id: int) -> bytes:
    body = json.dumps({"question_id": question_id, "submission_id": phone.submission_id,
                       "client_id": phone.client_id, "text": phone.text}).encode()
    return phone.requests.request("POST", f"/api/f/{cfg['code']}/answers", body)


async def submit(phone: Phone, request: bytes, resend: bool) -> None:
    """Send the answer (``request``, built before the burst so the load generator does less
    while it happens) and retry on 429/503/errors, as the phone page does. No timer per request:
    the phase's deadline (run_phones) ends whatever still waits."""
    start = time.perf_counter()
    phone.submit_at = time.time()
    for attempt in range(8):
        phone.attempts = attempt + 1
        try:
            phone.status, retry_after = await phone.requests.send(request)
            if phone.status in (429, 503):
                await asyncio.sleep(retry_after)
                continue
            break
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            phone.status = None
            await asyncio.sleep(1.0)
    phone.submit_ms = (time.perf_counter() - start) * 1000
    if resend and phone.status in (200, 201):
        # The phone did not hear the first reply (Wi-Fi drop) and sends the same answer again.
        try:
            phone.resent_status, _ = await phone.requests.send(request)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            phone.resent_status = None


def phone_address(worker: int, index: int) -> str:
    """Each phone's own loopback address, as on a room's Wi-Fi (the server bounds event streams
    per address): 127.<worker>.<x>.<y>, which Linux routes to loopback."""
    return f"127.{worker + 1}.{index // 250}.{index % 250 + 1}"


async def run_phones(cfg: dict, conn) -> dict:
    host, port, code = cfg["host"], cfg["port"], cfg["code"]
    phones = [Phone(i, str(cfg["worker"])) for i in range(cfg["count"])]
    for phone in phones:
        phone.requests = Requests(host, port, phone_address(cfg["worker"], phone.index), cfg["keep_alive"])
    rng = random.Random(cfg["worker"])
    deadline = time.time() + cfg["deadline"]
    slow_sockets: list[socket.socket] = []

    async def join(phone: Phone, delay: float) -> None:
        await asyncio.sleep(delay)
        for _ in range(10):
            try:
                request = phone.requests.request("GET", f"/api/f/{code}/state")
                status, _ = await asyncio.wait_for(phone.requests.send(request), 60)
                if status == 200:
                    break
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
                await asyncio.sleep(1.0)
        ready = asyncio.Event()
        phone.stream_task = asyncio.create_task(
            hold_stream(phone, host, port, phone.requests.local, code, cfg["target"], ready))
        await ready.wait()

    ramp = cfg["ramp"]
    joins = [join(p, ramp * i / max(1, len(phones))) for i, p in enumerate(phones)]
    for index in range(cfg["slow"]):
        joins.append(hold_slow_stream(host, port, phone_address(cfg["worker"], 50_000 + index), code, slow_sockets))
    try:
        await asyncio.wait_for(asyncio.gather(*joins), max(1.0, deadline - time.time()))
    except TimeoutError:
        pass
    conn.send(("connected", sum(p.connected for p in phones)))
    # The load generator's own garbage collections stay out of the measured phase: thousands of
    # phones are long-lived objects, and a full collection while answers fly would delay the
    # replies it reads (the run is bounded, so the memory this keeps is too).
    gc.collect()
    gc.freeze()
    gc.disable()

    # Wait for the plan: when answers start, and over how long they spread.
    loop = asyncio.get_running_loop()
    message = await loop.run_in_executor(None, conn.recv)
    _, go_at, spread = message

    async def answer(phone: Phone) -> None:
        request = answer_request(phone, cfg, cfg["target"])
        at = go_at + rng.uniform(0, spread)
        resend = rng.random() < cfg["resend_share"]
        try:
            await asyncio.wait_for(phone.changed.wait(), max(1.0, deadline - time.time()))
        except TimeoutError:
            return
        await asyncio.sleep(max(0.0, at - time.time()))
        await submit(phone, request, resend)

    cpu_start = time.process_time()
    try:
        await asyncio.wait_for(asyncio.gather(*(answer(p) for p in phones)), max(1.0, deadline - time.time()))
    except TimeoutError:
        pass
    cpu_answers = time.process_time() - cpu_start
    slow_alive = 0
    for sock in slow_sockets:
        try:
            sock.recv(1, socket.MSG_PEEK)
            slow_alive += 1
        except BlockingIOError:
            slow_alive += 1  # nothing to read and not closed
        except OSError:
            pass
        sock.close()
    for phone in phones:
        if phone.stream_task:
            phone.stream_task.cancel()
    await asyncio.gather(*(p.stream_task for p in phones if p.stream_task), return_exceptions=True)
    for phone in phones:
        phone.requests.close()
    return {
        "connected": sum(p.connected for p in phones),
        "change_at": [p.seen_change_at for p in phones if p.seen_change_at is not None],
        "submit_ms": [p.submit_ms for p in phones if p.submit_ms is not None and p.status in (200, 201)],
        "acked": [p.text for p in phones if p.status in (200, 201)],
        "timeline": [(p.submit_at, p.submit_ms) for p in phones if p.submit_ms is not None],
        "sent": sum(1 for p in phones if p.attempts),
        "statuses": [p.status for p in phones if p.attempts],
        "resent": sum(1 for p in phones if p.resent_status is not None),
        "resent_duplicate": sum(1 for p in phones if p.resent_status == 200),
        "retries": sum(p.attempts - 1 for p in phones if p.attempts > 1),
        "slow_alive": slow_alive,
        "cpu_answers": cpu_answers,
    }


def worker_main(cfg: dict, conn) -> None:
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    except (ImportError, ValueError, OSError):
        pass
    try:  # the same event loop as the server where it is installed: a lighter load generator
        import uvloop
    except ImportError:
        result = asyncio.run(run_phones(cfg, conn))
    else:
        result = uvloop.run(run_phones(cfg, conn))
    conn.send(("done", result))
    conn.close()


# ============================================================ coordinator


def make_forum(db_path: Path) -> tuple[int, int]:
    sys.path.insert(0, str(ROOT))
    from forumdesk.domain import Question, QuestionKind
    from forumdesk.services import Services

    services = Services.open(db_path)
    try:
        partner = services.forums.create_partner("Benchmark University")
        forum = services.forums.create_forum("Load test", partner.id, questions=[
            Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Are you ready?", choices=["Yes", "No"]),
            Question(kind=QuestionKind.OPEN_TEXT, prompt="What would you change in hiring?", max_length=500),
        ])
        return forum.id, services.forums.questions(forum.id)[1].id
    finally:
        services.close()


class Sampler(threading.Thread):
    """Samples the server's RSS while the run lasts."""

    def __init__(self, process: psutil.Process) -> None:
        super().__init__(daemon=True)
        self.process = process
        self.peak = 0
        self.stop_event = threading.Event()

    def run(self) -> None:
        while not self.stop_event.wait(0.1):
            try:
                self.peak = max(self.peak, self.process.memory_info().rss)
            except psutil.Error:
                return


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run_once(args: argparse.Namespace, baseline: bool, slow: int | None = None) -> dict:
    slow = args.slow if slow is None else slow
    tmp = Path(tempfile.mkdtemp(prefix="forumdesk-bench-"))
    db_path = tmp / "bench.sqlite"
    commit_cost = commit_cost_ms(tmp) if args.baseline else float("nan")
    forum_id, target = make_forum(db_path)
    env = dict(os.environ)
    if baseline:
        env["FORUMDESK_COMMIT_EACH_ANSWER"] = "1"
    server = subprocess.Popen(
        [sys.executable, "-m", "forumdesk", "serve", "--db", str(db_path), "--forum", str(forum_id),
         "--host", "127.0.0.1", "--port", "0"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=(tmp / "server.log").open("w"), text=True,
        env=env, cwd=str(ROOT),
    )
    workers = []
    try:
        info = json.loads(server.stdout.readline())
        proc = psutil.Process(server.pid)
        rss_idle = proc.memory_info().rss
        sampler = Sampler(proc)
        sampler.start()
        # A phone keeps its request connection like a browser does; beyond a few thousand phones
        # that would need two descriptors per phone on both sides, so each request gets its own.
        keep_alive = args.keep_alive if args.keep_alive is not None else args.phones <= 5000
        ctx = mp.get_context("spawn")
        # One process per 2,500 phones: since the replies are read by a Protocol (and uvloop where
        # installed) one carries that many, and each extra one takes CPU from the server on 2 cores.
        n_workers = args.workers or max(1, min(4, -(-args.phones // 2500)))
        share = [args.phones // n_workers + (1 if w < args.phones % n_workers else 0) for w in range(n_workers)]
        for w in range(n_workers):
            parent, child = ctx.Pipe()
            cfg = {
                "host": "127.0.0.1", "port": info["port"], "code": info["code"], "target": target,
                "worker": w, "count": share[w],
                "slow": slow // n_workers + (1 if w < slow % n_workers else 0),
                "ramp": args.ramp if args.ramp is not None else max(1.0, args.phones / 1000),
                "deadline": args.deadline, "resend_share": args.resend_share, "keep_alive": keep_alive,
            }
            process = ctx.Process(target=worker_main, args=(cfg, child), daemon=True)
            process.start()
            workers.append((process, parent))
        cpu_start = sum(proc.cpu_times()[:2])
        t_start = time.time()
        connected = 0
        for _, pipe in workers:
            if pipe.poll(args.deadline):
                connected += pipe.recv()[1]
        rss_connected = proc.memory_info().rss
        # The question change, then answers from go_at on, spread over --spread seconds.
        go_at = time.time() + max(1.5, args.phones / 4000)
        t0 = time.time()
        server.stdin.write("next\n")
        server.stdin.flush()
        cpu_before_answers = sum(proc.cpu_times()[:2])
        for _, pipe in workers:
            pipe.send(("plan", go_at, args.spread))
        results = []
        for process, pipe in workers:
            if pipe.poll(args.deadline + 30):
                results.append(pipe.recv()[1])
            process.join(30)
        t_end = time.time()
        cpu_after = sum(proc.cpu_times()[:2])
        cpu_used = cpu_after - cpu_start
        cpu_answers = cpu_after - cpu_before_answers
        sampler.stop_event.set()
        rss_end = proc.memory_info().rss
    finally:
        for process, _ in workers:
            if process.is_alive():
                process.kill()
        server.send_signal(signal.SIGTERM)
        try:
            exit_code = server.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()
            exit_code = server.wait()
    log_text = (tmp / "server.log").read_text()
    if exit_code != 0 or "Traceback" in log_text:
        print(f"server exit code {exit_code}; its stderr:\n{log_text[-3000:]}", file=sys.stderr)
    acked = [t for r in results for t in r["acked"]]
    db = sqlite3.connect(db_path)
    rows = db.execute("SELECT text, COUNT(*) FROM answers WHERE question_id = ? GROUP BY text", (target,)).fetchall()
    stored = sum(n for _, n in rows)
    counts = dict(rows)
    db.close()
    shutil.rmtree(tmp, ignore_errors=True)
    changes = [(t - t0) * 1000 for r in results for t in r["change_at"]]
    if args.timeline:
        buckets: dict[int, list[float]] = {}
        for at, ms in (pair for r in results for pair in r["timeline"]):
            buckets.setdefault(int(at - go_at), []).append(ms)
        print("second  answers  p50 ms  p99 ms")
        for second in sorted(buckets):
            print(f"{second:>6} {len(buckets[second]):>8} {pct(buckets[second], 50):>7.1f} {pct(buckets[second], 99):>7.1f}")
    submit_ms = [ms for r in results for ms in r["submit_ms"]]
    statuses: dict = {}
    for r in results:
        for s in r["statuses"]:
            statuses[s] = statuses.get(s, 0) + 1
    first_post = go_at
    # Durable throughput: answers stored over the time from the first answer to the last reply.
    # Each phone's own start plus its latency: a phone that starts late (the load generator writes
    # 2,000 requests one after the other) and is answered last still counts at its real reply time.
    last_reply = max((at + ms / 1000 for r in results for at, ms in r["timeline"]), default=first_post)
    return {
        "mode": f"{slow} never-reading phones" if args.compare_slow else
        "one transaction per answer" if baseline else "group commit",
        "keep_alive": keep_alive,
        "phones": args.phones,
        "connected": connected,
        "changed": len(changes),
        "sent": sum(r["sent"] for r in results),
        "acked": len(acked),
        "stored": stored,
        "lost": sum(1 for t in acked if counts.get(t, 0) == 0),
        "duplicated": sum(n - 1 for n in counts.values() if n > 1),
        "resent": sum(r["resent"] for r in results),
        "resent_duplicate": sum(r["resent_duplicate"] for r in results),
        "retries": sum(r["retries"] for r in results),
        "statuses": statuses,
        "submit_p50": pct(submit_ms, 50), "submit_p95": pct(submit_ms, 95), "submit_p99": pct(submit_ms, 99),
        "change_p50": pct(changes, 50), "change_p99": pct(changes, 99),
        "durable_per_s": stored / max(1e-3, last_reply - first_post) if args.spread == 0 else float("nan"),
        "burst_ms": 1000 * (last_reply - first_post) if args.spread == 0 else float("nan"),
        "rss_idle_mb": rss_idle / 2**20, "rss_connected_mb": rss_connected / 2**20,
        "rss_peak_mb": max(sampler.peak, rss_end, rss_connected) / 2**20,
        "kb_per_phone": (rss_connected - rss_idle) / 1024 / max(1, connected + slow),
        "cpu_percent": 100 * cpu_used / max(1e-3, t_end - t_start),
        "cpu_ms_per_answer": 1000 * cpu_answers / max(1, sum(r["sent"] + r["resent"] for r in results)),
        "load_cpu_ms_per_answer": 1000 * sum(r["cpu_answers"] for r in results)
        / max(1, sum(r["sent"] + r["resent"] for r in results)),
        "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan"),
        "slow": slow, "slow_alive": sum(r["slow_alive"] for r in results),
        "exit_code": exit_code,
        "mean_submit": statistics.fmean(submit_ms) if submit_ms else float("nan"),
        "commit_cost_ms": commit_cost,
    }


ROWS = [
    ("phones connected", "connected", "{:.0f}"),
    ("saw the question change", "changed", "{:.0f}"),
    ("answers sent", "sent", "{:.0f}"),
    ("acknowledged (201/200)", "acked", "{:.0f}"),
    ("stored in the database", "stored", "{:.0f}"),
    ("lost (acknowledged, not stored)", "lost", "{:.0f}"),
    ("duplicated rows", "duplicated", "{:.0f}"),
    ("re-sent (same id) -> 200 duplicate", None, None),
    ("retries after 429/503/errors", "retries", "{:.0f}"),
    ("submit latency p50 ms", "submit_p50", "{:.1f}"),
    ("submit latency p95 ms", "submit_p95", "{:.1f}"),
    ("submit latency p99 ms", "submit_p99", "{:.1f}"),
    ("question change to phone p50 ms", "change_p50", "{:.1f}"),
    ("question change to phone p99 ms", "change_p99", "{:.1f}"),
    ("start of the burst to last reply ms", "burst_ms", "{:.1f}"),
    ("durable answers/s (spread 0 only)", "durable_per_s", "{:.0f}"),
    ("server RSS idle MB", "rss_idle_mb", "{:.1f}"),
    ("server RSS all connected MB", "rss_connected_mb", "{:.1f}"),
    ("server RSS peak MB", "rss_peak_mb", "{:.1f}"),
    ("server memory per phone KB", "kb_per_phone", "{:.1f}"),
    ("server CPU % (of one core, run avg)", "cpu_percent", "{:.0f}"),
    ("server CPU ms per answer (answer phase)", "cpu_ms_per_answer", "{:.2f}"),
    ("load generator CPU ms per answer", "load_cpu_ms_per_answer", "{:.2f}"),
    ("machine load average (1 min) after", "load", "{:.1f}"),
    ("slow phones still connected", "slow_alive", "{:.0f}"),
    ("server exit code after SIGTERM", "exit_code", "{:.0f}"),
]


def print_report(runs: list[dict], args: argparse.Namespace) -> None:
    print(f"\nforumdesk phones benchmark: {args.phones} phones, spread {args.spread:g} s, slow {args.slow}, "
          f"keep-alive {'on' if runs[0]['keep_alive'] else 'off'}, "
          f"{os.cpu_count()} CPUs (load generator on the same machine)")
    if args.baseline:
        print(f"one small SQLite transaction (WAL, synchronous=FULL) on this disk: "
              f"{runs[0]['commit_cost_ms']:.2f} ms")
    width = 38
    print(" " * width + "".join(f"{r['mode']:>30}" for r in runs))
    for label, key, fmt in ROWS:
        if key is None:
            cells = "".join(f"{str(r['resent_duplicate']) + ' of ' + str(r['resent']):>30}" for r in runs)
        else:
            cells = "".join(f"{fmt.format(r[key]):>30}" for r in runs)
        print(f"{label:<{width}}{cells}")
    print(f"{'HTTP statuses':<{width}}" + "".join(f"{json.dumps(r['statuses']):>30}" for r in runs))


def commit_cost_ms(folder: Path, commits: int = 500) -> float:
    """What one small transaction costs on this disk, in SQLite alone (WAL, synchronous=FULL, one
    row each): the floor under the one-transaction-per-answer baseline, printed beside it."""
    db = sqlite3.connect(folder / "commit-cost.sqlite", isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
        start = time.perf_counter()
        for i in range(commits):
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO t (text) VALUES (?)", (f"answer {i}",))
            db.execute("COMMIT")
        return 1000 * (time.perf_counter() - start) / commits
    finally:
        db.close()


def compare_baseline_summary(runs: list[dict], args: argparse.Namespace) -> None:
    """Runs alternate group commit and one transaction per answer: both figures per round, side by
    side, and their medians (a comparison, not a target)."""
    pairs = list(zip(runs[0::2], runs[1::2], strict=True))
    print("\ndurable answers per second and submit p99, group commit vs one transaction per answer "
          "(rounds alternate; the table above is the last round):")
    for i, (group, one) in enumerate(pairs, 1):
        print(f"  round {i}: {group['durable_per_s']:.0f} vs {one['durable_per_s']:.0f} per s; "
              f"p99 {group['submit_p99']:.1f} vs {one['submit_p99']:.1f} ms")
    print(f"  median of {len(pairs)}: {statistics.median(g['durable_per_s'] for g, _ in pairs):.0f} vs "
          f"{statistics.median(o['durable_per_s'] for _, o in pairs):.0f} per s; p99 "
          f"{statistics.median(g['submit_p99'] for g, _ in pairs):.1f} vs "
          f"{statistics.median(o['submit_p99'] for _, o in pairs):.1f} ms")


def compare_slow_summary(runs: list[dict], args: argparse.Namespace) -> None:
    """Runs alternate without and with the never-reading phones; p99 per round and the medians."""
    pairs = list(zip(runs[0::2], runs[1::2], strict=True))
    print(f"\nsubmit p99 of the reading phones, without -> with {args.slow} never-reading phones "
          f"(rounds alternate; the table above is the last round):")
    for i, (without, with_slow) in enumerate(pairs, 1):
        print(f"  round {i}: {without['submit_p99']:.1f} -> {with_slow['submit_p99']:.1f} ms "
              f"({100 * (with_slow['submit_p99'] / without['submit_p99'] - 1):+.0f}%), server RSS peak "
              f"{without['rss_peak_mb']:.1f} -> {with_slow['rss_peak_mb']:.1f} MB")
    before = statistics.median(w["submit_p99"] for w, _ in pairs)
    after = statistics.median(s["submit_p99"] for _, s in pairs)
    print(f"  median of {len(pairs)}: {before:.1f} -> {after:.1f} ms ({100 * (after / before - 1):+.0f}%)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--spread", type=float, default=5.0, help="answers arrive spread over this many seconds (0: all at once)")
    parser.add_argument("--slow", type=int, default=0, help="extra phones that open their stream and never read it")
    parser.add_argument("--baseline", action="store_true", help="also run with one transaction per answer and compare")
    parser.add_argument("--compare-slow", action="store_true",
                        help="with --slow N: a run without the never-reading phones, then one with them, side by side")
    parser.add_argument("--rounds", type=int, default=1,
                        help="with --baseline or --compare-slow: that many pairs of runs, alternating")
    parser.add_argument("--workers", type=int, default=0, help="load-generator processes (default: one per 2,500 phones, at most 4)")
    parser.add_argument("--ramp", type=float, default=None, help="seconds over which phones join (default: phones/1000, at least 1)")
    parser.add_argument("--resend-share", type=float, default=0.05, help="share of phones that send their answer twice")
    parser.add_argument("--keep-alive", dest="keep_alive", action="store_true", default=None,
                        help="phones keep their request connection open (default up to 5,000 phones)")
    parser.add_argument("--no-keep-alive", dest="keep_alive", action="store_false",
                        help="one connection per request (Connection: close)")
    parser.add_argument("--timeline", action="store_true", help="print submit latency per second of the run")
    parser.add_argument("--upvotes", action="store_true",
                        help="issue 18: phones upvote the room's questions within --spread s (default 2): benchmarks/upvotes.py")
    parser.add_argument("--deadline", type=float, default=120.0, help="each phase gives up after this many seconds")
    args = parser.parse_args(argv)
    if args.phones < 1 or args.phones > 20_000:
        parser.error("--phones must be between 1 and 20,000")
    if args.upvotes:
        from upvotes import run as run_upvotes  # beside this file (sys.path[0] when run as a script)

        args.spread_given = "--spread" in (argv if argv is not None else sys.argv)
        return run_upvotes(args)
    if args.compare_slow:
        if not args.slow or args.baseline:
            parser.error("--compare-slow needs --slow N and no --baseline")
        runs = []
        for _ in range(args.rounds):  # alternating, so a busier moment on the machine hits both
            runs += [run_once(args, baseline=False, slow=0), run_once(args, baseline=False)]
        print_report(runs[-2:], args)
        compare_slow_summary(runs, args)
        return 0
    if args.baseline:
        runs = []
        for _ in range(args.rounds):  # alternating, as above
            runs += [run_once(args, baseline=False), run_once(args, baseline=True)]
        print_report(runs[-2:], args)
        if args.rounds > 1:
            compare_baseline_summary(runs, args)
        return 0
    print_report([run_once(args, baseline=False)], args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
