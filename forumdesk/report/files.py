"""Writing export files safely: every target is checked before anything is written, and each file
is written to a temporary file next to it and renamed into place, so a failure never leaves half a
PDF (or a stray empty file) behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from forumdesk.i18n import LocalizedError, Message


class ExportError(LocalizedError):
    """An export that cannot be done; ``str(exc)`` is one sentence for the user, in their language.
    ``what`` in the sentences below names the file (``N_("PDF recap")``), translated with it."""


def check_target(path: Path, what: str) -> None:
    """Raise ExportError unless ``path`` can be written (without creating anything)."""
    if path.is_dir():
        raise ExportError("Cannot write the {what} to {path}: that is a folder, not a file name.",
                          what=Message(what), path=str(path))
    folder = path.parent
    if not folder.is_dir():
        raise ExportError("Cannot write the {what} to {path}: the folder {folder} does not exist.",
                          what=Message(what), path=str(path), folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ExportError("Cannot write the {what} to {path}: permission denied.", what=Message(what),
                          path=str(path))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: Path, what: str) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on failure it goes."""
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportError("Cannot write the {what} to {path}: {reason}.", what=Message(what), path=str(path),
                          reason=exc.strerror or str(exc)) from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; give it a normal file's mode
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError("Cannot write the {what} to {path}: {reason}.", what=Message(what), path=str(path),
                          reason=exc.strerror or str(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
