"""Right-to-left text for the recap: Arabic letter joining and a simplified bidi reordering.

reportlab draws characters in the order it is given them and does not join Arabic letters (unless
``uharfbuzz``/``rlbidi`` are installed, which forumdesk does not require). So before a line of
Hebrew or Arabic reaches a Paragraph it is put in *visual* order here, and Arabic letters are
replaced by their contextual presentation forms (initial, medial, final, isolated; lam-alef
ligatures), which DejaVu Sans has.

The reordering is a simplification of the Unicode bidi algorithm that is right for the text people
type in answers: a paragraph's direction comes from its first strong character; runs of Latin
letters and numbers keep their order inside right-to-left text; neutral characters between two
runs of the same direction join them, otherwise they take the paragraph's direction; brackets are
mirrored. Explicit embeddings and overrides are not supported (``clean_text`` removes them anyway).
"""

from __future__ import annotations

import unicodedata
from functools import cache

_RTL = {"R", "AL"}
_LTR = {"L", "EN", "AN"}  # numbers keep their left-to-right order inside right-to-left text
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«",
           "‹": "›", "›": "‹"}
_LAM = "\u0644"
_ALEFS = {"\u0622", "\u0623", "\u0625", "\u0627"}
_TATWEEL = "\u0640"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text if ord(ch) >= 0x0590)


def base_is_rtl(text: str) -> bool:
    """The paragraph direction: that of its first strong character (left to right if none)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return True
        if kind == "L":
            return False
    return False


# ------------------------------------------------------------------ Arabic joining


@cache
def _forms() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], str]]:
    """Presentation forms by base letter, and lam-alef ligatures by (alef, form), read from the
    Unicode decompositions of the presentation-form blocks."""
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], str] = {}
    for code in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) < 2 or not decomposition[0].startswith("<"):
            continue
        tag = decomposition[0].strip("<>")
        if tag not in ("isolated", "final", "initial", "medial"):
            continue
        bases = "".join(chr(int(h, 16)) for h in decomposition[1:])
        if len(bases) == 1:
            forms.setdefault(bases, {}).setdefault(tag, chr(code))
        elif len(bases) == 2 and bases[0] == _LAM and bases[1] in _ALEFS:
            ligatures.setdefault((bases[1], tag), chr(code))
    return forms, ligatures


def _joining(ch: str) -> str:
    """'D' joins on both sides, 'R' only to the letter before it, 'T' is transparent, 'U' none."""
    if ch == _TATWEEL:
        return "D"
    if unicodedata.category(ch) in ("Mn", "Me"):
        return "T"
    available = _forms()[0].get(ch)
    if not available:
        return "U"
    return "D" if "initial" in available or "medial" in available else "R"


def shape_arabic(text: str) -> str:
    """Arabic letters replaced by the presentation form their neighbours call for."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    forms, ligatures = _forms()
    kinds = [_joining(ch) for ch in text]

    def neighbour(index: int, step: int) -> int | None:
        index += step
        while 0 <= index < len(text) and kinds[index] == "T":
            index += step
        return index if 0 <= index < len(text) else None

    out: list[str] = []
    skip: set[int] = set()
    for index, ch in enumerate(text):
        if index in skip:
            continue
        kind = kinds[index]
        if kind not in ("D", "R") or ch == _TATWEEL:
            out.append(ch)
            continue
        before = neighbour(index, -1)
        after = neighbour(index, +1)
        joins_before = before is not None and kinds[before] == "D"
        if ch == _LAM and after is not None and text[after] in _ALEFS:
            ligature = ligatures.get((text[after], "final" if joins_before else "isolated"))
            if ligature:
                out.append(ligature)
                out.extend(text[index + 1:after])  # marks between lam and alef stay
                skip.add(after)
                continue
        joins_after = kind == "D" and after is not None and kinds[after] in ("D", "R")
        tag = {(True, True): "medial", (True, False): "final", (False, True): "initial"}.get(
            (joins_before, joins_after), "isolated")
        available = forms.get(ch, {})
        out.append(available.get(tag) or available.get("isolated") or ch)
    return "".join(out)


# ------------------------------------------------------------------ reordering


def _clusters(text: str) -> list[str]:
    """Characters with their combining marks, so reversing a run keeps each mark on its letter."""
    clusters: list[str] = []
    for ch in text:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


_OPENING = {"(": ")", "[": "]", "{": "}"}


def _resolve_brackets(clusters: list[str], strong: list[str | None], base: str) -> None:
    """Paired brackets get one direction, as in rule N0 of the bidi algorithm: the paragraph's if
    it occurs inside them, else the other one if it is inside and also comes before them."""
    stack: list[int] = []
    for index, cluster in enumerate(clusters):
        ch = cluster[0]
        if ch in _OPENING:
            stack.append(index)
        elif ch in _OPENING.values():
            match = next((i for i in range(len(stack) - 1, -1, -1) if _OPENING[clusters[stack[i]][0]] == ch), None)
            if match is None:
                continue
            opening = stack[match]
            del stack[match:]
            inside = {kind for kind in strong[opening + 1:index] if kind}
            if not inside:
                continue
            if base in inside:
                direction = base
            else:
                before = next((strong[i] for i in range(opening - 1, -1, -1) if strong[i]), base)
                direction = before if before != base else base
            strong[opening] = strong[index] = direction


def visual_line(text: str, rtl_base: bool | None = None) -> str:
    """One line of text in the order its characters are drawn from left to right."""
    if not has_rtl(text):
        return text
    rtl_base = base_is_rtl(text) if rtl_base is None else rtl_base
    shaped = shape_arabic(text)
    clusters = _clusters(shaped)
    strong: list[str | None] = []
    for cluster in clusters:
        kind = unicodedata.bidirectional(cluster[0])
        strong.append("R" if kind in _RTL else "L" if kind in _LTR else None)
    _resolve_brackets(clusters, strong, "R" if rtl_base else "L")
    # Neutrals between two runs of one direction take it; otherwise the paragraph's direction.
    resolved: list[str] = []
    for index, kind in enumerate(strong):
        if kind is not None:
            resolved.append(kind)
            continue
        before = next((strong[i] for i in range(index - 1, -1, -1) if strong[i]), None)
        after = next((strong[i] for i in range(index + 1, len(strong)) if strong[i]), None)
        resolved.append(before if before is not None and before == after else ("R" if rtl_base else "L"))
    runs: list[tuple[str, list[str]]] = []
    for cluster, direction in zip(clusters, resolved, strict=True):
        if runs and runs[-1][0] == direction:
            runs[-1][1].append(cluster)
        else:
            runs.append((direction, [cluster]))
    pieces = []
    for direction, items in runs:
        if direction == "R":
            pieces.append("".join(_MIRROR.get(c, c) for c in reversed(items)))
        else:
            pieces.append("".join(items))
    return "".join(reversed(pieces) if rtl_base else pieces)
