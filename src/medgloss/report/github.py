"""``--format github``: GitHub Actions workflow commands, which annotate the pull request.

Escaping follows the runner's rules (actions/toolkit ``command.ts``): in the message ``%``, CR
and LF are percent-encoded; in property values ``,`` and ``:`` are too.  The file name is first
shown with its control characters escaped (:func:`medgloss.errors.shown`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..errors import shown
from ..findings.model import Finding

# GitHub knows error, warning and notice.
_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a workflow-command message."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow-command property value."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _line(f: Finding) -> str:
    message = f.message
    properties = {
        "file": shown(f.path),
        "line": str(f.line),
        "col": str(f.column),
        "endLine": str(f.end_line or f.line),
        "endColumn": str(f.end_column),
        "title": f"{f.rule} {f.name}".strip(),
    }
    props = ",".join(f"{k}={escape_property(v)}" for k, v in properties.items())
    return f"::{_COMMANDS.get(f.severity, 'warning')} {props}::{escape_data(message)}"


def render(findings: Sequence[Finding], files: int, documents: Mapping[str, str] | None = None) -> str:
    """One workflow command per finding (nothing when there is none)."""
    return "".join(_line(f) + "\n" for f in findings)
