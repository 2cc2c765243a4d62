"""word_count counts what str.split() counts, across the slices it reads the text in."""

from __future__ import annotations

import random

from medgloss.text import words as words_mod
from medgloss.text.words import word_count


def test_word_count_is_len_of_split_on_long_texts() -> None:
    rng = random.Random(19)
    seps = [" ", "\n", "\t", "\n\n", "\u00a0", "\u202f", "\u2009", "\r\n", "  \u3000 "]
    pieces = ["hôpital", "sous-cutanée", "l’hôpital", "œdème", "x" * 300, "123", "«", "»"]
    text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(60000))
    assert len(text) > 3 * words_mod._SLICE
    for cut in (0, 1, 7, 1000, len(text) // 3):
        part = text[cut:]
        assert word_count(part) == len(part.split())


def test_word_count_at_slice_boundaries() -> None:
    size = words_mod._SLICE
    for text in ("a" * (3 * size + 5),  # no space at all
                 "a" * (size - 1) + " " + "b" * size,  # a space just before the cut
                 "a" * size + " " * size + "b",  # the cut inside a run of spaces
                 " " * (2 * size),  # spaces only
                 ("mot " * size)[: 2 * size + 2]):
        assert word_count(text) == len(text.split())
    assert word_count("") == 0 and word_count("un deux\u00a0trois") == 3
