"""Right-to-left text for the recap: Arabic letters joined by ``arabic_reshaper``, lines put in
drawing order with the Unicode bidi algorithm from ``python-bidi``.

reportlab draws characters in the order it is given them and does not join Arabic letters. So
before a line of Hebrew or Arabic reaches a Paragraph it is shaped (contextual presentation forms
and lam-alef ligatures, which DejaVu Sans has) and put in *visual* order here.

python-bidi's Rust implementation resolves the embedding level of every character (rules P–I,
including bracket pairs, N0) but does not mirror brackets. So we ask it for the levels
(``debug=True``, its documented way of returning them) and apply the last two rules ourselves:
L2 (reverse runs from the highest level down) and L4 (a mirrored character at an odd level is
drawn as its mirror image). A combining mark stays after its base letter so it is drawn on it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED

_RTL = {"R", "AL"}
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text if ord(ch) >= 0x0590)


def base_is_rtl(text: str) -> bool:
    """The paragraph direction (rules P2, P3): that of its first strong character, left to right
    if it has none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return True
        if kind == "L":
            return False
    return False


@cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    # Harakat are kept (the answer shows what was typed); only the lam-alef ligatures are used,
    # the ones every Arabic font (DejaVu Sans included) has.
    config = {"delete_harakat": False, "support_ligatures": True, "ARABIC LIGATURE ALLAH": False}
    return arabic_reshaper.ArabicReshaper(configuration=config)


def shape_arabic(text: str) -> str:
    """Arabic letters replaced by the presentation forms their neighbours call for."""
    if not any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text):
        return text
    return _reshaper().reshape(text)


def _levels(text: str, rtl_base: bool) -> list[int]:
    """The resolved embedding level of each character of ``text``, from python-bidi."""
    info = get_display(text, base_dir="R" if rtl_base else "L", debug=True)
    section = info.split("levels:", 1)[1].split("paragraphs:", 1)[0]
    by_byte = [int(level) for level in _LEVEL.findall(section)]
    levels: list[int] = []
    offset = 0
    for ch in text:  # the levels are per UTF-8 byte; a character takes the level of its first byte
        levels.append(by_byte[offset])
        offset += len(ch.encode("utf-8"))
    return levels


def visual_line(text: str, rtl_base: bool | None = None) -> str:
    """One line of text, shaped, in the order its characters are drawn from left to right.
    ``rtl_base`` is the direction of the paragraph the line belongs to (its own if not given)."""
    if not has_rtl(text):
        return text
    rtl_base = base_is_rtl(text) if rtl_base is None else rtl_base
    shaped = shape_arabic(text)
    levels = _levels(shaped, rtl_base)
    # Clusters: a letter and the combining marks after it, kept together so that a reversed run
    # still draws each mark after (on) its letter.
    clusters: list[tuple[int, str]] = []
    for ch, level in zip(shaped, levels, strict=True):
        if clusters and unicodedata.combining(ch):
            clusters[-1] = (clusters[-1][0], clusters[-1][1] + ch)
        else:
            mirrored = MIRRORED.get(ch, ch) if level % 2 else ch  # rule L4
            clusters.append((level, mirrored))
    # Rule L1 (the part that matters for one line): trailing spaces are at the paragraph level.
    base = 1 if rtl_base else 0
    for index in range(len(clusters) - 1, -1, -1):
        if not clusters[index][1].isspace():
            break
        clusters[index] = (base, clusters[index][1])
    # Rule L2: from the highest level down to the lowest odd one, reverse every run at that
    # level or higher.
    order = list(range(len(clusters)))
    highest = max(level for level, _ in clusters)
    lowest_odd = min((level for level, _ in clusters if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if clusters[order[index]][0] < level:
                index += 1
                continue
            end = index
            while end < len(order) and clusters[order[end]][0] >= level:
                end += 1
            order[index:end] = reversed(order[index:end])
            index = end
    return "".join(clusters[i][1] for i in order)
