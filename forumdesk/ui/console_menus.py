"""The console's menus: every action the facilitator has, with its keys (see console.py).

A mixin of ``ConsoleWindow``: the actions call the window's own methods, its projector driver,
server panel and theme helpers, and are kept by name in ``self.actions`` for the tests and the
answer list's context menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence

from forumdesk.ui.language import tr
from forumdesk.ui.projector_driver import WALL_TURN_MS
from forumdesk.ui.screens import screen_label
from forumdesk.ui.slots import slot


class ConsoleMenus:
    """Builds the menu bar of ``ConsoleWindow`` (which provides every method the actions call)."""

    def _action(self, menu, key: str, text: str, method: Callable, shortcuts: tuple[str, ...] = (),
                checkable: bool = False, args: tuple = ()) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(slot(method, *args))
        menu.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is in this window
        self.actions[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        forum = bar.addMenu(tr("&Forum"))
        self._action(forum, "start", tr("&Start taking answers"), self.server_panel.start, ("Ctrl+Shift+S",))
        self._action(forum, "stop", tr("S&top the server"), self.server_panel.stop)
        self._action(forum, "networks", tr("&Look for networks again"), self.server_panel.refresh_addresses)
        forum.addSeparator()
        self._action(forum, "end", tr("&End the forum…"), self.end_forum)
        self._action(forum, "close", tr("&Close the console"), self.close, ("Ctrl+W",))

        edit = bar.addMenu(tr("&Edit"))
        for key, action, keys in (("undo", self.undo_stack.createUndoAction(self, tr("&Undo")), ("Ctrl+Z",)),
                                  ("redo", self.undo_stack.createRedoAction(self, tr("&Redo")), ("Ctrl+Shift+Z", "Ctrl+Y"))):
            action.setShortcuts([QKeySequence(k) for k in keys])
            edit.addAction(action)
            self.addAction(action)
            self.actions[key] = action

        question = bar.addMenu(tr("&Question"))
        self._action(question, "prev", tr("&Previous question"), self.step, ("Left",), args=(-1,))
        self._action(question, "next", tr("&Next question"), self.step, ("Right", "Space"), args=(+1,))
        self._action(question, "open", tr("&Open / close for answers"), self.toggle_open, ("O",))
        self._action(question, "reveal", tr("&Reveal / hide results"), self.toggle_reveal, ("R",))
        self._action(question, "timer", tr("Start / pause the &timer"), self.driver.toggle_timer, ("T",))
        question.addSeparator()
        self._action(question, "blank", tr("&Blank the projector"), self.toggle_blank, ("B",), checkable=True)
        self._action(question, "welcome", tr("Show the &welcome slide"), self.driver.show_welcome, ("W",))
        self._action(question, "follow_up", tr("Show \u201cYou said, we did\u201d (&follow-up)"), self.driver.show_follow_up, ("F",))

        answers = bar.addMenu(tr("&Answer"))
        self._action(answers, "hide", tr("&Hide / show on the projector"), self.toggle_hidden, ("H",))
        # Review-first forums: an open answer reaches the projector and phones only once approved.
        self._action(answers, "approve", tr("Appro&ve for the projector (review first)"), self.approve_selected, ("Y",))
        self._action(answers, "star", tr("&Star / unstar"), self.toggle_starred, ("S",))
        self.tag_menu = answers.addMenu(tr("&Tag with a theme"))
        self.tag_menu.aboutToShow.connect(self._fill_tag_menu)
        self._action(answers, "all", tr("Show answers to &all questions"), self._filter_changed, ("A",), checkable=True)
        self._action(answers, "search", tr("&Search answers"), self.filter_bar.search.setFocus, ("Ctrl+F",))
        # the projector at scale (issue 13): page the wall, one answer full screen, the themes slide
        self._action(answers, "spotlight", tr("S&potlight on the projector"), self.spotlight_selected, ("L",))
        self._action(answers, "wall_next", tr("Next page of the answer &wall"), self.driver.turn_wall_page, ("N", "]"),
                     args=(1,))
        self._action(answers, "wall_prev", tr("Previous page of the answer wall"), self.driver.turn_wall_page,
                     ("P", "["), args=(-1,))
        self._action(answers, "wall_turn", tr("Turn the wall's pages every {seconds} seconds").format(seconds=WALL_TURN_MS // 1000), self._wall_turning,
                     ("Shift+N",), checkable=True)
        self._action(answers, "themes_slide", tr("Themes &slide on the projector"), self.driver.toggle_themes_slide,
                     ("Shift+T",))
        # themes helped offline (issue 13): run off the GUI thread, nothing tagged without the facilitator
        helper = self.themes_helper_ui
        self._action(answers, "suggest_themes", tr("Suggest th&emes…"), helper.suggest, ("Ctrl+Shift+T",))
        self._action(answers, "similar", tr("Select si&milar answers"), helper.similar, ("M",))
        self._action(answers, "suggest_rest", tr("Suggest the theme of the &rest…"), helper.suggest_rest,
                     ("Ctrl+Shift+R",))
        self._action(answers, "near_duplicates", tr("Near-&duplicates…"), helper.near_duplicates, ("Ctrl+Shift+D",))
        self._action(answers, "count_apart", tr("Count apart a&gain"), helper.count_apart, ("Ctrl+Shift+A",))
        for n in range(1, 10):  # keyboard tagging: 1..9 toggle the Nth theme on the selected answers
            self._action(self.tag_keys_menu(answers), f"tag_{n}", tr("Theme {number}").format(number=n), self._tag_key, (str(n),), args=(n,))

        notes = bar.addMenu(tr("&Notes"))
        self._action(notes, "note", tr("&Note box"), self.focus_note_box, ("Ctrl+N",))
        self._action(notes, "presenter", tr("&Back to the presenter keys"), self.presenter_keys, ("Esc",))
        self._action(notes, "room", tr("&Room counts"), self._focus_tab, ("Ctrl+R",), args=(self.room_panel,))
        self._action(notes, "commitments", tr("&Commitments"), self._focus_tab, ("Ctrl+K",),
                     args=(self.commitments_panel,))
        self._action(notes, "themes", tr("T&hemes"), self._focus_tab, ("Ctrl+T",), args=(self.themes_panel,))

        view = bar.addMenu(tr("&View"))
        self._action(view, "projector", tr("Show the &projector"), self.driver.show_window, ("Ctrl+P",))
        self._action(view, "hide_projector", tr("H&ide the projector"), self.driver.hide_window)
        self._action(view, "fullscreen", tr("Projector &full screen"), self._toggle_projector_full_screen, ("F11",))
        self.screen_menu = view.addMenu(tr("Projector &screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        theme_menu = view.addMenu(tr("Projector &theme"))
        group = QActionGroup(self)
        for name, label in (("light", tr("&Light")), ("dark", tr("&Dark"))):
            action = self._action(theme_menu, f"theme_{name}", label, self.set_theme, checkable=True,
                                  args=(name,))
            action.setChecked(self.settings.theme == name)
            group.addAction(action)

    def _fill_tag_menu(self) -> None:
        self.tag_menu.clear()
        answer = self.selected_answer()
        for number, theme in enumerate(self.session.themes, start=1):
            action = self.tag_menu.addAction(f"{theme.name}\t{number}" if number < 10 else theme.name)
            action.setCheckable(True)
            action.setEnabled(answer is not None)
            action.setChecked(answer is not None and theme.id in answer.theme_ids)
            action.triggered.connect(slot(self._toggle_tag, theme.id))
        if not self.session.themes:
            self.tag_menu.addAction(tr("Create themes in the Themes tab")).setEnabled(False)

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        for screen in QGuiApplication.screens():
            action = self.screen_menu.addAction(screen_label(screen))
            action.setCheckable(True)
            action.setChecked(self.driver.window is not None and self.driver.window.screen() is screen)
            name = screen.name()
            action.triggered.connect(slot(self.choose_screen, name))

    def tag_keys_menu(self, answers_menu):
        if not hasattr(self, "_tag_keys"):
            self._tag_keys = answers_menu.addMenu(tr("Tag with theme &number (1–9)"))
        return self._tag_keys
