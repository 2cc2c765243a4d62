"""Findings of generated calques: literal renderings of a concept's English term (MG110), and
wrong-sense renderings of its French term (MG115, :mod:`medgloss.glossary.senses`).

The renderings were generated and compiled with the glossary (:mod:`medgloss.glossary.calques`,
:mod:`medgloss.matching.compiled`); here their automaton is run over the text and each hit
that no other finding covers becomes a warning pointing to the concept's preferred term, with
the English term it renders as provenance.  The fix is never safe: a generated form has no
reviewer behind it.

It must not generate forms (that is compile-time work) nor judge other kinds of errors.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..findings.codes import CODES
from ..findings.model import Finding
from ..glossary.calques import Calque
from ..glossary.model import Concept
from ..glossary.sense_words import WRONG_SENSE_WORD, context_proves
from ..matching.compiled import TERM
from ..matching.scanner import Hit, scan_candidates
from ..text.fold import Folded
from ..text.sentences import sentence_bounds
from .context import HitContext, MentionIndex

if TYPE_CHECKING:
    from ..matching.compiled import CompiledGlossary, Entry
    from .engine import Checker, _Target


class _SpanQuery:
    """Spans sorted by start with the running maximum of their ends: whether one of them
    overlaps or covers a span, in one bisection (the spans may overlap one another)."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def _reach_before(self, i: int) -> int:
        """The furthest end of the first ``i`` spans (-1 for none)."""
        return self.reach[i - 1] if i > 0 else -1

    def overlaps(self, start: int, end: int) -> bool:
        """True if a span ``[s, e)`` has ``s < end`` and ``start < e``."""
        return self._reach_before(bisect_left(self.starts, end)) > start

    def covers(self, start: int, end: int) -> bool:
        """True if a span ``[s, e)`` has ``s <= start`` and ``end <= e``."""
        return self._reach_before(bisect_right(self.starts, start)) >= end


def calque_findings(
    checker: "Checker",
    text: str,
    path: str,
    folded: Folded,
    existing: Sequence[Finding],
    hits: Sequence[Hit],
    mentions: MentionIndex,
    apostrophe: str,
) -> list[Finding]:
    """MG110 and MG115 findings of ``text`` (``folded`` is its matching key), outside ``existing`` ones."""
    compiled = checker.compiled
    index = compiled.calque_index
    if index is None:
        return []
    # An info finding (a superseded term, « immunodéficience primaire ») inside a longer calque
    # (« trouble d’immunodéficience primaire ») does not hide it: the calque is the error.
    taken = [(f.offset, f.end) for f in existing if f.severity != "info"]
    minor = [(f.offset, f.end) for f in existing if f.severity == "info"]
    terms = [(h.start, h.end) for h in hits]
    # Both asked once per calque hit: sorted starts with the running maximum of the ends, so
    # that each question is one bisection instead of a pass over every finding and term.
    overlaps_taken = _SpanQuery(taken).overlaps
    inside_term = _SpanQuery(terms).covers
    findings: list[Finding] = []
    codes = {"": CODES["MG110"], "wrong-sense": CODES["MG115"], WRONG_SENSE_WORD: CODES["MG115"]}
    medical: bool | None = None  # decided at the first one-word wrong sense

    def judged(hit: Hit) -> Finding | None:
        nonlocal medical
        if overlaps_taken(hit.start, hit.end) or any(
                start < hit.end and hit.start < end
                and not (hit.start <= start and end <= hit.end and end - start < hit.end - hit.start)
                for start, end in minor):
            return None
        entry = hit.entries[0]
        if compiled.calques[entry.index].kind == WRONG_SENSE_WORD:
            # a rule's trigger spelt the same is no longer term: where its context did not
            # hold, the generated one may
            if inside_term(hit.start, hit.end) and any(
                    start <= hit.start and hit.end <= end and (end - start > hit.end - hit.start or any(e.kind == TERM for e in h.entries))
                    for (start, end), h in zip(terms, hits)):
                return None
        elif inside_term(hit.start, hit.end):
            return None  # inside a longer term of the glossary, which knows better
        calque = compiled.calques[entry.index]
        if calque.kind == WRONG_SENSE_WORD:
            # A word in its own sense too (« bobine de cuivre », « tir »): only in a text with a
            # term of the glossary elsewhere, as the English and broken-word checks ask.
            if medical is None:
                medical = any(e.kind == TERM for h in hits for e in h.entries)
            if not medical:
                return None
            proved = proved_entry(compiled, text, hit)
            if proved is None:
                return None
            entry = proved
            calque = compiled.calques[entry.index]
        code = codes.get(calque.kind, codes[""])
        concept = checker.glossary.concepts[calque.concept]
        target = _word_target(calque.right) if calque.right else _preferred_target(concept)
        ctx = HitContext(text, hit.start, hit.end, mentions)
        finding = checker._finding(text, path, hit, ctx, entry, code, concept, [target], None, None, apostrophe, False)
        if calque.kind in ("wrong-sense", WRONG_SENSE_WORD):
            finding.provenance = f"sens erroné de « {calque.english} »"
        else:
            finding.provenance = f"calque généré de « {calque.english} »"
        finding.message = f"{finding.message} ; {finding.provenance}"
        return finding

    # A calque this stage drops (covered by a finding, inside a term) hides none of the calques
    # starting inside it: they compete again, as if it had never been found.
    decided: dict[tuple[int, int], Finding | None] = {}

    def judge(hit: Hit) -> Finding | None:
        key = (hit.start, hit.end)
        if key not in decided:
            decided[key] = judged(hit)
        return decided[key]

    for hit in scan_candidates(text, index, folded).resolve(lambda hit: judge(hit) is None):
        finding = judge(hit)
        if finding is not None:
            findings.append(finding)
    return findings


def proved_entry(compiled: "CompiledGlossary", text: str, hit: Hit) -> "Entry | None":
    """The entry of a calque hit to report: the first for a generated rendering; for a
    one-word wrong sense (a French word in its own sense too), the first whose context the
    sentence holds, else None."""
    first = compiled.calques[hit.entries[0].index]
    if first.kind != WRONG_SENSE_WORD:
        return hit.entries[0]
    return next((e for e in hit.entries if _proved(text, hit.start, hit.end, compiled.calques[e.index])), None)


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _proved(text: str, start: int, end: int, calque: Calque) -> bool:
    """True if the sentence around a one-word wrong sense holds the words of its health sense
    (and the word is no proper noun: capitalised only where a sentence starts)."""
    if calque.kind != WRONG_SENSE_WORD or not calque.context:
        return False
    first, last = sentence_bounds(text, start, end)
    words: list[str] = []
    at = -1
    for match in _WORD.finditer(text, first, last):
        if match.start() <= start < match.end():
            at = len(words)
        words.append(match.group())
    if at < 0:
        return False
    if text[start].isupper() and (at > 0 or text[start:end].isupper()):
        return False
    # the sentence before may hold the subject (« … pendant la grossesse. Ces changements ne
    # s’arrêtent pas au moment de la livraison. »): its words count as far ones
    before = sentence_bounds(text, first - 1, first - 1)[0] if first > 0 else first
    previous = [m.group() for m in _WORD.finditer(text, before, first)] if before < first else []
    return context_proves(previous + words, at + len(previous), calque.context, calque.unless, calque.strong,
                          far=len(previous))


def _word_target(noun: str) -> "_Target":
    from .engine import _Target

    return _Target(noun, "noun", None, None)


def _preferred_target(concept: Concept) -> "_Target":
    from .engine import _target_from_concept

    return _target_from_concept(concept, concept.preferred.text, concept.preferred)
