"""Documents to a POT: one message per paragraph, with its source reference, as mdpo/po4a do.

Markdown is parsed with markdown-it-py (CommonMark plus tables): every paragraph, heading,
table cell and list-item paragraph is a message, its Markdown inline markup kept (a
translator must keep ``**`` and links); code blocks and raw HTML are not text to translate.
Plain text is split on blank lines.  Soft line breaks inside a paragraph become spaces, so a
re-wrapped paragraph keeps its message.  The same paragraph met twice is one message with
two references.

:func:`babel_extract` is the same extraction as a Babel extraction method (entry point
``medgloss`` of group ``babel.extractors``), so that ``pybabel extract`` with a mapping line
``[medgloss: **.md]`` collects documents alongside code.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from markdown_it import MarkdownIt

from .. import __version__
from ..documents.html import read_html
from ..documents.io import decode, looks_binary, read_bytes
from ..errors import DocumentError

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_BLOCK = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
_SPACES = re.compile(r"[ \t]*\n[ \t]*")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A message of a document: its text and the (1-based) line it starts on."""

    line: int
    text: str


def _one_line(text: str) -> str:
    """Join a paragraph's lines with single spaces (soft breaks are not content)."""
    return _SPACES.sub(" ", text.strip())


def markdown_paragraphs(text: str) -> list[Paragraph]:
    """Translatable blocks of a Markdown text, in order."""
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(text)
    paragraphs: list[Paragraph] = []
    block_line = 0
    for token in tokens:
        if token.map is not None and token.type != "inline":
            block_line = token.map[0]
        if token.type == "inline":
            line = token.map[0] if token.map is not None else block_line
            content = _one_line(token.content)
            if content:
                paragraphs.append(Paragraph(line + 1, content))
    return paragraphs


def text_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of a plain text: runs of non-blank lines."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return [
        Paragraph(normalised.count("\n", 0, match.start()) + 1, _one_line(match.group()))
        for match in _BLOCK.finditer(normalised)
    ]


def html_paragraphs(text: str, name: str = "<html>") -> list[Paragraph]:
    """Translatable blocks of an HTML page: its text nodes as ``check`` reads them (the HTML
    reader's view), one message per block element; tags, scripts and code stay out."""
    view = read_html(name, text).view
    paragraphs = []
    for match in _BLOCK.finditer(view):
        segment = match.group()
        start, end = match.span()
        first = start + len(segment) - len(segment.lstrip())  # where the block's text begins
        # Masked markup goes (a tag inside a word must not leave a space: « d’<b>immuno</b>… »);
        # decoded references (« &eacute; » → « é » and NULs) keep their letter.
        kept = "".join(v for v, t in zip(segment, text[start:end]) if v == t or v not in " \x00")
        content = _one_line(" ".join(kept.split()))
        if content:
            paragraphs.append(Paragraph(text.count("\n", 0, first) + 1, content))
    return paragraphs


def paragraphs_of(name: str, text: str) -> list[Paragraph]:
    """Paragraphs of a document: Markdown, HTML or plain text according to its file name."""
    suffix = Path(name).suffix.lower()
    if suffix in _MARKDOWN_SUFFIXES:
        return markdown_paragraphs(text)
    if suffix in _HTML_SUFFIXES:
        return html_paragraphs(text, name)
    return text_paragraphs(text)


def documents_catalog(paths: Sequence[str], *, project: str = "medgloss documents") -> Catalog:
    """A template catalog of the paragraphs of ``paths`` (Markdown or text)."""
    catalog = Catalog(project=project, version=__version__, fuzzy=False,
                      msgid_bugs_address="https://github.com/medgloss/medgloss/issues")
    for path in paths:
        data = read_bytes(path)
        if looks_binary(data):
            raise DocumentError("binary file, not a document", path)
        text = decode(data, path).text
        for paragraph in paragraphs_of(path, text):
            message = catalog.add(paragraph.text, locations=[(path, paragraph.line)])
            # Prose is not a format string: « 50 % des patients » must not get python-format.
            if message is not None:
                message.flags.discard("python-format")
    for message in catalog:
        message.flags.discard("python-format")
    return catalog


def pot_bytes(catalog: Catalog) -> bytes:
    """The POT file of ``catalog``."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=76)
    return buffer.getvalue()


def babel_extract(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Iterable[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Babel extraction method: yields ``(lineno, funcname, message, comments)`` per paragraph.

    The mapping file may set ``encoding`` (default UTF-8) and ``format`` (``markdown``,
    ``html`` or ``text``; by default chosen from the file name).
    """
    name = getattr(fileobj, "name", "") or ""
    data = fileobj.read()
    text = decode(data, str(name), options.get("encoding")).text
    kind = options.get("format")
    if kind == "markdown":
        found = markdown_paragraphs(text)
    elif kind == "html":
        found = html_paragraphs(text, str(name))
    elif kind == "text":
        found = text_paragraphs(text)
    else:
        found = paragraphs_of(str(name), text)
    for paragraph in found:
        yield paragraph.line, None, paragraph.text, []


__all__ = ["Paragraph", "babel_extract", "documents_catalog", "html_paragraphs", "markdown_paragraphs", "paragraphs_of", "pot_bytes",
           "text_paragraphs"]
