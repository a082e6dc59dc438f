"""Writing one question: its kind, prompt and the kind's options, with a live preview.

Which options a kind has is declared by the kind (``Kind.fields``: choices, scale, max_length,
max_words); the editor has one group of rows per field and shows those of the chosen kind.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forumdesk.domain import InvalidQuestion, Question, QuestionKind, Scale, kinds, validate_question
from forumdesk.domain.images import SlideImage
from forumdesk.domain.kinds.content import MAX_BODY_LENGTH
from forumdesk.domain.model import HARD_MAX_LENGTH
from forumdesk.domain.rules import MAX_SCALE_STEPS
from forumdesk.services import InvalidInput
from forumdesk.ui.labels import name_of
from forumdesk.ui.language import tr
from forumdesk.ui.preview import QuestionPreview
from forumdesk.ui.screens import fit_to_screen
from forumdesk.ui.slide_image import phone_friendly

IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.gif *.webp"


class QuestionEditor(QWidget):
    """The form; ``question()`` builds a Question from it (keeping the id of the one edited)."""

    def __init__(self, question: Question | None = None, parent: QWidget | None = None, *,
                 images=None, image: SlideImage | None = None) -> None:
        """``images``: the ImageService that reads a chosen image file (content slides); ``image``:
        the image the question shows now."""
        super().__init__(parent)
        self._original = question
        self._images = images
        self.image: SlideImage | None = image  # a content slide's image, stored when the forum is saved
        self.image_original_bytes = 0  # the chosen file's size, when a smaller copy was kept
        self.kind_combo = QComboBox()
        for kind in kinds.registered():
            self.kind_combo.addItem(name_of(kind), kind.value)
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setPlaceholderText(tr("The question, as the room will read it"))
        self.prompt_edit.setFixedHeight(80)
        self.choices_edit = QPlainTextEdit()
        self.choices_edit.setPlaceholderText(tr("One choice per line (2 to 12)"))
        self.scale_min = QSpinBox()
        self.scale_min.setRange(0, 10)
        self.scale_max = QSpinBox()
        self.scale_max.setRange(1, 10)
        self.min_label = QLineEdit()
        self.max_label = QLineEdit()
        self.max_length = QSpinBox()
        self.max_length.setRange(1, HARD_MAX_LENGTH)
        self.max_words = QSpinBox()
        self.max_words.setRange(1, 10)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(tr("What the room reads under the title (up to {count} characters)").format(
            count=MAX_BODY_LENGTH))
        self.image_label = QLabel()
        self.image_label.setWordWrap(True)
        choose = QPushButton(tr("Choose image…"))
        choose.clicked.connect(self.choose_image)
        choose.setEnabled(images is not None)
        self.remove_image_button = QPushButton(tr("Remove image"))
        self.remove_image_button.clicked.connect(self.remove_image)
        self.image_row = QWidget()
        image_layout = QHBoxLayout(self.image_row)
        image_layout.setContentsMargins(0, 0, 0, 0)
        image_layout.addWidget(self.image_label, 1)
        image_layout.addWidget(choose)
        image_layout.addWidget(self.remove_image_button)
        self.form = QFormLayout()
        self.form.addRow(tr("Kind"), self.kind_combo)
        self.form.addRow(tr("Prompt"), self.prompt_edit)
        self.form.addRow(tr("Choices"), self.choices_edit)
        self.form.addRow(tr("Lowest value"), self.scale_min)
        self.form.addRow(tr("Highest value"), self.scale_max)
        self.scale_error = QLabel()  # beside the scale's fields: what is wrong with them
        self.scale_error.setObjectName("fieldError")
        self.scale_error.setStyleSheet("color:#b91c1c")
        self.scale_error.setWordWrap(True)
        self.form.addRow("", self.scale_error)
        self.form.addRow(tr("Lowest means"), self.min_label)
        self.form.addRow(tr("Highest means"), self.max_label)
        self.form.addRow(tr("Longest answer (characters)"), self.max_length)
        self.form.addRow(tr("Words per answer"), self.max_words)
        self.form.addRow(tr("Text"), self.body_edit)
        self.form.addRow(tr("Image"), self.image_row)
        # The rows of each field a kind may declare (forumdesk.domain.kinds.base.Field).
        self.field_rows: dict[str, tuple[QWidget, ...]] = {
            "choices": (self.choices_edit,),
            "scale": (self.scale_min, self.scale_max, self.scale_error, self.min_label, self.max_label),
            "max_length": (self.max_length,),
            "max_words": (self.max_words,),
            "body": (self.body_edit,),
            "image": (self.image_row,),
        }
        self.error = QLabel()
        self.error.setStyleSheet("color:#b91c1c")
        self.preview = QuestionPreview()
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.error)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.preview, 2)
        self._load(question or Question(kind=kinds.registered()[0].value, prompt=""))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.prompt_edit, self.choices_edit, self.body_edit):
            edit.textChanged.connect(self._changed)
        for edit in (self.min_label, self.max_label):
            edit.textChanged.connect(self._changed)
        for spin in (self.scale_min, self.scale_max, self.max_length, self.max_words):
            spin.valueChanged.connect(self._changed)
        self._kind_changed()

    def _load(self, q: Question) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(q.kind.value))
        self.prompt_edit.setPlainText(q.prompt)
        self.choices_edit.setPlainText("\n".join(q.choices))
        scale = q.scale or Scale()
        self.scale_min.setValue(scale.min)
        self.scale_max.setValue(scale.max)
        self.min_label.setText(scale.min_label)
        self.max_label.setText(scale.max_label)
        self.max_length.setValue(q.max_length or 500)
        self.max_words.setValue(q.max_words)
        self.body_edit.setPlainText(q.body)
        self._show_image()

    def kind(self) -> QuestionKind:
        return QuestionKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        fields = kinds.of(kind).fields
        for name, widgets in self.field_rows.items():
            for widget in widgets:
                self.form.setRowVisible(widget, name in fields)
        if "max_length" in fields and (self._original is None or self._original.kind != kind):
            self.max_length.setValue(kinds.of(kind).default_max_length)
        title = self.form.labelForField(self.prompt_edit)
        if isinstance(title, QLabel):
            title.setText(tr("Title") if "body" in fields else tr("Prompt"))
        self._changed()

    # ---------------------------------------------------------------- a content slide's image

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the slide's image"), "",
                                              tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS))
        if path:
            self.set_image_file(path)

    def set_image_file(self, path: str) -> bool:
        """Take the image in ``path`` (what the file dialog chose); a file that cannot be used is
        explained in a message box and changes nothing."""
        try:
            image = self._images.read_file(path)
        except InvalidInput as exc:
            QMessageBox.warning(self, tr("Image not used"),
                                tr("{reason} The slide keeps its image as it was.").format(reason=exc))
            return False
        self.image = phone_friendly(image)
        self.image_original_bytes = len(image.data)
        self._show_image()
        self._changed()
        return True

    def remove_image(self) -> None:
        self.image = None
        self._show_image()
        self._changed()

    def _show_image(self) -> None:
        image = self.image
        if image is None:
            self.image_label.setText(tr("No image"))
        else:
            kind = image.media_type.removeprefix("image/").upper()
            text = tr("{format} image, {size} KB").format(format=kind, size=f"{len(image.data) / 1024:,.0f}")
            if self.image_original_bytes > len(image.data):
                text += " " + tr("(a smaller copy for phones: the file was {size} KB)").format(
                    size=f"{self.image_original_bytes / 1024:,.0f}")
            self.image_label.setText(text)
        self.remove_image_button.setEnabled(image is not None)

    def question(self) -> Question:
        kind = self.kind()
        fields = kinds.of(kind).fields
        original = self._original
        return Question(
            kind=kind,
            prompt=" ".join(self.prompt_edit.toPlainText().split()),
            choices=[line.strip() for line in self.choices_edit.toPlainText().splitlines() if line.strip()]
            if "choices" in fields else [],
            scale=Scale(self.scale_min.value(), self.scale_max.value(), self.min_label.text().strip(),
                        self.max_label.text().strip()) if "scale" in fields else None,
            max_length=self.max_length.value() if "max_length" in fields else 0,
            max_words=self.max_words.value(),
            body=self.body_edit.toPlainText().strip() if "body" in fields else "",
            image_sha=self.image.sha256 if self.image is not None and "image" in fields else "",
            id=original.id if original else None,
            forum_id=original.forum_id if original else None,
            position=original.position if original else 0,
        )

    def problem(self) -> str:
        try:
            validate_question(self.question())
        except InvalidQuestion as exc:
            return str(exc)
        return ""

    def scale_problem(self) -> str:
        """What is wrong with the rating scale's own fields (shown beside them), or ""."""
        if "scale" not in kinds.of(self.kind()).fields:
            return ""
        low, high = self.scale_min.value(), self.scale_max.value()
        if low >= high:
            return tr("The lowest value ({low}) must be below the highest value ({high}).").format(low=low, high=high)
        if high - low + 1 > MAX_SCALE_STEPS:
            return tr("A rating scale can have at most {steps} steps.").format(steps=MAX_SCALE_STEPS)
        return ""

    def _changed(self) -> None:
        question = self.question()
        scale_problem = self.scale_problem()
        self.scale_error.setText(scale_problem)
        problem = self.problem()
        # The preview only ever gets a valid question: an invalid one (a scale from 5 to 1) shows
        # nothing rather than failing on every repaint.
        self.preview.show_question(question if question.prompt and not problem else None, image=self.image)
        shown = problem if question.prompt and problem != scale_problem else ""
        self.error.setText(shown)


class QuestionDialog(QDialog):
    def __init__(self, question: Question | None = None, parent: QWidget | None = None, *,
                 images=None, image: SlideImage | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit question") if question else tr("New question"))
        self.editor = QuestionEditor(question, images=images, image=image)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        fit_to_screen(self, 1100, 760)

    def accept(self) -> None:
        problem = self.editor.problem()
        if problem:
            if problem != self.editor.scale_problem():  # a scale problem is already shown beside its fields
                self.editor.error.setText(problem)
            return
        super().accept()

    def question(self) -> Question:
        return self.editor.question()
