"""QR codes as QImages: one pixel per module, black on white, quiet zone included.

Scale them up with nearest-neighbour (``Qt.FastTransformation``) or draw them with
``painter.drawImage(target_rect, image)`` and smoothing off, so the modules stay crisp.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from forumdesk.services.joining import qr_matrix


@lru_cache(maxsize=8)
def qr_image(text: str) -> QImage:
    matrix = qr_matrix(text)
    size = len(matrix)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, black)
    return image


def paint_qr(painter: QPainter, text: str, rect: QRectF) -> QRectF:
    """Paint the QR code for ``text`` as the largest crisp square that fits in ``rect``; returns it."""
    image = qr_image(text)
    modules = image.width()
    side = min(rect.width(), rect.height())
    module = max(1, int(side // modules))
    side = module * modules
    target = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(target, image)
    painter.restore()
    return target


def qr_pixmap_image(text: str, side: int) -> QImage:
    """The QR code scaled to about ``side`` pixels, for a QLabel."""
    image = qr_image(text)
    module = max(1, side // image.width())
    return image.scaled(image.width() * module, image.height() * module,
                        Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
