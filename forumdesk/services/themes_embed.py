"""Text vectors for themes, on the laptop with no network (issue 13 item 3).

The wordllama wheel ships its 256-dimension token embeddings and tokenizer; its loader looks for
the tokenizer in the wrong folder unless ``cache_dir`` is the package's own folder, and
``disable_download=True`` makes sure nothing is ever fetched. The model is loaded once, by
``warm_up()`` on a background thread when the app starts, or else on first use by whichever thread
needs it (behind a lock). If the wheel is missing (a trimmed install), the word-overlap vectors of
``forumdesk.domain.themes`` are used instead.

How an answer becomes a vector (each step measured in benchmarks/themes.py on the labelled sets):
stop words left out, the token vectors averaged with weights that favour the tokens few answers
to this question use (inverse document frequency, counted over the texts embedded together), then
the component every answer shares removed (``domain.themes.remove_common``).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence

import numpy as np

from forumdesk.domain.themes import remove_common, unit_rows, word_vectors, words

log = logging.getLogger(__name__)
_lock = threading.Lock()
_model: object | None = None
_failed = False
DIMS = 256


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


def warm_up() -> None:
    """Load the model now on a daemon thread (the app calls this at start), so the first
    suggestion does not wait for it."""
    threading.Thread(target=_load, name="forumdesk-themes-warm-up", daemon=True).start()


def token_ids(model: object, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Token ids (padded) and their mask, one row per text, stop words left out."""
    prepared = [" ".join(words(t)) or t.strip() or "?" for t in texts]
    encoded = model.tokenizer.encode_batch(prepared, add_special_tokens=False)  # type: ignore[attr-defined]
    ids = np.array([e.ids for e in encoded], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
    return ids, mask


def embed(texts: Sequence[str]) -> np.ndarray:
    """One unit-length row per text."""
    if not texts:
        return np.zeros((0, DIMS), dtype=np.float32)
    model = _load()
    if model is None:
        return word_vectors(texts)
    table = model.embedding  # type: ignore[attr-defined]
    ids, mask = token_ids(model, texts)
    np.clip(ids, 0, len(table) - 1, out=ids)
    # document frequency of each token over these texts (each text counts a token once)
    keep = mask.ravel() > 0
    pairs = np.unique((np.repeat(np.arange(len(texts)), ids.shape[1]) * len(table) + ids.ravel())[keep])
    df = np.bincount(pairs % len(table), minlength=len(table))
    idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    weights = (idf[ids] * mask).astype(np.float32)
    summed = np.empty((len(texts), table.shape[1]), dtype=np.float32)
    for start in range(0, len(texts), 128):  # in slices: a padded 1,000 x 80 x 256 block would be 80 MB
        part = slice(start, start + 128)
        summed[part] = np.einsum("nt,ntd->nd", weights[part], table[ids[part]])
    return remove_common(unit_rows(summed))  # each answer weighs the same in the common component
