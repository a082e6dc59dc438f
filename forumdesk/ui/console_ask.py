"""The console's Q&A panel (issue 18): the room's own questions. Turn asking on (review first by
default) and open it; approve or hide each item, mark it answered, star it, tag it with a theme,
and put the Q&A slide on the projector with the item being answered highlighted.

Item texts are shown masked (as the room sees them) in a QListWidget, which draws plain text.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from forumdesk.domain.ask import AskItem, AskMode, AskStatus
from forumdesk.domain.privacy import mask_contacts
from forumdesk.services import Services
from forumdesk.ui.bridge import EventBridge
from forumdesk.ui.console_view import plain_label
from forumdesk.ui.errors import run_guarded
from forumdesk.ui.language import QT_TR_NOOP, isolate, tr
from forumdesk.ui.projector_driver import ProjectorDriver
from forumdesk.ui.session import LiveForum
from forumdesk.ui.slides.ask import AskSlideItem

_MARK = {AskStatus.PENDING: QT_TR_NOOP("waiting"), AskStatus.HIDDEN: QT_TR_NOOP("hidden")}


class AskPanel(QWidget):
    def __init__(self, services: Services, session: LiveForum, bridge: EventBridge, driver: ProjectorDriver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.session, self.driver = services, session, driver
        self.forum_id = session.forum_id
        self.answering: int | None = None  # the item highlighted on the projector
        self.all_items: list[AskItem] = []
        layout = QVBoxLayout(self)
        switches = QGridLayout()  # two rows: the side panel is narrow
        self.on_box = QCheckBox(tr("Let the room ask"))
        self.review_box = QCheckBox(tr("Review first"))
        self.open_box = QCheckBox(tr("Open now"))
        for index, box in enumerate((self.on_box, self.review_box, self.open_box)):
            box.clicked.connect(self._switched)
            box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # as wide as its label
            switches.addWidget(box, index // 2, index % 2)
        layout.addLayout(switches)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.currentItemChanged.connect(self._selection)
        layout.addWidget(self.items, 1)
        buttons = QGridLayout()
        self.approve_btn = QPushButton(tr("Approve"))
        self.hide_btn = QPushButton(tr("Hide"))
        self.answered_btn = QPushButton(tr("Answered"))
        self.star_btn = QPushButton(tr("Star"))
        self.project_btn = QPushButton(tr("Answering now (projector)"))
        self.theme_box = QComboBox()
        self.tag_btn = QPushButton(tr("Tag"))
        for index, (button, method) in enumerate([
                (self.approve_btn, self.approve), (self.hide_btn, self.hide), (self.answered_btn, self.toggle_answered),
                (self.star_btn, self.toggle_star), (self.project_btn, self.answer_on_projector),
                (self.tag_btn, self.tag)]):
            button.clicked.connect(method)
            buttons.addWidget(button, index // 3, index % 3)
        layout.addLayout(buttons)
        layout.addWidget(self.theme_box)
        self.status = plain_label()
        layout.addWidget(self.status)
        bridge.ask_changed.connect(self._on_changed)
        session.themes_changed.connect(self._fill_themes)
        # Held weakly: the driver outlives no one, but a strong reference back would make a cycle
        # that only the cycle collector frees (architecture.md §2.3).
        items = weakref.WeakMethod(self.slide_items)
        driver.ask_items = lambda: (items() or list)()
        self._fill_themes()
        self.refresh()

    # ---------------------------------------------------------------- reading

    def _on_changed(self, forum_id: int) -> None:
        if forum_id == self.forum_id:
            self.refresh()
            self.driver.schedule_refresh()

    def refresh(self) -> None:
        settings = self.services.ask.settings(self.forum_id)
        self.on_box.setChecked(settings.on)
        self.review_box.setChecked(settings.mode is not AskMode.DIRECT)
        self.review_box.setEnabled(settings.on)
        self.open_box.setChecked(settings.is_open)
        self.open_box.setEnabled(settings.on)
        selected = self.selected_id()
        self.all_items = sorted(self.services.ask.items(self.forum_id), key=lambda i: (-i.votes, i.id or 0))
        self.items.clear()
        for item in self.all_items:
            mark = _MARK.get(item.status)
            flags = (tr(mark) + " · " if mark else "") + ("★ " if item.starred else "") + (
                "✓ " + tr("answered") + " · " if item.answered else "")
            themes = ", ".join(self.session.theme_name(t) for t in item.theme_ids)
            row = QListWidgetItem(f"▲ {item.votes}  {flags}{isolate(mask_contacts(item.text))}"
                                  + (f"  [{isolate(themes)}]" if themes else ""))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.items.addItem(row)
            if item.id == selected:
                self.items.setCurrentItem(row)
        waiting = sum(1 for i in self.all_items if i.status is AskStatus.PENDING)
        self.status.setText(tr("%n asked", "", len(self.all_items)) + ", " + tr("%n waiting for review", "", waiting)
                            if settings.on
                            else tr("Asking is off for this forum."))
        self._selection()

    def _fill_themes(self) -> None:
        self.theme_box.clear()
        for theme in self.session.themes:
            self.theme_box.addItem(theme.name, theme.id)
        self._selection()  # the Tag button follows the themes

    def selected_id(self) -> int | None:
        row = self.items.currentItem()
        return None if row is None else int(row.data(Qt.ItemDataRole.UserRole))

    def selected(self) -> AskItem | None:
        chosen = self.selected_id()
        return next((i for i in self.all_items if i.id == chosen), None)

    def _selection(self, *_args) -> None:
        item = self.selected()
        for button in (self.approve_btn, self.hide_btn, self.answered_btn, self.star_btn, self.project_btn, self.tag_btn):
            button.setEnabled(item is not None)
        if item is not None:
            self.approve_btn.setEnabled(item.status is not AskStatus.APPROVED)
            self.hide_btn.setEnabled(item.status is not AskStatus.HIDDEN)
            self.project_btn.setEnabled(item.shown)
            self.tag_btn.setEnabled(self.theme_box.count() > 0)
            self.answered_btn.setText(tr("Not answered") if item.answered else tr("Answered"))
            self.star_btn.setText(tr("Unstar") if item.starred else tr("Star"))

    def slide_items(self) -> list[AskSlideItem]:
        """What the Q&A slide shows: shown items, most votes first, the one being answered marked."""
        return [AskSlideItem(mask_contacts(i.text), i.votes, i.answered, i.id == self.answering)
                for i in self.all_items if i.shown]

    # ---------------------------------------------------------------- acting

    def _switched(self) -> None:
        # Read every box first: the first service call refreshes the panel (ASK_CHANGED) at once.
        on, review, is_open = self.on_box.isChecked(), self.review_box.isChecked(), self.open_box.isChecked()
        if not self.review_box.isEnabled():  # turning asking on: review first by default
            review = True
        mode = AskMode.OFF if not on else AskMode.REVIEW if review else AskMode.DIRECT
        ask = self.services.ask
        run_guarded(self, lambda: ask.set_mode(self.forum_id, mode))
        if mode is not AskMode.OFF:
            run_guarded(self, lambda: ask.set_open(self.forum_id, is_open))
        self.refresh()

    def _act(self, action) -> None:
        item = self.selected()
        if item is not None:
            run_guarded(self, lambda: action(item))

    def approve(self) -> None:
        self._act(lambda item: self.services.ask.approve(item.id))

    def hide(self) -> None:
        self._act(lambda item: self.services.ask.hide(item.id))

    def toggle_answered(self) -> None:
        self._act(lambda item: self.services.ask.set_answered(item.id, not item.answered))

    def toggle_star(self) -> None:
        self._act(lambda item: self.services.ask.set_starred(item.id, not item.starred))

    def tag(self) -> None:
        theme_id = self.theme_box.currentData()
        if theme_id is not None:
            self._act(lambda item: self.services.ask.tag(item.id, int(theme_id), theme_id not in item.theme_ids))

    def answer_on_projector(self) -> None:
        """Highlight the selected item as the one being answered and show the Q&A slide."""
        item = self.selected()
        if item is None or not item.shown:
            return
        self.answering = item.id
        self.driver.show_ask(True)
