"""Reading an answer body from a phone, defensively: whatever arrives gives an answer or a sentence.

The body is at most a few KiB, but it can hold anything: invalid UTF-8, NaN, numbers with
thousands of digits, nesting deep enough to exhaust the parser's recursion. Each is refused with
a 400 and a sentence before the services see it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

# A submission_id / client_id: a UUID as the phone makes it (crypto.randomUUID) or a similar
# random token. Nothing else is accepted, so these ids cannot carry text into the database.
_ID = re.compile(r"[0-9A-Za-z_-]{8,64}")
MAX_SQLITE_INT = 2**63 - 1


class BadBody(ValueError):
    """``str(exc)`` is the sentence for the phone."""


@dataclass(frozen=True)
class AnswerBody:
    question_id: int
    submission_id: str
    client_id: str
    payload: dict[str, Any]  # text / choices / rating, as sent; checked by the services


def _reject_constant(name: str) -> Any:
    raise BadBody("Numbers like NaN or Infinity are not accepted.")


# One decoder for every body (json.loads with an option builds a new one per call).
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def nesting_depth_exceeds(raw: str, limit: int) -> bool:
    """True when brackets outside strings nest deeper than ``limit``. Cheap for normal bodies."""
    if raw.count("[") + raw.count("{") <= limit:
        return False
    depth = 0
    in_string = False
    escaped = False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def parse_json_object(raw: bytes, max_depth: int = 16) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadBody("The answer must be sent as UTF-8 text.") from None
    if not text.strip():
        raise BadBody("The request has no answer in it.")
    if nesting_depth_exceeds(text, max_depth):
        raise BadBody("The answer is not in the expected format.")
    try:
        data = _DECODER.decode(text)
    except BadBody:
        raise
    except (ValueError, RecursionError):  # JSONDecodeError, too many digits, too deep after all
        raise BadBody("The answer is not valid JSON.") from None
    if not isinstance(data, dict):
        raise BadBody("The answer must be a JSON object.")
    return data


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_answer(raw: bytes, max_depth: int = 16) -> AnswerBody:
    data = parse_json_object(raw, max_depth)
    question_id = data.get("question_id")
    if not _is_int(question_id) or not 1 <= question_id <= MAX_SQLITE_INT:
        raise BadBody("question_id must be the number of a question.")
    submission_id = data.get("submission_id")
    if not isinstance(submission_id, str) or not _ID.fullmatch(submission_id):
        raise BadBody("submission_id must be a random id such as a UUID.")
    client_id = data.get("client_id")
    if not isinstance(client_id, str) or not _ID.fullmatch(client_id):
        raise BadBody("client_id must be a random id such as a UUID.")
    payload = {key: data[key] for key in ("text", "choices", "rating") if key in data}
    choices = payload.get("choices")
    if isinstance(choices, list) and len(choices) > 64:
        raise BadBody("Too many choices were picked.")
    return AnswerBody(question_id=question_id, submission_id=submission_id, client_id=client_id,
                      payload=payload)
