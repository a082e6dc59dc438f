"""Numbers that identify someone: phone numbers, IBANs and ID numbers (student, national, social
security, passport). Numbers that identify nobody are left: amounts and salaries, years and lists of
years, dates, times, percentages, reference numbers, ISBNs and organisations' helplines (freephone,
premium rate).

Phone numbers: a pattern finds every run of digits (also glued to letters or CJK characters, which
``phonenumbers.PhoneNumberMatcher`` refuses), the context rules out amounts and references, and
Google's ``phonenumbers`` metadata decides whether the run is a real number in one of the regions
attendees come from. Runs that are shaped like a phone number but are not in its metadata (the
"555" numbers of films, numbers from other regions) are still masked by shape: a missed phone number
costs more than a masked one. See benchmarks/privacy_detection.py for the comparison.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from forumdesk.domain.privacy.facts import digit_count, mentions
from forumdesk.domain.privacy.kinds import ContactKind

Span = tuple[ContactKind, int, int]

# A run of digits with the separators people type in numbers, optionally international ("+33",
# "0033", "(+44)"). Only another digit or "+" may not touch it: "tel0612345678", "電話09012345678".
_NUMBER = re.compile(r"(?<![\d+＋])(?:[+＋]|\(\+?\d{1,3}\)\s?)?\d(?:[ \u00a0\u202f.\-/()]{0,2}\d)*")
_MIN_DIGITS = 7
_MAX_PHONE_DIGITS = 15

# Regions whose national formats are tried, in order: the forum's own (French), its neighbours and
# the countries students commonly come from. International "+..." numbers need no region.
_REGIONS = ("FR", "BE", "CH", "GB", "DE", "ES", "IT", "NL", "US", "MA", "DZ", "TN", "SN", "CI", "CN", "JP", "PT")

# --- what a number is not ---------------------------------------------------------------------
_CURRENCY_BEFORE = re.compile(r"(?:[€$£¥₹]|\b(?:EUR|USD|GBP|CHF|CAD|eur|usd))\s?$")
_CURRENCY_AFTER = re.compile(
    r"^\s?(?:[€$£¥₹%‰]|k\b|K\b|M\b|euros?\b|eur\b|EUR\b|dollars?\b|USD\b|pounds?\b|livres\b|GBP\b|CHF\b|francs?\b|"
    r"pour ?cent|per ?cent|percent|par an\b|per year\b|a year\b|/an\b|/year\b|brut\b|net\b|gross\b|"
    r"habitants\b|inhabitants\b|people\b|personnes\b|students\b|étudiants\b|km\b|m2\b|m²\b|views\b|vues\b|followers\b)",
    re.IGNORECASE,
)
# Words that make the number after them a reference, not a person's ("in case", "my line" do not).
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:ref|réf|reference|référence|order|commande|invoice|facture|ticket|dossier|tracking|colis|"
    r"suivi|parcel|booking|réservation|reservation|isbn(?:-1[03])?|issn|doi|article|loi|law|code|version|"
    r"n[o°º]?\s?de\s?(?:dossier|commande|facture)|SIRET|SIREN|RCS|TVA|VAT|vol|flight)"
    r"\.?\s?[:#n°º]*\s?|#)$",
    re.IGNORECASE,
)
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s?[-/–]?\s?(?:19|20)\d\d)+")
# "30000-45000": a range of amounts, not a number to call.
_RANGE = re.compile(r"[1-9]\d{2,6} ?[-/] ?[1-9]\d{2,6}")
# "45.000", "1 200 000", "12,000,000": thousands separators make it an amount.
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:(?P<sep>[ .\u00a0\u202f])\d{3})(?:(?P=sep)\d{3})+|[1-9]\d{0,2}[.]\d{3}")
# US-style "(555) 123-4567", "555-123-4567" and "0x xx xx xx xx"-like national forms with a trunk 0.
_PHONE_SHAPE = re.compile(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|0\d(?:[ .-]?\d\d){4}|0\d{2,4}[ .-/]?\d{3,4}[ .-]?\d{3,4}")
_US_SSN = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")

# --- IDs with their own shape ------------------------------------------------------------------
_IBAN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Z0-9])")
_SHAPED_IDS = re.compile(
    r"(?<![\w-])(?:"
    r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]"  # UK National Insurance number
    r"|\d{8}-?[A-HJ-NP-TV-Z]"  # Spanish DNI
    r"|[XYZ]-?\d{7}-?[A-HJ-NP-TV-Z]"  # Spanish NIE
    r"|\d{9}[A-Z]{2}|\d{10}[A-Z]"  # French INE (student number)
    r"|[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3}(?: ?\d{2})?"  # French NIR (sécu)
    r"|[A-Za-z]{1,2}\d{6,9}"  # student numbers such as "s2103456", "e12345678"; passports "AB1234567"
    r")(?![\w-])"
)
# "student number 21903456", "n° étudiant : 1234567", "matricule 56789", "my ID is 8877665".
_ID_KEYWORD = re.compile(
    r"\b(?:student (?:id|number|no\.?|card)|(?:n[o°º]|num[ée]ro|numero) (?:d['’])?[ée]tudiant|matricule|"
    r"carte (?:d['’])?[ée]tudiant|id(?: number| no\.?| card)?|passport(?: number| no\.?)?|passeport|"
    r"(?:personal)?ausweis(?:nummer)?|matrikel(?:nummer)?|dni|nie|ine|nir|ssn|social security(?: number)?|"
    r"(?:num[ée]ro de )?s[ée]cu(?:rit[ée] sociale)?|national insurance(?: number)?|ni number|tax (?:id|number)|"
    r"steuer-?id|n[o°º] fiscal|badge)"
    r"(?:\s*(?:is|est|es|ist|:|=|n[o°º]|number|no\.?|#)){0,2}\s*"
    r"(?P<id>[A-Za-z]{0,3}\d[\dA-Za-z \-]{3,20}[\dA-Za-z])",
    re.IGNORECASE,
)

_ID_TRIGGERS = frozenset(
    """student no nº n num numéro numero étudiant etudiant matricule carte id passport passeport ausweis
    personalausweis ausweisnummer personalausweisnummer matrikel matrikelnummer dni nie ine nir ssn social sécu
    secu sécurité securite national ni tax steuer fiscal badge""".split()
)


def find_ibans(text: str) -> Iterator[Span]:
    if digit_count(text) < 8:
        return
    for match in _IBAN.finditer(text):
        candidate = match.group(0)
        # A trailing group may be the next word in capitals: shorten until the checksum holds.
        while len(candidate.replace(" ", "")) >= 15:
            if _iban_checksum_ok(candidate):
                yield ContactKind.IBAN, match.start(), match.start() + len(candidate)
                break
            candidate = candidate[:-1].rstrip()


def _iban_checksum_ok(candidate: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to numbers, mod 97 must be 1."""
    compact = candidate.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def find_shaped_ids(text: str) -> Iterator[Span]:
    if digit_count(text) < 4:
        return
    for pattern in (_SHAPED_IDS, _US_SSN) if "-" in text else (_SHAPED_IDS,):
        for match in pattern.finditer(text):
            if not _DATE.fullmatch(match.group(0)):
                yield ContactKind.ID_NUMBER, match.start(), match.end()
    if not mentions(text, _ID_TRIGGERS):
        return
    for match in _ID_KEYWORD.finditer(text):
        value = match.group("id").rstrip(" -")
        if sum(ch.isdigit() for ch in value) >= 4:
            yield ContactKind.ID_NUMBER, match.start("id"), match.start("id") + len(value)


