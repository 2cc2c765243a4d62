"""Markdown (CommonMark + tables): only the prose is checked.

markdown-it-py parses the document; its block tokens give line ranges and its inline tokens
the exact text of each run of prose.  The view starts fully masked and each prose run is
located in the source, from a cursor that only moves forward, and revealed.  Code (fenced,
indented, inline), raw HTML, link and image targets, autolinks and front matter are never
revealed.  Emphasis marks inside a word are masked as invisible, so ``intra*veineuse*`` is
read as one word; ``\\*`` escapes and ``&eacute;`` references are read as the letter they stand for.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .suppress import comment_suppressions
from .masking import ViewBuilder, entity_at
from .model import Document
from ..errors import DocumentError

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_PARSER = MarkdownIt("commonmark").enable("table")
# markdown-it stops descending at 20 levels and drops what is deeper without a word; 100 levels
# of block quotes and lists still parse well within Python's recursion limit, and deeper text
# is refused with a clear error rather than silently left unchecked.
MAX_NESTING = 100
_PARSER.options["maxNesting"] = MAX_NESTING


class _Walker:
    """Reveals the prose of one document, token by token, in source order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.view = ViewBuilder(text)
        self.cursor = 0
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.comments: list[tuple[int, int, str]] = []
        self.limit = len(text)  # end of the current inline token's lines

    def line_start(self, line: int) -> int:
        return self.line_starts[line] if line < len(self.line_starts) else len(self.text)

    def block(self, token: Token) -> None:
        if token.map is not None and token.type != "inline":
            # Block tokens start at their first line; the cursor never goes back.
            self.cursor = max(self.cursor, self.line_start(token.map[0]))
        if token.type == "html_block" and token.map is not None:
            start, end = self.line_start(token.map[0]), self.line_start(token.map[1])
            self.collect_comments(start, end)
            self.cursor = max(self.cursor, end)
        elif token.type in ("fence", "code_block") and token.map is not None:
            self.cursor = max(self.cursor, self.line_start(token.map[1]))
        elif token.type == "inline":
            if token.map is not None:
                self.cursor = max(self.cursor, self.line_start(token.map[0]))
                self.limit = self.line_start(token.map[1])
            self.inline(token.children or [])

    def collect_comments(self, start: int, end: int) -> None:
        for match in _COMMENT.finditer(self.text, start, end):
            self.comments.append((match.start(), match.end(), match.group(1)))

    def inline(self, children: list[Token]) -> None:
        for child in children:
            kind = child.type
            if kind == "text" and child.content:
                self.prose(child.content)
            elif kind == "code_inline":
                self.skip_code(child.markup)
            elif kind == "html_inline":
                found = self.text.find(child.content, self.cursor)
                if found >= 0:
                    self.collect_comments(found, found + len(child.content))
                    self.cursor = found + len(child.content)
            elif kind == "link_open" and child.markup == "autolink":
                self.skip_autolink()
            elif kind == "link_close" and child.markup != "autolink":
                self.skip_target()
            elif kind == "image":
                found = self.text.find("![", self.cursor)
                if found >= 0:
                    self.cursor = found + 2
                    self.inline(child.children or [])
                    self.skip_target()
            elif kind in ("strong_open", "strong_close", "em_open", "em_close", "s_open", "s_close"):
                found = self.text.find(child.markup, self.cursor)
                if found >= 0:
                    self.cursor = found + len(child.markup)
                    self.view.glue(found, self.cursor)

    def prose(self, content: str) -> None:
        """Reveal the source of a text token: verbatim, or through escapes and references."""
        found = self.text.find(content, self.cursor, self.limit)
        if found >= 0:
            self.view.reveal(found, found + len(content))
            self.glue_before(found)
            self.cursor = found + len(content)
            return
        self.align(content)

    def glue_before(self, start: int) -> None:
        # Emphasis opened just before a letter ("intra**veineuse**") must not split the word.
        run = start
        while run > 0 and self.text[run - 1] in "*_~":
            run -= 1
        if run < start:
            self.view.glue(run, start)

    def align(self, content: str) -> None:
        """Walk source and token together: ``\\*`` shows ``*``, ``&eacute;`` shows ``é``."""
        text, i, j = self.text, self.cursor, 0
        limit = len(text)
        while j < len(content) and i < limit:
            ch = text[i]
            if ch == content[j]:
                self.view.reveal(i, i + 1)
                i += 1
                j += 1
            elif ch == "\\" and i + 1 < limit and text[i + 1] == content[j]:
                self.view.chars[i] = "\x00"
                self.view.reveal(i + 1, i + 2)
                i += 2
                j += 1
            elif ch == "&" and (end := entity_at(text, i)) > i and self.view.entity(i, end):
                decoded = self.view.chars[i]
                if decoded != content[j]:
                    return
                i = end
                j += 1
            elif j == 0 and ch in " \t>":
                i += 1
            else:
                return  # cannot follow: leave the rest masked rather than guess
        self.cursor = i

    def skip_code(self, markup: str) -> None:
        start = self.text.find(markup, self.cursor)
        if start < 0:
            return
        end = self.text.find(markup, start + len(markup))
        self.cursor = start + len(markup) if end < 0 else end + len(markup)

    def skip_autolink(self) -> None:
        start = self.text.find("<", self.cursor)
        end = self.text.find(">", start + 1) if start >= 0 else -1
        if end >= 0:
            self.cursor = end + 1

    def skip_target(self) -> None:
        """Move past ``](target "title")`` or ``][label]`` after a link's text."""
        text = self.text
        close = text.find("]", self.cursor)
        if close < 0:
            return
        self.cursor = close + 1
        if text.startswith("[", self.cursor):
            end = text.find("]", self.cursor)
            if end >= 0:
                self.cursor = end + 1
        elif text.startswith("(", self.cursor):
            depth, i, quote = 0, self.cursor, ""
            while i < len(text):
                ch = text[i]
                if quote:
                    if ch == quote:
                        quote = ""
                elif ch == "\\":
                    i += 1
                elif ch in "\"'" and text[i - 1] in " \t\n":
                    quote = ch
                elif ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        self.cursor = i + 1
                        return
                i += 1


def read_markdown(path: str, text: str) -> Document:
    """A Markdown document whose view shows its prose only."""
    source = text
    front = _FRONT_MATTER.match(text)
    if front:
        # The parser sees blank lines where the front matter is, so line numbers stay right.
        source = re.sub(r"[^\n]", " ", text[: front.end()]) + text[front.end() :]
    walker = _Walker(text)
    if front:
        walker.cursor = front.end()
    tokens = _PARSER.parse(source)
    if any(token.level >= MAX_NESTING - 1 for token in tokens):
        line = next((t.map[0] + 1 for t in tokens if t.level >= MAX_NESTING - 1 and t.map), None)
        raise DocumentError(f"block quotes or lists nested deeper than {MAX_NESTING - 2} levels; "
                            "the text inside them would not be checked", path, line)
    for token in tokens:
        walker.block(token)
    view = walker.view.build()
    document = Document(path=path, text=text, view=view, format="markdown")
    document.suppressions = comment_suppressions(text, walker.comments)
    return document


__all__ = ["read_markdown"]
