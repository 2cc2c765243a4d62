"""``--format text``: one line per finding, as compilers and ruff print them."""

from __future__ import annotations

from collections.abc import Sequence

from ..findings import Finding
from ..i18n import ngettext


def render(findings: Sequence[Finding], files: int) -> str:
    """``path:line:col: CODE message`` lines and a summary line."""
    lines = [f"{f.path}:{f.line}:{f.column}: {f.rule} {f.message}" for f in findings]
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
