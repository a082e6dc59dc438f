"""A real attendee server on a loopback port, a forum with every kind of question, and small
HTTP helpers (plain sockets and http.client: the tests see exactly the bytes a phone would)."""

from __future__ import annotations

import http.client
import json
import socket
import time
import uuid
from dataclasses import dataclass

import pytest

from forumdesk.domain import Pace, Question, QuestionKind, Scale
from forumdesk.web.config import ServerConfig
from forumdesk.web.server import AttendeeServer

TIMEOUT = 15.0  # generous: a failing test should fail, not hang; never a timing assertion


def wait_until(predicate, what: str) -> None:
    """Poll ``predicate`` until it holds; fail only after the generous TIMEOUT (never a timing check)."""
    deadline = time.monotonic() + TIMEOUT
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.01)


def every_kind() -> list[Question]:
    return [
        Question(kind=QuestionKind.OPEN_TEXT, prompt="What excites you about a job?", max_length=200),
        Question(kind=QuestionKind.SINGLE_CHOICE, prompt="Which matters most?", choices=["Pay", "People", "Growth"]),
        Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt="Which benefits do you use?",
                 choices=["Transit", "Gym", "Training", "Childcare"]),
        Question(kind=QuestionKind.RATING, prompt="How was your last interview?",
                 scale=Scale(1, 5, "Poor", "Great")),
        Question(kind=QuestionKind.SHORT_WORDS, prompt="One word for a red flag", max_words=2),
    ]


@pytest.fixture
def forum(services, partner):
    return services.forums.create_forum("Listening to students", partner.id, questions=every_kind())


@pytest.fixture
def self_paced_forum(services, partner):
    return services.forums.create_forum("Self-paced", partner.id, pace=Pace.SELF, questions=every_kind())


@pytest.fixture
def web_root(tmp_path):
    """A phone-page folder with known files, and a secret next to it that must stay unreachable."""
    root = tmp_path / "web"
    (root / "i18n").mkdir(parents=True)
    (root / "index.html").write_text("<!doctype html><title>Enter the code</title>", encoding="utf-8")
    (root / "attendee.html").write_text("<!doctype html><title>Attendee page</title>", encoding="utf-8")
    (root / "app.js").write_text("console.log('phone');", encoding="utf-8")
    (root / "i18n" / "en.json").write_text('{"sent": "Sent"}', encoding="utf-8")
    (root / ".hidden").write_text("hidden", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("TOP-SECRET", encoding="utf-8")
    return root


@pytest.fixture
def start_server(services, web_root):
    """Start an AttendeeServer on 127.0.0.1, any free port, with an optional ServerConfig; stopped after."""
    started: list[AttendeeServer] = []

    def start(forum_id: int, config: ServerConfig | None = None, **kwargs) -> AttendeeServer:
        config = config or ServerConfig(web_root=web_root)
        if config.web_root is None:
            from dataclasses import replace

            config = replace(config, web_root=web_root)
        kwargs.setdefault("port", 0)
        server = AttendeeServer(services, host="127.0.0.1", config=config, **kwargs)
        server.start(forum_id)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def server(start_server, forum):
    return start_server(forum.id)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body)


class Client:
    def __init__(self, server: AttendeeServer) -> None:
        self.server = server
        self.port = server.port
        self.code = server.code

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
        finally:
            conn.close()

    def get(self, path: str, headers: dict[str, str] | None = None) -> Reply:
        return self.request("GET", path, headers=headers)

    def state(self) -> dict:
        reply = self.get(f"/api/f/{self.code}/state")
        assert reply.status == 200, reply
        return reply.json()

    def post_raw(self, body: bytes, headers: dict[str, str] | None = None, code: str | None = None) -> Reply:
        headers = {"Content-Type": "application/json", **(headers or {})}
        return self.request("POST", f"/api/f/{code or self.code}/answers", body=body, headers=headers)

    def answer(self, question_id, *, submission_id: str | None = None, client_id: str | None = None,
               headers: dict[str, str] | None = None, code: str | None = None, **content) -> Reply:
        body = {
            "question_id": question_id,
            "submission_id": submission_id or str(uuid.uuid4()),
            "client_id": client_id or str(uuid.uuid4()),
            **content,
        }
        return self.post_raw(json.dumps(body).encode(), headers=headers, code=code)


@pytest.fixture
def client(server):
    return Client(server)


def raw_exchange(port: int, data: bytes) -> bytes:
    """Send raw bytes, read until the server closes the connection or a full response has come."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while True:
                piece = sock.recv(65536)
                if not piece:
                    break
                chunks.append(piece)
                if _complete(b"".join(chunks)):
                    break
        except ConnectionResetError:
            pass
    return b"".join(chunks)


def _complete(data: bytes) -> bool:
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value.strip())
    return False


class EventStream:
    """A phone's EventSource, by hand: one socket, chunked body, events split on blank lines."""

    def __init__(self, port: int, code: str, rcvbuf: int | None = None, source: str | None = None) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        if source:  # another phone's address (Linux routes all of 127.0.0.0/8 to loopback)
            self.sock.bind((source, 0))
        self.sock.settimeout(TIMEOUT)
        self.sock.connect(("127.0.0.1", port))
        self.sock.sendall(f"GET /api/f/{code}/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n".encode())
        self.buffer = b""
        self.text = ""
        head = self._read_until(b"\r\n\r\n")
        self.status = int(head.split(b" ")[1])
        self.headers = head.decode("latin-1").lower()

    def _read_until(self, marker: bytes) -> bytes:
        while marker not in self.buffer:
            piece = self.sock.recv(65536)
            if not piece:
                raise ConnectionError("the server closed the stream")
            self.buffer += piece
        head, _, self.buffer = self.buffer.partition(marker)
        return head

    def _read_exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            piece = self.sock.recv(65536)
            if not piece:
                raise ConnectionError("the server closed the stream")
            self.buffer += piece
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def next_chunk(self) -> str:
        size = int(self._read_until(b"\r\n"), 16)
        data = self._read_exactly(size + 2)[:-2]
        if size == 0:
            raise ConnectionError("the stream ended")
        return data.decode("utf-8")

    def next_event(self) -> tuple[str | None, dict | None, str]:
        """(event name, JSON data or None, raw text) of the next event or comment."""
        while "\n\n" not in self.text:
            self.text += self.next_chunk()
        raw, _, self.text = self.text.partition("\n\n")
        name = None
        data = None
        for line in raw.split("\n"):
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
        return name, data, raw

    def next_state(self) -> dict:
        while True:
            name, data, _ = self.next_event()
            if name == "state":
                return data

    def state_where(self, predicate) -> dict:
        while True:
            state = self.next_state()
            if predicate(state):
                return state

    def close(self) -> None:
        self.sock.close()
