"""``--statistics``: how many findings each check code produced, most frequent first (as ruff)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..findings.codes import CODES
from ..findings.model import Finding


def render(findings: Sequence[Finding]) -> str:
    """``count  CODE  [*]  name`` lines; ``[*]`` marks codes whose findings all have a safe fix."""
    counts = Counter(f.rule for f in findings)
    fixable = Counter(f.rule for f in findings if f.fix is not None and f.fix.safe)
    if not counts:
        return ""
    width = len(str(max(counts.values())))
    lines = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        mark = "[*]" if fixable[code] == count else "   "
        name = CODES[code].name if code in CODES else ""
        lines.append(f"{count:>{width}}\t{code}\t{mark} {name}".rstrip())
    return "\n".join(lines) + "\n"
