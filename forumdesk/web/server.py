"""The attendee server: aiohttp on its own thread with its own event loop.

The console (Qt thread) and ``forumdesk serve`` use it the same way::

    server = AttendeeServer(services, host="0.0.0.0", port=None)
    server.start(forum_id)          # blocks until it accepts connections; ServerStartError if it cannot
    server.join_url, server.code, server.port, server.connected_phones
    server.storage_problem          # a sentence while answers cannot be saved (disk full, ...), else None
    server.stop()                   # streams closed, sockets closed, every answer committed

Threads: the server thread runs the loop (one aiohttp ``Application``); one writer thread commits
answers (group commit); one reader thread builds the phones' state; one more computes revealed
results for the results endpoint. The loop itself never touches SQLite.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web

from forumdesk.i18n import _, format_number
from forumdesk.services import NotFound, ServiceError, Services
from forumdesk.services.joining import best_address, join_url
from forumdesk.web.committer import GroupCommitter
from forumdesk.web.config import DEFAULT_PORT, ServerConfig
from forumdesk.web.connections import StreamGate, open_file_limit, open_files_now
from forumdesk.web.publisher import StatePublisher
from forumdesk.web.results import ResultsCache
from forumdesk.web.routes import Runtime, build_app
from forumdesk.web.sse import StreamHub
from forumdesk.web.static import StaticFiles, default_root, precompress

log = logging.getLogger(__name__)


class ServerStartError(Exception):
    """The server could not start. ``str(exc)`` is one sentence for the facilitator, in the
    process-wide language (forumdesk/i18n.py)."""


class _NoAttendeeDetails(logging.Filter):
    """aiohttp logs refused requests as "Error handling request from <IP>" with a traceback. Keep
    the fact, drop the address and the traceback (docs/architecture.md section 7: logs hold no IPs)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        record.msg = "a request was refused or failed (%s)"
        record.args = (type(exc).__name__ if exc is not None else "no details",)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        if record.levelno > logging.INFO:
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


http_log = logging.getLogger("forumdesk.web.http")
http_log.addFilter(_NoAttendeeDetails())


