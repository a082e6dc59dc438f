"""The recap PDF, read back as text: what a partner would find in it, and what must never be there."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader
from report_helpers import (
    COMMITMENTS,
    GENERAL_NOTE,
    HIDDEN_ANSWER,
    KEPT_ANSWER,
    NOTES,
    SMALL_GROUP_ANSWERS,
    TEXT_ANSWERS,
    flat,
    pdf_pages,
    pdf_text,
)

from forumdesk.domain.privacy import mask_contacts
from forumdesk.report import ExportError, export_forum


@pytest.fixture
def recap(services, rich_forum, tmp_path):
    path = tmp_path / "recap.pdf"
    result = export_forum(services, rich_forum.forum_id, pdf=path)
    assert result.files == [path]
    return path


def test_recap_has_title_partner_answers_notes_and_commitments(recap):
    # GIVEN a forum with answers, notes and commitments WHEN the recap is exported
    text = pdf_text(recap)
    # THEN a partner reading it finds all of them
    assert "Spring forum: what candidates need" in text
    assert "Université de Lyon — Career Centre" in text
    for answer in TEXT_ANSWERS:
        assert flat(mask_contacts(answer)) in text
    for note in NOTES:
        assert note in text
    assert mask_contacts(GENERAL_NOTE) in text
    assert "Room note".upper() in text
    assert "What we will do" in text
    for commitment in COMMITMENTS:
        assert commitment in text
    assert "How this information was handled" in text


def test_every_page_after_the_cover_is_numbered_with_the_partner_in_the_header(recap):
    pages = pdf_pages(recap)
    assert len(pages) >= 3
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of {len(pages)}" in page
        assert "Université de Lyon" in page


def test_hidden_answers_never_appear(recap):
    text = pdf_text(recap)
    assert flat(TEXT_ANSWERS[0]) in text  # the text is readable, so absence means something
    assert "hidden answer" not in text
    assert HIDDEN_ANSWER not in text


def test_a_pdf_whose_text_cannot_be_extracted_fails_the_helpers(tmp_path):
    # A recap drawn as shapes only (say, a font without a text map) extracts to nothing: the
    # "never appears" tests must not pass on it.
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "blank.pdf"
    canvas = Canvas(str(path))
    canvas.rect(100, 100, 200, 200)
    canvas.showPage()
    canvas.save()
    with pytest.raises(AssertionError, match="no text could be extracted"):
        pdf_text(path)


def test_accents_greek_and_cyrillic_survive_extraction(recap):
    text = pdf_text(recap)
    assert "télétravail deux jours par semaine change complètement ma qualité de vie" in text
    assert "Η διαφάνεια στους μισθούς είναι το πιο σημαντικό." in text
    assert "Прозрачность зарплаты важнее всего." in text
    assert "Zoë from the panel was kind; naïve questions were welcome." in text


def test_markup_in_an_answer_comes_out_literally(recap):
    assert "Use <para>, & and <font size=40> in ads?" in pdf_text(recap)


def test_contact_details_are_masked_unless_kept(recap):
    text = pdf_text(recap)
    assert "sam.taylor@example.org" not in text
    assert "Write to [email removed] for the details." in text
    assert "alex@example.org" not in text
    # The facilitator kept this one's phone number.
    assert flat(KEPT_ANSWER) in text


def test_small_group_shows_no_breakdown_or_quotes(services, rich_forum, tmp_path, recap):
    text = pdf_text(recap)
    for answer in SMALL_GROUP_ANSWERS:
        assert answer not in text
    assert "Fewer than 5 answers" in text
    # WHEN the facilitator lowers k for this forum THEN those answers are shown
    forum = services.forums.forum(rich_forum.forum_id)
    forum.small_group_k = 3
    services.forums.update_forum(forum)
    path = tmp_path / "k3.pdf"
    export_forum(services, rich_forum.forum_id, pdf=path)
    lowered = pdf_text(path)
    for answer in SMALL_GROUP_ANSWERS:
        assert answer in lowered


def test_charts_label_room_counts_as_room_counts(recap):
    text = pdf_text(recap)
    assert "Room count (show of hands)" in text
    assert "17 hands" in text
    assert "Answers from phones" in text


def test_long_recap_has_contents_and_bookmarks(recap):
    reader = PdfReader(str(recap))
    assert len(reader.pages) > 4
    assert "Contents" in pdf_pages(recap)[2]  # after the cover and the one-page overview
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "What we heard" in titles and "What we will do" in titles


def test_empty_forum_exports_a_recap_that_says_so(services, partner, tmp_path):
    forum = services.forums.create_forum("Quiet evening", partner.id)
    path = tmp_path / "empty.pdf"
    export_forum(services, forum.id, pdf=path)
    text = pdf_text(path)
    assert "Quiet evening" in text
    assert "No answers were recorded for this forum" in text
    assert "This forum has no questions." in text
    # Short enough not to need a contents page.
    assert "Contents" not in text


def test_scripts_without_a_glyph_and_emoji_do_not_break_the_export(services, partner, tmp_path):
    from forumdesk.domain import Pace, Question, QuestionKind
    from forumdesk.services import Submission

    forum = services.forums.create_forum("Scripts", partner.id, pace=Pace.SELF,
                                         questions=[Question(QuestionKind.OPEN_TEXT, "Say it your way")])
    services.forums.start_forum(forum.id)
    question = services.forums.questions(forum.id)[0]
    answers = ["Great 😀👍🏽 🧑‍💻 🇫🇷 team", "中文回答 日本語のこたえ 한국어 답변", "עברית טובה", "العربية جميلة",
               "𝔉𝔞𝔫𝔠𝔶 ᚠᚢᚦ text", "x" * 400]
    for index, text in enumerate(answers):
        services.answers.submit(Submission(forum.id, question.id, f"00000000-0000-4000-8000-00000000000{index}",
                                           {"text": text}))
    path = tmp_path / "scripts.pdf"
    export_forum(services, forum.id, pdf=path)
    text = pdf_text(path)
    assert "Great" in text and "team" in text
    assert "中文回答" in text and "한국어" in text
    assert "text" in text
    # Hebrew and Arabic are drawn in visual order with joined Arabic letters; a PDF reader gets
    # the words back (Arabic as presentation forms, hence NFKC).
    normalised = unicodedata.normalize("NFKC", text)
    assert "עברית טובה" in normalised and "العربية جميلة" in normalised


def test_a_failed_export_leaves_no_file_behind(services, rich_forum, tmp_path):
    # GIVEN an export that fails half way through the PDF (here the caller's progress callback raises)
    path = tmp_path / "recap.pdf"

    def fail(done, total):
        if done > 100:
            raise RuntimeError("the laptop ran out of battery")

    with pytest.raises(RuntimeError):
        export_forum(services, rich_forum.forum_id, pdf=path, progress=fail)
    # THEN neither the PDF nor a temporary file is left in the folder
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("forumdesk.sqlite")] == []


def test_unknown_forum_and_unwritable_path_are_one_sentence(services, rich_forum, tmp_path):
    with pytest.raises(ExportError, match=r"^There is no forum with id 999\.$"):
        export_forum(services, 999, pdf=tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="does not exist"):
        export_forum(services, rich_forum.forum_id, pdf=tmp_path / "missing" / "x.pdf", csv=tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    assert not (tmp_path / "x.pdf").exists()


def test_progress_reaches_the_end(services, rich_forum, tmp_path):
    seen = []
    export_forum(services, rich_forum.forum_id, pdf=tmp_path / "r.pdf", csv=tmp_path / "r.csv",
                 progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_progress_of_a_short_recap_never_goes_backwards(services, partner, tmp_path):
    # A short recap is laid out twice (with, then without contents); the bar must not jump back.
    forum = services.forums.create_forum("Short", partner.id)
    for index in range(12):
        services.answers.add_note(forum.id, f"Note number {index} from the room.")
    seen = []
    export_forum(services, forum.id, pdf=tmp_path / "short.pdf", progress=lambda done, total: seen.append(done))
    assert "Contents" not in pdf_text(tmp_path / "short.pdf")
    assert len(seen) > 3
    assert seen == sorted(seen)
