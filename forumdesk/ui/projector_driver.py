"""What the projector shows, decided in one place: welcome, the current question, its results
(once revealed) or a blank screen; plus the per-question timer.

The console drives it; the projector window and the console's small preview both paint its
``slide_data()``. Refreshes are coalesced (at most every ``REFRESH_MS``) so a burst of answers
costs a few repaints, and results are tallied only when the results slide is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from forumdesk.domain import Answer, kinds
from forumdesk.domain.duplicates import group_same
from forumdesk.domain.images import SlideImage
from forumdesk.services import NotFound
from forumdesk.services.live import shown_text
from forumdesk.ui.projector import ProjectorWindow
from forumdesk.ui.session import LiveForum
from forumdesk.ui.settings import Settings
from forumdesk.ui.slides import SlideData, SlideKind

REFRESH_MS = 150
# The wall turning its own pages: long enough to read a page of answers aloud from the back of a room.
WALL_TURN_MS = 10_000


class ProjectorDriver(QObject):
    changed = Signal()  # the slide data changed (the preview repaints)
    timer_changed = Signal(str)
    key_pressed = Signal(QKeyEvent)  # keys pressed on the projector window: the console runs its actions

    def __init__(self, session: LiveForum, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.window: ProjectorWindow | None = None
        self.blank = False
        self.welcome = True
        self.follow_up = False  # "You said, we did" (issue 19), shown from the console's Question menu
        self.wall_page = 0  # which page of the answer wall (issue 13: every visible answer, paged)
        self.spotlight: Answer | None = None  # one answer full screen, until the next slide change
        self.themes_slide = False
        self.asking = False  # the Q&A slide is on (the console's Q&A panel)
        self.ask_items: Callable[[], list] = list  # the Q&A slide's items (set by the Q&A panel)
        self.join_url = ""
        self._image_cache: SlideImage | None = None
        self.timer_seconds = settings.timer_seconds
        self.timer_closes = False  # close the question when the timer reaches zero (the console's checkbox)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        # the wall can turn its own pages (the console's Answer menu), so a room of 1,000 answers is
        # read while the facilitator talks; a page turned by hand gets the whole interval again
        self.wall_turn = QTimer(self)
        self.wall_turn.setInterval(WALL_TURN_MS)
        self.wall_turn.timeout.connect(self._turn_by_itself)
        self._last_question = session.forum.current_question_id
        session.forum_changed.connect(self._on_forum_changed)
        session.answers_added.connect(self.schedule_refresh)
        session.answer_updated.connect(self.schedule_refresh)
        session.same_answers_changed.connect(self.schedule_refresh)
        session.room_counts_changed.connect(self.schedule_refresh)
        session.follow_ups_changed.connect(self.schedule_refresh)

    # ---------------------------------------------------------------- the window

    def show_window(self) -> ProjectorWindow:
        if self.window is None:
            self.window = ProjectorWindow(self.settings)
            self.window.key_pressed.connect(self.key_pressed)
            self.window.placed.connect(self.changed)  # signal to signal: no cycle
        self.window.place()
        self.refresh()
        return self.window

    def hide_window(self) -> None:
        if self.window is not None:
            self.window.hide()

    def close(self) -> None:
        self._tick.stop()
        self.wall_turn.stop()
        self._refresh_timer.stop()
        if self.window is not None:
            self.window.close_for_good()
            self.window = None

    # ---------------------------------------------------------------- modes

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self.refresh()

    def turn_wall_page(self, delta: int) -> None:
        """Next / previous page of the answer wall (the slide wraps around)."""
        self.wall_page = max(0, self.wall_page + delta)
        if self.wall_turn.isActive():
            self.wall_turn.start()  # the page just turned stays up for the whole interval
        self.refresh()

    def set_wall_turning(self, on: bool) -> None:
        """Turn the wall's pages by themselves every ``WALL_TURN_MS``, or stop."""
        if on:
            self.wall_turn.start()
        else:
            self.wall_turn.stop()

    def _turn_by_itself(self) -> None:
        data = self.slide_data()  # only the wall turns: not a spotlight, the themes slide or a blank screen
        if data.kind is SlideKind.RESULTS and data.wall:
            self.turn_wall_page(1)

    def show_spotlight(self, answer: Answer | None) -> None:
        """One answer, full screen; ``None`` (or the same answer again) goes back."""
        same = self.spotlight is not None and answer is not None and self.spotlight.id == answer.id
        self.spotlight = None if same else answer
        self.themes_slide = False
        self.refresh()

    def toggle_themes_slide(self) -> None:
        self.themes_slide = not self.themes_slide
        self.spotlight = None
        self.refresh()

    def show_welcome(self, on: bool = True) -> None:
        self.welcome = on
        self.blank = self.follow_up = False
        self.refresh()

    def show_follow_up(self) -> None:
        """What was committed to at the partner's last forum and what happened, to open this one."""
        self.follow_up = True
        self.welcome = self.blank = self.asking = False
        self.refresh()

    def show_ask(self, on: bool = True) -> None:
        """The Q&A slide (the room's own questions) instead of the current question, or back."""
        self.asking = on
        self.welcome = self.blank = self.follow_up = False
        self.refresh()

    def leave_welcome(self) -> bool:
        """Leave the welcome, "You said, we did", Q&A (or blank) slide for the current question; True if it did."""
        if self.welcome or self.blank or self.follow_up or self.asking:
            self.welcome = self.blank = self.follow_up = self.asking = False
            self.refresh()
            return True
        return False

    def set_join_url(self, url: str) -> None:
        self.join_url = url
        self.refresh()

    # ---------------------------------------------------------------- timer
    # The countdown itself lives in services.timers (phones see it, and it can close the question
    # at zero without this window); here it is only started, paused and shown.

    def _timer(self):
        timer = self.session.services.timers.timer(self.session.forum_id)
        if timer is None or timer.question_id != self.session.forum.current_question_id:
            return None
        return timer

    def toggle_timer(self) -> None:
        timers, forum_id = self.session.services.timers, self.session.forum_id
        current = self.session.forum.current_question_id
        timer = self._timer()
        if current is None:
            return
        if timer is not None and timer.running:
            timers.pause(forum_id)
        elif timer is not None and timer.left_ms > 0:
            timers.set_closes(forum_id, self.timer_closes)
            timers.resume(forum_id)
        else:
            timers.start(forum_id, current, self.timer_seconds * 1000, closes=self.timer_closes)
        self._on_tick()

    def set_timer_seconds(self, seconds: int) -> None:
        self.timer_seconds = max(5, int(seconds))
        self.settings.timer_seconds = self.timer_seconds
        timer = self._timer()
        if timer is not None and not timer.running:  # the next start uses the new length
            self.session.services.timers.cancel(self.session.forum_id)

    def set_timer_closes(self, closes: bool) -> None:
        """Whether the question closes for answers when the timer reaches zero."""
        self.timer_closes = bool(closes)
        if self._timer() is not None:
            self.session.services.timers.set_closes(self.session.forum_id, self.timer_closes)

    def remaining_ms(self) -> int:
        timer = self._timer()
        return timer.remaining_ms() if timer is not None else 0

    @property
    def timer_running(self) -> bool:
        timer = self._timer()
        return timer is not None and timer.running

    @property
    def timer_question(self) -> int | None:
        timer = self._timer()
        return timer.question_id if timer is not None else None

    def timer_text(self) -> str:
        if self._timer() is None:
            return ""
        seconds = (self.remaining_ms() + 999) // 1000
        return f"{seconds // 60}:{seconds % 60:02d}"

    def _on_tick(self) -> None:
        if self.timer_running:
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
        self.timer_changed.emit(self.timer_text())
        self.refresh()

    def _on_forum_changed(self) -> None:
        current = self.session.forum.current_question_id
        if current != self._last_question:
            self._last_question = current
            self.wall_page, self.spotlight, self.themes_slide = 0, None, False
            timer = self.session.services.timers.timer(self.session.forum_id)
            if timer is not None and timer.question_id != current:  # a timer belongs to its question
                self.session.services.timers.cancel(self.session.forum_id)
        self._on_tick()  # also notices a timer that reached zero or was changed elsewhere

    # ---------------------------------------------------------------- slides

    def schedule_refresh(self, *_args) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def slide_data(self) -> SlideData:
        s = self.session
        base = dict(title=s.forum.title, partner=s.partner_name, join_url=self.join_url, code=s.forum.join_code,
                    total=len(s.questions))
        if self.blank:
            return SlideData(SlideKind.BLANK, **base)
        if self.follow_up:
            said = [(f.commitment.text, f.status_label, f.commitment.outcome)
                    for f in s.services.partners.follow_ups(s.forum_id)]
            return SlideData(SlideKind.FOLLOW_UP, follow_ups=said, **base)
        if self.asking:
            return SlideData(SlideKind.ASK, asked=self.ask_items(), **base)
        question = s.current_question()
        if self.welcome or question is None:
            return SlideData(SlideKind.WELCOME, **base)
        common = dict(question=question, number=s.index_of(question.id) + 1, answer_count=s.count(question.id), **base)
        if not kinds.of(question.kind).takes_answers:  # a content slide: the same before and after a reveal
            return SlideData(SlideKind.QUESTION, image=self._image(question.image_sha), **common)
        text_answers = kinds.of(question.kind).text_answers
        if self.spotlight is not None:
            same = group_same(((a.id, a.content.text or "") for a in s.wall(self.spotlight.question_id)),
                              s.same_as.get(self.spotlight.question_id))
            count = next((g.count for g in same if self.spotlight.id in g.ids), 1)
            return SlideData(SlideKind.SPOTLIGHT, spotlight=shown_text(self.spotlight, self._keep()),
                             spotlight_count=count,
                             **common)
        if self.themes_slide and text_answers:
            rows, tagged = self._theme_rows(question.id)
            return SlideData(SlideKind.THEMES, theme_rows=rows, themes_tagged=tagged, **common)
        if question.revealed:
            wall, counts = self._wall(question.id) if text_answers else ([], [])
            return SlideData(SlideKind.RESULTS, results=s.results(question.id, with_words=False), wall=wall,
                             wall_counts=counts, wall_page=self.wall_page, **common)
        timer = self._timer()
        remaining = self.remaining_ms() / max(1, timer.duration_ms if timer else self.timer_seconds * 1000)
        return SlideData(SlideKind.QUESTION, timer_text=self.timer_text(), timer_fraction=remaining, **common)

    def _image(self, sha: str) -> SlideImage | None:
        """A content slide's image, read from the database once (the slide repaints often)."""
        if not sha:
            return None
        if self._image_cache is None or self._image_cache.sha256 != sha:
            try:
                self._image_cache = self.session.services.images.get(sha)
            except NotFound:
                return None
        return self._image_cache

    def _wall(self, question_id: int) -> tuple[list[Answer], list[int]]:
        """Every visible answer once (same answers counted once, ×N), starred first, then the most
        often written, then the newest."""
        answers = self.session.wall(question_id)
        groups = group_same(((n, a.content.text or "") for n, a in enumerate(answers)),
                            self.session.same_as.get(question_id))
        first = [answers[g.face_id] for g in groups]  # the words shown for the group, as in the console
        order = sorted(range(len(groups)), key=lambda i: (not any(answers[n].starred for n in groups[i].ids),
                                                          -groups[i].count, groups[i].ids[0]))
        keep = self._keep()
        # Display copies whose text is already as the room may see it (the review's per-detail
        # decisions applied): the slide's own shown_text() then has nothing left to mask.
        shown = [replace(a, content=replace(a.content, text=shown_text(a, keep)), masked_kept=True) for a in first]
        return [shown[i] for i in order], [groups[i].count for i in order]

    def _keep(self) -> frozenset[str]:
        """The identifying details the facilitator kept in the review (services.privacy)."""
        return self.session.services.privacy.keep_keys(self.session.forum_id)

    def _theme_rows(self, question_id: int) -> tuple[list[tuple[str, int, str]], int]:
        """The forum's themes used on this question: name, visible answers carrying it, and one
        answer (the facilitator's star first, else the most often written); and how many visible
        answers carry a theme (each once)."""
        answers = self.session.wall(question_id)
        rows = []
        for theme in self.session.themes:
            tagged = [a for a in answers if theme.id in a.theme_ids]
            if not tagged:
                continue
            starred = [a for a in tagged if a.starred]
            example = starred[0] if starred else tagged[group_same(
                ((n, a.content.text or "") for n, a in enumerate(tagged)), self.session.same_as.get(question_id))[0].face_id]
            rows.append((theme.name, len(tagged), shown_text(example, self._keep())))  # masked unless kept
        rows.sort(key=lambda r: -r[1])
        return rows, sum(1 for a in answers if a.theme_ids)

    def refresh(self) -> None:
        self._refresh_timer.stop()
        data = self.slide_data()
        self.current = data
        if self.window is not None:
            self.window.show_slide(data)
        self.changed.emit()
