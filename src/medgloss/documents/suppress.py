"""Inline suppressions: dropping findings that a document's own comments silence.

The mechanism is format-neutral: a reader records :class:`~medgloss.documents.Suppression`
ranges (from HTML/Markdown comments, PO flags…), and :meth:`Document.review` drops the findings
they cover.  :func:`comment_suppressions` turns the ruff/Vale-style directives found in comment
texts into ranges, so every markup format shares one grammar:

- ``medgloss-disable-next-line [SEL ...]``: the next non-blank line after the comment;
- ``medgloss-disable [SEL ...]`` … ``medgloss-enable``: everything in between (to the end of
  the file when never re-enabled);
- ``medgloss-disable-line [SEL ...]``: the line holding the comment.

``SEL`` is a code (``MG103``), a code name (``false-friend``) or a glossary rule id, separated
by spaces or commas; none means every finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Suppression

_DIRECTIVE = re.compile(r"^\s*medgloss-(disable-next-line|disable-line|disable|enable)\b(.*?)\s*$", re.S)


def parse_directive(comment: str) -> tuple[str, tuple[str, ...]] | None:
    """``("disable-next-line", ("MG103",))`` for a directive comment body, else ``None``."""
    match = _DIRECTIVE.match(comment)
    if match is None:
        return None
    selectors = tuple(s for s in re.split(r"[\s,]+", match.group(2)) if s)
    return match.group(1), selectors


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _next_line(text: str, offset: int) -> tuple[int, int]:
    """Bounds of the first line after ``offset``'s line that holds something other than blanks."""
    _, end = _line_bounds(text, offset)
    position = end + 1
    while position < len(text):
        line_start, line_end = _line_bounds(text, position)
        if text[line_start:line_end].strip():
            return line_start, line_end
        position = line_end + 1
    return len(text), len(text)


def comment_suppressions(text: str, comments: Iterable[tuple[int, int, str]]) -> list[Suppression]:
    """Suppressions asked for by ``comments``: (start, end, body) of each comment in ``text``."""
    suppressions: list[Suppression] = []
    open_blocks: list[tuple[int, tuple[str, ...]]] = []
    for start, end, body in sorted(comments):
        directive = parse_directive(body)
        if directive is None:
            continue
        kind, selectors = directive
        if kind == "disable-next-line":
            first, last = _next_line(text, end)
            suppressions.append(Suppression(first, last, frozenset(selectors)))
        elif kind == "disable-line":
            first, last = _line_bounds(text, start)
            suppressions.append(Suppression(first, last, frozenset(selectors)))
        elif kind == "disable":
            open_blocks.append((end, selectors))
        else:  # enable closes every open block (as Vale and markdownlint do)
            suppressions.extend(Suppression(s, start, frozenset(sel)) for s, sel in open_blocks)
            open_blocks.clear()
    suppressions.extend(Suppression(s, len(text), frozenset(sel)) for s, sel in open_blocks)
    return suppressions
