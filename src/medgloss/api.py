"""The library's front door: check, extract and fix, from strings or files.

Everything the CLI does goes through these functions, so a developer gets the same findings
as a translator running ``medgloss check``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .findings.codes import severity_at_least
from .documents import Document, load_document, reader_for
from .fixing.apply import FixResult, apply_fixes
from .fixing.verify import verify_finding
from .findings.model import Finding, TermOccurrence, corrected_span
from .glossary import Glossary, default_glossary
from .matching.cache import compiled
from .text.positions import LineIndex
from .checks import Checker
from .checks.selection import glossary_selection, selection

__all__ = [
    "apply_fixes",
    "check_document",
    "check_file",
    "check_text",
    "checker_for",
    "extract_terms",
    "fix_document",
    "fix_text",
    "select_findings",
]

_CHECKERS: dict[str, Checker] = {}


def checker_for(glossary: Glossary | None = None) -> Checker:
    """The (cached) :class:`~medgloss.rules.Checker` of a glossary (bundled by default)."""
    # ``is None``, not truthiness: a Glossary's length would decode all its concepts
    glossary = default_glossary() if glossary is None else glossary
    key = glossary.fingerprint or str(id(glossary))
    checker = _CHECKERS.get(key)
    if checker is None or checker.glossary is not glossary:
        checker = Checker(compiled(glossary))
        checker.verifier = verify_finding
        _CHECKERS[key] = checker
    return checker


def select_findings(
    findings: Sequence[Finding], select: Sequence[str] | None = None, ignore: Sequence[str] | None = None
) -> list[Finding]:
    """Keep the findings designated by ``select`` (all if empty) and not by ``ignore``."""
    chosen = selection(select, ignore)
    return list(findings) if chosen is None else [f for f in findings if chosen.keeps(f)]


def _locate(findings: list[Finding], terms: list[TermOccurrence], text: str) -> list[TermOccurrence]:
    index = LineIndex(text)
    for finding in findings:
        finding.line, finding.column = index.position(finding.offset)
        finding.end_line, finding.end_column = index.position(finding.end)
        finding.found = text[finding.offset : finding.end]
        finding.corrected = corrected_span(text, finding.fix.edits) if finding.fix is not None else None
    located = []
    for term in terms:
        line, column = index.position(term.offset)
        located.append(replace(term, found=text[term.offset : term.offset + term.length], line=line, column=column))
    return located


def _attach_units(document: Document, findings: list[Finding]) -> None:
    if not document.units:
        return
    starts = [u.start for u in document.units]
    from bisect import bisect_right

    for finding in findings:
        i = bisect_right(starts, finding.offset) - 1
        if i >= 0 and finding.offset < document.units[i].end:
            finding.context = dict(document.units[i].context)


def check_document(
    document: Document,
    *,
    glossary: Glossary | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    exhaustive: bool = False,
    domain: str = "auto",
) -> list[Finding]:
    """Findings of a loaded document, positioned in its text.

    ``exhaustive`` runs the slow reference path (every sentence parsed, no automaton), which
    gives the same findings; it exists to verify the fast one.  A bilingual document (with
    units) is also compared with its English source (MG201–MG204); ``domain`` says whether
    its entries are medical text (``"medical"``), not (``"general"``) or decided entry by
    entry (``"auto"``).
    """
    checker = checker_for(glossary)
    # Only the detectors the selected codes need run (checks.selection); the others' findings,
    # when they still run for a selected one, are dropped here.
    chosen = glossary_selection(select, ignore, checker.glossary)
    result = checker.check(document.view, document.path, exhaustive=exhaustive, selection=chosen)
    if document.units:
        from .checks.bilingual import bilingual_findings

        result.findings = bilingual_findings(document, checker, result.findings, domain=domain,
                                             french_hits=result.hits, selection=chosen)
        result.findings.sort(key=lambda f: (f.offset, f.length))
    kept = result.findings if chosen is None else [f for f in result.findings if chosen.keeps(f)]
    findings = document.review(kept)
    _locate(findings, [], document.text)
    _attach_units(document, findings)
    return findings


def check_text(
    text: str,
    *,
    glossary: Glossary | None = None,
    path: str = "<string>",
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    exhaustive: bool = False,
) -> list[Finding]:
    """Findings of a plain-text string (``exhaustive``: see :func:`check_document`).

    >>> [f.rule for f in check_text("Une canule dans une veine du bras.")]
    ['MG103']
    """
    return check_document(
        Document(path, text, text), glossary=glossary, select=select, ignore=ignore, exhaustive=exhaustive
    )


def check_file(
    path: str | Path,
    *,
    glossary: Glossary | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    encoding: str | None = None,
) -> list[Finding]:
    """Findings of a file, read with the reader its extension calls for."""
    document = load_document(str(path), encoding=encoding)
    return check_document(document, glossary=glossary, select=select, ignore=ignore)


def extract_document(document: Document, *, glossary: Glossary | None = None) -> list[TermOccurrence]:
    """Term occurrences of a loaded document."""
    result = checker_for(glossary).check(document.view, document.path, with_terms=True)
    return _locate([], result.terms, document.text)


def extract_terms(text: str, *, glossary: Glossary | None = None, path: str = "<string>") -> list[TermOccurrence]:
    """Glossary terms found in ``text``, each linked to its concept and canonical form.

    >>> [(t.found, t.canonical) for t in extract_terms("Perfusions sous cutanées d’IgSC.")]
    [('Perfusions', 'perfusion'), ('sous cutanées', 'sous-cutané'), ('IgSC', 'immunoglobuline sous-cutanée')]
    """
    return extract_document(Document(path, text, text), glossary=glossary)


# A fix can reveal a finding that was hidden behind another (a term fixed next to its own
# repetition); like ruff, fixing re-checks and goes on until nothing changes.
MAX_FIX_PASSES = 10


def fix_text(text: str, *, glossary: Glossary | None = None, unsafe: bool = False) -> str:
    """``text`` with every (safe, unless ``unsafe``) fix applied, until nothing is left to fix."""
    return fix_document(Document("<string>", text, text), glossary=glossary, unsafe=unsafe).text


@dataclass
class DocumentFix:
    """Outcome of fixing a document: the new text, how many fixes, and the findings left."""

    text: str
    fixed: int
    remaining: list[Finding]

    @property
    def changed(self) -> bool:
        """True if at least one fix was applied."""
        return self.fixed > 0


def _reread(document: Document, text: str) -> Document:
    again = reader_for(document.path)(document.path, text)
    again.encoding, again.bom = document.encoding, document.bom
    for attribute in ("mark_fuzzy",):
        if hasattr(document, attribute):
            setattr(again, attribute, getattr(document, attribute))
    return again


def fix_document(
    document: Document,
    *,
    glossary: Glossary | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    unsafe: bool = False,
    findings: Sequence[Finding] | None = None,
    domain: str = "auto",
    min_severity: str = "info",
    severity: Mapping[str, str] | None = None,
) -> DocumentFix:
    """Apply fixes to ``document`` pass after pass until stable (at most ``MAX_FIX_PASSES``).

    Only findings of ``min_severity`` or above are fixed (and returned), after the per-code
    ``severity`` overrides of a configuration are applied to them.
    """

    def kept(found: Sequence[Finding]) -> list[Finding]:
        found = list(found)
        if severity:
            from .workspace.config import Config

            Config(severity=dict(severity)).apply_severity(found)
        return [f for f in found if severity_at_least(f.severity, min_severity)]

    current = document
    fixed = 0
    found = kept(findings if findings is not None else check_document(current, glossary=glossary, select=select, ignore=ignore, domain=domain))
    for _ in range(MAX_FIX_PASSES):
        result = apply_fixes(current.text, found, unsafe=unsafe, escape=current.escape)
        if not result.changed:
            break
        fixed += len(result.fixed)
        current = _reread(current, current.after_fix(result.text, result.fixed))
        found = kept(check_document(current, glossary=glossary, select=select, ignore=ignore, domain=domain))
    return DocumentFix(current.text, fixed, found)


def fix_findings(text: str, findings: Sequence[Finding], *, unsafe: bool = False) -> FixResult:
    """Apply the fixes of ``findings`` to ``text``."""
    return apply_fixes(text, findings, unsafe=unsafe)
