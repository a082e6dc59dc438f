"""Reading a file the facilitator chose (a slide's image, a forum bundle): at most ``limit`` + 1
bytes, so a file far too large is refused without being read whole, and one sentence for each way
opening it can fail."""

from __future__ import annotations

from pathlib import Path

from forumdesk.i18n import Message
from forumdesk.services.errors import InvalidInput


def read_chosen_file(path: Path, limit: int, error: type[InvalidInput], folder_sentence: str) -> bytes:
    """The file's first ``limit + 1`` bytes; raises ``error`` with a sentence when it cannot be read.
    ``folder_sentence`` (marked with N_, ``{path}`` in it) is said when ``path`` is a folder."""
    try:
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise error(Message("There is no file {path}.", path=path)) from None
    except IsADirectoryError:
        raise error(Message(folder_sentence, path=path)) from None
    except OSError as exc:
        raise error(Message("{path} cannot be read ({reason}).", path=path, reason=exc.strerror or exc)) from None