def find_numbers(text: str) -> Iterator[Span]:
    """Phone numbers, and long numbers that are neither phones nor harmless (kept as ID numbers)."""
    if digit_count(text) < _MIN_DIGITS:
        return
    for match in _NUMBER.finditer(text):
        candidate = match.group(0).rstrip(" .-/(\u00a0\u202f")
        start, end = match.start(), match.start() + len(candidate)
        digits = sum(ch.isdigit() for ch in candidate)
        if digits < _MIN_DIGITS or _is_harmless(text, candidate, start, end) or is_service_number(candidate):
            continue
        if digits <= _MAX_PHONE_DIGITS and is_phone_number(candidate):
            yield ContactKind.PHONE, start, end
        elif digits >= 8 and max(len(group) for group in re.findall(r"\d+", candidate)) >= 4:
            # A list of small numbers ("rooms 12 14 16 18") is not an ID; IDs are typed in long blocks.
            yield ContactKind.ID_NUMBER, start, end


def _is_harmless(text: str, candidate: str, start: int, end: int) -> bool:
    """Amounts, years, dates, ranges, references and ISBNs identify nobody."""
    international = candidate[0] in "+＋(" or candidate.startswith("00")
    if not international and (
        _DATE.fullmatch(candidate) or _YEARS.fullmatch(candidate) or _RANGE.fullmatch(candidate)
        or _is_isbn(candidate)
        # "612 345 678" is how Spaniards write their mobiles; "1 200 000" is an amount.
        or (_THOUSANDS.fullmatch(candidate) and not is_national_phone_number(candidate))
    ):
        return True
    before, after = text[max(0, start - 24):start], text[end:end + 16]
    return bool(_CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(after) or _REFERENCE_BEFORE.search(before))


