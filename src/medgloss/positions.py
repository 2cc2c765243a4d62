"""Line and column numbers from offsets (1-based, columns in code points)."""

from __future__ import annotations

from bisect import bisect_right


class LineIndex:
    """Offsets of line starts in a text; ``\\r\\n``, ``\\r`` and ``\\n`` all end a line."""

    def __init__(self, text: str) -> None:
        starts = [0]
        i = 0
        n = len(text)
        while True:
            j = text.find("\n", i)
            k = text.find("\r", i)
            if j < 0 and k < 0:
                break
            if k >= 0 and (j < 0 or k < j):
                nxt = k + 2 if k + 1 < n and text[k + 1] == "\n" else k + 1
            else:
                nxt = j + 1
            starts.append(nxt)
            i = nxt
        self.starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of ``offset``."""
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1
