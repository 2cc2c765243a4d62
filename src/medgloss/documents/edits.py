"""Keeping fixes inside the editable text of structured documents (PO strings, XML segments).

A finding's span may run across syntax that is invisible in the view: the quotes and line
break between two continuation strings of a PO entry, an inline tag of an XLIFF segment.
Replacing the whole span would delete that syntax.  Most replacements share a beginning or
an end with the text they replace (« cellules souches sanguines » → « cellules souches
hématopoïétiques »), so the edit is first narrowed to what really changes.  What is left must
lie inside one unit; an *atom* (an escape sequence, an entity) may be replaced whole but never
cut; a *seam* (PO string break, XML tag) is stepped over while narrowing and, where the format
cannot lose it, must not be replaced at all.  A fix that breaks these rules is withdrawn: the
finding is still reported, the file is not touched.

Views show an atom's character in its first position and NUL in the others, so a finding
can only end inside an atom, never start inside one; such an end is moved to the atom's end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from ..findings.model import Edit, Finding, Fix
from .model import Unit


class PositionSet:
    """Sorted, disjoint ``[start, end)`` spans answering position questions quickly."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.ends = [e for _, e in ordered]

    def covering(self, position: int) -> tuple[int, int] | None:
        """The span with ``start <= position < end``, if any."""
        i = bisect_right(self.starts, position) - 1
        if i >= 0 and position < self.ends[i]:
            return self.starts[i], self.ends[i]
        return None

    def covers(self, position: int) -> bool:
        """True if a span contains ``position``."""
        return self.covering(position) is not None

    def strictly_inside(self, position: int) -> tuple[int, int] | None:
        """The span with ``start < position < end`` (a boundary there would cut it)."""
        span = self.covering(position)
        return span if span is not None and span[0] < position else None

    def overlaps(self, start: int, end: int) -> bool:
        """True if a span intersects ``[start, end)``."""
        i = bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end


def narrow(text: str, view: str, edit: Edit, seams: PositionSet, atoms: PositionSet) -> Edit:
    """``edit`` without the leading and trailing characters it leaves unchanged.

    Plain characters (shown as they are in the view) are compared with the replacement;
    seams are stepped over; an atom stops the narrowing so that it is never cut.
    """
    new = edit.text
    i, j = edit.offset, 0
    start, prefix = i, 0
    while i < edit.end and j < len(new):
        if seams.covers(i):
            i += 1
            start = i  # a seam the replacement does not reach stays where it is
            continue
        if atoms.covers(i) or view[i] != text[i] or text[i] != new[j]:
            break
        i += 1
        j += 1
        start, prefix = i, j
    k, m = edit.end, len(new)
    end, suffix = k, m
    while k > start and m > prefix:
        if seams.covers(k - 1):
            k -= 1
            end = k
            continue
        if atoms.covers(k - 1) or view[k - 1] != text[k - 1] or text[k - 1] != new[m - 1]:
            break
        k -= 1
        m -= 1
        end, suffix = k, m
    if start == edit.offset and end == edit.end:
        return edit
    return Edit(start, end - start, new[prefix:suffix])


def confine(
    findings: Sequence[Finding],
    units: Sequence[Unit],
    *,
    text: str,
    view: str,
    seams: PositionSet,
    atoms: PositionSet,
    seams_replaceable: bool,
) -> None:
    """Narrow every fix of ``findings`` in place; withdraw those that would break the syntax."""
    starts = [u.start for u in units]
    for finding in findings:
        if finding.fix is None:
            continue
        edits: list[Edit] = []
        rejected = False
        for edit in finding.fix.edits:
            edit = narrow(text, view, edit, seams, atoms)
            cut = atoms.strictly_inside(edit.end)
            if cut is not None:
                edit = Edit(edit.offset, cut[1] - edit.offset, edit.text)
            i = bisect_right(starts, edit.offset) - 1
            if (
                i < 0
                or edit.end > units[i].end
                or atoms.strictly_inside(edit.offset) is not None
                or (not seams_replaceable and seams.overlaps(edit.offset, edit.end))
            ):
                rejected = True
                break
            edits.append(edit)
        if rejected:
            finding.fix = None
        elif tuple(edits) != finding.fix.edits:
            finding.fix = replace(finding.fix, edits=tuple(edits))


__all__ = ["PositionSet", "confine", "narrow"]