def _is_isbn(candidate: str) -> bool:
    digits = [int(ch) for ch in candidate if ch.isdigit()]
    if len(digits) == 13 and candidate[:3] in ("978", "979"):
        return sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0
    return False


# Freephone, premium-rate and shared-cost numbers belong to organisations (helplines, services):
# they identify no attendee, and only phone metadata can tell them from a personal number.
_SERVICE_TYPES = frozenset({
    phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.UAN,
})
# Service ranges start with 8 or 9 after the trunk prefix ("0800", "0 892", "1-800", "+33 800").
# "1-800-273-8255": North American freephone, also the digits of a Chinese mobile.
_NANP_TOLL_FREE = re.compile(r"(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?\d{3}[ .-]?\d{4}")
_MAYBE_SERVICE = re.compile(r"^(?:[+＋(]*\d{1,3}[ .\-/()]*|0[ .\-/]*|1[ .\-/]*)?[89]")


def is_service_number(candidate: str) -> bool:
    """Is ``candidate`` a freephone, premium-rate or shared-cost number (a helpline, not a person)?"""
    if not _MAYBE_SERVICE.match(candidate):
        return False
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    if _NANP_TOLL_FREE.fullmatch(candidate):
        return True
    # The same digits mean different things in different regions: the first region (in order of
    # likelihood) where they are valid decides, unless any region makes them a mobile, which is a
    # person ("090-1234-5678" is a British premium number but a Japanese mobile).
    regions = (None,) if candidate[0] in "+＋(" else _REGIONS
    first_type = None
    for region in regions:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if region is not None and not phonenumbers.is_valid_number_for_region(number, region):
            continue
        if region is None and not phonenumbers.is_valid_number(number):
            continue
        number_type = phonenumbers.number_type(number)
        if number_type == phonenumbers.PhoneNumberType.MOBILE:
            return False
        first_type = number_type if first_type is None else first_type
    return first_type in _SERVICE_TYPES


def is_phone_number(candidate: str) -> bool:
    """Is this run of digits (from :data:`_NUMBER`) a phone number? ``phonenumbers`` first, then shape."""
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    if candidate[0] in "+＋" or candidate.startswith("(+"):
        try:
            return phonenumbers.is_possible_number(phonenumbers.parse(candidate, None))
        except phonenumbers.NumberParseException:
            return False
    # The shape is a cheap regex; the metadata costs a parse per region, so it comes second.
    return bool(_PHONE_SHAPE.fullmatch(candidate)) or is_national_phone_number(candidate)


def is_national_phone_number(candidate: str) -> bool:
    """A valid number in one of :data:`_REGIONS`, written as people of that region write it: with
    the trunk "0" where the region has one (a bare "123456789" is more likely an ID than a call)."""
    trunk_zero = int(next(ch for ch in candidate if ch.isdigit())) == 0  # int() also reads "０"
    # Each parse costs tens of microseconds: only the regions where the number could be written so.
    for region in _TRUNK_ZERO_REGIONS if trunk_zero else _NO_TRUNK_ZERO_REGIONS:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(number, region):
            continue
        if trunk_zero or _NATIONAL_PREFIX[region] != "0":
            return True
        # Chinese mobiles are dialled without the trunk 0.
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
            return True
    return False


_NATIONAL_PREFIX = {region: phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix for region in _REGIONS}
# A leading 0 is the trunk prefix, or part of the number where there is none (Italian landlines).
_TRUNK_ZERO_REGIONS = tuple(r for r in _REGIONS if _NATIONAL_PREFIX[r] in ("0", None))
_NO_TRUNK_ZERO_REGIONS = tuple(r for r in _REGIONS if _NATIONAL_PREFIX[r] != "0" or r == "CN")
