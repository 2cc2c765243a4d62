"""What checking produces: findings with their fixes, and term occurrences.

Positions are 0-based code-point offsets into the document text exactly as stored (see
``DESIGN.md``); lines and columns are 1-based and filled in by the document layer.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``length`` characters at ``offset`` with ``text``."""

    offset: int
    length: int
    text: str

    @property
    def end(self) -> int:
        """Offset just after the replaced span."""
        return self.offset + self.length


@dataclass(frozen=True, slots=True)
class Fix:
    """The edits that correct a finding; ``safe`` fixes are applied by ``--fix`` by default."""

    edits: tuple[Edit, ...]
    safe: bool = True
    title: str = ""
    note: str = ""  # why the fix is unsafe, when verification downgraded it


def corrected_span(text: str, edits: tuple[Edit, ...] | list[Edit]) -> Edit | None:
    """The whole corrected phrase, from the first changed character to the last: one edit
    over ``text`` equivalent to ``edits`` (« une carence » → « un déficit »)."""
    if not edits:
        return None
    first = min(e.offset for e in edits)
    last = max(e.end for e in edits)
    out = text[first:last]
    for edit in sorted(edits, key=lambda e: e.offset, reverse=True):
        out = out[: edit.offset - first] + edit.text + out[edit.end - first :]
    return Edit(first, last - first, out)


@dataclass(slots=True)
class Finding:
    """A terminology error found in a document."""

    path: str
    offset: int
    length: int
    rule: str  # the check code, e.g. MG103
    concept: str
    severity: str
    message: str
    found: str
    replacements: list[str]
    rule_id: str | None = None  # the glossary rule, when one fired
    name: str = ""  # the code's name, e.g. false-friend
    fix: Fix | None = None
    certain: bool = True  # False when the replacement could not be inflected with certainty
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    context: dict[str, str] = field(default_factory=dict)  # msgid/msgctxt for catalogs
    corrected: Edit | None = None  # the whole corrected phrase (see :func:`corrected_span`)
    # Gender and number the replacement noun must be agreed with, for verification (not in JSON).
    agreement: tuple[str | None, str | None] | None = None

    @property
    def end(self) -> int:
        """Offset just after the finding."""
        return self.offset + self.length

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``DESIGN.md`` (plus extra fields)."""
        data: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.offset,
            "length": self.length,
            "rule": self.rule,
            "concept": self.concept,
            "severity": self.severity,
            "message": self.message,
            "found": self.found,
            "replacements": list(self.replacements),
            "name": self.name,
            "rule_id": self.rule_id,
            "certain": self.certain,
        }
        if self.fix is not None:
            data["fix"] = {
                "applicability": "safe" if self.fix.safe else "unsafe",
                "title": self.fix.title,
                "edits": [asdict(e) for e in self.fix.edits],
            }
            if self.fix.note:
                data["fix"]["note"] = self.fix.note
        else:
            data["fix"] = None
        if self.corrected is not None:
            data["corrected"] = asdict(self.corrected)
        if self.context:
            data["context"] = dict(self.context)
        return data


@dataclass(frozen=True, slots=True)
class TermOccurrence:
    """A glossary term found in a document (``medgloss extract``)."""

    path: str
    offset: int
    length: int
    found: str
    canonical: str
    concept: str
    status: str
    line: int = 0
    column: int = 0
    # Other concepts the same span can be read as (« perfusions »: the verb « perfuser »),
    # least likely last; ``extract --all-readings`` lists them.
    alternatives: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``DESIGN.md`` (plus ``status``, and ``alternatives`` when any)."""
        extra = {"alternatives": list(self.alternatives)} if self.alternatives else {}
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "offset": self.offset,
            "length": self.length,
            "found": self.found,
            "canonical": self.canonical,
            "concept": self.concept,
            "status": self.status,
            **extra,
        }
