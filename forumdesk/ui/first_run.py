"""What a new facilitator sees first: an empty database offers to create a first forum or open
the demo forum, next to a short guide on how attendees join and what to do when the venue's
Wi-Fi keeps phones from reaching the laptop. The guide is also under Help."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.language import QT_TR_NOOP, tr

GUIDE_TITLE = QT_TR_NOOP("How attendees join")
GUIDE = [
    (QT_TR_NOOP("Before the room arrives"),
     QT_TR_NOOP("Connect the laptop to the network the attendees will use and start the forum's attendee server "
     "from the console. The console and the projector's welcome slide show a QR code, the join address "
     "and a six-letter code.")),
    (QT_TR_NOOP("In the room"),
     QT_TR_NOOP("Attendees scan the QR code with their phone's camera, or type the address. No app, no account, no "
     "name: answers are anonymous. Phones only need to be on the same network as this laptop; no internet "
     "is needed.")),
    (QT_TR_NOOP("When phones cannot reach the laptop"),
     QT_TR_NOOP("Many venue and guest Wi-Fi networks keep devices apart. To tell, open the join address on your own "
     "phone, on the same Wi-Fi: if the page does not load while the console shows the server running, the "
     "network is blocking it. Then bring a pocket router, or turn on this laptop's or a phone's hotspot, and "
     "have everyone join that network; the console's Network list picks up the new address (click Refresh).")),
    (QT_TR_NOOP("If the laptop has several networks"),
     QT_TR_NOOP("Choose the one the room uses in the console's Network list; the QR code follows.")),
]


def _guide_widget() -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for heading, text in GUIDE:
        title = QLabel(tr(heading))
        title.setTextFormat(Qt.TextFormat.PlainText)
        bold = title.font()
        bold.setWeight(QFont.Weight.DemiBold)
        title.setFont(bold)
        body = QLabel(tr(text))
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addSpacing(4)
    return box


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(GUIDE_TITLE))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(_guide_widget())
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class FirstRunPanel(QFrame):
    """Shown instead of the forum list while the database holds no forum."""

    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        welcome = QLabel(tr("Welcome to forumdesk"))
        welcome.setTextFormat(Qt.TextFormat.PlainText)
        big = welcome.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setWeight(QFont.Weight.Bold)
        welcome.setFont(big)
        intro = QLabel(tr("Run a listening forum: questions on the projector, anonymous answers from phones, "
                       "notes from the room, and a recap for your partner. Everything stays on this laptop."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.create_button = QPushButton(tr("Create your first forum…"))
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button = QPushButton(tr("Open the demo forum"))
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.create_button, self.demo_button):
            button.setMinimumHeight(44)
            button.setStyleSheet("padding: 0 20px; font-size: 11pt;")
        actions = QHBoxLayout()
        actions.addWidget(self.create_button)
        actions.addWidget(self.demo_button)
        actions.addStretch(1)
        guide_title = QLabel(tr(GUIDE_TITLE))
        guide_title.setTextFormat(Qt.TextFormat.PlainText)
        heading = guide_title.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        heading.setWeight(QFont.Weight.Bold)
        guide_title.setFont(heading)

        column = QVBoxLayout()
        column.setContentsMargins(0, 48, 0, 24)
        column.setSpacing(8)
        column.addWidget(welcome)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(actions)
        column.addSpacing(24)
        column.addWidget(guide_title)
        column.addWidget(_guide_widget())
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        inner = QWidget()
        inner.setLayout(column)
        inner.setMaximumWidth(760)
        outer.addWidget(inner, 4)
        outer.addStretch(1)
