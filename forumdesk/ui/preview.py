"""A question as the room will see it: the projector slide and the attendee's phone, side by side.

The phone is a painted approximation of the phone page (resources/web), close enough for the
facilitator to check wording, choices and scale labels before the forum.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from forumdesk.domain import Question, kinds
from forumdesk.domain.images import SlideImage
from forumdesk.ui.labels import kind_text
from forumdesk.ui.language import tr
from forumdesk.ui.projector import SlideCanvas
from forumdesk.ui.slides import SlideData, SlideKind
from forumdesk.ui.slides.common import draw_fitted, draw_line, rounded
from forumdesk.ui.slides.content import fitted, picture
from forumdesk.ui.theme import font, theme_named

log = logging.getLogger(__name__)

INK = QColor("#111827")
MUTED = QColor("#4b5563")
ACCENT = QColor("#1d4ed8")
LINE = QColor("#c7ccd6")


class PhonePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question: Question | None = None
        self.forum_title = ""
        self.image: SlideImage | None = None
        self._failed = False  # this question could not be drawn (logged once)
        self.setMinimumSize(200, 360)

    def sizeHint(self) -> QSize:
        return QSize(240, 440)

    def set_question(self, question: Question | None, forum_title: str = "", image: SlideImage | None = None) -> None:
        self.question, self.forum_title, self.image = question, forum_title, image
        self._failed = False
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            h = min(self.height() - 8, (self.width() - 8) * 2.05)
            w = h / 2.05
            body = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
            rounded(p, body, w * 0.12, QColor("#1f2937"))
            screen = body.adjusted(w * 0.05, w * 0.09, -w * 0.05, -w * 0.09)
            rounded(p, screen, w * 0.06, QColor("white"))
            self._paint_page(p, screen.adjusted(12, 12, -12, -12), w / 240)
        except Exception:  # a question the editor should have refused: draw nothing, never an error box per repaint
            if not self._failed:
                log.exception("the phone preview could not draw this question")
            self._failed = True
        finally:
            p.end()

    def _paint_page(self, p: QPainter, r: QRectF, u: float) -> None:
        q = self.question
        y = r.top()
        draw_line(p, self.forum_title or tr("Listening forum"), QRectF(r.left(), y, r.width(), 18 * u), 11 * u, MUTED)
        y += 24 * u
        if q is None:
            draw_line(p, tr("Select a question"), QRectF(r.left(), y, r.width(), 20 * u), 13 * u, MUTED)
            return
        used = draw_fitted(p, q.prompt or "…", QRectF(r.left(), y, r.width(), 96 * u), 17 * u, 11 * u, INK,
                           QFont.Weight.Bold)
        y = used.bottom() + 12 * u
        row_h = 30 * u
        kind = kinds.of(q.kind)
        # one painter per presentation; the kind says which (forumdesk.domain.kinds.base)
        if kind.options_view == "content":
            self._paint_card(p, QRectF(r.left(), y, r.width(), r.bottom() - 24 * u - y), q, u)
            return
        if kind.options_view == "choices":
            for choice in q.choices[:8]:
                box = QRectF(r.left(), y, r.width(), row_h)
                p.setPen(QPen(LINE, 1))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(box, 6 * u, 6 * u)
                mark = QRectF(box.left() + 8 * u, box.center().y() - 7 * u, 14 * u, 14 * u)
                if kind.multi_select:
                    p.drawRoundedRect(mark, 3 * u, 3 * u)
                else:
                    p.drawEllipse(mark)
                draw_line(p, choice, box.adjusted(30 * u, 0, -6 * u, 0), 12 * u, INK)
                y += row_h + 6 * u
        elif kind.options_view == "scale" and q.scale and q.scale.max > q.scale.min:
            values = list(range(q.scale.min, q.scale.max + 1))
            side = min(34 * u, (r.width() - 4 * u * (len(values) - 1)) / len(values))
            for i, value in enumerate(values):
                box = QRectF(r.left() + i * (side + 4 * u), y, side, side)
                p.setPen(QPen(LINE, 1))
                p.drawRoundedRect(box, 6 * u, 6 * u)
                p.setFont(font(13 * u, QFont.Weight.Bold))
                p.setPen(INK)
                p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(value))
            y += side + 6 * u
            draw_line(p, q.scale.min_label, QRectF(r.left(), y, r.width() / 2, 16 * u), 10 * u, MUTED)
            draw_line(p, q.scale.max_label, QRectF(r.center().x(), y, r.width() / 2, 16 * u), 10 * u, MUTED,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            y += 24 * u
        else:
            tall = 90 * u if kind.tall_answer_box else 34 * u
            box = QRectF(r.left(), y, r.width(), tall)
            p.setPen(QPen(LINE, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(box, 6 * u, 6 * u)
            hint = kind_text(kind.answer_placeholder(q))
            draw_line(p, hint, QRectF(box.left() + 8 * u, box.top() + 4 * u, box.width(), 20 * u), 12 * u, MUTED)
            y += tall + 4 * u
            draw_line(p, f"0 / {q.max_length}", QRectF(r.left(), y, r.width(), 16 * u), 10 * u, MUTED,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            y += 20 * u
        button = QRectF(r.left(), min(y + 8 * u, r.bottom() - 60 * u), r.width(), 36 * u)
        rounded(p, button, 8 * u, ACCENT)
        p.setFont(font(14 * u, QFont.Weight.Bold))
        p.setPen(QColor("white"))
        p.drawText(button, int(Qt.AlignmentFlag.AlignCenter), tr("Send"))
        draw_line(p, tr("Anonymous — no names collected"), QRectF(r.left(), r.bottom() - 18 * u, r.width(), 18 * u),
                  10 * u, MUTED, align=Qt.AlignmentFlag.AlignCenter)


    def _paint_card(self, p: QPainter, r: QRectF, q: Question, u: float) -> None:
        """A content slide's card: its text, then its image as wide as the screen; no form."""
        y = r.top()
        if q.body:
            used = draw_fitted(p, q.body, QRectF(r.left(), y, r.width(), r.height() * 0.55), 12 * u, 8 * u, INK)
            y = used.bottom() + 8 * u
        image = picture(self.image) if self.image is not None else None
        if image is not None and not image.isNull() and r.bottom() - y > 10:
            target = fitted(image.width(), image.height(), QRectF(r.left(), y, r.width(), r.bottom() - y))
            target.moveTop(y)
            p.drawImage(target, image)


class QuestionPreview(QWidget):
    """The projector's question slide and the phone, for one question."""

    def __init__(self, theme: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slide = SlideCanvas(theme_named(theme))
        self.slide.setMinimumSize(320, 180)
        self.slide.letterbox = self.palette().window().color()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.slide.setSizePolicy(policy)
        self.phone = PhonePreview()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, widget, stretch in ((tr("On the projector"), self.slide, 0), (tr("On a phone"), self.phone, 1)):
            label = QLabel(title)
            label.setObjectName("sectionTitle")
            layout.addWidget(label)
            layout.addWidget(widget, stretch)

    def show_question(self, question: Question | None, number: int = 1, total: int = 1, forum_title: str = "",
                      image: SlideImage | None = None) -> None:
        """``image``: a content slide's image (the editor's, not stored yet, or the database's)."""
        data = SlideData(SlideKind.QUESTION, title=forum_title, question=question, number=number, total=total,
                         code="CODE", join_url="", image=image)
        self.slide.set_data(data)
        self.phone.set_question(question, forum_title, image)
