"""Mapping positions of a derived string back into the string it was derived from.

Normalisation and document readers delete characters (combining accents, markup, collapsed
whitespace).  Each such step yields an :class:`OffsetMap`, a piecewise-linear map stored as
breakpoints, so that a match found in the derived text is reported at its exact place in the
original: ``original[start:end]`` is what the user sees in their file.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class OffsetMap:
    """Maps indices of a derived string ``D`` to indices of its source ``S``.

    ``D`` is made of runs copied one-for-one from ``S``; run ``k`` starts at ``d_starts[k]``
    in ``D`` and at ``s_starts[k]`` in ``S``.  Characters of ``S`` between runs were deleted.
    """

    __slots__ = ("d_starts", "s_starts", "d_length")

    def __init__(self, d_starts: list[int], s_starts: list[int], d_length: int) -> None:
        self.d_starts = d_starts
        self.s_starts = s_starts
        self.d_length = d_length

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        """The map of a string to itself."""
        return cls([0], [0], length)

    @classmethod
    def from_deletions(cls, source_length: int, deletions: Iterable[tuple[int, int]]) -> "OffsetMap":
        """Build the map for ``S`` with the sorted, disjoint ``[start, end)`` spans deleted."""
        d_starts = [0]
        s_starts = [0]
        removed = 0
        for start, end in deletions:
            removed += end - start
            d_starts.append(end - removed)
            s_starts.append(end)
        return cls(d_starts, s_starts, source_length - removed)

    def is_identity(self) -> bool:
        """True when no character was deleted."""
        return len(self.d_starts) == 1 and self.s_starts[0] == 0

    def start(self, i: int) -> int:
        """Source index of the character at derived index ``i`` (``i`` may equal the length)."""
        # Adjacent deletions leave equal ``d_starts``; bisect_right picks the last, the live run.
        k = bisect_right(self.d_starts, i) - 1
        return self.s_starts[k] + (i - self.d_starts[k])

    def end(self, j: int) -> int:
        """Source index just after the derived character ``j - 1`` (an exclusive end)."""
        if j <= 0:
            return self.start(0)
        return self.start(j - 1) + 1

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Source ``[start, end)`` of the derived span ``[i, j)``."""
        return self.start(i), self.end(j)
