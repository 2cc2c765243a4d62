"""``--format json``: the document of ``DESIGN.md``, version 1."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from ..findings.model import Finding, TermOccurrence


def render(findings: Sequence[Finding], files: int, documents: Mapping[str, str] | None = None) -> str:
    """One JSON document with every finding and a summary."""
    document = {
        "version": 1,
        "findings": [f.to_dict() for f in findings],
        "summary": {"files": files, "findings": len(findings)},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_terms(terms: Sequence[TermOccurrence]) -> str:
    """The ``medgloss extract --format json`` document."""
    return json.dumps({"version": 1, "terms": [t.to_dict() for t in terms]}, ensure_ascii=False, indent=2) + "\n"
