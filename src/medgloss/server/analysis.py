"""Checking one version of an editor buffer, and its findings as LSP diagnostics.

An :class:`Analysis` is what the server knows about one version of a buffer: the document
as medgloss read it, the settings and glossary it was checked with, its findings, and the
problems met on the way (a bad glossary, a malformed PO entry) for the server to show.  The
checking itself is :func:`medgloss.api.check_document`, the same as ``medgloss check``; this
module adds nothing to it but settings and positions.  It runs in a worker thread and must
not talk to the client.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from lsprotocol import types

from ..api import check_document, extract_document
from ..documents import Document
from ..errors import ConfigError, DocumentError, MedglossError
from ..findings import Finding, TermOccurrence
from ..findings.codes import selector_matches
from ..glossary import Glossary
from ..glossary.variety import for_variety
from ..workspace.config import Config
from .config import ClientSettings, Settings, file_config_for, settings_for
from .documents import load_buffer, uri_to_path
from .glossaries import GlossaryCache
from .positions import UTF16, PositionIndex
from .rules import code_description

SOURCE = "medgloss"
_ORDER = ("info", "warning", "error")
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


@dataclass
class Analysis:
    """One checked version of a buffer."""

    uri: str
    version: int | None
    language_id: str | None
    text: str
    index: PositionIndex
    settings: Settings
    document: Document | None = None
    glossary: Glossary | None = None
    findings: list[Finding] = field(default_factory=list)
    errors: list[MedglossError] = field(default_factory=list)
    _terms: list[TermOccurrence] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def terms(self) -> list[TermOccurrence]:
        """The glossary terms of the document (computed on the first hover)."""
        with self._lock:
            if self._terms is None:
                if self.document is None or self.glossary is None:
                    self._terms = []
                else:
                    self._terms = extract_document(self.document, glossary=self.glossary)
            return self._terms

    def diagnostics(self) -> list[types.Diagnostic]:
        """The findings as LSP diagnostics, then one for a document that could not be read."""
        found = [to_diagnostic(f, self.index) for f in self.findings]
        for error in self.errors:
            if isinstance(error, DocumentError):
                found.append(error_diagnostic(error, self.index))
        return found


def _overridden(findings: list[Finding], overrides: tuple[tuple[str, str], ...]) -> None:
    """Each finding takes the severity of the first override that selects it."""
    for finding in findings:
        for selector, severity in overrides:
            if selector_matches(selector, finding.rule, finding.rule_id):
                finding.severity = severity
                break


def _at_or_above(findings: list[Finding], severity: str) -> list[Finding]:
    threshold = _ORDER.index(severity)
    return [f for f in findings if _ORDER.index(f.severity if f.severity in _ORDER else "info") >= threshold]


def analyse(
    uri: str,
    language_id: str | None,
    text: str,
    version: int | None,
    client: ClientSettings,
    glossaries: GlossaryCache,
    encoding: str = UTF16,
) -> Analysis:
    """Check one version of a buffer; problems are collected in ``errors``, never raised."""
    errors: list[MedglossError] = []
    try:
        config = file_config_for(uri_to_path(uri), client)
    except ConfigError as error:
        errors.append(error)
        config = Config()
    settings = settings_for(config, client)
    analysis = Analysis(uri, version, language_id, text, PositionIndex(text, encoding), settings, errors=errors)
    glossary, glossary_error = glossaries.get(settings.glossary, settings.include_default)
    if glossary_error is not None:
        errors.append(glossary_error)
    if glossary is not None and settings.variety:
        # Same fingerprint for the same variety: the compiled glossary is built once.
        glossary = for_variety(glossary, settings.variety)
    analysis.glossary = glossary
    try:
        analysis.document = load_buffer(uri, language_id, text)
    except DocumentError as error:
        errors.append(error)
    if analysis.document is None or glossary is None:
        return analysis
    findings = check_document(analysis.document, glossary=glossary, select=settings.select, ignore=settings.ignore)
    _overridden(findings, settings.severity)
    analysis.findings = _at_or_above(findings, settings.min_severity)
    return analysis


def to_diagnostic(finding: Finding, index: PositionIndex) -> types.Diagnostic:
    """An LSP diagnostic for a finding: its span, severity, code and message."""
    return types.Diagnostic(
        range=index.range(finding.offset, finding.end),
        message=finding.message,
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Information),
        code=finding.rule,
        code_description=code_description(finding.rule),
        source=SOURCE,
        data={"rule_id": finding.rule_id, "concept": finding.concept, "fixable": finding.fix is not None},
    )


def error_diagnostic(error: MedglossError, index: PositionIndex) -> types.Diagnostic:
    """A diagnostic on the line a document error names (the first line when it names none)."""
    line = max((error.line or 1) - 1, 0)
    start = index.offset(types.Position(line=line, character=0))
    end = index.offset(types.Position(line=line, character=1 << 30))
    return types.Diagnostic(
        range=index.range(start, end),
        message=error.message,
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


__all__ = ["Analysis", "SOURCE", "analyse", "error_diagnostic", "to_diagnostic"]
