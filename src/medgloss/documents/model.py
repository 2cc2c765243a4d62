"""A document as medgloss sees it: the text as stored, and the view of it to check.

``view`` has exactly the length of ``text``.  Characters that must not be checked (code,
markup, URLs, PO syntax) are masked in it: replaced by a space when they separate words, by
NUL when they are invisible inside a word (an entity, a soft break).  Positions in the view
are therefore positions in the file, with no translation layer to get wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..findings.codes import selector_matches


@dataclass(frozen=True, slots=True)
class Unit:
    """A translation unit of a bilingual document (PO entry, XLIFF segment, TMX variant)."""

    start: int  # span of the target text in the document
    end: int
    source: str = ""
    context: tuple[tuple[str, str], ...] = ()  # e.g. (("msgctxt", ...), ("msgid", ...))
    line: int = 0
    fuzzy: bool = False  # a draft awaiting review (PO ``#, fuzzy``): not the catalog's usage yet


@dataclass(frozen=True, slots=True)
class Suppression:
    """Findings starting in ``[start, end)`` are not reported; ``codes`` empty means all.

    Codes are matched like ``--ignore`` items: a code, a code prefix, a name or a rule id.
    """

    start: int
    end: int
    codes: frozenset[str] = frozenset()


@dataclass
class Document:
    """A decoded document and its checkable view."""

    path: str
    text: str
    view: str
    format: str = "text"
    encoding: str = "utf-8"
    bom: bool = False
    units: list[Unit] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.view) != len(self.text):
            raise ValueError("a document view must have the length of its text")

    def review(self, findings: list[Any]) -> list[Any]:
        """The findings to report: those inside a suppression are dropped."""
        if not self.suppressions:
            return findings
        kept = []
        for finding in findings:
            if any(
                s.start <= finding.offset < s.end
                and (not s.codes or any(selector_matches(c, finding.rule, finding.rule_id) for c in s.codes))
                for s in self.suppressions
            ):
                continue
            kept.append(finding)
        return kept

    def escape(self, replacement: str) -> str:
        """Replacement text as it must be written into this format."""
        return replacement

    def after_fix(self, fixed_text: str, fixed: list[Any]) -> str:
        """Format-specific touch after fixes were applied (a PO entry becomes fuzzy)."""
        return fixed_text
