"""Projector slides never overlap: every slide kind, with texts at their maximum lengths, on the
projector sizes a room has (1280×720, 1920×1080, and a 1024×768 projector, where the 16:9 stage
is letterboxed), is checked from the painter's own layout (``LayoutPainter`` records the box each
text is drawn into and where its glyphs go), not from pixels:

- every text lies inside its box (nothing clipped) and inside the slide;
- no two texts overlap, no text covers the QR code, and a text is wholly inside a drawn area (a
  pill, a card, a bar) or outside it; drawn areas do not overlap one another;
- the instructions, title, partner, prompt and every choice are drawn in full (never cut with "…"),
  so twelve choices that differ only at their end stay distinguishable;
- nothing is drawn smaller than 24 px on a 1080-pixel-high slide (see MIN_PX_1080 in
  forumdesk/ui/slides/common.py for why that number).
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QBuffer, QRectF
from PySide6.QtGui import QColor, QImage
from ui_helpers import TIMEOUT_MS

from forumdesk.domain import Answer, AnswerContent, Question, QuestionKind, Scale
from forumdesk.domain.codes import ALPHABET, LENGTH
from forumdesk.domain.images import SlideImage
from forumdesk.domain.kinds.content import MAX_BODY_LENGTH
from forumdesk.domain.results import QuestionResults
from forumdesk.domain.validation import MAX_CHOICE_LENGTH, MAX_CHOICES, MAX_PROMPT_LENGTH, MAX_SCALE_STEPS
from forumdesk.services.forums import MAX_TITLE
from forumdesk.ui.console import ConsoleWindow
from forumdesk.ui.language import install, tr
from forumdesk.ui.projector import SlideCanvas
from forumdesk.ui.slides import SlideData, SlideKind, paint_slide
from forumdesk.ui.slides.ask import AskSlideItem
from forumdesk.ui.slides.common import MIN_PX_1080, LayoutPainter, TextBox
from forumdesk.ui.theme import LIGHT

pytestmark = pytest.mark.gui

SCREENS = [(1280, 720), (1920, 1080), (1024, 768)]
WORDS = ("the careers service could tell us much earlier which courses lead to which jobs and what they "
         "really pay once you have finished studying and start looking for work near home ").split()


def sentence(length: int, ending: str = "") -> str:
    """Ordinary English words up to exactly ``length`` characters, ``ending`` last (so texts that
    differ only at their end can be told apart only if drawn in full)."""
    text = ""
    for word in itertools.cycle(WORDS):
        if len(text) + len(word) + 1 + len(ending) > length:
            break
        text += word + " "
    text = (text + ending).strip()
    return text + "s" * (length - len(text))


TITLE = sentence(MAX_TITLE, "forum")
PARTNER = sentence(MAX_TITLE, "service")
PROMPT = sentence(MAX_PROMPT_LENGTH, "?")
CHOICES = [sentence(MAX_CHOICE_LENGTH, f"option {i + 1}") for i in range(MAX_CHOICES)]
# the most room-count digits a big hall produces, the longest join address a LAN gives
JOIN_URL = "http://192.168.100.200:65535/j/" + ALPHABET[-LENGTH:]
CODE = ALPHABET[-LENGTH:]
SCALE = Scale(0, MAX_SCALE_STEPS - 1, sentence(40, "low"), sentence(40, "high"))  # labels: see the report
CHOICE_KINDS = {QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE}
INSTRUCTIONS = ("LISTENING FORUM", "Scan the code with your phone's camera, or open", "Anonymous — no names collected")


def question(kind: QuestionKind, prompt: str = PROMPT) -> Question:
    return Question(kind=kind, prompt=prompt, choices=list(CHOICES) if kind in CHOICE_KINDS else [],
                    scale=SCALE if kind is QuestionKind.RATING else None, id=7, position=13)


def results_of(q: Question) -> QuestionResults:
    r = QuestionResults(question_id=7, kind=q.kind, responses=9999)
    if q.kind in CHOICE_KINDS:
        r.choice_counts = [9999 - 37 * i for i in range(len(q.choices))]
        r.room_counts = [1999 - 11 * i for i in range(len(q.choices))]
    elif q.kind is QuestionKind.RATING:
        r.rating_distribution = {v: 9999 - 100 * v for v in range(q.scale.min, q.scale.max + 1)}
        r.mean = 4.3
    elif q.kind is QuestionKind.SHORT_WORDS:
        r.words = [(f"{word}{i}", 400 - i) for i, word in enumerate(WORDS[:40])]
    return r


def wall() -> list[Answer]:
    return [Answer(forum_id=1, question_id=7, submission_id=f"s{i}", created_at="2026-12-02T09:00:00Z",
                   content=AnswerContent(text=sentence(500, f"answer {i}")), starred=i % 3 == 0, id=i)
            for i in range(60)]


def png(width: int, height: int) -> SlideImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2563eb"))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return SlideImage.from_bytes(bytes(buffer.data()))


def content_slides(base: dict) -> list[tuple[str, SlideData]]:
    """A content slide with its title and text at their longest, with a wide, a tall or no image,
    and an image alone."""
    body = sentence(MAX_BODY_LENGTH, "end of the text")
    slide = Question(kind=QuestionKind.CONTENT, prompt=PROMPT, body=body, id=7)
    alone = Question(kind=QuestionKind.CONTENT, prompt=PROMPT, id=7)
    return [("content, text and a wide image", SlideData(SlideKind.QUESTION, question=slide, image=png(1600, 900), **base)),
            ("content, text and a tall image", SlideData(SlideKind.QUESTION, question=slide, image=png(300, 1200), **base)),
            ("content, text only", SlideData(SlideKind.QUESTION, question=slide, **base)),
            ("content, image only", SlideData(SlideKind.RESULTS, question=alone, image=png(1600, 900), **base))]


def every_slide() -> list[tuple[str, SlideData]]:
    base = dict(title=TITLE, partner=PARTNER, join_url=JOIN_URL, code=CODE, number=14, total=14)
    slides = [("welcome", SlideData(SlideKind.WELCOME, **base)),
              ("welcome, issue 12's title", SlideData(SlideKind.WELCOME, **{
                  **base, "title": "Spring listening forum with the careers team",
                  "partner": "Northfield College Careers & Guidance"})),
              ("welcome, server not started", SlideData(SlideKind.WELCOME, **{**base, "join_url": ""})),
              ("blank", SlideData(SlideKind.BLANK, **base)),
              ("question, none yet", SlideData(SlideKind.QUESTION, answer_count=0, timer_text="0:05", **base))]
    said = [(sentence(300, f"commitment {i}"), status, sentence(300, f"outcome {i}") if i % 2 else "")
            for i, status in enumerate(["In progress", "Done", "Dropped", "Planned", "Done"])]
    slides += [("you said, we did", SlideData(SlideKind.FOLLOW_UP, follow_ups=said, **base)),
               ("you said, we did, one", SlideData(SlideKind.FOLLOW_UP, follow_ups=said[1:2], **base)),
               ("you said, we did, none", SlideData(SlideKind.FOLLOW_UP, **base))]
    for kind in QuestionKind:
        q = question(kind)
        slides.append((f"question {kind.value}", SlideData(SlideKind.QUESTION, question=q, answer_count=99999,
                                                           timer_text="10:00", timer_fraction=0.1, **base)))
        slides.append((f"results {kind.value}", SlideData(SlideKind.RESULTS, question=q, results=results_of(q),
                                                          wall=wall(), answer_count=99999, **base)))
        slides.append((f"results {kind.value}, no answers yet", SlideData(
            SlideKind.RESULTS, question=q, results=QuestionResults(question_id=7, kind=kind,
                                                                   room_counts=[0] * len(q.choices)), **base)))
    asked = [AskSlideItem(sentence(300, f"asked {i}"), votes=99999 - i, answered=i == 2, answering=i == 1)
             for i in range(12)]
    slides.append(("ask, twelve long questions", SlideData(SlideKind.ASK, asked=asked, **base)))
    slides.append(("ask, none yet", SlideData(SlideKind.ASK, **base)))
    return slides + content_slides(base)


def stage(width: int, height: int) -> QRectF:
    """Where the projector window of that size paints the slide (its 16:9 stage)."""
    canvas = SlideCanvas(LIGHT)
    canvas.resize(width, height)
    return canvas.stage()


def layout(data: SlideData, width: int, height: int) -> tuple[QRectF, list[TextBox]]:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    painter = LayoutPainter(image)
    slide = stage(width, height)
    try:
        data.progress = 1.0
        paint_slide(painter, slide, LIGHT, data)
    finally:
        painter.end()
    return slide, painter.boxes


def overlap(a: QRectF, b: QRectF) -> bool:
    both = a.intersected(b)
    return both.width() > 1 and both.height() > 1  # a shared edge or anti-aliasing pixel is not an overlap


def problems(data: SlideData, width: int, height: int) -> list[str]:
    slide, boxes = layout(data, width, height)
    found = []
    u = slide.height() / 1080
    for box in boxes:
        if not box.box.adjusted(-1, -1, 1, 1).contains(box.used):
            found.append(f"{box.text[:40]!r} does not fit its box: {box.used} in {box.box}")
        if not slide.adjusted(-1, -1, 1, 1).contains(box.used):
            found.append(f"{box.text[:40]!r} is outside the slide")
        if box.px and box.px < round(MIN_PX_1080 * u):
            found.append(f"{box.text[:40]!r} is drawn at {box.px} px (under {MIN_PX_1080} px at 1080p)")
    texts = [box for box in boxes if box.px]
    areas = [box for box in boxes if not box.px]  # QR code, pills, cards, bars (see ``reserve``)
    for a, b in itertools.combinations(texts, 2):
        if overlap(a.used, b.used):
            found.append(f"{a.text[:40]!r} overlaps {b.text[:40]!r}")
    for a, b in itertools.combinations(areas, 2):
        if overlap(a.used, b.used):
            found.append(f"the {a.text} area overlaps the {b.text} area")
    for area in areas:
        for text in texts:
            inside = area.text != "qr" and area.used.adjusted(-1, -1, 1, 1).contains(text.used)
            if overlap(area.used, text.used) and not inside:
                found.append(f"{text.text[:40]!r} runs over the {area.text} area")
    drawn = [box.text.replace("\u2068", "").replace("\u2069", "") for box in texts]  # right to left: isolated
    wall_texts = {answer.content.text for answer in data.wall} if data.kind is SlideKind.RESULTS else set()
    if data.kind is SlideKind.FOLLOW_UP:  # commitments and outcomes (2,000 characters) may be cut
        wall_texts = {text for said, _, done in data.follow_ups for text in (said, done)}
    if data.kind is SlideKind.ASK:  # like the wall, a long question is cut on its card (in full on phones)
        wall_texts = {("✓ " if item.answered else "") + item.text for item in data.asked}
    for text in drawn:
        if text.endswith("…") and not any(text[:-1].strip() in full for full in wall_texts):
            found.append(f"{text[:40]!r} is cut")
    expected = []
    if data.kind is SlideKind.WELCOME:
        expected = [data.title, tr(INSTRUCTIONS[0]), tr(INSTRUCTIONS[2])]
        expected += [tr(INSTRUCTIONS[1]), data.code] if data.join_url else []
    elif data.kind is SlideKind.FOLLOW_UP:
        expected = [tr("You said, we did")] + [status for _, status, _ in data.follow_ups[:4]]
    elif data.kind in (SlideKind.QUESTION, SlideKind.RESULTS) and data.question is not None:
        expected = [data.question.prompt] + ([data.question.body] if data.question.body else [])
        if data.kind is SlideKind.QUESTION or (data.results is not None and data.results.responses):  # else "No answers yet"
            expected += data.question.choices
    for text in expected:
        if not any(text in d for d in drawn):
            found.append(f"{text[:40]!r} is not drawn in full")
    return found


@pytest.mark.parametrize(("width", "height"), SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
@pytest.mark.parametrize(("name", "data"), every_slide(), ids=[name for name, _ in every_slide()])
def test_every_slide_lays_out_without_overlap_at_maximum_lengths(qapp, name, data, width, height):
    # GIVEN a slide of each kind with every text at its maximum length, WHEN the projector paints it
    # THEN each text fits its box, inside the slide, at a readable size, over no other text
    assert problems(data, width, height) == []


@pytest.fixture
def arabic(qapp, compiled_translations):
    install(qapp, "ar", compiled_translations)
    yield
    install(qapp, "en", compiled_translations)


@pytest.mark.parametrize(("name", "data"), every_slide(), ids=[name for name, _ in every_slide()])
def test_every_slide_lays_out_right_to_left_in_arabic(arabic, name, data):
    # GIVEN the app in Arabic, WHEN the projector paints each slide at maximum lengths
    # THEN the same rules hold: every text fits its box, at a readable size, over no other text
    assert problems(data, 1920, 1080) == []


def test_the_arabic_welcome_slide_is_mirrored(arabic):
    # GIVEN the app in Arabic and the server running, WHEN the welcome slide is painted
    data = next(data for name, data in every_slide() if data.kind is SlideKind.WELCOME and data.join_url)
    slide, boxes = layout(data, 1920, 1080)
    qr = next(box.used for box in boxes if box.text == "qr")
    title = next(box for box in boxes if box.px and data.title[:20] in box.text)
    # THEN the QR code is at the left and the texts start at the right edge of their column
    assert qr.right() < slide.center().x() and qr.right() < title.box.left() and title.box.right() > slide.right() - 200
    assert title.used.right() == pytest.approx(title.box.right(), abs=2)
    assert "مسح" in " ".join(box.text for box in boxes) or "امسح" in " ".join(box.text for box in boxes)


def test_the_room_never_sees_a_facilitator_hint_before_the_server_runs(qapp):
    # GIVEN the projector showing the welcome slide before the server has started (no join address)
    data = SlideData(SlideKind.WELCOME, title="Spring listening forum", partner="Northfield College",
                     code=CODE)
    _, boxes = layout(data, 1920, 1080)
    drawn = [box.text for box in boxes]
    # THEN the room sees the forum and the promise, and nothing addressed to the facilitator: no
    # "start the server", no placeholder address, no empty QR card
    assert "Spring listening forum" in drawn and "Anonymous — no names collected" in drawn
    assert not [text for text in drawn if "server" in text.lower() or "starting" in text.lower()], drawn
    assert "qr" not in drawn
    # AND once the server runs, the same slide has the QR code and the address to type
    _, boxes = layout(SlideData(SlideKind.WELCOME, title="Spring listening forum", partner="Northfield College",
                                code=CODE, join_url=JOIN_URL), 1920, 1080)
    assert "qr" in [box.text for box in boxes]
    assert any(JOIN_URL.removeprefix("http://") in box.text for box in boxes)


def test_results_bars_keep_twelve_long_choices_distinguishable_and_readable(qapp):
    # GIVEN twelve choices of the longest length that differ only at their end, with room counts
    q = question(QuestionKind.SINGLE_CHOICE)
    data = SlideData(SlideKind.RESULTS, question=q, results=results_of(q), join_url=JOIN_URL, code=CODE,
                     number=3, total=14)
    slide, boxes = layout(data, 1280, 720)
    u = slide.height() / 1080
    # THEN every choice is drawn in full, at a readable size, and the footer overlaps nothing
    for choice in CHOICES:
        drawn = [box for box in boxes if choice in box.text]
        assert drawn, f"{choice!r} is not drawn in full"
        assert drawn[0].px >= round(MIN_PX_1080 * u)
    footer = [box for box in boxes if "counted in the room" in box.text]
    join = [box for box in boxes if JOIN_URL.removeprefix("http://") in box.text]
    assert footer and join
    assert not overlap(footer[0].used, join[0].used)


def test_the_projector_shows_no_hint_until_the_server_runs_then_how_to_join(qtbot, forum, services, settings, bridge,
                                                                             server_factory, windows):
    # GIVEN a console whose projector is up before the attendee server is started
    console = ConsoleWindow(services, bridge, forum.id, settings, server_factory)
    windows.append(console)
    console.show()
    qtbot.waitExposed(console)
    projector = console.driver.show_window()
    # THEN the room sees the welcome slide without a QR code or anything meant for the facilitator
    assert projector.slide.kind is SlideKind.WELCOME and not projector.slide.join_url
    _, boxes = layout(projector.slide, 1920, 1080)
    drawn = [box.text for box in boxes]
    assert forum.title in drawn and "qr" not in drawn
    assert not [text for text in drawn if "server" in text.lower() or "starting" in text.lower()], drawn
    # WHEN the facilitator starts the server
    console.server_panel.start()
    qtbot.waitUntil(lambda: console.server_panel.running, timeout=TIMEOUT_MS)
    server = console.server_panel.server
    qtbot.waitUntil(lambda: projector.slide.join_url == server.join_url, timeout=TIMEOUT_MS)
    # THEN the same slide shows the QR code and the address, laid out without overlap
    for width, height in SCREENS:
        _, boxes = layout(projector.slide, width, height)
        assert "qr" in [box.text for box in boxes]
        assert any(server.join_url.removeprefix("http://") in box.text for box in boxes)
        assert problems(projector.slide, width, height) == []


def test_a_right_to_left_answer_on_the_wall_starts_at_the_right_of_its_card(qapp):
    from PySide6.QtGui import QPainter

    from forumdesk.ui.slides import wall

    def ink_columns(text: str) -> tuple[int, int]:
        answer = Answer(forum_id=1, question_id=7, submission_id="s", created_at="2026-12-02T09:00:00Z",
                        content=AnswerContent(text=text))
        image = QImage(1800, 900, QImage.Format.Format_RGB32)
        image.fill(LIGHT.surface)
        painter = QPainter(image)
        wall.paint(painter, QRectF(0, 0, 1800, 900), LIGHT, [answer], 1.0)
        painter.end()
        inked = [x for x in range(0, 1800, 4) for y in range(0, 900, 6)
                 if QColor(image.pixel(x, y)).lightness() < 90]
        return min(inked), max(inked)

    # One short answer on its card: Hebrew starts at the card's right edge, English at its left
    hebrew_left, hebrew_right = ink_columns("שלום לכולם!")
    english_left, english_right = ink_columns("Hello all!")
    assert hebrew_left > english_right and hebrew_right > english_right + 400


@pytest.mark.parametrize("letter", list(ALPHABET))
def test_every_join_code_fits_its_pill_however_wide_its_letters(qapp, letter):
    # Join codes are random: "WWWWWW" or "MMMMMM" must fit as well as "X34679" (it ran out of its pill)
    code = letter * LENGTH
    slide = SlideData(kind=SlideKind.WELCOME, title=TITLE, partner=PARTNER, code=code,
                      join_url=f"http://192.168.100.200:65535/j/{code}")
    for width, height in SCREENS:
        assert problems(slide, width, height) == [], (width, height)
