"""Content slides in the app (issue 18 item 3), used as a facilitator would: in the forum editor a
content slide gets a title, a text and an image file (the path the file dialog would return), is
previewed, a file that is not an image is explained and changes nothing, Save copies the image
into the database; in the console the projector shows the slide with its image."""

from __future__ import annotations

import pytest
from console_helpers import go_to, open_console
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from ui_helpers import answer_next_dialog

from forumdesk.domain import Question, QuestionKind
from forumdesk.services.demo import demo_png
from forumdesk.ui.forum_editor import ForumEditor
from forumdesk.ui.question_editor import QuestionDialog
from forumdesk.ui.slides import paint_slide
from forumdesk.ui.slides.common import LayoutPainter
from forumdesk.ui.theme import LIGHT

pytestmark = pytest.mark.gui

BAR_BLUE = (37, 99, 235)  # the demo picture's bars


def test_the_editor_adds_a_content_slide_with_an_image_and_saves_it(qtbot, services, partner, tmp_path, monkeypatch):
    picture, not_a_picture = tmp_path / "since-last-time.png", tmp_path / "notes.png"
    picture.write_bytes(demo_png())
    not_a_picture.write_text("These are notes, not a picture.", encoding="utf-8")
    chosen_path = [str(not_a_picture)]
    # where the native file dialog would open, it returns the path the facilitator picked
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (chosen_path[0], "")))
    editor = ForumEditor(services)
    qtbot.addWidget(editor)
    editor.title_edit.setText("Spring forum")
    editor.partner_combo.setCurrentIndex(editor.partner_combo.findData(partner.id))
    seen: dict = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QuestionDialog):
            QTimer.singleShot(20, fill_in)
            return
        form = dialog.editor
        form.kind_combo.setCurrentIndex(form.kind_combo.findData(QuestionKind.CONTENT.value))
        seen["fields"] = (form.body_edit.isVisible(), form.image_row.isVisible(), form.max_length.isVisible(),
                          form.form.labelForField(form.prompt_edit).text())
        qtbot.keyClicks(form.prompt_edit, "Since last time")
        form.body_edit.setPlainText("Salary ranges on every ad.\nReplies within ten days.")
        choose = button(form.image_row, "Choose image…")
        # a file that is not a picture: a message says why and nothing changes
        seen["refusal"] = answer_next_dialog("OK")
        choose.click()
        seen["after refusal"] = (form.image, form.image_label.text())
        chosen_path[0] = str(picture)
        choose.click()
        seen["image"] = form.image
        seen["label"] = form.image_label.text()
        seen["previewed"] = (form.preview.slide.data.image, form.preview.phone.image)
        button(dialog, "OK").click()

    QTimer.singleShot(0, fill_in)
    button(editor, "Add question…").click()
    assert seen["fields"] == (True, True, False, "Title")
    assert "not a PNG, JPEG, GIF or WebP image" in seen["refusal"][0]
    assert seen["after refusal"] == (None, "No image")
    image = seen["image"]
    assert image is not None and image.data == demo_png() and seen["label"] == "PNG image, 2 KB"
    assert seen["previewed"] == (image, image)
    assert editor.question_list.count() == 1 and "Content slide" in editor.question_list.item(0).text()
    assert editor.preview.slide.data.image == image  # previewed in the forum's list too
    assert services.images.store.repo.get_image(image.sha256) is None  # stored only when the forum is saved
    forum = editor.save()
    assert forum is not None
    slide = services.forums.questions(forum.id)[0]
    assert (slide.kind, slide.prompt, slide.body) == (QuestionKind.CONTENT, "Since last time",
                                                      "Salary ranges on every ad.\nReplies within ten days.")
    assert services.images.get(slide.image_sha).data == demo_png()


