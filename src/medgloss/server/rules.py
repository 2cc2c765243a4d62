"""Where a diagnostic's code is documented, for the LSP ``codeDescription`` link.

medgloss has no documentation site; the documentation of a code ships in the package as
text (``medgloss rule CODE``, and the server's hover over a finding).  A link is therefore
given only when it leads somewhere on this machine: the table of codes in the README of a
source checkout.  No link is better than one to a page that does not exist.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lsprotocol import types

_README = Path(__file__).resolve().parent.parent.parent.parent / "README.md"


@lru_cache(maxsize=64)
def documentation_uri(code: str) -> str | None:
    """A ``file:`` URI of the README's table of codes if it lists ``code``, else ``None``."""
    try:
        readme = _README.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return _README.as_uri() + "#codes" if f"| {code} |" in readme else None


def code_description(code: str) -> types.CodeDescription | None:
    """The LSP code description of ``code``, when its documentation exists."""
    uri = documentation_uri(code)
    return types.CodeDescription(href=uri) if uri is not None else None


__all__ = ["code_description", "documentation_uri"]
