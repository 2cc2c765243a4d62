"""``--format text``: one line per finding, as compilers and ruff print them."""

from __future__ import annotations

from collections.abc import Sequence

from ..findings import Finding


def render(findings: Sequence[Finding], files: int) -> str:
    """``path:line:col: CODE message`` lines and a summary line."""
    lines = [f"{f.path}:{f.line}:{f.column}: {f.rule} {f.message}" for f in findings]
    fixable = sum(1 for f in findings if f.fix is not None and f.fix.safe)
    if findings:
        noun = "finding" if len(findings) == 1 else "findings"
        summary = f"Found {len(findings)} {noun} in {files} file{'s' if files != 1 else ''}"
        if fixable:
            summary += f" ({fixable} fixable with --fix)"
        lines.append(summary + ".")
    else:
        lines.append(f"All clear: no finding in {files} file{'s' if files != 1 else ''}.")
    return "\n".join(lines) + "\n"
