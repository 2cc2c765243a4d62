"""A set of text spans that answers « does this span overlap one of them? » without a scan.

The detectors that run after the glossary's hits (English left in French, broken words) skip
what another finding or term already covers.  Asking each candidate against every covered span
made a document's check quadratic: on a 1M-word file, 96 million comparisons, most of the run.
Here the spans are kept sorted by start; a question looks only at those that start less than
the longest span's length before it, found by bisection.

It knows offsets only, nothing of findings or terms.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable


class SpanSet:
    """Half-open spans ``[start, end)``; overlapping and duplicate spans are allowed."""

    __slots__ = ("_spans", "_longest")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)
        self._longest = max((end - start for start, end in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        """Add the span ``[start, end)``."""
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """True if some span ``(s, e)`` of the set has ``s < end and start < e``."""
        spans = self._spans
        # Spans that start at or after ``end`` cannot overlap; those that start more than the
        # longest length before ``start`` end before it.
        i = bisect_left(spans, (end, -1 << 62)) - 1
        floor = start - self._longest
        while i >= 0:
            s, e = spans[i]
            if s < floor:
                return False
            if start < e:
                return True
            i -= 1
        return False

    def __len__(self) -> int:
        return len(self._spans)


__all__ = ["SpanSet"]
