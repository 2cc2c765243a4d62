"""Reporters: one pure ``render`` per output format.

Each reporter turns findings into a string; none decides the exit status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..findings import Finding
from . import json as json_report
from . import text as text_report

Renderer = Callable[[Sequence[Finding], int], str]

RENDERERS: dict[str, Renderer] = {
    "text": text_report.render,
    "json": json_report.render,
}


def register(name: str, renderer: Renderer) -> None:
    """Add an output format."""
    RENDERERS[name] = renderer
