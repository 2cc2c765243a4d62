"""Encodings that a document declares itself: a PO header's charset, an XML declaration.

A catalog in ISO-8859-1 says so in its header (``Content-Type: text/plain; charset=…``) and an
XML file in its declaration; both are ASCII-compatible up to that point, so the declaration
can be read from the raw bytes before decoding.  It is used only when the file has no
byte-order mark and the user gave no ``--encoding``; the file is written back in it.
"""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

_PO_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_PO = {".po", ".pot"}
_XML = {".xlf", ".xliff", ".tmx", ".xml"}


def declared_encoding(name: str, data: bytes) -> str | None:
    """The encoding ``data`` declares for itself, if its format has a way to and it is known."""
    suffix = PurePath(name).suffix.lower()
    head = data[:8192]
    if suffix in _PO:
        match = _PO_CHARSET.search(head)
    elif suffix in _XML:
        match = _XML_ENCODING.match(head)
    else:
        return None
    if match is None:
        return None
    label = match.group(1).decode("ascii")
    try:
        info = codecs.lookup(label)  # "CHARSET" in a fresh POT template is no encoding
    except LookupError:
        return None
    if info.name.startswith("utf-16") or info.name.startswith("utf-32"):
        return None  # would need a byte-order mark, which decode() handles itself
    return info.name


__all__ = ["declared_encoding"]
