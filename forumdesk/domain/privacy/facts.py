"""Cheap facts about a text, computed once and shared by the detectors so that each pattern only
runs on text that can contain what it looks for (most answers contain no contact detail at all, and
masking 1,000 answers must stay far below a tenth of a second)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=16)
def words(text: str) -> frozenset[str]:
    """The case-folded words of ``text`` ("Je m'appelle" -> {"je", "m", "appelle"})."""
    return frozenset(_WORD.findall(text.casefold()))


def fold(word: str) -> str:
    """Case and accents folded, so "LÉA", "Lea" and "léa" are the same name ("Lucía" = "lucia")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=16)
def folded_words(text: str) -> frozenset[str]:
    """The words of ``text`` folded by :func:`fold`."""
    return frozenset(_WORD.findall(fold(text)))


@lru_cache(maxsize=16)
def digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def mentions(text: str, triggers: frozenset[str]) -> bool:
    """Does ``text`` contain one of ``triggers`` as a word?"""
    return not triggers.isdisjoint(words(text))
