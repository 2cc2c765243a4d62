"""Exceptions that carry a location, so that the CLI can print one clear line per problem.

Every error the user can cause (a bad glossary, an unreadable document, a wrong option)
is a :class:`MedglossError`.  The CLI turns them into ``path:line: message`` on stderr and
exit status 2; anything else is a bug.
"""

from __future__ import annotations

from pathlib import Path


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
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message}"


class GlossaryError(MedglossError):
    """A glossary file is missing, malformed or inconsistent."""


class DocumentError(MedglossError):
    """A document cannot be read or parsed (encoding, syntax, binary content)."""


class ConfigError(MedglossError):
    """A configuration file or option is wrong."""


class UsageError(MedglossError):
    """The command line itself is wrong."""
