"""Every script drawn everywhere in the recap (issue 16 item 3): a partner name, forum title,
choices, scale labels, themes, words and answers in Latin, Greek, Cyrillic, Hebrew, Arabic,
Devanagari, Chinese, Japanese, Korean and emoji. The PDF itself is read back: every character of
every font used on every page (cover band, headers, footers, chart labels and body text alike)
must be in the cmap of the font file it was drawn with, no placeholder may be drawn, and every
character typed must be drawn by some font; bookmarks carry the text as typed."""

from __future__ import annotations

import re
import unicodedata
import uuid

from pypdf import PdfReader
from pypdf.generic import ContentStream, FloatObject, NumberObject
from reportlab.pdfbase.ttfonts import TTFont

from forumdesk.domain import Pace, Question, QuestionKind, Scale
from forumdesk.paths import resource
from forumdesk.report import export_forum, fonts
from forumdesk.services import Submission

PARTNER = "Lyon Ωμέγα Москва שלום مرحبا हिन्दी 北京 東京 서울 🎉"
TITLE = "Forum 世界 नमस्ते عالم 👋"
PROMPT = "Choose one — выберите, בחרו, اختر, चुनें, 选择, 選ぶ, 선택 ✅"
CHOICES = ["Égalité", "Ισότητα", "Равенство", "שוויון", "مساواة", "समानता", "平等", "びょうどう", "평등 🤝"]
SCALE = Scale(1, 5, "कम 低い", "عالٍ 高い 😀")
WORDS = ["दोस्ती", "友情", "ともだち", "우정", "שלום", "سلام", "мир", "φιλία", "🌍"]
ANSWERS = ["Die Zukunft gehört uns 💪", "Η ελπίδα μετράει", "Надежда важна", "תקווה 2026 עם Wi-Fi",
           "الأمل 2026 مع Wi-Fi مهم", "आशा सबसे ज़रूरी है", "希望最重要", "希望が一番大事", "희망이 가장 중요해요 🙂"]
THEMES = ["Hope — أمل", "आशा 希望", "희망 🙏"]


def font_files() -> dict[str, str]:
    """PostScript name -> file, for every font of the chain."""
    files = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"] + [f for _, f in fonts.FALLBACKS]
    out = {}
    for filename in files:
        face = TTFont(filename, str(resource("fonts", filename)), subfontIndex=0).face
        name = face.name.decode() if isinstance(face.name, bytes) else face.name
        out[name] = filename
    return out


def names_of_chain() -> set[str]:
    return set(font_files().values())


def _decode(digits: str) -> str:
    """A CMap target: UTF-16BE (reportlab writes a code point above the BMP as plain hex digits)."""
    if len(digits) % 4 == 0:
        try:
            return bytes.fromhex(digits).decode("utf-16-be")
        except UnicodeDecodeError:
            pass
    return chr(int(digits, 16))


def to_unicode(stream: bytes) -> dict[int, str]:
    """Code -> Unicode text, from a ToUnicode CMap (bfchar and bfrange entries)."""
    text = stream.decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = _decode(target)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, start in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = ord(_decode(start))
            for i in range(int(high, 16) - int(low, 16) + 1):
                out[int(low, 16) + i] = chr(first + i)
    return out


def _shown(operands, operator: str) -> list[bytes]:
    """The strings a text-showing operator draws."""
    if operator in (b"Tj", b"'"):
        return [operands[0]]
    if operator == b'"':
        return [operands[2]]
    if operator == b"TJ":
        return [item for item in operands[0] if not isinstance(item, (int, float, FloatObject, NumberObject))]
    return []


