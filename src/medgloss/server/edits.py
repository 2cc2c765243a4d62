"""Turning "the buffer's text before and after" into small LSP text edits.

Code actions compute the corrected text with the library (the same fixes ``check --fix``
applies, PO ``fuzzy`` flags included) and send only what changed: editors keep the cursor,
folds and undo history of untouched text that way.  The common head and tail are cut off
first, so the character-level diff only ever sees the few lines that differ.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from lsprotocol import types

from .positions import PositionIndex


def text_edits(before: str, after: str, index: PositionIndex) -> list[types.TextEdit]:
    """Edits that turn ``before`` (indexed by ``index``) into ``after``."""
    if before == after:
        return []
    head = 0
    limit = min(len(before), len(after))
    while head < limit and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < limit - head and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    return [types.TextEdit(range=index.range(start, end), new_text=text)
            for start, end, text in _spans(before[head : len(before) - tail], after[head : len(after) - tail], head)]


# A character diff costs the product of the lengths; past this, lines are compared first.
_CHARACTER_DIFF_LIMIT = 4000


def _spans(old: str, new: str, base: int) -> list[tuple[int, int, str]]:
    """(start, end, replacement) spans turning ``old`` into ``new``, ``old`` at ``base``."""
    if len(old) + len(new) <= _CHARACTER_DIFF_LIMIT:
        matcher = SequenceMatcher(None, old, new, autojunk=False)
        return [(base + a1, base + a2, new[b1:b2]) for tag, a1, a2, b1, b2 in matcher.get_opcodes() if tag != "equal"]
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    old_starts = [0]
    for line in old_lines:
        old_starts.append(old_starts[-1] + len(line))
    new_starts = [0]
    for line in new_lines:
        new_starts.append(new_starts[-1] + len(line))
    spans: list[tuple[int, int, str]] = []
    for tag, a1, a2, b1, b2 in SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        old_part = old[old_starts[a1] : old_starts[a2]]
        new_part = new[new_starts[b1] : new_starts[b2]]
        if len(old_part) + len(new_part) <= _CHARACTER_DIFF_LIMIT:
            spans.extend(_spans(old_part, new_part, base + old_starts[a1]))
        else:
            spans.append((base + old_starts[a1], base + old_starts[a2], new_part))
    return spans


def workspace_edit(uri: str, version: int | None, edits: list[types.TextEdit], versioned: bool = True) -> types.WorkspaceEdit:
    """A workspace edit of one document, tied to the version it was computed on when the
    client supports ``documentChanges`` (``versioned``)."""
    if not versioned:
        return types.WorkspaceEdit(changes={uri: list(edits)})
    document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=list(edits))])


__all__ = ["text_edits", "workspace_edit"]
