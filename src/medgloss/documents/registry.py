"""Choosing a reader from the file name, and loading a document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from ..errors import DocumentError
from .declared import declared_encoding
from .io import decode, looks_binary, read_bytes
from .model import Document
from .po import read_po
from .html import read_html
from .markdown import read_markdown
from .text import read_text
from .xml_bilingual import read_xml_bilingual

Reader = Callable[[str, str], Document]

# Formats register here by extension; the plain-text reader is the fallback.
READERS: dict[str, Reader] = {".txt": read_text, ".text": read_text}
READERS.update({".po": read_po, ".pot": read_po})
READERS.update({".xlf": read_xml_bilingual, ".xliff": read_xml_bilingual, ".tmx": read_xml_bilingual})
READERS.update({".md": read_markdown, ".markdown": read_markdown})
READERS.update({".html": read_html, ".htm": read_html, ".xhtml": read_html})


def register(extensions: tuple[str, ...], reader: Reader) -> None:
    """Make ``reader`` handle files with these extensions (lower-case, with the dot)."""
    for extension in extensions:
        READERS[extension] = reader


def reader_for(name: str) -> Reader:
    """The reader for a file name (plain text when the extension is unknown)."""
    return READERS.get(PurePath(name).suffix.lower(), read_text)


class BinaryFileError(DocumentError):
    """The file is binary: skipped with a notice, not an error."""


def load_document(
    path: str, *, display_name: str | None = None, encoding: str | None = None, data: bytes | None = None
) -> Document:
    """Read, decode and parse ``path`` (``-`` for standard input) into a :class:`Document`;
    ``data``, when given, is the file's content already read."""
    name = display_name or path
    if data is None:
        data = read_bytes(path)
    if looks_binary(data):
        raise BinaryFileError("binary file, skipped", name)
    decoded = decode(data, name, encoding or declared_encoding(name, data))
    document = reader_for(name)(name, decoded.text)
    document.encoding = decoded.encoding
    document.bom = decoded.bom
    return document
