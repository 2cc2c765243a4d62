"""The per-document sentence index answers exactly as the local scans it replaces."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from medgloss.text.sentences import SentenceIndex, sentence_end, sentence_start, sentences_back

ROOT = Path(__file__).resolve().parent.parent
USAGE = ROOT / "tests" / "data" / "evidence" / "usage"


def _agree(text: str, positions: list[int]) -> None:
    index = SentenceIndex(text)
    index._budget = 0  # index from the first query on
    for pos in positions:
        assert index.start(pos) == sentence_start(text, pos), pos
        assert index.end(pos) == sentence_end(text, pos), pos
        assert index.back(pos, 3) == sentences_back(text, pos, 3), pos
        assert index.start(pos, floor=max(0, pos - 40)) == sentence_start(text, pos, max(0, pos - 40)), pos


def test_index_agrees_with_the_scans_on_real_text() -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(USAGE.rglob("*.txt")))
    assert len(text) > 100_000
    rng = random.Random(19)
    _agree(text, sorted(rng.randrange(len(text) + 1) for _ in range(3000)))
    # Right at and around every boundary, where the local scans cut differently.
    marks = [i for i, ch in enumerate(text) if ch in ".!?…\n»"]
    _agree(text, sorted({p + d for p in rng.sample(marks, 1500) for d in (-1, 0, 1, 2) if 0 <= p + d <= len(text)}))


def test_index_agrees_on_long_sentences_beyond_the_reach() -> None:
    text = ("mot " * 2000 + ". ") * 3 + "fin.\n\n- item\n1. item"
    _agree(text, list(range(0, len(text) + 1, 97)) + [len(text)])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("ab .!?…»”’)]\n\t-*•1"), max_size=120), st.data())
def test_index_agrees_on_punctuation_soup(text: str, data: st.DataObject) -> None:
    positions = data.draw(st.lists(st.integers(0, len(text)), max_size=20))
    _agree(text, positions)


def test_index_agrees_where_a_boundary_straddles_the_window() -> None:
    # The local scan starts 3,000 characters back: inside a blank line or a run of « !!! »
    # it sees another boundary than a scan of the whole document does.
    for middle in ("\n      \n", "!!!!!!» ", ". \n \n"):
        text = "a " * 200 + middle + "b " * 1600 + ". fin"
        start = text.index(middle)
        _agree(text, [start + 3000 + d for d in range(-2, len(middle) + 2)])
