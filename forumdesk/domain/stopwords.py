"""Stop words, left out of word frequencies, word charts and word clouds: those of every language
the phone page offers (``forumdesk.i18n.LANGUAGES``: English, French, Spanish, German, Arabic),
all at once, since a room answers in whichever of them it likes.

The lists are the maintained ones of the ``stop-words`` package (shipped in its wheel, read from
its own folder: nothing is downloaded). Its lists are made for search engines and include a few
words that are the very subject of a listening forum about work; those stay countable
(``CONTENT_WORDS``), so "work" or "trabajo" can top a cloud.
"""

from __future__ import annotations

from stop_words import get_stop_words

from forumdesk.i18n import LANGUAGES

# Listed as stop words by the package, yet what people at a forum about jobs talk about.
CONTENT_WORDS: frozenset[str] = frozenset({
    "work", "works", "worked", "working", "home", "help", "free", "problem", "problems", "information",
    "trabajo", "trabajar", "trabaja", "trabajan", "trabajamos", "tiempo", "empleo",
})


def _package_words(code: str) -> frozenset[str]:
    return frozenset(w.casefold().replace("’", "'") for w in get_stop_words(code)) - CONTENT_WORDS


# Each language's own list, to tell which language an answer is in (``language_of``).
BY_LANGUAGE: dict[str, frozenset[str]] = {code: _package_words(code) for code in LANGUAGES}
STOP_WORDS: frozenset[str] = frozenset().union(*BY_LANGUAGE.values())


def language_of(words: list[str]) -> str | None:
    """The language whose stop words these (casefolded) words of an answer use most, or None for
    an answer with none of them or a tie ("Pay", "remote work": a few words say no language)."""
    hits = sorted(((sum(w in stops for w in words), code) for code, stops in BY_LANGUAGE.items()), reverse=True)
    if not hits or hits[0][0] == 0 or (len(hits) > 1 and hits[1][0] == hits[0][0]):
        return None
    return hits[0][1]
