"""Cheap sentence boundaries around a position, without parsing the document.

Context rules and spaCy only ever look at the sentences that contain a candidate term, so
boundaries are found locally, by scanning a little text on each side of the term.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# End of a sentence: terminal punctuation (with closing quotes or brackets) before a blank,
# a blank line (Windows line ends too: « \r\n\r\n »), or a line that starts a list item.
# A blank line, Windows line ends included: what ends a paragraph for every detector that
# judges paragraphs and for the stream that cuts a large file between them.
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_BOUNDARY = re.compile(
    r"[.!?…]+[\"»”’)\]]*(?=\s)"
    rf"|{BLANK_LINE.pattern}"
    r"|\n(?=[ \t]*(?:[-*+•]|\d+[.)])[ \t])"
)
_REACH = 3000  # sentences longer than this are cut for context purposes


# Every character a boundary match can consume.  Right after any other character, a scan
# from left to right is between two matches, whatever came before.
_MATCHABLE = ".!?…\"»”’)]\n\r \t"
_FIRST_WINDOW = 256
# What one boundary costs the index, in characters scanned locally (a match and two list
# entries, against a regex stepping over characters).
_BOUNDARY_COST = 16


def sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the sentence containing ``pos`` (leading blanks skipped).

    The answer is the end of the last boundary a scan from ``max(floor, pos - _REACH)`` finds
    before ``pos``.  The scan starts closer, after the last character no boundary can hold
    that lies a window before ``pos``, and goes back farther only if that finds none: a text
    that is mostly blank lines (a catalog's view) has thousands of boundaries in reach.
    """
    lo = max(floor, pos - _REACH)
    width = _FIRST_WINDOW
    while True:
        begin = lo
        if pos - width > lo:
            kept = len(text[lo : pos - width].rstrip(_MATCHABLE))
            begin = lo + kept
        last = None
        for last in _BOUNDARY.finditer(text, begin, pos):
            pass
        if last is not None or begin == lo:
            break
        width *= 4
    start = last.end() if last is not None else lo
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


class SentenceIndex:
    """The same answers as :func:`sentence_start`, :func:`sentence_end` and
    :func:`sentences_back` for one document, from its boundaries found once.

    The first queries scan locally, as the functions do; once they have scanned as much text
    as the document holds, every boundary is found in one pass and later queries look them up.
    A looked-up answer is the local scan's exactly: a boundary counts only if matching it
    at the same place within the local window gives the same match, and the few characters
    after the last such boundary are scanned as the function would.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # Indexing costs a pass over the text plus one list entry per boundary: in a
        # catalog's view, whose masked lines make millions of blank-line boundaries, far more
        # than the few thousand local scans its terms need.  (When to index changes the speed
        # only: both ways give the same answers.)
        self._budget = len(text) + _BOUNDARY_COST * text.count("\n\n")
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _index(self) -> bool:
        if self._starts is None:
            if self._budget > 0:
                self._budget -= _REACH
                return False
            self._starts = []
            for match in _BOUNDARY.finditer(self.text):
                self._starts.append(match.start())
                self._ends.append(match.end())
        return True

    def start(self, pos: int, floor: int = 0) -> int:
        """:func:`sentence_start` of this document."""
        if not self._index():
            return sentence_start(self.text, pos, floor)
        text = self.text
        lo = max(floor, pos - _REACH)
        starts, ends = self._starts, self._ends
        assert starts is not None
        # A boundary straddling the window's start is cut differently by the local scan.
        i = bisect_right(starts, lo) - 1
        if i >= 0 and starts[i] < lo < ends[i]:
            return sentence_start(text, pos, floor)
        j = bisect_left(ends, pos) - 1  # the last boundary ending before pos
        scan_from = lo
        while j >= 0 and starts[j] >= lo:
            local = _BOUNDARY.match(text, starts[j], pos)
            if local is not None and local.end() == ends[j]:
                scan_from = ends[j]
                break
            j -= 1
        else:
            return sentence_start(text, pos, floor)
        start = scan_from
        for match in _BOUNDARY.finditer(text, scan_from, pos):
            start = match.end()
        while start < pos and text[start].isspace():
            start += 1
        return start

    def end(self, pos: int, ceiling: int | None = None) -> int:
        """:func:`sentence_end` of this document."""
        if not self._index():
            return sentence_end(self.text, pos, ceiling)
        text = self.text
        starts, ends = self._starts, self._ends
        assert starts is not None
        hi = len(text) if ceiling is None else ceiling
        limit = min(hi, pos + _REACH)
        i = bisect_left(starts, pos)
        if i > 0 and ends[i - 1] > pos:
            return sentence_end(text, pos, ceiling)  # a boundary straddles pos
        if i == len(starts) or starts[i] >= limit:
            return sentence_end(text, pos, ceiling)
        local = _BOUNDARY.match(text, starts[i], limit)
        if local is None or local.end() != ends[i]:
            return sentence_end(text, pos, ceiling)
        return ends[i] if text[starts[i]] != "\n" else starts[i]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """:func:`sentence_bounds` of this document."""
        return self.start(start), self.end(end)

    def back(self, pos: int, count: int) -> int:
        """:func:`sentences_back` of this document."""
        start = self.start(pos)
        for _ in range(count - 1):
            if start == 0:
                break
            start = self.start(max(0, start - 1))
        return start
