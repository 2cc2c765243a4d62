"""Writing the suppression comment that silences one finding, in the document's own syntax.

The syntax is the one the readers already understand (see :mod:`medgloss.documents.suppress`
and the PO reader): ``<!-- medgloss-disable-line MG103 -->`` at the end of the line in
Markdown and HTML (an inline comment changes neither the rendering nor the paragraph),
``<!-- medgloss-disable-next-line MG103 -->`` on a line of its own when the end of the line is
not a place for a comment, and a translator comment ``# medgloss: ignore[MG103]`` on a PO
entry.  Every candidate is verified by reading the edited text again: the comment must be
read as a suppression covering the finding, and the rest of the document must read exactly
as before.  Plain text, XLIFF and TMX have no suppression syntax, so nothing is proposed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..documents import Document
from ..errors import DocumentError
from ..findings import Edit, Finding
from ..findings.codes import selector_matches

Reread = Callable[[str], Document | None]
_COMMENT_FORMATS = ("markdown", "html")
# HTML elements whose content is text, where ``<!--`` is not a comment for a browser.
_RCDATA = re.compile(r"<(/?)(title|textarea)\b", re.IGNORECASE)


def _inside_rcdata(text: str, offset: int) -> bool:
    """True if ``offset`` is inside an HTML ``<title>`` or ``<textarea>``."""
    last = None
    for last in _RCDATA.finditer(text, 0, offset):
        pass
    return last is not None and not last.group(1)


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    if end > start and text[end - 1] == "\r":
        end -= 1
    return start, end


def _end_of_line_comment(document: Document, finding: Finding) -> Edit:
    """`` <!-- medgloss-disable-line CODE -->`` after the last word of the finding's line.

    Trailing blanks and a final backslash stay after the comment: they are Markdown hard
    line breaks.
    """
    text = document.text
    start, end = _line_bounds(text, finding.offset)
    at = end
    while at > start and text[at - 1] in " \t":
        at -= 1
    if at > start and text[at - 1] == "\\":
        at -= 1
    space = "" if at == start or text[at - 1] in " \t" else " "
    return Edit(at, 0, f"{space}<!-- medgloss-disable-line {finding.rule} -->")


def _line_before_comment(document: Document, finding: Finding) -> Edit:
    """``<!-- medgloss-disable-next-line CODE -->`` on its own line, indented like the line."""
    text = document.text
    start, end = _line_bounds(text, finding.offset)
    indent = len(text[start:end]) - len(text[start:end].lstrip(" \t"))
    newline = "\r\n" if "\r\n" in text[end : end + 2] else "\n"
    return Edit(start, 0, f"{text[start:start + indent]}<!-- medgloss-disable-next-line {finding.rule} -->{newline}")


def _po_comment(document: Document, finding: Finding) -> Edit | None:
    """``# medgloss: ignore[CODE]`` as the first line of the finding's entry."""
    entries = getattr(document, "entries", None)
    unit_entries = getattr(document, "unit_entries", None)
    if not entries or unit_entries is None:
        return None
    for unit, entry_index in zip(document.units, unit_entries):
        if unit.start <= finding.offset < unit.end:
            start = entries[entry_index].start
            newline = "\r\n" if "\r\n" in document.text[start : document.text.find("\n", start) + 1] else "\n"
            return Edit(start, 0, f"# medgloss: ignore[{finding.rule}]{newline}")
    return None


def _silences(edit: Edit, document: Document, finding: Finding, reread: Reread) -> bool:
    """True if ``edit`` makes the reader suppress ``finding`` and changes nothing else."""
    text = document.text[: edit.offset] + edit.text + document.text[edit.end :]
    try:
        again = reread(text)
    except DocumentError:
        return False
    if again is None:
        return False
    added = len(edit.text) - edit.length
    offset = finding.offset + added if finding.offset >= edit.offset else finding.offset
    if again.view[: edit.offset] != document.view[: edit.offset]:
        return False
    if again.view[edit.offset + len(edit.text) :] != document.view[edit.end :]:
        return False
    return any(
        s.start <= offset < s.end
        and (not s.codes or any(selector_matches(c, finding.rule, finding.rule_id) for c in s.codes))
        for s in again.suppressions
    )


def suppression_edit(document: Document, finding: Finding, reread: Reread) -> Edit | None:
    """The edit that writes a suppression of ``finding`` (its code), or ``None`` when the
    format has no suppression syntax or no verified place for it."""
    if document.format in _COMMENT_FORMATS:
        candidates: list[Edit | None] = [_end_of_line_comment(document, finding), _line_before_comment(document, finding)]
    elif document.format == "po":
        candidates = [_po_comment(document, finding)]
    else:
        return None
    for edit in candidates:
        if edit is None or (document.format == "html" and _inside_rcdata(document.text, edit.offset)):
            continue
        if _silences(edit, document, finding, reread):
            return edit
    return None


__all__ = ["suppression_edit"]
