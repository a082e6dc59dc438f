"""What the facilitator adds and corrects during a forum: edit and restore notes; make, rename,
merge, delete and restore themes. Each returns what an undo needs; each publishes the change.

A mixin of AnswerService (it uses its ``store`` and ``events``), kept apart to keep modules small.
"""

from __future__ import annotations

from forumdesk.domain import Note, Theme
from forumdesk.domain.validation import clean_text
from forumdesk.services.errors import InvalidInput, NotFound
from forumdesk.services.events import Event, EventBus, EventKind
from forumdesk.storage import Store, now_iso

MAX_NOTE = 2000
MAX_THEME = 60


class RoomEdits:
    store: Store
    events: EventBus

    # ------------------------------------------------------------ notes

    def update_note(self, forum_id: int, note_id: int, text: str) -> Note:
        """Correct a note's text (a typo must not reach the partner's recap)."""
        text = self._note_text(text)
        with self.store.write() as repo:
            note = repo.get_note(note_id)
            if note is None or note.forum_id != forum_id:
                raise NotFound("That note no longer exists.")
            repo.update_note(note_id, text)
        self.events.publish(Event(EventKind.NOTES_CHANGED, forum_id))
        note.text = text
        return note

    def restore_note(self, note: Note) -> Note:
        """Undo of a delete: the note again, with its question and time (under a new id)."""
        restored = Note(forum_id=note.forum_id, question_id=note.question_id, text=self._note_text(note.text),
                        created_at=note.created_at or now_iso())
        with self.store.write() as repo:
            if restored.question_id is not None and repo.get_question(restored.question_id) is None:
                restored.question_id = None  # its question was removed since: keep the note for the forum
            restored.id = repo.insert_note(restored)
        self.events.publish(Event(EventKind.NOTES_CHANGED, note.forum_id))
        return restored

    @staticmethod
    def _note_text(text: str) -> str:
        text = clean_text(text)
        if not text:
            raise InvalidInput("A note cannot be empty.")
        if len(text) > MAX_NOTE:
            raise InvalidInput("A note can be at most {limit} characters long.", limit=MAX_NOTE)
        return text

    # ------------------------------------------------------------ themes

    def themes(self, forum_id: int) -> list[Theme]:
        return self.store.repo.list_themes(forum_id)

    def create_theme(self, forum_id: int, name: str) -> Theme:
        """A new theme, or the forum's theme of that name if there is one."""
        name = self._theme_name(name)
        with self.store.write() as repo:
            existing = repo.find_theme(forum_id, name)
            if existing:
                return existing
            theme = Theme(forum_id=forum_id, name=name)
            theme.id = repo.insert_theme(theme)
        self.events.publish(Event(EventKind.THEMES_CHANGED, forum_id))
        return theme

    def delete_theme(self, theme_id: int) -> list[int]:
        """Delete a theme (its answers lose the tag); returns the ids of the answers it tagged."""
        with self.store.write() as repo:
            theme = repo.get_theme(theme_id)
            if theme is None:
                return []
            answer_ids = repo.theme_answer_ids(theme_id)
            repo.delete_theme(theme_id)
        self._themes_changed(theme.forum_id, answer_ids)
        return answer_ids

    def rename_theme(self, theme_id: int, name: str) -> Theme:
        name = self._theme_name(name)
        with self.store.write() as repo:
            theme = repo.get_theme(theme_id)
            if theme is None:
                raise NotFound("That theme no longer exists.")
            other = repo.find_theme(theme.forum_id, name)
            if other is not None and other.id != theme_id:
                raise InvalidInput("There is already a theme called “{name}”: merge the two instead.", name=name)
            repo.rename_theme(theme_id, name)
            answer_ids = repo.theme_answer_ids(theme_id)
        self._themes_changed(theme.forum_id, answer_ids)
        return Theme(forum_id=theme.forum_id, name=name, id=theme_id)

    def merge_themes(self, source_id: int, target_id: int) -> tuple[list[int], list[int]]:
        """Move every answer tagged with ``source`` to ``target`` and delete ``source``. Returns the
        answers ``source`` tagged and, of those, the ones ``target`` already tagged (for undo)."""
        if source_id == target_id:
            raise InvalidInput("Choose two different themes to merge.")
        with self.store.write() as repo:
            source, target = repo.get_theme(source_id), repo.get_theme(target_id)
            if source is None or target is None or source.forum_id != target.forum_id:
                raise NotFound("That theme no longer exists.")
            moved = repo.theme_answer_ids(source_id)
            already = sorted(set(moved) & set(repo.theme_answer_ids(target_id)))
            for answer_id in moved:
                repo.tag_answer(answer_id, target_id)
            repo.delete_theme(source_id)
        self._themes_changed(source.forum_id, moved)
        return moved, already

    def restore_theme(self, forum_id: int, name: str, answer_ids: list[int], untag_from: int | None = None,
                      untag_ids: list[int] = ()) -> Theme:
        """Undo of a delete or a merge: the theme again, on the same answers (and, for a merge, the
        answers it had brought to ``untag_from`` taken off it again)."""
        name = self._theme_name(name)
        with self.store.write() as repo:
            theme = repo.find_theme(forum_id, name) or Theme(forum_id=forum_id, name=name)
            if theme.id is None:
                theme.id = repo.insert_theme(theme)
            for answer_id in answer_ids:
                if repo.get_answer(answer_id) is not None:
                    repo.tag_answer(answer_id, theme.id)
            if untag_from is not None:
                for answer_id in untag_ids:
                    repo.untag_answer(answer_id, untag_from)
        self._themes_changed(forum_id, list(answer_ids))
        return theme

    @staticmethod
    def _theme_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise InvalidInput("A theme needs a name.")
        if len(name) > MAX_THEME:
            raise InvalidInput("A theme's name can be at most {limit} characters long.", limit=MAX_THEME)
        return name

    def _themes_changed(self, forum_id: int, answer_ids: list[int]) -> None:
        self.events.publish(Event(EventKind.THEMES_CHANGED, forum_id))
        for answer_id in answer_ids:  # their tags changed: the console's list and the projector follow
            answer = self.store.repo.get_answer(answer_id)
            if answer is not None:
                self.events.publish(Event(EventKind.ANSWER_CHANGED, answer.forum_id, {"answer": answer}))
