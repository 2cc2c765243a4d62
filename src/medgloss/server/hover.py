"""The hover card of a recognised term: its concept, preferred term, definition, English
terms and source, taken from the glossary the document was checked with; over a finding,
the documentation of its code first (the text ``medgloss rule CODE`` prints).

The term under the cursor is found among the document's term occurrences (the same ones
``medgloss extract`` lists), so a hover is offered exactly where the checker recognises a
term, in any inflection or spelling.  This module renders; it does not match text itself.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from lsprotocol import types

from ..findings import Finding, TermOccurrence
from ..findings.codes import CODES
from ..glossary import Concept, Glossary
from ..i18n import N_, _
from ..report.rule_docs import code_documentation

_STATUS = {
    "preferred": N_("preferred"),
    "admitted": N_("admitted"),
    "deprecated": N_("deprecated"),
    "forbidden": N_("forbidden"),
}


def occurrence_at(terms: list[TermOccurrence], offset: int) -> TermOccurrence | None:
    """The term occurrence covering ``offset`` (its end included, where the cursor rests
    after typing it); the shortest when several overlap."""
    starts = [t.offset for t in terms]
    i = bisect_right(starts, offset)
    covering = [t for t in terms[max(0, i - 8) : i] if t.offset <= offset <= t.offset + t.length]
    return min(covering, key=lambda t: t.length) if covering else None


def _escape(text: str) -> str:
    """Markdown-inert text (glossary text is data, not markup)."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in text)


def render(concept: Concept, glossary: Glossary, found: TermOccurrence | None = None) -> str:
    """The Markdown card of ``concept``."""
    lines = [f"**{_escape(concept.preferred.text)}** — `{concept.id}` ({_escape(concept.domain)})"]
    if found is not None and found.status in ("deprecated", "forbidden"):
        lines.append("")
        lines.append(_("« {found} » is {status} here: use « {preferred} ».").format(
            found=_escape(found.found), status=_(_STATUS[found.status]), preferred=_escape(concept.preferred.text)))
    if concept.definition:
        lines += ["", _("Definition: {text}").format(text=_escape(concept.definition))]
    if concept.en:
        lines += ["", _("English: {terms}").format(terms=", ".join(_escape(e) for e in concept.en))]
    french = []
    for term in concept.terms:
        label = _(_STATUS.get(term.status.value, term.status.value))
        french.append(f"- {_escape(term.text)} — {label}")
    if french:
        lines += ["", _("French terms:"), *french]
    if concept.note:
        lines += ["", _("Note: {text}").format(text=_escape(concept.note))]
    source = glossary.sources.get(concept.source, concept.source)
    lines += ["", _("Source: {text}").format(text=_escape(source))]
    return "\n".join(lines)


def _code_section(finding: Finding) -> str:
    code = CODES.get(finding.rule)
    if code is None:
        return f"**{finding.rule}**"
    head, *rest = code_documentation(code)
    return "\n\n".join([f"**{_escape(head)}**", *(_escape(p) for p in rest)])


def hover(
    terms: list[TermOccurrence],
    findings: list[Finding],
    glossary: Glossary,
    offset: int,
    term_range: Callable[[int, int], types.Range],
) -> types.Hover | None:
    """The hover for the cursor at ``offset``, or ``None`` when no term or finding is there."""
    found = occurrence_at(terms, offset)
    finding = next((f for f in findings if f.offset <= offset <= f.end), None)
    sections = []
    span = None
    if finding is not None:
        sections.append(_code_section(finding))
        span = (finding.offset, finding.end)
    concept_id = found.concept if found is not None else finding.concept if finding is not None else None
    if concept_id in glossary.concepts:
        sections.append(render(glossary.concepts[concept_id], glossary, found))
        if span is None and found is not None:
            span = (found.offset, found.offset + found.length)
    if not sections or span is None:
        return None
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(sections)),
        range=term_range(*span),
    )


__all__ = ["hover", "occurrence_at", "render"]
