"""Choosing a reader from the file name, and loading a document."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import PurePath

from ..errors import DocumentError
from .declared import declared_encoding
from .io import decode, looks_binary, read_bytes
from .model import Document
from .text import read_text

Reader = Callable[[str, str], Document]


def _on_first_use(module: str, name: str) -> Reader:
    """The reader ``name`` of ``module``, imported when a file of its format is read: a check
    of a text file does not pay for markdown-it, lxml and the PO parser (a fifth of start-up)."""
    def reader(path: str, text: str) -> Document:
        return getattr(import_module(module, __package__), name)(path, text)

    reader.__name__ = reader.__qualname__ = name
    return reader


_PO = _on_first_use(".po", "read_po")
_XML = _on_first_use(".xml_bilingual", "read_xml_bilingual")
_MARKDOWN = _on_first_use(".markdown", "read_markdown")
_HTML = _on_first_use(".html", "read_html")

# Formats register here by extension; the plain-text reader is the fallback.
READERS: dict[str, Reader] = {".txt": read_text, ".text": read_text}
READERS.update({".po": _PO, ".pot": _PO})
READERS.update({".xlf": _XML, ".xliff": _XML, ".tmx": _XML})
READERS.update({".md": _MARKDOWN, ".markdown": _MARKDOWN})
READERS.update({".html": _HTML, ".htm": _HTML, ".xhtml": _HTML})


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
