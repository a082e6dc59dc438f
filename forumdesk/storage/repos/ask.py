"""The room's own questions: settings per forum, items, their themes, and one upvote per phone."""

from __future__ import annotations

from forumdesk.domain.ask import AskItem, AskMode, AskSettings, AskStatus
from forumdesk.storage.repos._sql import RepoBase, query_one, query_rows


def _item(row: dict, theme_ids: tuple[int, ...] = ()) -> AskItem:
    return AskItem(id=row["id"], forum_id=row["forum_id"], submission_id=row["submission_id"], text=row["text"],
                   created_at=row["created_at"], status=AskStatus(row["status"]), answered=bool(row["answered"]),
                   starred=bool(row["starred"]), votes=row["votes"], theme_ids=theme_ids)


class AskRepo(RepoBase):

    def ask_settings(self, forum_id: int) -> AskSettings:
        row = query_one(self.db, "SELECT mode, is_open FROM ask_settings WHERE forum_id = ?", (forum_id,))
        return AskSettings(AskMode(row["mode"]), bool(row["is_open"])) if row else AskSettings()

    def set_ask_settings(self, forum_id: int, settings: AskSettings) -> None:
        self.db.execute(
            "INSERT INTO ask_settings (forum_id, mode, is_open) VALUES (?, ?, ?) "
            "ON CONFLICT(forum_id) DO UPDATE SET mode = excluded.mode, is_open = excluded.is_open",
            (forum_id, settings.mode.value, int(settings.is_open)))

    def ask_submission_taken(self, submission_id: str) -> AskItem | None:
        row = query_one(self.db, "SELECT * FROM ask_items WHERE submission_id = ?", (submission_id,))
        return _item(row) if row else None

    def insert_ask_item(self, item: AskItem) -> int:
        cur = self.db.execute(
            "INSERT INTO ask_items (forum_id, submission_id, text, created_at, status) VALUES (?, ?, ?, ?, ?)",
            (item.forum_id, item.submission_id, item.text, item.created_at, item.status.value))
        return int(cur.lastrowid)

    def insert_imported_ask_item(self, item: AskItem) -> int:
        """An item from a forum bundle, with its flags, upvote count and themes as they were."""
        cur = self.db.execute(
            "INSERT INTO ask_items (forum_id, submission_id, text, created_at, status, answered, starred, votes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item.forum_id, item.submission_id, item.text, item.created_at, item.status.value, int(item.answered),
             int(item.starred), item.votes))
        item_id = int(cur.lastrowid)
        for theme_id in item.theme_ids:
            self.tag_ask_item(item_id, theme_id, True)
        return item_id

    def get_ask_item(self, item_id: int) -> AskItem | None:
        row = query_one(self.db, "SELECT * FROM ask_items WHERE id = ?", (item_id,))
        if row is None:
            return None
        themes = tuple(r["theme_id"] for r in query_rows(
            self.db, "SELECT theme_id FROM ask_item_themes WHERE item_id = ? ORDER BY theme_id", (item_id,)))
        return _item(row, themes)

    def list_ask_items(self, forum_id: int) -> list[AskItem]:
        themes: dict[int, list[int]] = {}
        for r in query_rows(self.db, "SELECT t.item_id, t.theme_id FROM ask_item_themes t JOIN ask_items i "
                                     "ON i.id = t.item_id WHERE i.forum_id = ? ORDER BY t.theme_id", (forum_id,)):
            themes.setdefault(r["item_id"], []).append(r["theme_id"])
        rows = query_rows(self.db, "SELECT * FROM ask_items WHERE forum_id = ? ORDER BY id", (forum_id,))
        return [_item(row, tuple(themes.get(row["id"], ()))) for row in rows]

    def set_ask_item_flags(self, item_id: int, *, status: AskStatus | None = None, answered: bool | None = None,
                           starred: bool | None = None) -> None:
        if status is not None:
            self.db.execute("UPDATE ask_items SET status = ? WHERE id = ?", (status.value, item_id))
        if answered is not None:
            self.db.execute("UPDATE ask_items SET answered = ? WHERE id = ?", (int(answered), item_id))
        if starred is not None:
            self.db.execute("UPDATE ask_items SET starred = ? WHERE id = ?", (int(starred), item_id))

    def tag_ask_item(self, item_id: int, theme_id: int, tagged: bool) -> None:
        if tagged:
            self.db.execute("INSERT OR IGNORE INTO ask_item_themes (item_id, theme_id) VALUES (?, ?)",
                            (item_id, theme_id))
        else:
            self.db.execute("DELETE FROM ask_item_themes WHERE item_id = ? AND theme_id = ?", (item_id, theme_id))

    def add_upvote(self, item_id: int, device_hash: bytes) -> bool:
        """Count one upvote unless this hash already gave one; True when counted. Call inside a
        write transaction: the count and the hash change together."""
        cur = self.db.execute("INSERT OR IGNORE INTO ask_upvotes (item_id, device_hash) VALUES (?, ?)",
                              (item_id, device_hash))
        if cur.rowcount != 1:
            return False
        self.db.execute("UPDATE ask_items SET votes = votes + 1 WHERE id = ?", (item_id,))
        return True
