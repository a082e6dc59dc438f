"""People's names: self-introductions ("I'm Jo Doe from L3", "je m'appelle Zoé", "moi c'est Karim",
"me llamo Ana", "ich heiße Jan"), people named in a story ("my manager John Smith", "Mme Martin") and
capitalised pairs that start with a known first name ("Julie Martin helped me").

Capitalised words alone are not names: sentences start with one and French, English and German
capitalise places, institutions and nationalities. So a lone capitalised word only counts after a
phrase that introduces a name, and a pair only when the first word is a known first name
(see ``first_names``) or an introducing phrase comes first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from forumdesk.domain.privacy.facts import fold, folded_words, mentions
from forumdesk.domain.privacy.first_names import FIRST_NAMES
from forumdesk.domain.privacy.kinds import ContactKind

Span = tuple[ContactKind, int, int]

_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_LOWER = "a-zß-öø-ÿœ"
# "Zoé", "Jean-Pierre", "O'Neil", "McDonald", and a surname in capitals as the French write it ("DUPONT").
_WORD = rf"(?:[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+|[{_UPPER}][{_LOWER}]+)*|[{_UPPER}]{{3,}})"
_PARTICLE = r"(?:(?:de|du|des|van|von|der|den|da|di|del|dos|le|la|el|al|ben|bin|ibn|mac)\s+)"
_FULL_NAME = rf"{_WORD}(?:\s+{_PARTICLE}?{_WORD}){{0,2}}"

# Capitalised words that are not names even right after "I'm" / "je suis": nationalities, places,
# institutions, months and days, words capitalised at the start of a clause.
_NOT_NAMES = frozenset(
    """
    i i'm im the a an and but or so yes no not my our your this that it he she we they you here there also
    je tu il elle on nous vous ils elles le la les un une des mais et ou donc oui non pas mon ma mes ici aussi
    ich du er sie wir ihr und aber oder ja nein nicht mein meine yo él ella y pero sí mi
    french english british american german spanish italian portuguese belgian swiss moroccan algerian tunisian
    senegalese chinese japanese african european erasmus français française anglais anglaise allemand allemande
    espagnol espagnole italien italienne belge suisse marocain marocaine algérien algérienne tunisien tunisienne
    sénégalais sénégalaise chinois chinoise deutsch deutsche español española
    paris lyon marseille lille toulouse bordeaux nantes strasbourg rennes montpellier grenoble nice london
    berlin madrid barcelona rome brussels bruxelles geneva genève new york france england germany spain
    europe africa asia america l1 l2 l3 m1 m2 bts but dut iut phd master masters licence bachelor
    january february march april may june july august september october november december
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
    university université universidad universität school école college collège lycée institute institut
    student étudiant étudiante estudiante a2 b1 b2 c1 c2 ok okay sorry désolé désolée happy tired fine
    google microsoft amazon apple meta facebook linkedin instagram twitter github teams zoom excel word python
    java sql hr rh ceo cto phd intern stagiaire alternant alternante team équipe
    """.split()
)

# Phrases after which the next capitalised words are the speaker's name, even a first name alone.
_STRONG_INTRO = (
    r"my name is|my name's|my names|name's|i am called|i'm called|call me|signed|"
    r"je m['’]appelle|j['’]m['’]appelle|je me nomme|mon nom est|mon nom c['’]est|mon prénom est|mon prénom c['’]est|"
    r"moi c['’]est|moi,? c['’]est|signé|"
    r"me llamo|mi nombre es|ich heiße|ich heisse|mein name ist|ich bin der|ich bin die"
)
# Phrases after which a name is likely but so are adjectives and nationalities ("I'm French"): only a
# known first name or two capitalised words count.
_WEAK_INTRO = (
    r"i['’]m|i am|im|je suis|soy|ich bin|named|nommée?|appelée?|qui s['’]appelle|s['’]appelle|llamad[oa]|namens"
)
# Phrases that also introduce products and institutions ("this is Sciences Po", "it's Google Drive"):
# only a known first name counts.
# Sign-offs and thanks ("Cordialement, Julie", "Thanks Sarah") name a person too.
_FIRST_NAME_INTRO = (
    r"this is|it['’]s|c['’]est|called|de la part de|signed by|from|"
    r"regards|cordialement|bien à vous|bisous|bises|cheers|thanks|thank you|merci|saludos|gracias|grüße|gruß|lg|"
    r"with|avec|ask|talk to|parlé à|demande à|demandez à|contact|contacte|contactez"
)
_RELATION = (
    r"manager|boss|supervisor|tutor|teacher|professor|prof|lecturer|colleague|co-?worker|friend|classmate|mentor|"
    r"advis[eo]r|director|head of \w+|landlord|landlady|neighbou?r|flatmate|roommate|husband|wife|boyfriend|"
    r"girlfriend|brother|sister|cousin|mother|father|mom|mum|dad|son|daughter|recruiter|team lead|coach|doctor|"
    r"counsell?or|uncle|aunt|"
    r"chef|cheffe|patron|patronne|responsable|tuteur|tutrice|ma[iî]tre de stage|coll[èe]gue|ami|amie|pote|"
    r"professeure?|enseignante?|directeur|directrice|voisine?|coloc(?:ataire)?|propriétaire|proprio|copain|copine|"
    r"mari|femme|frère|s(?:oe|œ)ur|cousine|mère|père|conseill[eè]re?|recruteur|recruteuse|encadrante?|"
    r"jefe|jefa|profesora?|compañer[oa]|amig[oa]|tutora|"
    r"chefin|kollegin|kollege|lehrerin|lehrer|betreuerin|betreuer|freundin|freund"
)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Mme|Mlle|Madame|Monsieur|Mademoiselle|Herr|Frau|Sr|Sra|Señor|Señora|Maître)\.?|M\."

_AFTER_STRONG = re.compile(rf"\b(?i:{_STRONG_INTRO})[,:]?\s+(?P<name>{_FULL_NAME})")
# "my name is jo doe": lower-case names after an unmistakable phrase.
_AFTER_STRONG_LOWER = re.compile(
    rf"\b(?i:my name is|je m['’]appelle|moi c['’]est|me llamo|ich heiße|mon nom est)\s+(?P<name>[{_LOWER}]{{2,}}(?:\s+[{_LOWER}]{{2,}})?)"
)
_AFTER_WEAK = re.compile(rf"(?<![\w'’])(?i:{_WEAK_INTRO})[,:]?\s+(?P<name>{_FULL_NAME})")
_AFTER_FIRST_NAME_INTRO = re.compile(rf"(?<![\w'’])(?i:{_FIRST_NAME_INTRO})[,:]?\s+(?P<name>{_FULL_NAME})")
_AFTER_RELATION = re.compile(
    rf"\b(?i:{_RELATION})[,:]?\s+(?:(?i:is|was|est|c['’]est|named|called|nommée?|qui s['’]appelle)\s+)?(?P<name>{_FULL_NAME})"
)
_AFTER_TITLE = re.compile(rf"(?<![\w.])(?:{_TITLE})\s+(?P<name>{_FULL_NAME})")
# Every capitalised word, with the one after it (look-ahead, so overlapping pairs are all seen). After
# a particle only a capitalised word ("Charles de Gaulle"), not an acronym ("Karim du BDE").
_CAPITALISED = rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+|[{_UPPER}][{_LOWER}]+)*"
_PAIR = re.compile(rf"(?<![\w'’-])(?P<first>{_WORD})(?=(?P<rest>\s+(?:{_PARTICLE}{_CAPITALISED}|{_WORD})))")
# A known first name placed by a department or an organisation: "Julie from HR", "Karim du BDE".
_NAME_BY_PLACE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAPITALISED})(?=\s+(?:from|of|at|du|de la|de l['’]|des|chez|von|vom|de)\s+"
    rf"(?:the\s+|la\s+|le\s+|l['’])?[{_UPPER}])"
)
# People whose names France gives to streets, schools, universities, stations and airports ("lycée Jean
# Jaurès", "université Claude Bernard", "Charles de Gaulle"): naming them identifies no one in the room.
# Compared without accents and case; a pair's first two words are enough ("Pierre Mendès [France]").
_PUBLIC_NAMES = frozenset(
    fold(name)
    for name in "victor hugo|jean jaurès|jean moulin|louis pasteur|marie curie|pierre curie|charles de gaulle|"
    "émile zola|jules ferry|simone veil|jean monnet|paul valéry|louis lumière|jean macé|pierre mendès|"
    "albert camus|jules verne|george sand|olympe de gouges|léon blum|jean zay|paul bert|victor schoelcher|"
    "claude bernard|paul sabatier|michel de montaigne|paul verlaine|françois rabelais|denis diderot|"
    "victor segalen|paul cézanne|robert schuman|joseph fourier|jean-jacques rousseau|charlie hebdo".split("|")
)
_NOT_AFTER_INTRO_LOWER = frozenset(
    "not pas no nothing rien secret anonymous anonyme irrelevant important unimportant private privé privée "
    "on un une a an the le la les des".split()
)


# Words one of which a text must contain for the pattern of the same name to run at all (case-folded
# as facts.words() gives them): keeps masking 1,000 answers fast.
_STRONG_TRIGGERS = frozenset(
    "name names called call signed signé appelle nomme nom prénom moi llamo nombre heisse bin".split()
)
_RELATION_TRIGGERS = frozenset(
    """manager boss supervisor tutor teacher professor prof lecturer colleague coworker worker friend classmate
    mentor adviser advisor director head landlord landlady neighbour neighbor flatmate roommate husband wife
    boyfriend girlfriend brother sister cousin mother father mom mum dad son daughter recruiter lead coach doctor
    counsellor counselor uncle aunt chef cheffe patron patronne responsable tuteur tutrice maître maitre collègue
    collegue ami amie pote professeur professeure enseignant enseignante directeur directrice voisin voisine coloc
    colocataire propriétaire proprio copain copine mari femme frère sœur soeur cousine mère père conseiller
    conseillère conseillere recruteur recruteuse encadrant encadrante jefe jefa profesor profesora compañero
    compañera amigo amiga tutora chefin kollegin kollege lehrerin lehrer betreuerin betreuer freundin freund""".split()
)
_TITLE_TRIGGERS = frozenset(
    "mr mrs ms miss dr prof professor mme mlle madame monsieur mademoiselle herr frau sr sra señor señora maître m".split()
)
_WEAK_TRIGGERS = frozenset(
    "i im je soy ich named nommé nommée appelé appelée appelle llamado llamada namens".split()
)
_FIRST_NAME_INTRO_TRIGGERS = frozenset(
    "this it s c est called part signed from regards cordialement vous bisous bises cheers thanks thank merci "
    "saludos gracias grüsse gruss lg with avec ask talk parlé demande demandez contact contacte contactez".split()
)


def find_names(text: str) -> Iterator[Span]:
    if mentions(text, _STRONG_TRIGGERS):
        yield from _find_after_strong_intros(text)
    if mentions(text, _RELATION_TRIGGERS):
        for match in _AFTER_RELATION.finditer(text):
            yield from _trimmed(match, lone_ok=True)
    if mentions(text, _TITLE_TRIGGERS):
        for match in _AFTER_TITLE.finditer(text):
            yield from _trimmed(match, lone_ok=True)
    if mentions(text, _WEAK_TRIGGERS):
        # In Title Case Text Every Pair Is Capitalised: only a known first name counts there.
        pair_ok = not _is_title_case(text)
        for match in _AFTER_WEAK.finditer(text):
            yield from _trimmed(match, lone_ok=False, pair_ok=pair_ok)
    if mentions(text, _FIRST_NAME_INTRO_TRIGGERS):
        for match in _AFTER_FIRST_NAME_INTRO.finditer(text):
            yield from _trimmed(match, lone_ok=False, pair_ok=False)
    if FIRST_NAMES.isdisjoint(folded_words(text)):
        return
    for match in _PAIR.finditer(text):
        first, rest = match.group("first"), match.group("rest")
        if _is_first_name(first) and not _is_common(rest.split()[-1]) and not _is_public(first + rest):
            yield ContactKind.NAME, match.start("first"), match.end("rest")
    # After the pairs, so that "Julie Martin from HR" is one name, not "Martin" alone.
    for match in _NAME_BY_PLACE.finditer(text):
        if _is_first_name(match.group("name")):
            yield ContactKind.NAME, match.start("name"), match.end("name")


def _find_after_strong_intros(text: str) -> Iterator[Span]:
    for match in _AFTER_STRONG.finditer(text):
        yield from _trimmed(match, lone_ok=True)
    for match in _AFTER_STRONG_LOWER.finditer(text):
        words = match.group("name").split()
        if words[0] not in _NOT_AFTER_INTRO_LOWER:
            kept = words[:1] if len(words) > 1 and words[1] in _NOT_AFTER_INTRO_LOWER else words
            start = match.start("name")
            yield ContactKind.NAME, start, start + len(" ".join(kept))


def _trimmed(match: re.Match[str], lone_ok: bool, pair_ok: bool = True) -> Iterator[Span]:
    """The name words of ``match`` up to the first one that is not a name ("Jo Doe From" -> "Jo Doe")."""
    words = match.group("name").split()
    kept: list[str] = []
    for word in words:
        # A word in capitals is a surname after a first name ("Jean DUPONT"), or a known first name
        # ("MY NAME IS JULIE"); otherwise it is shouting ("JE SUIS TRÈS DÉÇUE").
        shouted = word.isupper() and not kept and not _is_first_name(word)
        if _is_common(word) or shouted:
            break
        kept.append(word)
    if not kept or _is_public(" ".join(kept)):
        return
    known_first = _is_first_name(kept[0])
    if not lone_ok and not known_first and (len(kept) < 2 or not pair_ok):
        return
    # The span runs from the first name word to the end of the last kept word in the original text.
    start = match.start("name")
    end = start
    for word in kept:
        end = match.string.index(word, end) + len(word)
    yield ContactKind.NAME, start, end


def _is_first_name(word: str) -> bool:
    """A known first name, also compound ("Jean-Pierre", "Anne-Sophie": the first part is known)."""
    folded = fold(word)
    return folded in FIRST_NAMES or ("-" in folded and folded.split("-", 1)[0] in FIRST_NAMES)


def _is_title_case(text: str) -> bool:
    words = text.split()
    return len(words) >= 4 and sum(word[:1].isupper() for word in words) >= 0.7 * len(words)


def _is_public(name: str) -> bool:
    return " ".join(fold(name).split()) in _PUBLIC_NAMES


def _is_common(word: str) -> bool:
    return word.casefold() in _NOT_NAMES
