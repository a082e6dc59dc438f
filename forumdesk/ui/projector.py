"""The projector window: what the room sees.

Frameless and full screen on the projector screen (the first non-primary screen, or the one the
facilitator chose, remembered), placed again when screens are plugged in or out. With a single
screen it is an ordinary window that F11 or a double-click makes full screen. It ignores close
requests unless the console closes it, so a stray Alt+F4 or click never leaves the room staring
at a desktop. Slides are painted (see ``ui.slides``); the entry animation runs on a
QVariantAnimation and never blocks.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEasingCurve, QRectF, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from forumdesk.ui.language import tr
from forumdesk.ui.screens import pick_projector_screen
from forumdesk.ui.settings import Settings
from forumdesk.ui.slides import SlideData, SlideKind, paint_slide
from forumdesk.ui.theme import ProjectorTheme, theme_named

log = logging.getLogger(__name__)

ANIMATION_MS = 450


def render_slide(data: SlideData, theme: ProjectorTheme, size: QSize) -> QImage:
    """The slide as an image (previews, screenshots, tests)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(theme.background)
    painter = QPainter(image)
    try:
        paint_slide(painter, QRectF(0, 0, size.width(), size.height()), theme, data)
    finally:
        painter.end()
    return image


class SlideCanvas(QWidget):
    """Paints one slide, keeping a 16:9 stage centred in whatever size it is given."""

    def __init__(self, theme: ProjectorTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.data = SlideData()
        self._identity: tuple = ()
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_progress)
        self.letterbox: QColor | None = None  # around the 16:9 stage; None: the slide's own background
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 180)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def set_data(self, data: SlideData) -> None:
        identity = (data.kind, data.question.id if data.question else None,
                    data.question.revealed if data.question else None)
        if identity != self._identity:
            self._identity = identity
            data.progress = 0.0
            self.data = data
            self._animation.stop()
            self._animation.start()
        else:
            data.progress = self.data.progress
            self.data = data
        self.update()

    def _on_progress(self, value: float) -> None:
        self.data.progress = float(value)
        self.update()

    def set_theme(self, theme: ProjectorTheme) -> None:
        self.theme = theme
        self.update()

    def stage(self) -> QRectF:
        w, h = self.width(), self.height()
        if w * 9 > h * 16:  # wider than 16:9: bars left and right
            sw, sh = h * 16 / 9, h
        else:
            sw, sh = w, w * 9 / 16
        return QRectF((w - sw) / 2, (h - sh) / 2, sw, sh)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            background = self.theme.background if self.data.kind is not SlideKind.BLANK else QColor("black")
            painter.fillRect(self.rect(), self.letterbox or background)
            paint_slide(painter, self.stage(), self.theme, self.data)
        finally:
            painter.end()


class ProjectorWindow(QWidget):
    key_pressed = Signal(QKeyEvent)  # keys the console handles (next, previous, blank...)
    placed = Signal(str)  # the name of the screen it is on, "" for a normal window

    def __init__(self, settings: Settings) -> None:
        super().__init__(None)
        self.settings = settings
        self.setWindowTitle(tr("forumdesk — projector"))
        self.canvas = SlideCanvas(theme_named(settings.theme), self)
        self._allow_close = False
        self.on_projector_screen = False
        # Showing the projector must not take the keyboard from the console the facilitator is using.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._replace_timer = QTimer(self)
        self._replace_timer.setSingleShot(True)
        self._replace_timer.setInterval(500)  # debounce: a plug-in emits several changes
        self._replace_timer.timeout.connect(self._replace_if_visible)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._schedule_replace)
        app.screenRemoved.connect(self._schedule_replace)
        app.primaryScreenChanged.connect(self._schedule_replace)

    # ---------------------------------------------------------------- placement

    def target_screen(self):
        return pick_projector_screen(QGuiApplication.screens(), QGuiApplication.primaryScreen(),
                                     self.settings.projector_screen)

    def place(self) -> None:
        """Show the window on the projector screen, full screen, or as a normal window with one screen."""
        screen = self.target_screen()
        primary = QGuiApplication.primaryScreen()
        if screen is not None and screen is not primary:
            self.on_projector_screen = True
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                                | Qt.WindowType.WindowStaysOnTopHint)
            # setScreen alone leaves the window on the primary screen: move it there first.
            self.setGeometry(screen.geometry())
            self.showFullScreen()
            self.placed.emit(screen.name())
        else:
            was_on_projector, self.on_projector_screen = self.on_projector_screen, False
            if was_on_projector or not self.isVisible():
                self.setWindowFlags(Qt.WindowType.Window)
                if primary is not None:
                    area = primary.availableGeometry()
                    self.resize(min(1280, area.width() * 3 // 4), min(720, area.height() * 3 // 4))
                self.showNormal()
            else:
                self.show()  # already up on the laptop's screen: keep it as the facilitator left it
            self.placed.emit("")
        self.raise_()

    def _schedule_replace(self, *_args) -> None:
        self._replace_timer.start()

    def _replace_if_visible(self) -> None:
        if self.isVisible():
            self.place()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # ---------------------------------------------------------------- content

    def show_slide(self, data: SlideData) -> None:
        self.canvas.set_data(data)

    def set_theme(self, name: str) -> None:
        self.canvas.set_theme(theme_named(name))

    @property
    def slide(self) -> SlideData:
        return self.canvas.data

    def resizeEvent(self, event) -> None:
        self.canvas.setGeometry(self.rect())
        super().resizeEvent(event)

    # ---------------------------------------------------------------- not closed by accident

    def close_for_good(self) -> None:
        self._allow_close = True
        app = QGuiApplication.instance()
        for sig in (app.screenAdded, app.screenRemoved, app.primaryScreenChanged):
            try:
                sig.disconnect(self._schedule_replace)
            except (RuntimeError, TypeError):
                pass
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            event.accept()
        else:
            event.ignore()  # hidden from the console (View ▸ Projector), never by a stray close

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11 or (event.key() == Qt.Key.Key_Escape and self.isFullScreen()
                                              and not self.on_projector_screen):
            self.toggle_full_screen()
            return
        self.key_pressed.emit(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.on_projector_screen:
            self.toggle_full_screen()
