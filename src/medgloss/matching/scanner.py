"""Finding glossary forms in text: one pass of the automaton over the folded key.

Patterns are stored as ``" key "`` and the key is scanned with a space on each side, so the
automaton reports whole words only.  Overlapping hits are resolved leftmost-longest, so a
multi-word term (« greffe de moelle osseuse ») wins over its parts (« greffe »).

A later stage may reject a hit (a rule whose context does not hold, a calque another finding
covers): the hits it hid must then compete again, as if it had never been found.
:func:`scan_candidates` keeps every candidate for that, and :meth:`Scan.resolve` gives the
leftmost-longest hits of the candidates the stage accepts, asking it only about the hits that
hide another (most hide none, and the common path stays one pass).  This module knows nothing
of why a hit is rejected: that is the checks' business.

Folding turns a hyphen into a space, so the key alone would find « organismes » inside
« micro-organismes »: a hit that a hyphen joins to a letter or digit on either side is part
of a compound, another word, and is dropped here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..text.fold import Folded, extend_over_combining, fold
from .compiled import CompiledGlossary, Entry, KeyIndex

_WORD = re.compile(r"[^ ]+")
# The anchor test splits the text into words: in a long text some anchor is all but certain,
# and the split would only cost.
_GATED_LENGTH = 4000
_HYPHENS = frozenset("-\u2010\u2011")  # hyphen-minus, hyphen, no-break hyphen (not dashes)


def _inside_compound(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is joined by a hyphen to a word before or after it."""
    if start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalnum():
        return True
    return end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isalnum()


@dataclass(frozen=True, slots=True)
class Hit:
    """A glossary form found in the text, at ``[start, end)`` of the scanned text."""

    start: int
    end: int
    entries: tuple[Entry, ...]


def _case_ok(entry: Entry, original: str) -> bool:
    if not entry.case_sensitive:
        return True
    return original == entry.surface or original == entry.surface.upper()


def scan(text: str, compiled: CompiledGlossary | KeyIndex, folded: Folded | None = None) -> list[Hit]:
    """All non-overlapping glossary hits in ``text``, in order, positions in ``text``."""
    return scan_candidates(text, compiled, folded).hits


def scan_candidates(text: str, compiled: CompiledGlossary | KeyIndex, folded: Folded | None = None) -> "Scan":
    """Every whole-word glossary hit of ``text`` (overlapping ones too), with their
    leftmost-longest selection (``.hits``, what :func:`scan` returns)."""
    folded = folded or fold(text)
    anchors = compiled.anchors
    if (anchors is not None and len(folded.key) <= _GATED_LENGTH
            and anchors.isdisjoint(folded.key.split(" "))):
        return Scan([])  # no key can be in it: the automaton is neither restored nor run
    if not compiled.entries:
        return Scan([])
    raw = []
    for end_index, (pattern, key_length) in compiled.automaton.iter(f" {folded.key} "):
        # In the padded key the pattern " key " ends at end_index; the key itself starts
        # key_length characters before its closing space, at end_index - key_length in the
        # padded, which is one less in the unpadded key.
        raw.append((end_index - key_length - 1, key_length, pattern))
    return Scan(_candidates(text, folded, compiled, raw))


# Joins the texts of :func:`scan_each`: it folds to blanks that folding never deletes (no word
# character beside them), so no pattern, whose words are one space apart, spans two texts,
# and no hyphen of it joins a word across.
_SEPARATOR = " | "


def scan_each(texts: Sequence[str], compiled: CompiledGlossary | KeyIndex) -> list[list[Hit]]:
    """``[scan(t, compiled) for t in texts]`` in one fold and one pass of the automaton: a
    catalog's 48,000 English sources cost one scan instead of 48,000 small ones."""
    if not texts or not compiled.entries:
        return [[] for _ in texts]
    starts = []
    position = 0
    for text in texts:
        starts.append(position)
        position += len(text) + len(_SEPARATOR)
    hits = scan(_SEPARATOR.join(texts), compiled)
    grouped: list[list[Hit]] = [[] for _ in texts]
    for hit in hits:
        i = bisect_right(starts, hit.start) - 1
        offset = starts[i]
        grouped[i].append(Hit(hit.start - offset, hit.end - offset, hit.entries))
    return grouped


