"""Reporters: one pure ``render`` per output format.

Each reporter turns findings into a string; none decides the exit status, reads a file or
changes a finding. A renderer is called
as ``render(findings, files, documents=...)`` where ``documents`` maps each reported path to its
text (only the formats that show the text, such as ``text`` snippets and ``html``, use it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from ..findings.model import Finding
from . import github as github_report
from . import html as html_report
from . import json as json_report
from . import sarif as sarif_report
from . import text as text_report


class Renderer(Protocol):
    """``render(findings, files, documents=None) -> str``."""

    def __call__(
        self, findings: Sequence[Finding], files: int, documents: Mapping[str, str] | None = None
    ) -> str: ...


RENDERERS: dict[str, Renderer] = {
    "text": text_report.render,
    "json": json_report.render,
    "sarif": sarif_report.render,
    "github": github_report.render,
    "html": html_report.render,
}


def register(name: str, renderer: Renderer) -> None:
    """Add an output format."""
    RENDERERS[name] = renderer
