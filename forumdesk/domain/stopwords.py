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


def _package_words() -> frozenset[str]:
    words: set[str] = set()
    for code in LANGUAGES:
        words.update(w.casefold().replace("’", "'") for w in get_stop_words(code))
    return frozenset(words - CONTENT_WORDS)


STOP_WORDS: frozenset[str] = _package_words()
