"""forumdesk's only garbage-collection policy, in one place.

CPython's collector runs as it always does everywhere in forumdesk: windows and dialogs are freed by
reference counting when they close (no slot keeps its window alive, see ``ui/slots.py``), and no
code turns collection off. The one thing done on purpose is below, for ``forumdesk serve``: once the
server is up, the objects loaded so far (modules, the services, the server's own tables) live as
long as the process, so they are moved out of the collector's view with ``gc.freeze()``. A full
collection then walks only what the room creates, which keeps its pauses short with thousands of
phones connected. Nothing else calls ``gc``.
"""

from __future__ import annotations

import gc


def freeze_startup_objects() -> None:
    """Keep everything allocated until now out of every later collection (call once, after start-up)."""
    gc.collect()
    gc.freeze()
