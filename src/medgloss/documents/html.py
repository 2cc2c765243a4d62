"""HTML: only text nodes are checked, at their exact place in the file as written.

The standard library's tokenizer (``html.parser``, run without reference conversion) reports
each text run, character reference, tag and comment with its line and column, which map to
offsets in the text.  Text under ``<code>``, ``<pre>``, ``<script>``, ``<style>``, ``<kbd>``,
``<samp>``, ``<var>``, ``<textarea>`` or any element with ``translate="no"`` stays masked, as
do tags and attributes.  A reference such as ``&eacute;`` shows as its letter followed by NULs,
so ``r&eacute;ponse`` is read as ``réponse`` and a finding's ``found`` is the text as written.
Block-level tags mask as line breaks, so a heading never runs into the next paragraph.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .suppress import comment_suppressions
from .masking import ViewBuilder, entity_at
from .model import Document

_SKIPPED = frozenset({"code", "pre", "script", "style", "kbd", "samp", "var", "textarea", "template", "svg", "math"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "li", "main", "nav", "ol", "p", "section", "summary", "table", "td", "th", "title", "tr", "ul",
    }
)


class _Tokens(HTMLParser):
    """Reveals text nodes of a document in a :class:`ViewBuilder`."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.view = ViewBuilder(text)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.stack: list[tuple[str, bool]] = []  # (tag, text inside is skipped)
        self.comments: list[tuple[int, int, str]] = []
        self.inline_tags: list[tuple[int, int]] = []

    def _at(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def _tag(self, tag: str, start: int, end: int) -> None:
        if tag in _BLOCK:
            self.view.block_break(start, end)
        else:
            self.inline_tags.append((start, end))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._at()
        raw = self.get_starttag_text() or ""
        self._tag(tag, start, start + len(raw))
        if tag in _VOID or raw.endswith("/>"):
            return
        no = any(name == "translate" and (value or "").strip().lower() == "no" for name, value in attrs)
        self.stack.append((tag, self.skipping or tag in _SKIPPED or no))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._at()
        self._tag(tag, start, start + len(self.get_starttag_text() or ""))

    def handle_endtag(self, tag: str) -> None:
        start = self._at()
        end = self.text.find(">", start)
        self._tag(tag, start, len(self.text) if end < 0 else end + 1)
        # Close the innermost open element of that name, and what it left open (<li>, <p>).
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            start = self._at()
            self.view.reveal(start, start + len(data))

    def _reference(self) -> None:
        if self.skipping:
            return
        start = self._at()
        end = entity_at(self.text, start)
        if end > start and not self.view.entity(start, end):
            self.view.chars[start:end] = " " * (end - start)

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def handle_comment(self, data: str) -> None:
        start = self._at()
        self.comments.append((start, start + len(data) + 7, data))


def read_html(path: str, text: str) -> Document:
    """An HTML document whose view shows its text nodes only."""
    tokens = _Tokens(text)
    tokens.feed(text)
    tokens.close()
    for start, end in tokens.inline_tags:
        tokens.view.glue(start, end)  # <b>intra</b>veineuse stays one word
    document = HtmlDocument(path=path, text=text, view=tokens.view.build(), format="html")
    document.suppressions = comment_suppressions(text, tokens.comments)
    return document


class HtmlDocument(Document):
    """An HTML document: replacements are written with ``<``, ``>`` and ``&`` escaped."""

    def escape(self, replacement: str) -> str:
        """``replacement`` as HTML text."""
        return html.escape(replacement, quote=False)


__all__ = ["HtmlDocument", "read_html"]