def drawn_characters(path) -> dict[str, set[str]]:
    """Font file -> the characters actually drawn with it anywhere in the PDF: each page's content
    stream is read operator by operator, following the font set by each Tf."""
    names = font_files()
    drawn: dict[str, set[str]] = {}
    reader = PdfReader(str(path))
    for page in reader.pages:
        resources = {}
        for key, ref in page["/Resources"]["/Font"].items():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            codes = to_unicode(font["/ToUnicode"].get_object().get_data()) if "/ToUnicode" in font else {}
            # reportlab names a collection's font after its index ("WenQuanYiMicroHei-0").
            filename = names.get(base) or names.get(base.rsplit("-", 1)[0], base)
            resources[key] = (filename, codes)
        current = None
        saved = []  # q/Q save and restore the font with the rest of the graphics state
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"q":
                saved.append(current)
            elif operator == b"Q":
                current = saved.pop()
            elif operator == b"Tf":
                current = resources[operands[0]]
            for string in _shown(operands, operator):
                raw = string.original_bytes if hasattr(string, "original_bytes") else bytes(string)
                filename, codes = current
                drawn.setdefault(filename, set()).update(codes.get(byte, chr(byte)) for byte in raw)
    return drawn


def build(services):
    partner = services.forums.create_partner(PARTNER)
    questions = [
        Question(QuestionKind.SINGLE_CHOICE, PROMPT, choices=CHOICES),
        Question(QuestionKind.RATING, "Rate it · оцените · قيّم · 評価", scale=SCALE),
        Question(QuestionKind.SHORT_WORDS, "One word · एक शब्द · 一言", max_words=2),
        Question(QuestionKind.OPEN_TEXT, "Say it your way · 你的话 · بكلماتك"),
    ]
    forum = services.forums.create_forum(TITLE, partner.id, pace=Pace.SELF, questions=questions)
    services.forums.start_forum(forum.id)
    choice_q, rating_q, words_q, text_q = services.forums.questions(forum.id)

    def submit(question, payload):
        sub = Submission(forum.id, question.id, str(uuid.uuid4()), payload, client_id=str(uuid.uuid4()))
        outcome = services.answers.submit_many([sub])[0]
        assert outcome.error is None, outcome.error
        return outcome.answer.id

    for index in range(len(CHOICES)):
        submit(choice_q, {"choices": [index]})
    for rating in [1, 3, 5, 4, 2]:
        submit(rating_q, {"rating": rating})
    for word in WORDS + WORDS[:3]:
        submit(words_q, {"text": word})
    ids = [submit(text_q, {"text": text}) for text in ANSWERS]
    for index, name in enumerate(THEMES):
        theme = services.answers.create_theme(forum.id, name)
        services.answers.tag(ids[index], theme.id)
        services.answers.tag(ids[index + 3], theme.id)
    services.forums.end_forum(forum.id)
    return forum


def test_every_script_is_drawn_with_a_font_that_has_it(services, tmp_path):
    forum = build(services)
    path = tmp_path / "scripts.pdf"
    export_forum(services, forum.id, pdf=path)
    drawn = drawn_characters(path)
    # Each font draws only characters its file has a glyph for.
    for filename, chars in drawn.items():
        assert filename in names_of_chain(), (filename, sorted(chars))
        cmap = TTFont(filename, str(resource("fonts", filename)), subfontIndex=0).face.charToGlyph
        assert sorted(c for c in chars if ord(c) not in cmap) == [], filename
    everything = set().union(*drawn.values())
    assert fonts.PLACEHOLDER not in everything
    # Every character typed is drawn by some font (Arabic as its joined presentation forms).
    typed = "".join([PARTNER, TITLE, PROMPT, SCALE.min_label, SCALE.max_label, *CHOICES, *WORDS, *ANSWERS, *THEMES])
    shown = unicodedata.normalize("NFKC", "".join(everything))
    missing = {c for c in unicodedata.normalize("NFKC", typed)
               if not c.isspace() and ord(c) not in {0x200D, 0xFE0F} and c not in shown}
    assert missing == set()
    # The chain's extra fonts really drew on this recap: Devanagari, CJK and emoji.
    assert {"NotoSansDevanagari-Regular.ttf", "wqy-microhei.ttc", "Symbola_hint.ttf"} <= set(drawn)


def test_bookmarks_carry_the_text_as_typed(services, tmp_path):
    forum = build(services)
    path = tmp_path / "scripts.pdf"
    export_forum(services, forum.id, pdf=path)

    def titles(items) -> list[str]:
        out = []
        for item in items:
            out.extend(titles(item) if isinstance(item, list) else [item.title])
        return out

    found = titles(PdfReader(str(path)).outline)
    assert any(PROMPT in title for title in found), found
    assert fonts.PLACEHOLDER not in "".join(found)
