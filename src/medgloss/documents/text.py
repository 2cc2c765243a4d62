"""Plain text: everything is prose."""

from __future__ import annotations

from .model import Document


def read_text(path: str, text: str) -> Document:
    """A plain-text document: the view is the text itself."""
    return Document(path=path, text=text, view=text, format="text")
