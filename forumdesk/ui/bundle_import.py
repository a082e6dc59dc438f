"""File ▸ Export / Import a forum bundle…: carry a forum from one laptop's database to another's
(issue 19 item 4).

The bundle is checked before anything is written (a damaged or newer one is refused with its
sentence and the database is unchanged); a forum imported before is not added again; when this
database has a partner with the bundle's partner's name, the facilitator is asked whether it is
the same partner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from forumdesk.services import ServiceError, Services
from forumdesk.services.bundle_check import read_bundle_file
from forumdesk.services.bundles import ImportResult
from forumdesk.ui.errors import explain
from forumdesk.ui.language import tr


def bundle_filter() -> str:
    return tr("forumdesk bundles (*.forumbundle *.json);;All files (*)")


def ask_same_partner(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent, tr("Same partner?"),
        tr("This database already has a partner named “{name}”. Is the bundle's partner the same organisation? "
           "Yes adds the forum to it; No makes a new partner.").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def import_bundle(parent: QWidget, services: Services, path: Path | None = None, *,
                  ask: Callable[[str], bool] | None = None,
                  tell: Callable[[str, str], None] | None = None) -> ImportResult | None:
    """Import one bundle; returns what happened, or None when nothing was imported.
    ``ask(partner_name)`` and ``tell(level, sentence)`` replace the dialogs (tests, banners)."""
    def say(level: str, text: str) -> None:
        if tell is not None:
            tell(level, text)
        elif level == "error":
            QMessageBox.warning(parent, tr("Nothing was imported"), text)
        else:
            QMessageBox.information(parent, "forumdesk", text)

    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, tr("Import a forum bundle"), str(Path.home()), bundle_filter())
        if not chosen:
            return None
        path = Path(chosen)
    try:
        bundle = read_bundle_file(path)
        existing = services.bundles.already_imported(bundle)
        if existing is not None:
            say("info", tr("“{title}” is already in this database; nothing was added.").format(title=bundle.title))
            return ImportResult(existing, False, services.forums.forum(existing).partner_id, True)
        match = services.bundles.matching_partner(bundle)
        same = match is not None and (ask or (lambda name: ask_same_partner(parent, name)))(match.name)
        result = services.bundles.import_bundle(bundle, match_partner=bool(same))
    except ServiceError as exc:
        say("error", str(exc))
        return None
    except Exception as exc:  # a storage failure: its sentence, the transaction was rolled back
        say("error", tr("The forum was not imported: {reason}").format(reason=explain(exc)))
        return None
    say("info", tr("“{title}” was imported.").format(title=bundle.title))
    return result


def export_bundle(parent: QWidget, services: Services, forum_id: int, path: Path | None = None, *,
                  tell: Callable[[str, str], None]) -> Path | None:
    """Write the forum's bundle (asking where, unless ``path`` is given); None when not written."""
    if path is None:
        forum = services.forums.forum(forum_id)
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in forum.title).strip()[:60] or "forum"
        chosen, _ = QFileDialog.getSaveFileName(parent, tr("Export a forum bundle"),
                                                str(Path.home() / f"{safe}.forumbundle"), bundle_filter())
        if not chosen:
            return None
        path = Path(chosen)
    try:
        written = services.bundles.export_to(forum_id, path)
    except Exception as exc:  # a folder that is gone, a full disk: its sentence; nothing half-written
        tell("error", tr("The bundle was not written: {reason}").format(reason=explain(exc)))
        return None
    tell("info", tr("Bundle saved to {path}. Import it on another laptop with File ▸ Import a forum bundle….").format(
        path=written))
    return written
