"""The phone page's files go out gzip-compressed to a phone that accepts it (precompressed copies
beside the files, sent by aiohttp's FileResponse), unchanged to one that does not; and the shipped
page stays within its budget of 30 KB compressed (issue 15: a phone on weak Wi-Fi loads it fast)."""

from __future__ import annotations

import gzip
import http.client
from pathlib import Path

from forumdesk.web.static import COMPRESSIBLE, default_root, precompress
from tests.web.conftest import TIMEOUT

PAGE_BUDGET = 30 * 1024


def fetch(port: int, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_files_are_sent_compressed_to_phones_that_accept_gzip(forum, start_server, web_root):
    script = "console.log('phone');\n" * 200
    (web_root / "app.js").write_text(script, encoding="utf-8")
    server = start_server(forum.id)
    status, headers, body = fetch(server.port, "/static/app.js", {"Accept-Encoding": "gzip, deflate, br"})
    assert status == 200 and headers["content-encoding"] == "gzip" and headers["vary"] == "Accept-Encoding"
    assert headers["content-type"].startswith("text/javascript")
    assert gzip.decompress(body).decode("utf-8") == script and len(body) < len(script) // 10
    # Its ETag answers a conditional request with 304, like the uncompressed file's.
    again = fetch(server.port, "/static/app.js", {"Accept-Encoding": "gzip", "If-None-Match": headers["etag"]})
    assert again[0] == 304
    # A client that does not accept gzip gets the file as it is.
    status, headers, body = fetch(server.port, "/static/app.js", {"Accept-Encoding": "identity"})
    assert status == 200 and "content-encoding" not in headers and body.decode("utf-8") == script
    status, headers, body = fetch(server.port, f"/j/{server.code}", {"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert b"Attendee page" in gzip.decompress(body)
    assert "content-security-policy" in headers  # the page's headers are the same either way


def test_a_changed_file_gets_a_fresh_copy_at_the_next_start(tmp_path):
    (tmp_path / "app.js").write_text("first", encoding="utf-8")
    assert precompress(tmp_path) == 1
    assert precompress(tmp_path) == 0  # up to date: nothing rewritten
    (tmp_path / "app.js").write_text("second version", encoding="utf-8")
    assert precompress(tmp_path) == 1
    assert gzip.decompress((tmp_path / "app.js.gz").read_bytes()) == b"second version"


def test_the_shipped_phone_page_is_within_its_compressed_budget():
    root: Path = default_root()
    files = [p for p in root.rglob("*") if p.is_file() and not p.name.endswith(".gz")]
    translations = [p for p in files if p.parent.name == "i18n"]
    # A phone loads the page, its scripts and styles and one language (counted: the largest); the
    # Ask tab's script is fetched only in forums with asking on (attendee.js), so it is not counted.
    loaded = [p for p in files if p not in translations and p.name != "ask.js"] + [
        max(translations, key=lambda p: p.stat().st_size)]
    total = sum(len(gzip.compress(p.read_bytes(), 9)) if p.suffix in COMPRESSIBLE else p.stat().st_size
                for p in loaded if p.name != "index.html" and p.name != "join.js")
    assert total <= PAGE_BUDGET, f"the phone page is {total} bytes compressed"


def test_the_attendee_page_names_its_files_strings_and_the_state_up_front(forum, start_server, web_root):
    (web_root / "attendee.html").write_text(
        '<!doctype html><link rel="icon" href="/static/icon.svg"><link rel="stylesheet" href="/static/app.css">'
        '<title>Attendee page</title><script src="/static/common.js"></script><script src="/static/app.js"></script>',
        encoding="utf-8")
    (web_root / "i18n" / "fr.json").write_text('{"sent": "Envoyé"}', encoding="utf-8")
    server = start_server(forum.id)
    _, headers, _ = fetch(server.port, f"/j/{server.code}", {"Accept-Language": "de-DE, fr-CA;q=0.8, en;q=0.5"})
    assert headers["link"].split(", ") == [
        "</static/app.css>; rel=preload; as=style",
        "</static/common.js>; rel=preload; as=script",
        "</static/app.js>; rel=preload; as=script",
        "</static/i18n/fr.json>; rel=preload; as=fetch; crossorigin",
        f"</api/f/{server.code}/state>; rel=preload; as=fetch; crossorigin",
    ]
    _, headers, _ = fetch(server.port, f"/j/{server.code}", {})
    assert "</static/i18n/en.json>; rel=preload; as=fetch; crossorigin" in headers["link"].split(", ")
