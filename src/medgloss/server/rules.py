"""Where a diagnostic's code is documented, for the LSP ``codeDescription`` link.

The link is given only when it leads somewhere on this machine: the rule's page among the
documentation installed with medgloss, else the table of codes in the README of a source
checkout.  No link is better than one to a page that does not exist.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lsprotocol import types

_PACKAGE = Path(__file__).resolve().parent.parent
# Rule pages, installed with the package or in a source checkout (one Markdown file per code).
_RULE_FOLDERS = (_PACKAGE / "docs" / "rules", _PACKAGE.parent.parent / "docs" / "rules")
_README = _PACKAGE.parent.parent / "README.md"


@lru_cache(maxsize=64)
def documentation_uri(code: str) -> str | None:
    """A ``file:`` URI documenting ``code`` (``MG103``), or ``None`` when none is installed."""
    for folder in _RULE_FOLDERS:
        for name in (f"{code}.md", f"{code.lower()}.md"):
            page = folder / name
            if page.is_file():
                return page.as_uri()
    if _README.is_file() and f"| {code} |" in _README.read_text(encoding="utf-8", errors="replace"):
        return _README.as_uri() + "#codes"
    return None


def code_description(code: str) -> types.CodeDescription | None:
    """The LSP code description of ``code``, when its documentation exists."""
    uri = documentation_uri(code)
    return types.CodeDescription(href=uri) if uri is not None else None


__all__ = ["code_description", "documentation_uri"]