def scan_exhaustive(text: str, compiled: CompiledGlossary, folded: Folded | None = None) -> list[Hit]:
    """Same as :func:`scan` without the automaton: every word n-gram is looked up.

    The slow reference the benchmark and the tests compare :func:`scan` with.
    """
    return scan_exhaustive_candidates(text, compiled, folded).hits


def scan_exhaustive_candidates(text: str, compiled: CompiledGlossary, folded: Folded | None = None) -> "Scan":
    """Same as :func:`scan_candidates` without the automaton (every word n-gram looked up)."""
    if not compiled.entries:
        return Scan([])
    folded = folded or fold(text)
    longest = max(key.count(" ") + 1 for key in compiled.keys)
    words = [(m.start(), m.end()) for m in _WORD.finditer(folded.key)]
    raw = []
    for i, (start, _) in enumerate(words):
        for j in range(i, min(i + longest, len(words))):
            if j > i and words[j][0] != words[j - 1][1] + 1:
                break  # only single spaces join the words of a term
            pattern = compiled.keys.get(folded.key[start : words[j][1]])
            if pattern is not None:
                raw.append((start, words[j][1] - start, pattern))
    return Scan(_candidates(text, folded, compiled, raw))


def _candidates(text: str, folded: Folded, compiled: CompiledGlossary | KeyIndex,
                raw: list[tuple[int, int, int]]) -> list[Hit]:
    """Source positions and case checks of raw key matches, sorted leftmost-longest first."""
    candidates: list[Hit] = []
    for key_start, key_length, pattern in raw:
        start, end = folded.span(key_start, key_start + key_length)
        end = extend_over_combining(text, end)
        if _inside_compound(text, start, end):
            continue
        entries = compiled.entries[pattern]
        if any(e.case_sensitive for e in entries):
            original = text[start:end]
            entries = tuple(e for e in entries if _case_ok(e, original))
            if not entries:
                continue
        candidates.append(Hit(start, end, entries))
    candidates.sort(key=lambda c: (c.start, c.start - c.end))
    return candidates


class Scan:
    """The candidates of one scan, sorted by start then longest first, and their
    leftmost-longest selection ``hits``.

    ``contested`` is True if a selected hit hides another candidate (one starting inside it):
    only then can rejecting a hit change the selection."""

    __slots__ = ("candidates", "hits", "contested")

    def __init__(self, candidates: list[Hit]) -> None:
        self.candidates = candidates
        hits: list[Hit] = []
        last_end = -1
        contested = False
        for hit in candidates:
            if hit.start >= last_end:
                hits.append(hit)
                last_end = hit.end
            else:
                contested = True
        self.hits = hits
        self.contested = contested

    def resolve(self, rejects: Callable[[Hit], bool]) -> list[Hit]:
        """The leftmost-longest hits of the candidates ``rejects`` keeps.

        ``rejects`` is asked only about a candidate that would be selected and hides another
        (a later candidate starts before its end): rejecting one that hides nothing changes no
        other hit, so it stays in the result for its stage to drop, as it does in ``hits``.
        The result is the selection made after filtering, with those hits added."""
        if not self.contested:
            return self.hits
        candidates = self.candidates
        count = len(candidates)
        hits: list[Hit] = []
        last_end = -1
        for i, hit in enumerate(candidates):
            if hit.start < last_end:
                continue
            if i + 1 < count and candidates[i + 1].start < hit.end and rejects(hit):
                continue
            hits.append(hit)
            last_end = hit.end
        return hits
