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


_GLUE_START = "<*_~"


def _glued_runs(text: str, view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The inline markup inside ``[start, end)`` that the view hides as part of a word: runs
    of NULs whose text starts a tag or an emphasis mark (a character reference's NULs follow
    its decoded letter, and start with no such character)."""
    runs = []
    i = start
    while i < end:
        if view[i] == "\x00" and (i == 0 or view[i - 1] != "\x00") and text[i] in _GLUE_START:
            j = i
            while j < end and view[j] == "\x00":
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


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
        """The findings to report: those inside a suppression are dropped, and a fix across
        inline markup keeps that markup (see :meth:`keep_markup`)."""
        if "\x00" in self.view:
            for finding in findings:
                self.keep_markup(finding)
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

    def keep_markup(self, finding: Any) -> None:
        """A term that spans inline markup (``<b>humi</b>difiait``, ``*humi*difiait``) is
        replaced where it starts, its other pieces are removed, and the markup between them is
        left as it is (``<b>atténuait</b>``): a fix must never drop a tag or an emphasis mark."""
        fix = finding.fix
        if fix is None:
            return
        edits = []
        changed = False
        for edit in fix.edits:
            runs = _glued_runs(self.text, self.view, edit.offset, edit.offset + edit.length)
            if not runs:
                edits.append(edit)
                continue
            changed = True
            cursor, replacement = edit.offset, edit.text
            for run_start, run_end in [*runs, (edit.offset + edit.length, edit.offset + edit.length)]:
                if run_start > cursor or replacement:
                    edits.append(type(edit)(cursor, run_start - cursor, replacement))
                    replacement = ""
                cursor = run_end
        if changed:
            finding.fix = type(fix)(tuple(e for e in edits if e.length or e.text), fix.safe, fix.title)

    def escape(self, replacement: str) -> str:
        """Replacement text as it must be written into this format."""
        return replacement

    def after_fix(self, fixed_text: str, fixed: list[Any]) -> str:
        """Format-specific touch after fixes were applied (a PO entry becomes fuzzy)."""
        return fixed_text
