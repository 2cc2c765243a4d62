"""Cheap sentence boundaries around a position, without parsing the document.

Context rules and spaCy only ever look at the sentences that contain a candidate term, so
boundaries are found locally, by scanning a little text on each side of the term.
"""

from __future__ import annotations

import re

# End of a sentence: terminal punctuation (with closing quotes or brackets) before a blank,
# a blank line, or a line that starts a list item.
_BOUNDARY = re.compile(
    r"[.!?…]+[\"»”’)\]]*(?=\s)"
    r"|\n[ \t]*\n"
    r"|\n(?=[ \t]*(?:[-*+•]|\d+[.)])[ \t])"
)
_REACH = 3000  # sentences longer than this are cut for context purposes


def sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the sentence containing ``pos`` (leading blanks skipped)."""
    lo = max(floor, pos - _REACH)
    start = lo
    for match in _BOUNDARY.finditer(text, lo, pos):
        start = match.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def sentence_end(text: str, pos: int, ceiling: int | None = None) -> int:
    """End (exclusive) of the sentence containing ``pos``, terminal punctuation included."""
    hi = len(text) if ceiling is None else ceiling
    match = _BOUNDARY.search(text, pos, min(hi, pos + _REACH))
    if match is None:
        return min(hi, pos + _REACH)
    end = match.end()
    return end if text[match.start()] != "\n" else match.start()


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` of the sentence around the span ``[start, end)``."""
    return sentence_start(text, start), sentence_end(text, end)


def sentences_back(text: str, pos: int, count: int) -> int:
    """Start of the sentence ``count - 1`` sentences before the one containing ``pos``."""
    start = sentence_start(text, pos)
    for _ in range(count - 1):
        if start == 0:
            break
        start = sentence_start(text, max(0, start - 1))
    return start
