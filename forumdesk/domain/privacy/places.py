"""Postal addresses in the forms attendees write them: French ("12 bis rue des Lilas, 75011 Paris"),
British ("221B Baker Street", "SW1A 1AA"), American ("742 Evergreen Terrace, Springfield, IL 62704"),
German ("Hauptstraße 5, 10115 Berlin") and Spanish ("Calle Mayor 5, 28013 Madrid").

A street is only an address with its house number: "rue de Rivoli" alone or "Baker Street station"
names a place many people pass through, not where someone lives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from forumdesk.domain.privacy.facts import digit_count, mentions
from forumdesk.domain.privacy.kinds import ContactKind

Span = tuple[ContactKind, int, int]

# "In 2019 Google Drive...", "Plaza Mayor 2020": a year is not a house number.
_NOT_YEAR = r"(?!(?:19|20)\d\d\b)"
_NUMBER = r"\d{1,4}(?:\s?(?:bis|ter|quater|[A-Za-z])\b)?,?"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
# Lower-case joining words inside street names: "rue des Lilas", "avenue de la République".
_JOIN = r"(?:d['’]|de la |de l['’]|de |des |du |la |le |les |l['’]|aux |au |à la |sur |sous |en |of |the )"
# "75011 Paris", "10115 Berlin", "28013 Madrid": a postal code and a town after the street.
_TOWN = rf"(?:,?\s+(?:\d{{4,5}}\s+)?{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}}(?:,?\s+[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?)?)?"
_FR_STREET = (
    r"(?:rue|avenue|av\.|bd|boulevard|place|chemin|allée|allee|impasse|quai|cours|route|rte|square|passage|"
    r"faubourg|fbg|lotissement|résidence|residence|hameau|sentier|voie|cité|cite)"
)
_FR = re.compile(
    rf"(?<![\w,.])(?:{_NUMBER}\s+)(?i:{_FR_STREET})\s+{_JOIN}*{_NAME_WORD}(?:[ -](?:{_JOIN})*{_NAME_WORD}){{0,3}}"
    rf"(?:,?\s+\d{{5}}(?:\s+{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}})?)?"
)
_EN_STREET = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Terrace|Way|Place|Pl|Close|"
    r"Crescent|Square|Sq|Highway|Hwy|Parkway|Pkwy|Gardens|Grove|Row|Mews|Hill)"
)
_EN = re.compile(
    rf"(?<![\w,.])(?:(?:Flat|Apt\.?|Apartment|Unit)\s+\w+,?\s+)?{_NOT_YEAR}\d{{1,5}}[A-Za-z]?,?\s+"
    rf"(?:{_NAME_WORD}\s+){{1,3}}{_EN_STREET}\b\.?(?:,?\s+(?:Apt\.?|Flat|Unit|Suite)\s+\w+)?{_TOWN}"
)
# British postcodes identify a handful of front doors on their own.
_UK_POSTCODE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])")
_DE_STREET = r"(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig)"
_DE_WORD = r"[A-ZÄÖÜ][a-zäöüß-]*"
_DE_STREET_WORD = r"(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee)"
_DE = re.compile(
    rf"(?<![\w-])(?:(?:{_DE_WORD}[ -])?{_DE_WORD}{_DE_STREET}|{_DE_WORD}[ -]{_DE_STREET_WORD}|(?:Am|An der|Auf der) {_NAME_WORD})"
    rf"\s+{_NOT_YEAR}\d{{1,4}}[a-z]?\b(?:,?\s+\d{{5}}\s+{_NAME_WORD})?"
)
_ES = re.compile(
    rf"(?<![\w-])(?:[Cc]alle|C/|[Aa]venida|[Aa]vda\.?|[Pp]laza|[Pp]aseo|[Cc]arrer|[Cc]arretera|[Cc]amino)\s*"
    rf"{_JOIN}*{_NAME_WORD}(?:\s+(?:{_JOIN})*{_NAME_WORD}){{0,3}},?\s+(?:n[º°o]\.?\s?)?{_NOT_YEAR}\d{{1,4}}\b"
    rf"(?:,?\s+\d{{5}}\s+{_NAME_WORD})?"
)


# Words one of which a text must contain for the pattern to run (case-folded, see facts.words()).
_FR_TRIGGERS = frozenset(
    """rue avenue av bd boulevard place chemin allée allee impasse quai cours route rte square passage faubourg fbg
    lotissement résidence residence hameau sentier voie cité cite""".split()
)
_EN_TRIGGERS = frozenset(
    """street st avenue ave road rd boulevard blvd lane ln drive dr court ct terrace way place pl close crescent
    square sq highway hwy parkway pkwy gardens grove row mews hill""".split()
)
_ES_TRIGGERS = frozenset("calle c avenida avda plaza paseo carrer carretera camino".split())
_DE_HINT = re.compile(rf"{_DE_WORD}{_DE_STREET}|\b{_DE_STREET_WORD}|\bA(?:m|n der|uf der) [A-ZÄÖÜ]")


# "3 cours de Droit", "2 cours Magistraux": in French "cours" is also a class, "place" a seat and
# "passage" an exam; a street is not named after a subject, a day or a kind of class.
_NOT_STREET_NAMES = frozenset(
    """droit anglais maths mathématiques français histoire géographie économie éco philo philosophie physique
    chimie biologie informatique espagnol allemand italien chinois sport latin gestion compta comptabilité
    marketing finance statistiques stats psycho psychologie sociologie socio magistraux magistral td tp cm
    amphi lundi mardi mercredi jeudi vendredi samedi dimanche libre libres disponible disponibles""".split()
)


def find_addresses(text: str) -> Iterator[Span]:
    if not digit_count(text):
        return
    patterns = [_UK_POSTCODE]
    if mentions(text, _FR_TRIGGERS):
        patterns.append(_FR)
    if mentions(text, _EN_TRIGGERS):
        patterns.append(_EN)
    if _DE_HINT.search(text):
        patterns.append(_DE)
    if mentions(text, _ES_TRIGGERS):
        patterns.append(_ES)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if pattern is _FR and _names_no_street(match.group(0)):
                continue
            yield ContactKind.ADDRESS, match.start(), match.end()


def _names_no_street(address: str) -> bool:
    """Is the first capitalised word after the street type a subject or a day ("3 cours de Droit")?"""
    name = next((word for word in re.split(r"[\s'’]+", address)[2:] if word[:1].isupper()), "")
    return name.casefold().rstrip(",") in _NOT_STREET_NAMES
