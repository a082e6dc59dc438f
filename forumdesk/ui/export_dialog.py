"""The Export dialog: choose the files (the partner's shareable ones and the facilitator's internal
ones), review every identifying detail found in answers and room notes before sharing (masked
unless kept, one decision per detail, stored by ``services.privacy`` and used by the recap, the
exports, the projector and the phones' results), export with a progress bar (off the GUI thread),
then see the first pages of the recap.

The dialog does not know how the recap is made: the composition root passes ``exporter``, a
callable with the signature of ``forumdesk.report.export_forum``. Attendee text is shown as plain
text only.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services import ServiceError, Services
from forumdesk.storage import StoreError
from forumdesk.ui.errors import explain
from forumdesk.ui.export_review import ExportReview
from forumdesk.ui.language import QT_TR_NOOP, tr
from forumdesk.ui.recap_details import RecapDetailsBox
from forumdesk.ui.retention import erase_if_confirmed, erase_question
from forumdesk.ui.screens import fit_to_screen
from forumdesk.ui.slots import slot

log = logging.getLogger(__name__)

Exporter = Callable[..., Any]
PREVIEW_PAGES = 3
PREVIEW_WIDTH = 300  # pixels of one preview page

# (key, label, file filter, file name); the label and filter are tr()-ed where shown
FORMATS = [
    ("pdf", QT_TR_NOOP("PDF recap — shareable with the partner"), QT_TR_NOOP("PDF files (*.pdf)"), "recap.pdf"),
    ("html", QT_TR_NOOP("HTML recap — shareable with the partner (accessible, reads on a phone)"),
     QT_TR_NOOP("HTML files (*.html)"), "recap.html"),
    ("xlsx", QT_TR_NOOP("Spreadsheet recap (XLSX) — shareable with the partner"),
     QT_TR_NOOP("Excel workbooks (*.xlsx)"), "recap.xlsx"),
    ("csv", QT_TR_NOOP("CSV — shareable with the partner (masked, no small groups, no ids or times)"),
     QT_TR_NOOP("CSV files (*.csv)"), "answers.csv"),
    ("json", QT_TR_NOOP("JSON — shareable with the partner (same rules as the CSV)"),
     QT_TR_NOOP("JSON files (*.json)"), "forum.json"),
    ("csv_internal", QT_TR_NOOP("CSV — INTERNAL, for you only (every answer, small groups, ids and times)"),
     QT_TR_NOOP("CSV files (*.csv)"), "answers-internal.csv"),
    ("json_internal", QT_TR_NOOP("JSON — INTERNAL, for you only (the whole forum)"),
     QT_TR_NOOP("JSON files (*.json)"), "forum-internal.json"),
]


def render_preview(pdf_path: Path, pages: int = PREVIEW_PAGES, width: int = PREVIEW_WIDTH) -> list[QImage]:
    """The first ``pages`` pages of a PDF as images, or [] when pypdfium2 is not available.
    Safe to call off the GUI thread (QImage, not QPixmap)."""
    try:
        import pypdfium2
    except ImportError:  # an installation without it still exports; it just shows no preview
        log.info("pypdfium2 is not installed: no recap preview")
        return []
    document = pypdfium2.PdfDocument(str(pdf_path))
    images = []
    try:
        for index in range(min(pages, len(document))):
            page = document[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB(A) byte order, as QImage wants
            fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
            pixels = bytes(bitmap.buffer)  # kept alive until the copy below owns its own pixels
            images.append(QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, fmt).copy())
            page.close()
    finally:
        document.close()
    return images


class _ExportWorker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, list)  # exporter's result, preview images
    failed = Signal(str)

    def __init__(self, exporter: Exporter, services: Services, forum_id: int, targets: dict[str, Path],
                 options: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.exporter, self.services, self.forum_id, self.targets = exporter, services, forum_id, targets
        self.options = options or {}

    @Slot()
    def run(self) -> None:
        try:
            result = self.exporter(self.services, self.forum_id, progress=self.progressed.emit, **self.targets,
                                   **self.options)
            previews = render_preview(self.targets["pdf"]) if "pdf" in self.targets else []
        except Exception as exc:  # shown to the facilitator; the exporter's errors are one sentence
            log.warning("export failed", exc_info=True)
            self.failed.emit(str(exc) or exc.__class__.__name__)
        else:
            self.finished.emit(result, previews)


def _slug(text: str) -> str:
    slug = re.sub(r"[^\w-]+", "-", text.casefold()).strip("-")
    return slug[:50].rstrip("-") or "forum"


class ExportDialog(ExportReview, QDialog):
    exported = Signal(list)  # the paths written

    def __init__(self, services: Services, forum_id: int, exporter: Exporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.forum_id, self.exporter = services, forum_id, exporter
        self._thread: QThread | None = None
        self._worker: _ExportWorker | None = None
        self.written: list[Path] = []
        forum = services.forums.forum(forum_id)
        self.setWindowTitle(tr("Export — {title}").format(title=forum.title))
        fit_to_screen(self, 1120, 760)

        layout = QVBoxLayout(self)
        layout.addWidget(self._files_box(forum.title))
        self.details = RecapDetailsBox(services, forum_id)
        layout.addWidget(self.details)
        middle = QHBoxLayout()
        middle.addWidget(self._review_box(), stretch=1)
        middle.addWidget(self._preview_box())
        layout.addLayout(middle, stretch=1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.status = QLabel(tr("Choose what to export, review identifying details, then press Export."))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(tr("Open PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(False)
        self.erase_button = self.buttons.addButton(tr("Erase what people typed…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.erase_button.setToolTip(tr("After the recap is shared: delete the answer texts and room notes, keep the counts"))
        self.erase_box: QMessageBox | None = None
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self._open_pdf)
        self.erase_button.clicked.connect(self.ask_to_erase)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ building

    def _files_box(self, title: str) -> QGroupBox:
        box = QGroupBox(tr("1. Files"))
        grid = QGridLayout(box)
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.format_checks: dict[str, QCheckBox] = {}
        self.path_edits: dict[str, QLineEdit] = {}
        for row, (kind, text, file_filter, suffix) in enumerate(FORMATS):
            check = QCheckBox(tr(text))
            check.setChecked(kind == "pdf")
            edit = QLineEdit(str(folder / f"{_slug(title)}-{suffix}"))
            edit.setEnabled(check.isChecked())
            choose = QPushButton(tr("Choose…"))
            choose.setEnabled(check.isChecked())
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(choose.setEnabled)
            choose.clicked.connect(slot(self._choose, kind, tr(file_filter)))
            grid.addWidget(check, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(choose, row, 2)
            self.format_checks[kind] = check
            self.path_edits[kind] = edit
        grid.setColumnStretch(1, 1)
        return box

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(tr("3. Preview of the first pages"))
        layout = QVBoxLayout(box)
        self.preview_strip = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_strip)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_layout.setSpacing(12)
        self.preview_hint = QLabel(tr("The first pages of the recap appear here after the export."))
        self.preview_hint.setWordWrap(True)
        self.preview_layout.addWidget(self.preview_hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview_strip)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 48)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll)
        self.preview_labels: list[QLabel] = []
        return box

    # ------------------------------------------------------------ review step (the table: export_review.py)

    def ask_to_erase(self) -> None:
        self.erase_box, self._erase_confirm = erase_question(self.services, self.forum_id, self)
        self.erase_box.finished.connect(self._erase_answered)
        self.erase_box.open()

    def _erase_answered(self) -> None:
        sentence = erase_if_confirmed(self.services, self.forum_id, self.erase_box, self._erase_confirm)
        if sentence:
            self.refresh_review()
            self.status.setText(sentence)

    # ------------------------------------------------------------ files

    def _choose(self, kind: str, file_filter: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export to"), self.path_edits[kind].text(), file_filter)
        if path:
            self.path_edits[kind].setText(path)

    def targets(self) -> dict[str, Path]:
        return {kind: Path(self.path_edits[kind].text().strip()).expanduser()
                for kind, check in self.format_checks.items()
                if check.isChecked() and self.path_edits[kind].text().strip()}

    # ------------------------------------------------------------ exporting

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start_export(self) -> None:
        if self.running:
            return
        targets = self.targets()
        if not targets:
            self.status.setText(tr("Tick at least one format and give it a file name."))
            return
        try:  # the headcount, takeaways and owners typed here go into this export
            self.details.save()
        except (ServiceError, StoreError) as exc:  # a sentence for the facilitator; nothing is exported
            self.status.setText(tr("Check the recap details: {reason}").format(reason=explain(exc)))
            return
        self._set_busy(True)
        self.progress.setValue(0)
        self.status.setText(tr("Exporting…"))
        self._thread = QThread(self)
        self._worker = _ExportWorker(self.exporter, self.services, self.forum_id, targets,
                                     {"include_unasked": self.details.include_unasked.isChecked()})
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.erase_button.setEnabled(not busy)
        for check in self.format_checks.values():
            check.setEnabled(not busy)
        for edit in self.path_edits.values():
            edit.setReadOnly(busy)
        for keep in self.keep_checks:
            keep.setEnabled(not busy)
        self.details.set_enabled(not busy)

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            if self._worker is not None:
                self._worker.deleteLater()
        self._thread = None
        self._worker = None

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object, list)
    def _on_finished(self, result: Any, previews: list[QImage]) -> None:
        self._stop_thread()
        self._set_busy(False)
        self.progress.setValue(self.progress.maximum())
        self.written = list(getattr(result, "files", None) or self.targets().values())
        pages = getattr(result, "pages", 0)
        summary = tr("Exported {files}").format(files=", ".join(str(p) for p in self.written))
        if pages:
            summary += " — " + tr("the recap has %n page(s)", "", pages)
        summary += ". " + tr("%n identifying detail(s) masked", "", getattr(result, "masked", 0))
        # Text the recap could not draw (a notice stands in its place): say which answer it was.
        warnings = list(getattr(result, "warnings", None) or [])
        self.status.setText("\n".join([summary + ".", *warnings]))
        self.open_button.setEnabled("pdf" in self.targets())
        self._show_previews(previews)
        self.exported.emit(self.written)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(tr("The export did not complete: {reason}").format(reason=message))

    def _show_previews(self, images: list[QImage]) -> None:
        for label in self.preview_labels:
            label.deleteLater()
        self.preview_labels = []
        if not images:
            self.preview_hint.setText(tr("No preview: the page renderer (pypdfium2) is not installed or no PDF was "
                                      "exported. Use “Open PDF” to see the recap."))
            self.preview_hint.show()
            return
        self.preview_hint.hide()
        for image in images:
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())
            label.setStyleSheet("border: 1px solid #c7ccd6; background: white;")
            self.preview_layout.addWidget(label)
            self.preview_labels.append(label)

    def _open_pdf(self) -> None:
        pdf = self.targets().get("pdf")
        if pdf and pdf.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.running:  # the file is being written; closing now would leave the thread behind
            self.status.setText(tr("Please wait until the export has finished."))
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.running:
            self._thread.wait()  # never leave a worker writing after the dialog has gone
            self._stop_thread()
        super().done(result)
