"""What every check of questions and answers shares: the two errors and text cleaning.

Kept apart from validation.py so the kind modules (forumdesk.domain.kinds) can use them while
validation.py dispatches to those modules, without an import cycle.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from forumdesk.i18n import LocalizedError

MAX_CHOICES = 12
MAX_PROMPT_LENGTH = 300
MAX_CHOICE_LENGTH = 120
MAX_SCALE_STEPS = 11


class InvalidAnswer(ValueError):
    """An answer that does not fit its question. ``str(exc)`` is an English sentence for the
    attendee: only the attendee API sends it, beside a code the phone translates."""


class InvalidQuestion(LocalizedError, ValueError):
    """A question the facilitator wrote that cannot be asked. ``str(exc)`` is for the facilitator,
    in the process-wide language (the question editor, the command line); ``exc.text`` the message
    to carry on (forumdesk/i18n.py)."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str) -> str:
    """Normalise text from a phone: NFC, no control or bidi-override characters, trimmed.

    Newlines and tabs are kept inside open text; everything else below U+0020 goes.
    """
    value = unicodedata.normalize("NFC", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    # Drop lone surrogates that JSON can smuggle in; they cannot be stored as UTF-8.
    value = value.encode("utf-8", "ignore").decode("utf-8")
    return value.strip()


def is_int(value: Any) -> bool:
    """A JSON integer (``True`` is an int to Python, not to an attendee)."""
    return isinstance(value, int) and not isinstance(value, bool)
