"""``--format text``: ruff/rustc-style findings for translators reading a terminal.

The first line of each finding is always ``path:line:col: CODE message`` (editors and scripts
parse it). When the document text is known, the line follows with the wrong term underlined by
carets and the correction beside it. Colour is the caller's decision (``color=True``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from ..errors import shown
from ..findings.model import Finding
from ..i18n import _, ngettext

# Long lines (a paragraph of a .txt file is one line) are cut to a window around the term.
_WINDOW = 60

_RESET = "\x1b[0m"
_STYLES = {
    "bold": "\x1b[1m",
    "error": "\x1b[1;31m",
    "warning": "\x1b[1;33m",
    "info": "\x1b[1;36m",
    "gutter": "\x1b[34m",
    "fix": "\x1b[1;32m",
    "path": "\x1b[1m",
}


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_STYLES[style]}{text}{_RESET}" if color and text else text


def _width(text: str) -> int:
    """Terminal cells taken by ``text`` (combining marks take none, wide characters two)."""
    cells = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        cells += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return cells


_LINE_BREAKS = re.compile(r"[ \t]*[\r\n\v\f\x85\u2028\u2029]+[ \t]*")


def _printable(text: str) -> str:
    # Tabs would shift the carets; control characters would corrupt the terminal.
    return "".join(" " if ch == "\t" else ("\ufffd" if unicodedata.category(ch) == "Cc" else ch) for ch in text)


def snippet(f: Finding, text: str, color: bool = False) -> list[str]:
    """The finding's line with carets under the term and the correction after them."""
    line_start = text.rfind("\n", 0, f.offset) + 1
    line_end = text.find("\n", f.offset)
    if line_end < 0:
        line_end = len(text)
    line = text[line_start:line_end].rstrip("\r")
    start = f.offset - line_start
    end = min(start + f.length, len(line))
    whole = f.corrected
    if whole is not None and whole.offset >= line_start and whole.end <= line_start + len(line) and (
        whole.offset != f.offset or whole.length != f.length
    ):
        # The carets span the whole correction (article and agreement included).
        start, end = whole.offset - line_start, whole.end - line_start
    left, right = max(0, start - _WINDOW), min(len(line), end + _WINDOW)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    before, term, after = (_printable(s) for s in (line[left:start], line[start:end], line[end:right]))
    number = str(f.line)
    pad = " " * len(number)
    gutter = _paint(f"{pad} |", "gutter", color)
    shown = prefix + before + _paint(term, f.severity if f.severity in _STYLES else "bold", color) + after + suffix
    carets = " " * _width(prefix + before) + _paint("^" * max(1, _width(term)), f.severity if f.severity in _STYLES else "bold", color)
    label = f" {f.rule} {f.name}".rstrip()
    if f.replacements:
        best = whole.text if whole is not None and start == whole.offset - line_start else f.replacements[0]
        label = " → " + _paint(" ".join(best.split()), "fix", color)
        if len(f.replacements) > 1:
            label += _(" (or {others})").format(others=", ".join(f.replacements[1:]))
    return [gutter, f"{_paint(number + ' |', 'gutter', color)} {shown}", f"{gutter} {carets}{label}", gutter]


def render(
    findings: Sequence[Finding],
    files: int,
    documents: Mapping[str, str] | None = None,
    color: bool = False,
) -> str:
    """Findings (with snippets when ``documents`` has the text) and a summary line."""
    lines: list[str] = []
    for f in findings:
        head = f"{shown(f.path)}:{f.line}:{f.column}:"
        # One line per finding head; only line breaks go, French no-break spaces stay.
        message = _LINE_BREAKS.sub(" ", f.message.strip())
        lines.append(f"{_paint(head, 'path', color)} {_paint(f.rule, f.severity if f.severity in _STYLES else 'bold', color)} {message}")
        text = documents.get(f.path) if documents else None
        if text is not None and 0 <= f.offset <= len(text):
            lines.extend(snippet(f, text, color))
            lines.append("")
    fixable = sum(1 for f in findings if f.fix is not None and f.fix.safe)
    if findings:
        summary = ngettext("Found {n} finding", "Found {n} findings", len(findings)).format(n=len(findings))
        summary += ngettext(" in {files} file", " in {files} files", files).format(files=files)
        if fixable:
            # Same English for one and many; French agrees (« 1 corrigeable », « 2 corrigeables »).
            summary += ngettext(" ({n} fixable with --fix)", " ({n} fixable with --fix)", fixable).format(n=fixable)
        lines.append(summary + ".")
    else:
        lines.append(ngettext("All clear: no finding in {files} file.", "All clear: no finding in {files} files.",
                              files).format(files=files))
    return "\n".join(lines) + "\n"
