"""A fix is called safe only once its corrected sentence has been checked again.

The fix is applied to its sentence alone, and the corrected sentence must pass what the
original was held to: the same checks no longer report the finding and report nothing new,
and the new noun agrees with its determiner, adjectives and predicate as Lexique383 reads
them.  A fix that fails is kept but downgraded to unsafe, with the reason in its note and in
the finding's message: ``--fix`` leaves it, ``--unsafe-fixes`` applies it.

This module never changes a fix's edits; it only judges them.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING

from ..findings.model import Finding
from ..french import lexicon, phrase
from ..i18n import _
from ..text.sentences import sentence_bounds

if TYPE_CHECKING:
    from ..checks.engine import Checker


def _corrected(text: str, lo: int, hi: int, finding: Finding) -> tuple[str, int, int]:
    """The sentence ``text[lo:hi]`` with the fix applied, and where the replacement now is."""
    assert finding.fix is not None
    out = text[lo:hi]
    start = end = finding.offset - lo
    for edit in sorted(finding.fix.edits, key=lambda e: e.offset, reverse=True):
        a, b = edit.offset - lo, edit.end - lo
        out = out[:a] + edit.text + out[b:]
    # Where the main edit's text lands once the edits before it have shifted it.
    shift = sum(len(e.text) - e.length for e in finding.fix.edits if e.end <= finding.offset)
    main = next((e for e in finding.fix.edits if e.offset == finding.offset), None)
    if main is not None:
        start = finding.offset - lo + shift
        end = start + len(main.text)
    return out, start, end


_BEFORE: "OrderedDict[tuple[int, str, str], list[Finding]]" = OrderedDict()


def _findings_of(checker: "Checker", sentence: str, apostrophe: str) -> list[Finding]:
    """The unverified findings of an original sentence, memoised: its findings share it."""
    key = (id(checker), sentence, apostrophe)
    found = _BEFORE.get(key)
    if found is None:
        found = checker.check(sentence, verify=False, apostrophe=apostrophe).findings
        _BEFORE[key] = found
        if len(_BEFORE) > 256:
            _BEFORE.popitem(last=False)
    return found


def _key(f: Finding) -> tuple[str, str | None, str]:
    return (f.rule, f.rule_id, f.found.lower())


def problems(checker: "Checker", text: str, finding: Finding, apostrophe: str) -> list[str]:
    """Why the fix of ``finding`` is not safe (empty when it passes)."""
    if finding.fix is None or not finding.fix.edits:
        return []
    first = min(e.offset for e in finding.fix.edits)
    last = max(e.end for e in finding.fix.edits)
    lo, hi = sentence_bounds(text, first, last)
    lo, hi = min(lo, first), max(hi, last)
    corrected, start, end = _corrected(text, lo, hi, finding)
    reasons: list[str] = []
    before = _findings_of(checker, text[lo:hi], apostrophe)
    after = checker.check(corrected, verify=False, apostrophe=apostrophe).findings
    if any(f.rule == finding.rule and f.rule_id == finding.rule_id and f.offset < end and start < f.end for f in after):
        reasons.append(_("the corrected sentence is still flagged"))
    new = Counter(_key(f) for f in after) - Counter(_key(f) for f in before)
    for rule, _rule_id, found in new:
        reasons.append(_("the correction brings a new finding ({code} « {found} »)").format(code=rule, found=found))
    replacement = corrected[start:end]
    head = replacement.split(" ")[0] if replacement else ""
    read = finding.agreement
    if read is None and head and lexicon.available() and lexicon.gender_number(head) is not None:
        read = lexicon.gender_number(head)
    if read is not None and read[0] is not None and lexicon.available():
        reasons.extend(phrase.disagreements(corrected, start, end, (0, len(corrected)), read[0], read[1]))
        partitive = phrase.partitive_before(corrected, start, (0, len(corrected)))
        if partitive and replacement.lower() != finding.found.lower():
            # « prendre de la drogue » → « du médicament »: agreed, but a partitive suits a mass
            # noun only, and whether the new one is is not in the lexicon.
            reasons.append(_("the partitive « {det} » may not suit « {noun} »").format(det=partitive, noun=replacement))
    return reasons


def verify_finding(checker: "Checker", text: str, finding: Finding, apostrophe: str) -> Finding:
    """``finding`` with its fix downgraded to unsafe if the corrected sentence fails."""
    if finding.fix is None or not finding.fix.safe:
        return finding
    reasons = problems(checker, text, finding, apostrophe)
    if not reasons:
        return finding
    note = "; ".join(reasons)
    finding.fix = replace(finding.fix, safe=False, note=note)
    finding.message += " " + _("(Fix not applied by --fix: {reason}.)").format(reason=note)
    return finding


__all__ = ["problems", "verify_finding"]