def raise_open_file_limit(wanted: int = 65_536) -> int | None:
    """Lift the soft open-file limit toward the hard one, so a large room does not hit 1,024.
    Returns the new soft limit, or None where the OS has no such limit."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        for candidate in (target, 10_240):  # macOS refuses more than OPEN_MAX for the soft limit
            try:
                resource.setrlimit(resource.RLIMIT_NOFILE, (candidate, hard))
                break
            except (ValueError, OSError):
                continue
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def new_event_loop(fast: bool = True) -> asyncio.AbstractEventLoop:
    """uvloop's event loop where it is installed (a dependency on Linux and macOS), else asyncio's.

    Same asyncio API; the loop's own work (sockets, callbacks, timers) runs in C. With 2,000
    answers arriving in the same instant (benchmarks/phones.py, 2 cores shared with the load
    generator) it cut server CPU per answer by about a sixth and the burst's submit p99 from
    180-380 ms to 155-180 ms while other programs were busy on the machine."""
    if fast:
        try:
            import uvloop
        except ImportError:
            pass
        else:
            return uvloop.new_event_loop()
    return asyncio.new_event_loop()


class AttendeeServer:
    def __init__(self, services: Services, *, host: str = "0.0.0.0", port: int | None = None,
                 public_host: str | None = None, config: ServerConfig | None = None) -> None:
        self.services = services
        self.host = host
        self.requested_port = port
        self.public_host = public_host
        self.config = config or ServerConfig()
        self.port: int | None = None
        self.code: str | None = None
        self.forum_id: int | None = None
        self.join_url: str | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._stopped = threading.Event()
        self._start_error: str | None = None
        self._runtime: Runtime | None = None
        self._runner: web.AppRunner | None = None
        self._results_executor: ThreadPoolExecutor | None = None
        self._ask_executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------ public interface (any thread)

    @property
    def running(self) -> bool:
        return self._ready.is_set() and not self._stopped.is_set() and self._start_error is None

    @property
    def connected_phones(self) -> int:
        """Open event streams: phones that have the page open right now."""
        runtime = self._runtime
        return runtime.hub.count if runtime is not None and self.running else 0

    @property
    def results_computed(self) -> int:
        """How many times revealed results were computed for the results endpoint (once per change)."""
        runtime = self._runtime
        return runtime.results.computed if runtime is not None else 0

    @property
    def results_waiting(self) -> int:
        """Results requests waiting for a computation right now."""
        runtime = self._runtime
        return runtime.results.waiting if runtime is not None else 0

    @property
    def refused_streams(self) -> int:
        """Event streams refused (too many from one address, or too few descriptors left)."""
        runtime = self._runtime
        return runtime.gate.refused if runtime is not None else 0

    @property
    def run_id(self) -> str | None:
        """This run's random id, in the state document and its ETag."""
        runtime = self._runtime
        return runtime.publisher.run if runtime is not None else None

    @property
    def dropped_streams(self) -> int:
        runtime = self._runtime
        return runtime.hub.dropped if runtime is not None else 0

    @property
    def storage_problem(self) -> str | None:
        """Why answers cannot be saved right now (disk full, file read-only, ...), as one sentence
        for the facilitator's banner; None while answers are being saved. Phones meanwhile get 503
        and send their answers again; it clears by itself with the next answer saved."""
        runtime = self._runtime
        return runtime.committer.problem if runtime is not None else None

    def call_on_writer(self, fn):
        """Run ``fn()`` on the thread that writes answers, between two batches; a
        concurrent.futures.Future of its result. For tests that make that thread's database
        connection refuse writes the way a full disk or a read-only file does."""
        runtime = self._runtime
        if runtime is None:
            raise RuntimeError("the attendee server is not running")
        return runtime.committer.call_on_writer(fn)

    def call_on_results(self, fn):
        """Run ``fn()`` on the thread that computes results; a concurrent.futures.Future. For tests
        that hold that thread busy while phones ask for results and the facilitator moves on."""
        executor = self._results_executor
        if executor is None:
            raise RuntimeError("the attendee server is not running")
        return executor.submit(fn)

    def set_public_host(self, host: str | None) -> None:
        """Use ``host`` (an address phones can reach) in the join URL instead of the detected one."""
        self.public_host = host or None
        if self.port is not None and self.code is not None:
            self.join_url = join_url(best_address(self.public_host), self.port, self.code)

    def start(self, forum_id: int, timeout: float = 10.0) -> None:
        """Serve ``forum_id``; returns once connections are accepted. Raises ServerStartError."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                raise ServerStartError(_("The attendee server is already running."))
            raise_open_file_limit()
            self._ready.clear()
            self._stopped.clear()
            self._start_error = None
            self.forum_id = forum_id
            self._thread = threading.Thread(target=self._main, args=(forum_id,),
                                            name="forumdesk-attendee-server", daemon=True)
            self._thread.start()
            if not self._ready.wait(timeout):
                self._request_stop()
                self._thread.join(timeout)
                raise ServerStartError(_("The attendee server did not start within {seconds} seconds.",
                                                   seconds=format_number(timeout)))
            if self._start_error is not None:
                self._thread.join(timeout)
                raise ServerStartError(self._start_error)
            self.set_public_host(self.public_host)

    def stop(self, timeout: float | None = 60.0) -> None:
        """Close every stream and socket, store every answer received, and end the thread."""
        with self._lock:
            thread = self._thread
            if thread is None:
                return
            self._request_stop()
            thread.join(timeout)
            if thread.is_alive():
                log.error("the attendee server thread did not end in time")
            self._thread = None
            self._stopped.set()

    # ------------------------------------------------------------ server thread

    def _request_stop(self) -> None:
        loop = self._loop
        if loop is not None:
            try:
                loop.call_soon_threadsafe(loop.stop)
            except RuntimeError:  # already closed
                pass

    def _main(self, forum_id: int) -> None:
        loop = new_event_loop(self.config.fast_event_loop)
        asyncio.set_event_loop(loop)
        self._loop = loop
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="forumdesk-state")
        self._results_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="forumdesk-results")
        # The room's questions and upvotes are written here, one short transaction each, in turn.
        self._ask_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="forumdesk-ask")
        try:
            try:
                loop.run_until_complete(self._startup(forum_id, loop, executor))
            except ServerStartError as exc:
                self._start_error = str(exc)
            except Exception as exc:  # pragma: no cover - defensive: report, never hang start()
                log.exception("the attendee server failed to start")
                self._start_error = _("The attendee server could not start ({reason}).", reason=type(exc).__name__)
            if self._start_error is None:
                self._ready.set()
                loop.run_forever()
            loop.run_until_complete(self._shutdown(loop))
        finally:
            executor.shutdown(wait=True)
            self._results_executor.shutdown(wait=True)
            self._ask_executor.shutdown(wait=True)
            self._runtime = None
            self._stopped.set()
            self._ready.set()  # unblock start() when startup failed
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())  # the thread that ran committer.stop
            loop.close()
            self._loop = None

    async def _startup(self, forum_id: int, loop: asyncio.AbstractEventLoop, executor: ThreadPoolExecutor) -> None:
        cfg = self.config
        try:
            forum = await loop.run_in_executor(executor, self.services.forums.forum, forum_id)
        except NotFound as exc:
            raise ServerStartError(str(exc)) from None
        root = cfg.web_root or default_root()
        await loop.run_in_executor(executor, precompress, root)
        hub = StreamHub(cfg.stream_buffer_limit, cfg.stream_socket_sndbuf)
        publisher = StatePublisher(self.services, forum_id, hub, loop, executor,
                                   results_refresh=cfg.results_refresh_seconds, heartbeat=cfg.heartbeat_seconds)
        committer = GroupCommitter(self.services.answers, loop, max_batch=cfg.max_batch,
                                   group_commit=cfg.group_commit, timeout=cfg.answer_timeout)
        assert self._results_executor is not None
        results = ResultsCache(self.services, forum_id, loop, self._results_executor)
        gate = StreamGate(cfg.streams_per_address, cfg.fd_reserve, cfg.open_file_limit or open_file_limit(),
                          open_files_now())
        runtime = Runtime(services=self.services, forum_id=forum_id, config=cfg, hub=hub, publisher=publisher,
                          committer=committer, executor=executor, static=StaticFiles(root), results=results,
                          gate=gate, connections=self._connection_count, ask_writer=self._ask_executor)
        self._runtime = runtime
        # aiohttp's own limits stay in force: a request line or header of at most 8,190 bytes, at
        # most 128 header lines, and keepalive_timeout for a head that has not fully arrived.
        runner = web.AppRunner(build_app(runtime), handle_signals=False, shutdown_timeout=cfg.shutdown_timeout,
                               handler_cancellation=True, access_log=None, keepalive_timeout=cfg.keepalive_timeout,
                               logger=http_log)
        await runner.setup()
        self._runner = runner
        try:
            port = await self._bind(runner, forum.port)
        except ServerStartError:
            await runner.cleanup()
            self._runner = None
            raise
        committer.start()
        try:
            forum = await loop.run_in_executor(executor, self.services.forums.start_forum, forum_id, port)
            await publisher.start()
        except ServiceError as exc:  # _main shuts down what was started
            raise ServerStartError(str(exc)) from None
        self.port = port
        self.code = forum.join_code
        log.info("attendee server for forum %s listening on port %s", forum_id, port)

    def _candidate_ports(self, stored_port: int | None) -> list[int]:
        wanted = self.requested_port
        if wanted is None:
            wanted = stored_port or DEFAULT_PORT
        if wanted == 0:
            return [0]
        attempts = max(1, self.config.port_attempts)
        return [p for p in range(wanted, wanted + attempts) if p <= 65535] + [0]

    def _connection_count(self) -> int:
        runner = self._runner
        server = runner.server if runner is not None else None
        return len(server.connections) if server is not None else 0

    async def _bind(self, runner: web.BaseRunner, stored_port: int | None) -> int:
        last_error: OSError | None = None
        for port in self._candidate_ports(stored_port):
            site = web.TCPSite(runner, self.host, port, backlog=self.config.backlog, reuse_address=True)
            try:
                await site.start()
            except OSError as exc:
                last_error = exc
                await site.stop()  # unregister the site that could not listen
                continue
            addresses = runner.addresses  # only the site that listens has one
            return addresses[0][1] if addresses else port
        reason = last_error.strerror if last_error is not None and last_error.strerror else _("no port was free")
        raise ServerStartError(_("The attendee server could not listen on {host}: {reason}.", host=self.host,
                                 reason=reason))

    async def _shutdown(self, loop: asyncio.AbstractEventLoop) -> None:
        runtime, runner = self._runtime, self._runner
        self._runner = None
        if runtime is not None:
            runtime.hub.close_all()  # stream handlers end, so the runner's shutdown is not held up
        if runner is not None:
            await runner.cleanup()  # stop listening; let in-flight requests finish
        if runtime is not None:
            # Answers still queued are committed before the thread ends (and before the database
            # can be closed). The loop stays free meanwhile, so waiting handlers get their replies.
            await loop.run_in_executor(None, runtime.committer.stop)
            await runtime.publisher.stop()
            runtime.results.close()
            runtime.hub.close_all()
        # Give the committer's last replies (call_soon_threadsafe) a turn on the loop.
        await asyncio.sleep(0)
