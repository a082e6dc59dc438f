"""Text vectors for themes, on the laptop with no network (issue 13 item 3).

The wordllama wheel ships its 256-dimension word embeddings and tokenizer; its loader looks for
the tokenizer in the wrong folder unless ``cache_dir`` is the package's own folder, and
``disable_download=True`` makes sure nothing is ever fetched. The model is loaded once, on first
use, by whichever thread needs it (behind a lock). If the wheel is missing (a trimmed install),
the word-overlap vectors of ``forumdesk.domain.themes`` are used instead.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence

import numpy as np

from forumdesk.domain.themes import unit_rows, word_vectors, words

log = logging.getLogger(__name__)
_lock = threading.Lock()
_model: object | None = None
_failed = False


def _load() -> object | None:
    global _model, _failed
    with _lock:
        if _model is None and not _failed:
            try:
                import wordllama
                from wordllama import WordLlama

                folder = os.path.dirname(wordllama.__file__)
                _model = WordLlama.load(cache_dir=folder, disable_download=True)
            except Exception:  # noqa: BLE001 - any failure means "use the baseline", said once in the log
                log.warning("wordllama could not be loaded; themes use word overlap", exc_info=True)
                _failed = True
        return _model


def embed(texts: Sequence[str]) -> np.ndarray:
    """One unit-length row per text. Stop words are left out before embedding: measured on
    benchmarks/data/themes_labelled.tsv, French articles otherwise pull every French answer together."""
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    model = _load()
    if model is None:
        return word_vectors(texts)
    return unit_rows(np.asarray(model.embed([" ".join(words(t)) or t for t in texts]), dtype=np.float32))  # type: ignore[attr-defined]
