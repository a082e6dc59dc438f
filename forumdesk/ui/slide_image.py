"""A phone-friendly copy of a content slide's image.

A photo straight from a camera (4,000 px, 5 MB) would be sent to every phone in the room over the
venue's Wi-Fi: 300 phones, 1.5 GB. The editor keeps a copy no larger than a projector shows
(1,920 px on its long side), re-encoded by Qt, when that copy is smaller than the file. Animated
GIFs are kept as they are (a re-encoded copy would lose the animation).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from forumdesk.domain.images import InvalidImage, SlideImage

MAX_SIDE = 1920
SMALL_ENOUGH = 300 * 1024  # a file this small is kept as it is, whatever its size in pixels
JPEG_QUALITY = 85


def phone_friendly(image: SlideImage) -> SlideImage:
    """``image`` itself, or a smaller copy of it for the phones and the projector."""
    if image.media_type == "image/gif" or len(image.data) <= SMALL_ENOUGH:
        return image
    picture = QImage.fromData(image.data)
    if picture.isNull():
        return image
    if max(picture.width(), picture.height()) > MAX_SIDE:
        picture = picture.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
    # A picture with see-through parts stays PNG (JPEG has no transparency); a photo becomes JPEG.
    form, quality = ("PNG", -1) if picture.hasAlphaChannel() else ("JPEG", JPEG_QUALITY)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not picture.save(buffer, form, quality):
        return image
    smaller = bytes(data)
    if len(smaller) >= len(image.data):
        return image
    try:
        return SlideImage.from_bytes(smaller)
    except InvalidImage:
        return image
