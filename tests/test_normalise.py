"""Folding: every spelling variant gives the same key, and offsets map back exactly."""

from __future__ import annotations

import pytest

from medgloss.text.fold import fold, fold_term, term_variants


@pytest.mark.parametrize(
    "variant",
    [
        "sous-cutanée",
        "sous cutanée",
        "sous\u2011cutanée",  # non-breaking hyphen
        "sous\u00a0cutanée",  # no-break space
        "Sous-Cutanée",
        "SOUS-CUTANEE",
        "sous-cutane\u0301e",  # NFD accent
        "sous  -cutanée".replace("  -", "-"),
    ],
)
def test_spelling_variants_fold_to_one_key(variant: str) -> None:
    assert fold_term(variant) == "sous cutanee"


def test_apostrophes_and_elision_are_word_boundaries() -> None:
    assert fold("l’immunoglobuline").key.split() == ["l", "immunoglobuline"]
    assert fold("l'immunoglobuline").key.split() == ["l", "immunoglobuline"]
    assert fold("lʼimmunoglobuline").key.split() == ["l", "immunoglobuline"]


def test_ligature_variants_are_both_searched() -> None:
    assert term_variants("œdème") == term_variants("oedème")


@pytest.mark.parametrize(
    "text",
    [
        "Une greffe  de\n   moelle osseuse",
        "e\u0301de\u0300me du cœur",
        "a\u00adb\u200bc",
        "Ligne un.\r\nLigne  deux",
    ],
)
def test_offsets_point_into_the_original(text: str) -> None:
    folded = fold(text)
    for start in range(len(folded.key)):
        for end in range(start + 1, len(folded.key) + 1):
            s, e = folded.span(start, end)
            assert 0 <= s < e <= len(text)
            # The original span folds back to the key span (modulo collapsed blanks).
            assert fold_term(text[s:e]) == " ".join(folded.key[start:end].split()) or not folded.key[start:end].strip()


def test_blank_line_is_a_hard_boundary() -> None:
    assert "  " in fold("greffe\n\nmoelle").key
    assert fold("greffe\n  moelle").key == "greffe moelle"


def test_lowering_in_slices_is_lowering_the_whole(monkeypatch) -> None:
    """fold lowers a long text slice by slice (str.lower's buffer is 12 bytes a character);
    cut at spaces, the slices give exactly the whole's lower case, Greek final sigma included."""
    import random

    from medgloss.text import fold as fold_mod

    rng = random.Random(19)
    pieces = ["ΣΑΣ", "Σ", "σ", "Α", " ", "\n", "İ", "ẞ", "e\u0301", "'", "’", "Ǆ", "\x00", "  ", "Cœur", "x" * 9]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(2000)]

    def folds() -> list[tuple]:
        return [(f.key, f.offsets and (f.offsets.d_starts, f.offsets.s_starts, f.offsets.d_length))
                for f in map(fold, texts)]

    whole = folds()
    monkeypatch.setattr(fold_mod, "_LOWER_SLICE", 5)
    assert [fold_mod._lower_sliced(t) for t in texts] == [t.lower() for t in texts]
    assert folds() == whole
