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


def _scan_start(text: str, pos: int, floor: int = 0) -> int:
    """sentence_start as a plain scan from the reach: the end of the last boundary before pos."""
    from medgloss.text.sentences import _BOUNDARY, _REACH

    start = lo = max(floor, pos - _REACH)
    for match in _BOUNDARY.finditer(text, lo, pos):
        start = match.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


_SOUP = list("ab .!?…\"»”’)]\n\t-*•1\r\xa0") + ["\n\n\n\n\n\n", "mot ", "2. ", "\n- "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), max_size=900).map("".join), st.data())
def test_sentence_start_scanning_from_nearby_equals_a_scan_from_the_reach(text: str, data: st.DataObject) -> None:
    # sentence_start begins its scan after the last character no boundary holds, a window
    # before pos: the boundaries it finds there must be those of the whole scan.
    for pos in data.draw(st.lists(st.integers(0, len(text)), min_size=1, max_size=20)):
        floor = data.draw(st.integers(0, pos))
        assert sentence_start(text, pos) == _scan_start(text, pos)
        assert sentence_start(text, pos, floor) == _scan_start(text, pos, floor)


def test_sentence_start_equals_the_scan_in_a_catalog_view_of_blank_lines() -> None:
    # A PO document's view: each msgstr among long runs of blank lines (the masked msgids).
    text = "".join(f"Le code {i} doit être unique{'.' if i % 3 else ''}" + "\n" * (37 + i % 5) for i in range(400))
    for pos in range(0, len(text) + 1, 7):
        assert sentence_start(text, pos) == _scan_start(text, pos), pos


def test_windows_blank_line_ends_a_sentence() -> None:
    # « \r\n\r\n » is a blank line as much as « \n\n »: a term of one paragraph must not take its
    # context from the next (the chunked check cuts there, and found nothing the whole one did).
    from medgloss.api import check_text
    from medgloss.text.sentences import sentence_bounds

    text = "Une canule\r\n\r\nUne perfusion"
    assert sentence_bounds(text, 4, 10)[1] <= text.index("\n")  # the line end, not the next paragraph
    assert check_text("La canule\r\n\r\nLa perfusion dure une heure.") == check_text("La canule\n\nLa perfusion dure une heure.")
