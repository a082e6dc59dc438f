"""The content slide (issue 18 item 3): a title, a text and an image the facilitator chose, shown
between questions. Nothing to answer, so no count, timer or QR code: only how to join, below.

The image keeps its proportions and is as large as its area allows; with a text it takes the right
part of the slide, alone it takes the whole width under the title.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from forumdesk.domain.images import SlideImage
from forumdesk.ui.slides.common import MIN_PX_1080, SlideData, draw_fitted, footer, reserve
from forumdesk.ui.theme import ProjectorTheme

_DECODED: dict[str, QImage] = {}  # by the image's hash: decoded once, painted at every refresh
_KEPT = 8


def picture(image: SlideImage) -> QImage:
    """The image decoded (a null QImage when Qt cannot read it)."""
    decoded = _DECODED.get(image.sha256)
    if decoded is None:
        decoded = QImage.fromData(image.data)
        _DECODED[image.sha256] = decoded
        while len(_DECODED) > _KEPT:
            _DECODED.pop(next(iter(_DECODED)))
    return decoded


def fitted(size_w: float, size_h: float, area: QRectF) -> QRectF:
    """The largest rectangle of the image's proportions inside ``area``, centred in it."""
    scale = min(area.width() / size_w, area.height() / size_h)
    w, h = size_w * scale, size_h * scale
    return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)


def paint(p: QPainter, rect: QRectF, theme: ProjectorTheme, data: SlideData) -> None:
    u = rect.height() / 1080
    question = data.question
    assert question is not None
    left, right = rect.left() + 110 * u, rect.right() - 110 * u
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 14 * u), theme.accent)
    top, bottom = rect.top() + 70 * u, rect.bottom() - 130 * u  # the footer strip starts at -96
    title = draw_fitted(p, question.prompt, QRectF(left, top, right - left, 270 * u), 84 * u, 34 * u, theme.text,
                        QFont.Weight.Bold)
    y = title.bottom() + 40 * u
    image = picture(data.image) if data.image is not None else None
    has_image = image is not None and not image.isNull()
    text_right = right
    if has_image:
        image_left = left + (right - left) * 0.52 + 25 * u if question.body else left
        area = QRectF(image_left, y, right - image_left, bottom - y)
        target = fitted(image.width(), image.height(), area)
        target.moveTop(y)  # level with the text's first line, not floating in the middle
        p.save()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        p.drawImage(target, image)
        p.restore()
        reserve(p, "image", target)
        text_right = image_left - 50 * u
    if question.body:
        draw_fitted(p, question.body, QRectF(left, y, text_right - left, bottom - y), 48 * u, MIN_PX_1080 * u,
                    theme.text, QFont.Weight.Normal, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    footer(p, rect, theme, data, "")
