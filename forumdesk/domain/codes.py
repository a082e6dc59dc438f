"""Join codes: short, uppercase, random, without characters that look alike."""

from __future__ import annotations

import secrets

# No 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V: easy to read off a projector and type on a phone.
ALPHABET = "ACEFGHJKMNPRTWXY34679"
LENGTH = 6


def new_join_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_code(text: str) -> str:
    """What a person typed, made comparable to a join code (case and spaces ignored)."""
    return "".join(text.split()).upper()


def looks_like_code(text: str) -> bool:
    return len(text) == LENGTH and all(ch in ALPHABET for ch in text)