def button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_an_edited_slide_gets_a_new_image_and_the_old_one_goes(qtbot, services, partner, tmp_path):
    first = services.images.add(demo_png())
    forum = services.forums.create_forum("Evening", partner.id, questions=[
        Question(kind=QuestionKind.CONTENT, prompt="Who we are", image_sha=first.sha256)])
    other = tmp_path / "other.png"
    other.write_bytes(demo_png(200, 100))
    editor = ForumEditor(services, forum.id)
    qtbot.addWidget(editor)
    dialog = editor.question_dialog(editor.questions()[0])
    qtbot.addWidget(dialog)
    assert dialog.editor.image == first  # the stored image, read back for the editor
    assert dialog.editor.set_image_file(str(other))
    editor._keep_image(dialog)
    editor.replace_question(0, dialog.question())
    assert editor.save() is not None
    slide = services.forums.questions(forum.id)[0]
    assert services.images.get(slide.image_sha).data == demo_png(200, 100)
    assert services.images.store.repo.get_image(first.sha256) is None  # no slide shows it any more


def test_the_projector_shows_the_slide_with_its_image(qtbot, services, partner, bridge, settings):
    image = services.images.add(demo_png())
    forum = services.forums.create_forum("Evening", partner.id, questions=[
        Question(kind=QuestionKind.RATING, prompt="How was your week?"),
        Question(kind=QuestionKind.CONTENT, prompt="Since last time", body="Salary ranges on every ad.",
                 image_sha=image.sha256)])
    slide_id = services.forums.questions(forum.id)[1].id
    console = open_console(qtbot, services, bridge, forum.id, settings)
    services.forums.start_forum(forum.id)
    go_to(qtbot, console, slide_id)
    data = console.driver.slide_data()
    assert data.question.id == slide_id and data.image == image
    heading = console.controls.heading.text()
    assert heading.startswith("Question 2 of 2 · Content slide") and "open for answers" not in heading
    buttons = console.controls.buttons
    assert not any(buttons[key].isEnabled() for key in ("open", "reveal", "timer"))  # nothing to open, reveal or time
    assert buttons["next"].isEnabled() and buttons["prev"].isEnabled()
    services.forums.set_revealed(slide_id, True)  # a reveal changes nothing on a content slide
    qtbot.waitUntil(lambda: console.session.current_question().revealed)
    canvas = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    painter = LayoutPainter(canvas)
    paint_slide(painter, QRectF(0, 0, 1920, 1080), LIGHT, console.driver.slide_data())
    painter.end()
    texts = [b.text for b in painter.boxes if b.px]
    assert "Since last time" in texts and "Salary ranges on every ad." in texts
    assert not any("answer" in t.lower() for t in texts)  # no count, no results
    area = next(b.box for b in painter.boxes if b.text == "image")
    assert abs(area.width() / area.height() - 480 / 270) < 0.01  # its proportions kept
    middle = canvas.pixelColor(int(area.left() + area.width() * 0.37), int(area.bottom() - area.height() * 0.2))
    assert (middle.red(), middle.green(), middle.blue()) == BAR_BLUE


def test_a_camera_sized_photo_is_kept_as_a_smaller_copy_for_the_phones(qtbot, services, tmp_path):
    # A 4,000 x 3,000 photo with fine detail (a camera's file is several megabytes)
    photo = QImage(4000, 3000, QImage.Format.Format_RGB32)
    for y in range(0, 3000, 3):
        for x in range(0, 4000, 50):
            photo.setPixel(x + (y % 50), y, (x * 7919 + y * 104729) & 0xFFFFFF)
    path = tmp_path / "photo.png"
    assert photo.save(str(path), "PNG")
    dialog = QuestionDialog(Question(QuestionKind.CONTENT, "Our team"), images=services.images)
    qtbot.addWidget(dialog)
    form = dialog.editor
    assert form.set_image_file(str(path))
    # THEN the slide keeps a copy no wider than a projector shows, much smaller than the file, and says so
    kept = QImage.fromData(form.image.data)
    assert (kept.width(), kept.height()) == (1920, 1440)
    assert len(form.image.data) < path.stat().st_size / 2
    assert "smaller copy for phones" in form.image_label.text()
    # a small picture is taken as it is
    small = tmp_path / "logo.png"
    small.write_bytes(demo_png())
    assert form.set_image_file(str(small))
    assert form.image.data == small.read_bytes()
    assert "smaller copy" not in form.image_label.text()
