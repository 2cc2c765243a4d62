"""Converting between medgloss offsets (code points) and LSP positions (line, code units).

medgloss counts positions in Unicode code points of the text as stored; LSP counts lines
split at ``\\n``, ``\\r\\n`` or ``\\r`` and columns in the code units of the negotiated position
encoding (UTF-16 unless the client offers another).  An emoji before a term is one code point
but two UTF-16 units; a combining accent is one of each.  This module only converts: it never
looks at what the text means.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lsprotocol import types

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _units(segment: str, encoding: str) -> int:
    """Length of ``segment`` in code units of ``encoding``."""
    if encoding == UTF32 or segment.isascii():
        return len(segment)
    if encoding == UTF8:
        return len(segment.encode("utf-8", "surrogatepass"))
    # Lone surrogates (possible in a str) count as one unit, as they would on the client.
    return len(segment.encode("utf-16-le", "surrogatepass")) // 2


class PositionIndex:
    """Line starts of one text, for converting offsets to positions and back."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def _line_end(self, line: int) -> int:
        """Offset of the line break ending ``line`` (or of the end of the text)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            return end - 2 if self.text.startswith("\r\n", end - 2) else end - 1
        return len(self.text)

    def position(self, offset: int) -> types.Position:
        """The LSP position of code-point ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return types.Position(line=line, character=_units(self.text[start:offset], self.encoding))

    def range(self, start: int, end: int) -> types.Range:
        """The LSP range of code points ``[start, end)``."""
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP position.

        A line past the end gives the end of the text; a character past the end of its line
        gives the line's end; a position inside a character (between the two halves of a
        surrogate pair) gives the offset just after it, as the LSP specification asks.
        """
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[max(position.line, 0)]
        end = self._line_end(max(position.line, 0))
        wanted = max(position.character, 0)
        if self.encoding == UTF32 or self.text[start:end].isascii():
            return min(start + wanted, end)
        units = 0
        offset = start
        while offset < end and units < wanted:
            units += _units(self.text[offset], self.encoding)
            offset += 1
        return offset


__all__ = ["PositionIndex", "UTF16", "UTF32", "UTF8"]
