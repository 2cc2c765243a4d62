"""Encodings that a document declares itself: a PO header's charset, an XML declaration.

A catalog in ISO-8859-1 says so in its header entry (``Content-Type: text/plain; charset=…``, read
there only, never in a comment or a translation) and an
XML file in its declaration; both are ASCII-compatible up to that point, so the declaration
can be read from the raw bytes before decoding.  It is used only when the file has no
byte-order mark and the user gave no ``--encoding``; the file is written back in it.
"""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

_PO_CHARSET = re.compile(rb"content-type:[^\"\\]*?charset=([A-Za-z0-9_.:-]+)", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_PO = {".po", ".pot"}
_XML = {".xlf", ".xliff", ".tmx", ".xml"}


def _po_header(head: bytes) -> bytes:
    """The ``msgstr`` of the catalog's header entry (the first entry, whose ``msgid`` is
    empty), as raw quoted lines; empty if the catalog has no header.  A ``charset=`` in a
    comment or in a translation is not a declaration."""
    lines = iter(head.splitlines())
    line = b""
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith(b"#"):
            break
    else:
        return b""
    if line.strip().replace(b" ", b"") != b'msgid""':
        return b""
    parts: list[bytes] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(b'"') and not parts:
            if stripped != b'""':
                return b""  # msgid continues: not the header
            continue
        if stripped.startswith(b"msgstr") and not parts:
            parts.append(stripped[len(b"msgstr"):])
            continue
        if stripped.startswith(b'"') and parts:
            parts.append(stripped)
            continue
        break
    return b"".join(parts)


def declared_encoding(name: str, data: bytes) -> str | None:
    """The encoding ``data`` declares for itself, if its format has a way to and it is known."""
    suffix = PurePath(name).suffix.lower()
    head = data[:8192]
    if suffix in _PO:
        match = _PO_CHARSET.search(_po_header(head))
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
