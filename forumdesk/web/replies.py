"""The attendee server's replies: JSON bodies with a sentence for refusals, and the headers every
response carries.

Errors are ``{"error": "<sentence>", "code": "<word>"}`` with the status and code of docs/api.md:
the sentence is English (``exc.english`` of a service error, never ``str(exc)``, which is in the
laptop's language), the code is stable and the phone shows its own sentence for
it in the phone's language. A bug is a 500 with a generic sentence, never details (they could quote
what the phone sent).
"""

from __future__ import annotations

import json

from aiohttp import web
from multidict import CIMultiDict

from forumdesk.services import (
    AlreadyAnswered,
    InvalidInput,
    NoAnswers,
    NotFound,
    QuestionClosed,
    ServiceError,
    SubmitOutcome,
    SubmitStatus,
)

JSON = "application/json"
PAGE_CSP = "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
BUG_SENTENCE = "Something went wrong on the facilitator's laptop; please try again."  # a 500, never details

NOT_FOUND_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<title>Forum not found</title></head><body><main><h1>Forum not found</h1>"
    "<p>There is no forum with that code. Check the code shown on the screen and "
    '<a href="/">enter it again</a>.</p></main></body></html>'
)

STORED = b'{"status":"stored"}'
DUPLICATE = b'{"status":"duplicate"}'
REPLACED = b'{"status":"replaced"}'
_ACK_HEADERS = CIMultiDict({"Content-Type": JSON, "Cache-Control": "no-store"})  # what json_reply sets

_SERVICE_STATUS: list[tuple[type[ServiceError], int]] = [
    (NotFound, 404),
    (QuestionClosed, 409),
    (AlreadyAnswered, 409),
    (NoAnswers, 409),
    (InvalidInput, 400),
]


def secure(response: web.StreamResponse) -> None:
    """Headers every response carries (before it is prepared)."""
    headers = response.headers
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    if headers.get("Content-Type", "").startswith("text/html"):
        headers["Content-Security-Policy"] = PAGE_CSP
        headers["X-Frame-Options"] = "DENY"


class Reply(Exception):
    """Raised by a handler's helpers to answer at once with ``response``."""

    def __init__(self, response: web.StreamResponse) -> None:
        super().__init__(response.status)
        self.response = response


def error_body(sentence: str, code: str) -> bytes:
    """``{"error": sentence, "code": code}``; ``code`` is one of docs/api.md's stable words."""
    return json.dumps({"error": sentence, "code": code}, ensure_ascii=False).encode("utf-8")


def json_reply(status: int, body: bytes | str, headers: dict[str, str] | None = None) -> web.Response:
    if isinstance(body, str):
        body = body.encode("utf-8")
    response = web.Response(status=status, body=body, content_type=JSON, headers=headers)
    response.headers["Cache-Control"] = "no-store"
    return response


def error_reply(status: int, sentence: str, headers: dict[str, str] | None = None, *,
                code: str) -> web.Response:
    """A refusal; ``code`` is required so that no refusal reaches a phone without one."""
    return json_reply(status, error_body(sentence, code), headers)


def outcome_reply(outcome: SubmitOutcome | Exception) -> web.Response:
    """What a phone hears once its answer's batch has committed; an exception is the committer's
    StorageUnavailable (its sentence says the phone will send the answer again)."""
    if isinstance(outcome, Exception):
        return error_reply(503, str(outcome), {"Retry-After": "5"}, code="storage_unavailable")
    if outcome.error is not None:
        status = next((code for kind, code in _SERVICE_STATUS if isinstance(outcome.error, kind)), 400)
        return error_reply(status, outcome.error.english, code=outcome.error.code)
    if outcome.status is SubmitStatus.STORED:
        return web.Response(status=201, body=STORED, headers=_ACK_HEADERS)
    if outcome.status is SubmitStatus.REPLACED:
        return web.Response(status=200, body=REPLACED, headers=_ACK_HEADERS)
    return web.Response(status=200, body=DUPLICATE, headers=_ACK_HEADERS)


def page_not_found() -> web.Response:
    response = web.Response(status=404, text=NOT_FOUND_PAGE, content_type="text/html")
    response.headers["Cache-Control"] = "no-store"
    return response


def http_error(path: str, exc: web.HTTPException, max_body_bytes: int) -> web.Response:
    """The reply to a refusal aiohttp expresses as an exception (404, 405, 413...): a sentence in
    JSON under /api/, the not-found page or a line of text elsewhere."""
    status = exc.status
    if path.startswith("/api/"):
        sentences = {
            404: ("There is nothing at this address.", "no_such_address"),
            405: ("This address does not accept that kind of request.", "method_not_allowed"),
            413: (f"The request is too large (the limit is {max_body_bytes} bytes).", "too_large"),
        }
        sentence, code = sentences.get(status, ("This request cannot be handled.", "bad_request"))
        headers = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
        return error_reply(status, sentence, headers, code=code)
    if status == 404:
        return page_not_found()
    return web.Response(status=status, text=f"{status} {exc.reason}", content_type="text/plain")
