"""Exceptions that carry a location, so that the CLI can print one clear line per problem.

Every error the user can cause (a bad glossary, an unreadable document, a wrong option)
is a :class:`MedglossError`.  The CLI turns them into ``path:line: message`` on stderr and
exit status 2; anything else is a bug.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(path: str) -> str:
    """``path`` safe to print: control and format characters (newlines, ESC, bidi overrides)
    as ``\\n``, ``\\x1b``, ``\\u202e``, and undecodable bytes of a file name as ``\\xff``, so
    that a file name can neither forge an output line nor drive the terminal."""
    if path.isprintable():
        return path
    out = []
    for ch in path:
        code = ord(ch)
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch == " " or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"):
            out.append(ch)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)


class MedglossError(Exception):
    """Base class of the errors a user can cause; rendered as one line."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{shown(self.path)}:{self.line}: " if self.line is not None else f"{shown(self.path)}: "
        return f"{where}{self.message}"


class GlossaryError(MedglossError):
    """A glossary file is missing, malformed or inconsistent."""


class DocumentError(MedglossError):
    """A document cannot be read or parsed (encoding, syntax, binary content)."""


class ConfigError(MedglossError):
    """A configuration file or option is wrong."""


class UsageError(MedglossError):
    """The command line itself is wrong."""
