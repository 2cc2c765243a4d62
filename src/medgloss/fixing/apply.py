"""Applying the edits of findings to a text.

Edits are applied from the end so that earlier offsets stay valid; an edit that overlaps one
already taken is skipped (and reported), as ruff does, and the next run picks it up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..findings.model import Edit, Finding


@dataclass
class FixResult:
    """The fixed text, and which findings were fixed or left."""

    text: str
    fixed: list[Finding] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True if at least one finding was fixed."""
        return bool(self.fixed)


def apply_fixes(
    text: str,
    findings: Iterable[Finding],
    *,
    unsafe: bool = False,
    escape: Callable[[str], str] | None = None,
) -> FixResult:
    """Apply the fixes of ``findings`` to ``text`` (unsafe ones only if ``unsafe``).

    ``escape`` turns replacement text into the document's syntax (PO quotes, HTML entities).
    """
    result = FixResult(text)
    chosen: list[tuple[Finding, tuple[Edit, ...]]] = []
    taken: list[tuple[int, int]] = []
    for finding in sorted(findings, key=lambda f: (f.offset, f.length)):
        fix = finding.fix
        if fix is None or not fix.edits or (not fix.safe and not unsafe):
            result.remaining.append(finding)
            continue
        spans = [(e.offset, e.end) for e in fix.edits]
        if any(a < d and c < b for a, b in spans for c, d in taken):
            result.remaining.append(finding)
            continue
        taken.extend(spans)
        chosen.append((finding, fix.edits))
    edits = sorted((e for _, es in chosen for e in es), key=lambda e: e.offset, reverse=True)
    out = text
    for edit in edits:
        replacement = escape(edit.text) if escape is not None else edit.text
        out = out[: edit.offset] + replacement + out[edit.end :]
    result.text = out
    result.fixed = [f for f, _ in chosen]
    return result
