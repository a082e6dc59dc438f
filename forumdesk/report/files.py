"""Writing export files safely: every target is checked before anything is written, and each file
is written to a temporary file next to it and renamed into place, so a failure never leaves half a
PDF (or a stray empty file) behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class ExportError(Exception):
    """An export that cannot be done; ``str(exc)`` is one sentence for the user."""


def check_target(path: Path, what: str) -> None:
    """Raise ExportError unless ``path`` can be written (without creating anything)."""
    if path.is_dir():
        raise ExportError(f"Cannot write the {what} to {path}: that is a folder, not a file name.")
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"Cannot write the {what} to {path}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ExportError(f"Cannot write the {what} to {path}: permission denied.")


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
        raise ExportError(f"Cannot write the {what} to {path}: {exc.strerror or exc}.") from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; give it a normal file's mode
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(f"Cannot write the {what} to {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
