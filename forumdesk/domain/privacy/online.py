"""Online contact details: e-mail addresses (also written to dodge filters), profile and messaging
links, and social-network handles with or without the "@".

Each ``find_*`` function yields ``(kind, start, end)`` spans; the package resolves overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from forumdesk.domain.privacy.facts import mentions
from forumdesk.domain.privacy.kinds import ContactKind

Span = tuple[ContactKind, int, int]

# ---------------------------------------------------------------------------------------- e-mails

# The plain form, with the full-width ＠ and dot that some keyboards (and filter dodgers) produce,
# and spaces around the "@" ("jo @ gmail.com") but not around the dots.
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w+-]+(?:[.．][\w+-]+)*\s?[@＠]\s?[\w-]+(?:[.．][\w-]+)*[.．][^\W\d_]{2,}(?![\w-])"
)

# The written-out forms: "name dot surname at gmail dot com", "jo[at]mail[dot]fr", "jo (at) x (dot) org",
# "jo arobase free point fr". The separators are captured so a plain " at " can be judged below.
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
_AT = rf"(?P<at>\s*{_OPEN}\s*(?:at|@|＠|arobase|chez)\s*{_CLOSE}\s*|\s+(?:at|arobase)\s+|\s*[@＠]\s*)"
_DOT = rf"(?:\s*{_OPEN}\s*(?:dot|point|punkt|punto)\s*{_CLOSE}\s*|\s+(?:dot|point|punkt|punto)\s+|\s?[.．]\s?)"
_TLD = r"(?:com|fr|org|net|edu|io|co|uk|de|es|be|ch|eu|info|me|it|nl|ca|us|ac|gouv|gov|dev|app|mail)"
# The repeats are bounded so that a hostile 2,000-character answer ("a dot a dot ...") stays linear.
_OBFUSCATED = re.compile(
    rf"(?<![\w.+-])(?P<local>[\w+-]+(?:{_DOT}[\w+-]+){{0,4}}){_AT}(?P<domain>[\w-]+(?:{_DOT}[\w-]+){{0,3}}?){_DOT}{_TLD}(?![\w-])",
    re.IGNORECASE,
)
_SPELLED = re.compile(r"[\[\(\{<]|\b(?:dot|point|punkt|punto|arobase)\b", re.IGNORECASE)
_PROVIDERS = (
    r"(?:g ?mail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|aol|icloud|me|mac|proton(?:mail)?|pm|gmx|web|"
    r"orange|wanadoo|free|sfr|laposte|bbox|neuf|numericable|t-online|posteo|mailbox|zoho|yandex|mail|tutanota)"
)
_MAIL_PROVIDERS = re.compile(rf"^{_PROVIDERS}\b", re.IGNORECASE)
_PROVIDER_WORDS = frozenset(
    """gmail googlemail hotmail outlook live msn yahoo ymail aol icloud me mac proton protonmail pm gmx web orange
    wanadoo free sfr laposte bbox neuf numericable t online posteo mailbox zoho yandex mail tutanota""".split()
)
_COMMON_WORD_PROVIDERS = frozenset({"me", "mac", "pm", "web", "live", "free", "mail", "neuf", "orange"})
# Cheap gates: the written-out pattern only runs on text with something like an "at" and a "dot".
_AT_WORDS = frozenset({"at", "arobase", "chez"})
_DOT_WORDS = frozenset({"dot", "point", "punkt", "punto"})


# "jo.doe@gmail", "jdoe92 at hotmail": the provider alone, no ".com". After a plain " at " the local
# part must look like an address ("I was at Orange" is a job, "jdoe92 at hotmail" is not).
_NO_TLD = re.compile(
    rf"(?<![\w.+-])(?P<local>[\w+-]+(?:[.．][\w+-]+){{0,4}}){_AT}(?P<domain>{_PROVIDERS})(?![\w.．@-])",
    re.IGNORECASE,
)


def find_emails(text: str) -> Iterator[Span]:
    if "@" in text or "＠" in text:
        for match in _EMAIL.finditer(text):
            yield ContactKind.EMAIL, match.start(), match.end()
    has_at = mentions(text, _AT_WORDS) or "@" in text or "＠" in text
    if has_at and ("." in text or "．" in text or mentions(text, _DOT_WORDS)):
        for match in _OBFUSCATED.finditer(text):
            if _looks_like_obfuscated_email(match):
                yield ContactKind.EMAIL, match.start(), match.end()
    if has_at and mentions(text, _PROVIDER_WORDS):
        for match in _NO_TLD.finditer(text):
            if _looks_like_email_without_tld(match):
                yield ContactKind.EMAIL, match.start(), match.end()


def _looks_like_email_without_tld(match: re.Match[str]) -> bool:
    at, local = match.group("at"), match.group("local")
    if "@" in at or "＠" in at or _SPELLED.search(at):
        return True
    # After a plain " at ": "jdoe92 at hotmail", but not "room 2 at mail" or "jo_b at free time".
    return (
        bool(re.search(r"[._\d+-]", local)) and any(ch.isalpha() for ch in local)
        and match.group("domain").casefold() not in _COMMON_WORD_PROVIDERS
    )


def _looks_like_obfuscated_email(match: re.Match[str]) -> bool:
    """A plain " at " with real dots is ordinary English ("I work at google.com"): count it only when
    something else says e-mail: a spelled-out dot, a local part like an address ("jo.doe", "jdoe92")
    or a mail provider after the "at"."""
    whole = match.group(0)
    if _SPELLED.search(whole) or "@" in match.group("at") or "＠" in match.group("at"):
        return True
    local = match.group("local")
    return bool(re.search(r"[._\d+-]", local)) or bool(_MAIL_PROVIDERS.match(match.group("domain")))


# ------------------------------------------------------------------------------------------- links

# Sites whose URLs point at a person (a profile) or open a conversation with one. A company page
# (linkedin.com/company/...) names no attendee, so it is left.
_PROFILE_SITES = (
    r"linkedin\.com/(?!company/)(?:in/|pub/)?|github\.com/|gitlab\.com/|t\.me/|telegram\.(?:me|dog)/|wa\.me/|"
    r"api\.whatsapp\.com/send\?phone=|chat\.whatsapp\.com/|instagram\.com/|instagr\.am/|(?:x|twitter)\.com/|"
    r"facebook\.com/|fb\.com/|fb\.me/|m\.me/|tiktok\.com/|youtube\.com/(?:@|c/|channel/|user/)|snapchat\.com/add/|"
    r"discord\.gg/|discord\.com/users/|signal\.me/|threads\.net/|bsky\.app/profile/|medium\.com/@|calendly\.com/|"
    r"linktr\.ee/|about\.me/|behance\.net/|dribbble\.com/|reddit\.com/u(?:ser)?/|twitch\.tv/|vk\.com/|"
    r"pinterest\.[a-z.]+/|xing\.com/profile/|viadeo\.com/|malt\.fr/profile/"
)
_PROFILE_URL = re.compile(
    rf"(?<![\w.@/-])(?:https?://)?(?:(?:www|m|mobile|[a-z]{{2}})\.)?(?:{_PROFILE_SITES})[\w@%+~-][\w\-./%?=&#@+~]*",
    re.IGNORECASE,
)
# Any site's "/@name" page (Mastodon instances, Medium, YouTube...) is a profile too.
_AT_PATH_URL = re.compile(r"(?<![\w.@/-])(?:https?://)?[\w-]+(?:\.[\w-]+)+/@[\w.-]+", re.IGNORECASE)


# Personal pages on hosts that give each person a subdomain: "jodoe.github.io", "zoe.wixsite.com/art".
_PERSONAL_HOSTS = (
    "github.io", "gitlab.io", "wixsite.com", "wordpress.com", "blogspot.com", "carrd.co", "notion.site",
    "substack.com", "tumblr.com", "netlify.app", "vercel.app", "framer.website", "webflow.io",
)
_PERSONAL_SITE = re.compile(
    rf"(?<![\w.@/-])(?:https?://)?(?:www\.)?[\w-]+\.(?:{'|'.join(re.escape(host) for host in _PERSONAL_HOSTS)})"
    r"(?:/[\w\-./%?=&#@+~]*)?",
    re.IGNORECASE,
)


def find_profile_links(text: str) -> Iterator[Span]:
    lowered = text.casefold()
    patterns = [_PERSONAL_SITE] if any(host in lowered for host in _PERSONAL_HOSTS) else []
    if "/" in text:  # every other profile link has a path
        patterns.append(_PROFILE_URL)
        if "/@" in text:
            patterns.append(_AT_PATH_URL)
    for pattern in patterns:
        for match in pattern.finditer(text):
            end = match.end()
            while end > match.start() and text[end - 1] in ".,;:!?)/'\"":  # sentence punctuation
                end -= 1
            yield ContactKind.URL, match.start(), end


# ----------------------------------------------------------------------------------------- handles

# "@sam_t", "@jo.doe" on social networks; not the "@" of an e-mail address (the look-behind) and not
# a lone "@" used as "at".
_AT_HANDLE = re.compile(r"(?<![\w@.+-])[@＠][A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
# "Ask @HR", "@all", "@everyone": a role or a group, not a person.
_ROLE_HANDLES = frozenset(
    "hr rh it admin admins all everyone everybody here channel team staff support help helpdesk info contact "
    "management direction compta accounting finance legal juridique sales marketing ops dev devs security "
    "moderator moderators mods reception accueil secretariat secrétariat".split()
)
_SERVICES = (
    r"insta(?:gram)?|snap(?:chat)?|tiktok|tik tok|twitter|telegram|tg|discord|github|gitlab|linkedin|facebook|fb|"
    r"whats ?app|bluesky|bsky|mastodon|twitch|reddit|skype|wechat|youtube|pinterest"
)
# "my insta is jo_doe92", "snap: jodoe", "mon insta c'est jo.doe", "find me on GitHub as jdoe",
# "mon pseudo c'est zozo75". "Instagram is toxic" and "I saw it on Instagram and liked it" are left:
# after "is"/"c'est" the word counts only when the service is someone's ("my insta", "me on GitHub"),
# after a bare space only when it looks like a handle (a digit, "_" or ".").
_NAMED_HANDLE = re.compile(
    r"(?P<own>\b(?:my|mon|ma|mes|mi|mein|meine|our|notre|me on|me sur|moi sur|add me on|ajoute-moi sur)\s+)?"
    rf"\b(?:{_SERVICES}|user ?name|handle|pseudo|gamertag|nickname)"
    r"(?:\s+(?:account|handle|name|pseudo|id|username))?"
    r"(?P<joint>\s*(?::|=|->|→)\s*|\s+(?:is|c'est|c’est|est|es|ist|as|comme|como|als)(?:\s*:)?\s+|\s+)"
    r"(?P<handle>@?[\w.]*[A-Za-z_][\w.]*)",
    re.IGNORECASE,
)
_HANDLE_TRIGGERS = frozenset(
    """insta instagram snap snapchat tiktok tik twitter telegram tg discord github gitlab linkedin facebook fb
    whatsapp whats bluesky bsky mastodon twitch reddit skype wechat youtube pinterest
    username user handle pseudo gamertag nickname""".split()
)
_NOT_HANDLES = frozenset(
    "a an the and or but is was it to on in at of for with my me your our their this that it's i'm je tu il elle "
    "un une le la les des du de et ou mais est c'est sur dans pour avec mon ma mes ton ta son sa ce cette "
    "el los las y en con mi ist der die das und oder mit mein meine ich "
    "account page story stories post posts message messages dm dms group channel chat call video reel reels "
    "profile profil compte too also only just now again because since when where who what how not pas "
    "private privé privée public publique closed fermé fermée dead mort down deleted supprimé empty vide "
    "new nouveau old ancien boring nul great cool better worse".split()
)


def find_handles(text: str) -> Iterator[Span]:
    if "@" in text or "＠" in text:
        for match in _AT_HANDLE.finditer(text):
            if match.group(0)[1:].lower() not in _ROLE_HANDLES:
                yield ContactKind.HANDLE, match.start(), match.end()
    if not mentions(text, _HANDLE_TRIGGERS):
        return
    for match in _NAMED_HANDLE.finditer(text):
        handle = match.group("handle").rstrip(".")
        bare = handle.lstrip("@")
        if len(bare) < 3 or bare.lower() in _NOT_HANDLES or bare.lower() in _ROLE_HANDLES:
            continue
        joint = match.group("joint").strip()
        handle_like = handle.startswith("@") or bool(re.search(r"[\d_.]", bare))
        if not handle_like and (not joint or (joint[0].isalpha() and not match.group("own"))):
            continue
        start = match.start("handle")
        yield ContactKind.HANDLE, start, start + len(handle)
