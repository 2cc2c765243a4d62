"""Severity from the document's evidence: in a text that shows machine translation, the
attested-but-not-preferred forms are most likely the machine's too.

An English acronym that professionals also write (« SCID » for DICS), or a calque or false
friend they write too (« cellules T », « carence » for a deficit) is reported at info: on a
translator's own text it is a matter of house style, and a warning there would be a false alarm.  In a text
that already shows several clear signs of machine translation (findings at warning or error of
the mistranslation checks, densely enough that a slip or two in a long professional text does
not count), the same form is far more likely the machine's choice than the author's: it is
raised to warning, and its message says why.  A French synonym the house style does not prefer
(« infections récurrentes » for « récidivantes ») stays info: it is no sign of translation.

This module only re-grades findings; it must not find anything itself.
"""

from __future__ import annotations

from dataclasses import replace

from ..findings.model import Finding
from ..glossary.model import Glossary
from ..i18n import _
from ..text.fold import fold_term
from ..text.words import word_count

# Findings that show machine translation: mistranslations of terms and words, English left in
# the text, broken words, agreement errors.
_EVIDENCE = frozenset("MG101 MG102 MG103 MG104 MG105 MG107 MG110 MG111 MG112 MG113 MG114 MG115 MG116 MG117 MG118".split())
# Findings at info that machine translation makes as well as professionals (MG109 only for
# an English term, see _english).
_RAISED = frozenset("MG103 MG104 MG105".split())
MIN_EVIDENCE = 3
# Evidence per 1,000 words: professional French reads 0.13 warning+ per 1,000 words on the
# usage corpus; machine-translated leaflets 25 and more.
MIN_DENSITY = 5.0


def machine_translated(findings: list[Finding], text: str) -> int:
    """The number of findings that show ``text`` to be machine-translated, or 0 if there are
    too few, or too few for its length, to say so."""
    found = evidence(findings)
    if len(found) < MIN_EVIDENCE:
        return 0
    return shows_machine_translation(len(found), word_count(text))  # words as the benchmarks count them


def evidence(findings: list[Finding]) -> set[tuple[int, str]]:
    """The findings that are signs of machine translation, as (offset, code)."""
    return {(f.offset, f.rule) for f in findings if f.rule in _EVIDENCE and f.severity in ("warning", "error")}


def shows_machine_translation(signs: int, words: int) -> int:
    """``signs`` if that many signs in ``words`` words show machine translation, else 0."""
    if signs < MIN_EVIDENCE:
        return 0
    return signs if 1000.0 * signs / max(words, 1) >= MIN_DENSITY else 0


def _english(finding: Finding, glossary: Glossary, text: str) -> bool:
    """A superseded term that is one of its concept's English terms (« SCID », « CGD »), but
    not in brackets after the French name (« l’agammaglobulinémie liée à l’X (XLA) »): there
    it glosses the name, as professionals write it."""
    concept = glossary.concepts.get(finding.concept)
    if concept is None or fold_term(finding.found) not in {fold_term(e) for e in concept.en}:
        return False
    return not (text[:finding.offset].rstrip().endswith("(") and text[finding.end:].lstrip().startswith(")"))


def escalate(findings: list[Finding], text: str, glossary: Glossary) -> list[Finding]:
    """``findings`` with the info findings that machine translation makes raised to warning
    when the text shows machine translation."""
    signs = machine_translated(findings, text)
    if not signs:
        return findings
    return raised(findings, signs, [raisable(f, glossary, text) for f in findings])


def raisable(finding: Finding, glossary: Glossary, text: str) -> bool:
    """True if ``finding`` (of ``text``) is raised to warning in a text that shows machine translation."""
    return finding.severity == "info" and (
        finding.rule in _RAISED or (finding.rule == "MG109" and _english(finding, glossary, text)))


def raised(findings: list[Finding], signs: int, flags: list[bool]) -> list[Finding]:
    """``findings`` with those whose flag is set raised to warning, for ``signs`` signs of
    machine translation (a document checked in windows decides each flag in its window)."""
    if not signs:
        return findings
    note = _("raised to warning: this text shows {count} signs of machine translation").format(count=signs)
    return [replace(f, severity="warning", message=f"{f.message} ({note})") if flag else f
            for f, flag in zip(findings, flags, strict=True)]
