"""Building a document's view: everything masked, then the prose let through.

Readers of markup formats start from a fully masked view and reveal only the characters they
know to be prose, so anything a reader does not understand is left alone rather than checked.
Line breaks always stay visible: they are separators, and keeping them keeps blank lines
(paragraph boundaries) in the view.
"""

from __future__ import annotations

import html
import re

_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
# Markup that sits inside a word without splitting it: emphasis marks, inline tags.
_WORD_GLUE = re.compile(r"[*_~]+")


class ViewBuilder:
    """A mutable view of ``text``: starts masked with spaces, except line breaks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = [c if c in "\n\r" else " " for c in text]

    def reveal(self, start: int, end: int) -> None:
        """Let ``text[start:end]`` through as prose."""
        self.chars[start:end] = self.text[start:end]

    def entity(self, start: int, end: int) -> bool:
        """Show the character reference ``text[start:end]`` as its decoded letter plus NULs.

        ``r&eacute;ponse`` is then seen as ``réponse`` while offsets stay those of the file.
        Returns False (and leaves the span masked) for references that decode to several
        characters or to nothing.
        """
        decoded = html.unescape(self.text[start:end])
        if len(decoded) != 1 or decoded == self.text[start:end]:
            return False
        self.chars[start] = decoded
        self.chars[start + 1 : end] = "\x00" * (end - start - 1)
        return True

    def glue(self, start: int, end: int) -> None:
        """Mask ``[start, end)`` as invisible when it sits between two letters of a word."""
        if 0 < start and end < len(self.chars) and self.chars[start - 1].isalnum() and self.chars[end].isalnum():
            self.chars[start:end] = "\x00" * (end - start)

    def block_break(self, start: int, end: int) -> None:
        """Mask ``[start, end)`` as a paragraph boundary (a block tag between two blocks)."""
        if end - start >= 2:
            self.chars[start:end] = "\n" * (end - start)

    def build(self) -> str:
        """The finished view (same length as the text)."""
        return "".join(self.chars)


def entity_at(text: str, start: int) -> int:
    """End of the character reference starting at ``start``, or ``start`` if there is none."""
    match = _ENTITY.match(text, start)
    return match.end() if match else start


__all__ = ["ViewBuilder", "entity_at"]
