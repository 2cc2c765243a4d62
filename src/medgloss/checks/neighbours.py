"""Findings of neighbour concepts (MG119): a real term of the glossary written where its
sentence speaks of another domain, whose concept shares the term's head (« avant la greffe,
la chimiothérapie détruit la moelle épinière du receveur » → « moelle osseuse »).

The pairs and each concept's domain context are generated from the glossary
(:mod:`medgloss.glossary.neighbours`).  Here each hit of a term that has a neighbour is weighed
in its sentence and the sentences either side: a finding only when the words of the
neighbour's domain are there, at least two and weighing enough, and not one word of the term's
own domain (« une lésion de la moelle épinière après un accident » stays clean), and when the
neighbour's own term is not written nearby (a text about both, « le don de moelle osseuse n’a
rien à voir avec la moelle épinière », stays clean).  Severity warning only at high evidence,
info otherwise.  The fix proposes the neighbour's preferred term, agreed with the sentence by
the checker's own replacement machinery, never as a safe fix.

It must not generate pairs or contexts (compile-time work, cached) nor judge other errors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..findings.codes import CODES
from ..findings.model import Finding
from ..glossary.neighbours import Neighbour, NeighbourIndex, frame_words, mention_key, neighbour_index, word_keys
from ..matching.compiled import TERM, Entry, KeyIndex, index_keys
from ..matching.scanner import Hit, scan
from ..french.forms import term_forms
from ..text.fold import Folded, fold_term, term_variants
from ..text.sentences import sentence_bounds
from ..text.typography import french
from .context import HitContext, MentionIndex
from .document_facts import TERMS

if TYPE_CHECKING:
    from ..glossary.model import Glossary
    from ..matching.compiled import CompiledGlossary
    from .engine import Checker

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MIN_WORDS = 2  # distinct words of the neighbour's domain needed for any finding
_MIN_SCORE = 12.0  # and their summed weight (a word of a concept's neighbourhood weighs 3 to 7)
_WARN_WORDS = 3  # a warning needs this many distinct words…
_WARN_SCORE = 15.0  # … weighing this much together
_OWN_WEIGHT = 3.0  # a word of the term's own domain weighing this much keeps it clean
_DOMINANCE = 4.0  # a word of both domains proves one where it weighs this many times more
_SENTENCES = 1  # sentences either side of the hit's that count as its context


def neighbour_findings(
    checker: "Checker", text: str, path: str, folded: Folded, hits: Sequence[Hit], existing: Sequence[Finding],
    mentions: MentionIndex, apostrophe: str,
) -> list[Finding]:
    """MG119 findings of ``text`` (``hits``: the main scan's), outside ``existing`` ones."""
    if not checker._fact(TERMS, lambda: any(e.kind == TERM for h in hits for e in h.entries)):
        return []  # no term of the glossary: not a health text
    index = neighbour_index(checker.glossary)
    terms = _term_index(checker.compiled, index)
    if terms is None:
        return []
    # A scan of their own: in the main one a longer term may hold the term's first words
    # (« donneurs de moelle » in « donneurs de moelle épinière »).
    candidates = [(h, e) for h in scan(text, terms, folded) for e in h.entries[:1]]
    if not candidates:
        return []
    taken = [(f.offset, f.end) for f in existing]
    findings = []
    for hit, entry in candidates:
        if any(start < hit.end and hit.start < end for start, end in taken):
            continue
        concept = checker.glossary.concepts[entry.owner]
        term = concept.terms[entry.index]
        pairs = [p for p in index.by_found[entry.owner] if p.term == term.text]
        judged = _judge(text, hit, pairs, index, hits, checker.glossary)
        if judged is None:
            continue
        pair, evidence, score, frame = judged
        intended = checker.glossary.concepts[pair.intended]
        from .engine import _target_from_concept

        target = _target_from_concept(intended, intended.preferred.text, intended.preferred)
        ctx = HitContext(text, hit.start, hit.end, mentions)
        code = CODES["MG119"]
        finding = checker._finding(text, path, hit, ctx, entry, code, intended, [target], term.gender, None,
                                   apostrophe, False)
        finding.severity = "warning" if frame or (len(evidence) >= _WARN_WORDS and score >= _WARN_SCORE) else "info"
        shown = ", ".join(evidence[:4])
        finding.provenance = french(f"terme voisin de « {pair.intended_term} » (même tête "
                                    f"« {term.text.split()[0]} »)")
        if frame:
            finding.message = french(f"{finding.message} ; {finding.provenance} : le glossaire nomme "
                                     f"« {frame.format(pair.intended_term)} », jamais "
                                     f"« {frame.format(text[hit.start:hit.end])} »")
        else:
            finding.message = french(f"{finding.message} ; {finding.provenance} : la phrase parle de son domaine "
                                     f"({shown}), pas de celui de « {term.text} »")
        findings.append(finding)
    return findings


_TERM_INDEXES: dict[str, KeyIndex | None] = {}


def _term_index(compiled: "CompiledGlossary", index: NeighbourIndex) -> KeyIndex | None:
    """An automaton of the forms of the terms that have a neighbour (None: no such term), made
    once per glossary by inflecting those few terms as the compiler does: the compiled
    glossary's own key index is left undecoded (a clean check never reads it)."""
    glossary = compiled.glossary
    memo_key = glossary.fingerprint or str(id(glossary))
    if memo_key in _TERM_INDEXES:
        return _TERM_INDEXES[memo_key]
    by_key: dict[str, list[Entry]] = {}
    for found, pairs in index.by_found.items():
        concept = glossary.concepts[found]
        for position, term in enumerate(concept.terms):
            if term.text not in {p.term for p in pairs}:
                continue
            for form in term_forms(term.text, term.pos, number=term.number, extra=term.forms):
                entry = Entry(TERM, found, position, form.text, form.analyses, False)
                for key in term_variants(form.text):
                    by_key.setdefault(key, []).append(entry)
    result = KeyIndex(*index_keys(by_key)) if by_key else None
    _TERM_INDEXES[memo_key] = result
    return result


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    first, last = sentence_bounds(text, start, end)
    for _ in range(_SENTENCES):
        if first > 0:
            first = sentence_bounds(text, first - 1, first - 1)[0]
        if last < len(text):
            last = sentence_bounds(text, last, min(len(text), last + 1))[1]
    return first, last


# Words that deny or contrast what follows or precedes them: a sentence that says the term is
# not meant (« ne touche pas la moelle épinière », « n’a rien à voir avec… ») tells the two
# concepts apart itself.
_DENIALS = frozenset("pas non rien ni jamais aucun aucune contrairement confondre confond confondue "
                     "confusion différence distinguer".split())
_DENIAL_BEFORE = 6  # words before the term
# After the term, only a denial of the term itself (« la moelle épinière n’est pas touchée »,
# « … n’a rien à voir »), not of what it does (« la moelle ne produit plus »).
_DENIED_AFTER = frozenset("est sont a ont rien".split())


# What a sentence says of the term after it, where the term is set apart from the other
# concept (« …la moelle épinière, ça n’a rien à voir »).
_DENIAL_PHRASES = ("rien a voir", "idee recue", "ne pas confondre", "a ne pas confondre")


def _denied(text: str, hit: Hit) -> bool:
    first, last = sentence_bounds(text, hit.start, hit.end)
    before = [fold_term(m.group()) for m in _WORD.finditer(text, first, hit.start)][-_DENIAL_BEFORE:]
    after = [fold_term(m.group()) for m in _WORD.finditer(text, hit.end, last)][:2]
    rest = " ".join(fold_term(m.group()) for m in _WORD.finditer(text, hit.end, last))
    return not _DENIALS.isdisjoint(before) or (
        len(after) == 2 and after[0] in ("n", "ne") and after[1] in _DENIED_AFTER) or any(
        phrase in rest for phrase in _DENIAL_PHRASES)


_FRAME_REACH = 40  # characters either side of a hit where a frame's words are looked for


def _framed(text: str, hit: Hit, pairs: list[Neighbour]) -> tuple[Neighbour, str] | None:
    """The pair one of whose frames surrounds ``hit`` in its sentence, with the frame as the
    text writes it, ``{}`` standing for the term; None if none does."""
    first, last = sentence_bounds(text, hit.start, hit.end)
    before_text = text[max(first, hit.start - _FRAME_REACH):hit.start]
    after_text = text[hit.end:min(last, hit.end + _FRAME_REACH)]
    before, after = frame_words(before_text), frame_words(after_text)
    for pair in pairs:
        for want_before, want_after in pair.frames:
            if want_before and before[-len(want_before):] != want_before:
                continue
            if want_after and after[:len(want_after)] != want_after:
                continue
            before_words = _frame_text(before_text, want_before)
            after_words = _frame_text(after_text, want_after, after=True)
            return pair, " ".join(w for w in (before_words, "{}", after_words) if w)
    return None


def _frame_text(text: str, want: tuple[str, ...], *, after: bool = False) -> str:
    """The words of ``text`` that make ``want`` (its end, or with ``after`` its start), as written."""
    if not want:
        return ""
    matches = list(re.finditer(r"[^\W\d_]+", text))
    if not after:
        matches.reverse()
    count = 0
    for position, match in enumerate(matches):
        count += len(frame_words(match.group()))
        if count == len(want):
            chosen = [m for m in matches[:position + 1] if frame_words(m.group())]
            start, end = min(m.start() for m in chosen), max(m.end() for m in chosen)
            return text[start:end]
    return ""


def _judge(text: str, hit: Hit, pairs: list[Neighbour], index: NeighbourIndex,
           hits: Sequence[Hit], glossary: "Glossary") -> tuple[Neighbour, list[str], float, str | None] | None:
    """The pair whose intended domain the window around ``hit`` proves, with the words that
    prove it (as the text writes them, strongest first), their weight and the frame that
    proves it (None: the domain's words do); None if nothing does, or if the term's own
    domain is there too."""
    if _denied(text, hit):
        return None
    first, last = _window(text, hit.start, hit.end)
    framed = _framed(text, hit, pairs)
    # each word of the window by its lemmas (« greffe » is a noun and a verb's form), and each
    # term of the glossary there as a mention of its concept
    words = [(m.group(), word_keys(m.group())) for m in _WORD.finditer(text, first, last)
             if not (hit.start <= m.start() < hit.end)]
    words += [(text[h.start:h.end], frozenset({mention_key(e.owner)})) for h in hits if first <= h.start < last
              and not (h.start < hit.end and hit.start < h.end) for e in h.entries[:1] if e.kind == TERM]
    window = f" {fold_term(text[first:last])} "
    best = None
    for pair in pairs:
        # The neighbour's own term nearby: a text about both, which tells them apart itself
        # (looked for in the words: a longer term may hold it in the main scan).
        if any(f" {fold_term(t.text)} " in window or f" {fold_term(t.text)}s " in window
               for t in glossary.concepts[pair.intended].terms if not t.status.is_wrong):
            return None
        own = index.context.get(pair.found, {})
        other = index.context.get(pair.intended, {})
        # A word of the term's own domain: it may well mean itself.  The term's own words do
        # not count: a text that repeats the wrong term says nothing more by it.
        term_keys = set().union(*(word_keys(w) for w in _WORD.findall(pair.term)))
        if any(own.get(k, 0.0) >= _OWN_WEIGHT and k not in other and k not in term_keys
               for _, keys in words for k in keys):
            return None
        if framed is not None and framed[0] is pair:
            # the intended concept's own compound, with the neighbour's term inside: the
            # glossary names « greffe de moelle osseuse », nothing names « greffe de moelle épinière »
            return pair, [framed[1].format("").strip()], 0.0, framed[1]
        proving: dict[str, tuple[float, str]] = {}
        for surface, keys in words:
            # a word both domains write proves the one it weighs far more in
            weights = [(other[k], k) for k in keys
                       if k in other and own.get(k, 0.0) * _DOMINANCE <= other[k] and k != pair.head]
            if weights:
                weight, key = max(weights)
                if weight > proving.get(key, (0.0, ""))[0]:
                    proving[key] = (weight, surface)
        score = sum(w for w, _ in proving.values())
        if len(proving) >= _MIN_WORDS and score >= _MIN_SCORE and (best is None or score > best[2]):
            shown = list(dict.fromkeys(surface.lower() if surface[1:].islower() else surface
                                       for _, surface in sorted(proving.values(), reverse=True)))
            best = (pair, shown, score, None)
    return best
