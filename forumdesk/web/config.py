"""Tunable limits of the attendee server, in one place so tests and benchmarks can change them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PORT = 8765


def _env_int(name: str, default: int) -> int:
    """A positive whole number from the environment, else ``default`` (a typo never stops the server)."""
    try:
        value = int(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class ServerConfig:
    # --- requests
    max_body_bytes: int = 8 * 1024  # docs/api.md section 7: JSON bodies are at most 8 KiB
    max_json_depth: int = 16  # an answer body is two levels deep; anything deeper is refused unparsed

    # --- answers: per phone (client_id) token bucket; a burst, then one every few seconds
    client_burst: int = 12
    client_refill_per_second: float = 0.5
    # Per-IP limits are off by default where it matters for a room: on the same Wi-Fi every phone has
    # its own address, but a load test (or a venue NAT) puts thousands of phones behind one address.
    ip_answer_burst: int = 20_000
    ip_answer_refill_per_second: float = 5_000.0
    # Wrong join codes, per IP: guessing codes is slow, typing one wrong now and then is fine.
    wrong_code_burst: int = 20
    wrong_code_refill_per_second: float = 0.5
    max_tracked_clients: int = 200_000  # bound on the rate limiters' memory
    # Votes (choice and rating answers) stored per client address per question (web/votes.py): a
    # script rotating client ids cannot vote more than this from one laptop. A few, not one: two
    # people may share a laptop or a hotspot. FORUMDESK_VOTES_PER_ADDRESS raises it for a venue
    # that puts every phone behind one NAT address.
    votes_per_address: int = field(default_factory=lambda: _env_int("FORUMDESK_VOTES_PER_ADDRESS", 3))
    repeated_vote_alarm: int = 20  # refusals from one address on one question before the facilitator is told

    # --- group commit
    group_commit: bool = True  # False: one transaction per answer (the benchmark's baseline)
    max_batch: int = 2_000
    answer_timeout: float = 60.0  # a phone waiting longer than this for a commit gets 503 and retries

    # --- event streams (SSE)
    heartbeat_seconds: float = 15.0
    retry_ms: int = 3_000  # what EventSource waits before reconnecting
    stream_buffer_limit: int = 64 * 1024  # bytes queued for one phone before it is dropped
    stream_socket_sndbuf: int | None = 32 * 1024  # kernel send buffer for a stream socket (None: OS default)
    results_refresh_seconds: float = 2.0  # revealed results pushed to phones at most this often
    # Open event streams per client address. On a room's Wi-Fi each phone has its own address and
    # holds one stream (a few with several tabs); more from one address is a script, refused with
    # 429 so it cannot take every connection. FORUMDESK_STREAMS_PER_ADDRESS overrides it (a venue
    # that puts every phone behind one NAT address needs a large value).
    streams_per_address: int = field(default_factory=lambda: _env_int("FORUMDESK_STREAMS_PER_ADDRESS", 8))
    # File descriptors kept free for new phones: with fewer than this left under the open-file
    # limit, a new event stream gets 503 + Retry-After (the phone polls the state instead) rather
    # than the OS refusing connections. ``open_file_limit`` None: the process's own limit.
    fd_reserve: int = 256
    open_file_limit: int | None = None

    # --- connections
    # Idle connections are closed after this, and (aiohttp >= 3.14.5 arms the same timer when a
    # connection opens) so is one whose request head has not fully arrived by then: a head
    # trickled a byte at a time cannot hold a connection longer than this.
    keepalive_timeout: float = 30.0
    body_read_timeout: float = 30.0  # an answer whose body stalls this long gets 408 and its connection closed
    shutdown_timeout: float = 5.0
    backlog: int = 4_096
    fast_event_loop: bool = True  # uvloop where it is installed (see server.new_event_loop)
    port_attempts: int = 10  # the asked port, then the next ones, then any free port

    # --- files
    web_root: Path | None = None  # default: the shipped resources/web folder
