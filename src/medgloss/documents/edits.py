"""Keeping fixes inside the editable text of structured documents (PO strings, XML segments).

A finding's span may run across syntax that is invisible in the view: the quotes and line
break between two continuation strings of a PO entry, an inline tag of an XLIFF segment.
Replacing the whole span would delete that syntax.  Most replacements share a beginning or
an end with the text they replace (« cellules souches sanguines » → « cellules souches
hématopoïétiques »), so the edit is first narrowed to what really changes; what is left must
then lie inside one unit and leave every protected span (an escape sequence, a tag, an
entity) whole, or the fix is withdrawn: the finding is still reported, the file is not touched.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from ..findings import Edit, Finding, Fix
from .model import Unit


def narrow(text: str, view: str, edit: Edit, skippable: Callable[[int], bool]) -> Edit:
    """``edit`` without the leading and trailing characters it leaves unchanged.

    Characters shown as they are in the view are compared with the replacement; positions
    for which ``skippable`` is true (invisible seams) are stepped over; anything else masked
    stops the narrowing so that no syntax is cut.
    """
    start, end, new = edit.offset, edit.end, edit.text
    i, j = start, 0
    last_i, last_j = start, 0
    while i < end and j < len(new):
        if skippable(i):
            i += 1
            continue
        if view[i] != text[i] or text[i] != new[j]:
            break
        i += 1
        j += 1
        last_i, last_j = i, j
    start, prefix = last_i, last_j
    k, m = end, len(new)
    last_k, last_m = end, len(new)
    while k > start and m > prefix:
        if skippable(k - 1):
            k -= 1
            continue
        if view[k - 1] != text[k - 1] or text[k - 1] != new[m - 1]:
            break
        k -= 1
        m -= 1
        last_k, last_m = k, m
    end, suffix = last_k, last_m
    if start == edit.offset and end == edit.end:
        return edit
    return Edit(start, end - start, new[prefix:suffix])


def confine(
    findings: Sequence[Finding],
    units: Sequence[Unit],
    *,
    text: str,
    view: str,
    skippable: Callable[[int], bool],
    cuts: Callable[[int], bool],
) -> None:
    """Narrow every fix of ``findings``; withdraw those that would leave a unit or cut syntax.

    ``cuts(position)`` is true when an edit boundary at ``position`` would split something
    that must stay whole (inside an escape sequence, a tag, an entity).
    """
    starts = [u.start for u in units]
    for finding in findings:
        if finding.fix is None:
            continue
        edits = tuple(narrow(text, view, e, skippable) for e in finding.fix.edits)
        for edit in edits:
            i = bisect_right(starts, edit.offset) - 1
            inside = i >= 0 and edit.end <= units[i].end
            if not inside or cuts(edit.offset) or cuts(edit.end):
                finding.fix = None
                break
        else:
            if edits != finding.fix.edits:
                finding.fix = Fix(edits, finding.fix.safe, finding.fix.title)


class PositionSet:
    """A sorted set of ``[start, end)`` spans answering "is this position inside one?"."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def covers(self, position: int) -> bool:
        """True if ``start <= position < end`` for a span."""
        i = bisect_right(self.starts, position) - 1
        return i >= 0 and position < self.ends[i]

    def strictly_inside(self, position: int) -> bool:
        """True if ``start < position < end`` for a span: a boundary there would cut it."""
        i = bisect_right(self.starts, position - 1) - 1
        return i >= 0 and position < self.ends[i] and position > self.starts[i]


__all__ = ["PositionSet", "confine", "narrow"]
