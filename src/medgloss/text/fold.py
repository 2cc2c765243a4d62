"""Folding text into a matching key, with an exact way back to the original positions.

The key is what the term automaton scans.  Folding makes every spelling variant of a term
look the same: case, accents (precomposed or combining), apostrophes (’ ' ʼ), hyphens
(- ‐ ‑), no-break and thin spaces, œ/oe, soft hyphens and zero-width characters.  Every
character that is not a letter or digit becomes a space, so word boundaries are spaces and
a term pattern is simply ``" key "``.

Folding is one-for-one on almost every character, which keeps it at C speed (``str.lower``,
``bytes.translate``).  The few operations that change the length — dropping combining marks
and invisible characters, collapsing a run of spaces inside a term — are recorded in an
:class:`~medgloss.text.offsets.OffsetMap`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .offsets import OffsetMap

_SPACE_CLASS = "[ \\t\\r\\xa0\\u2007\\u2009\\u202f]"
# Characters that vanish from the key: markup masks (NUL), soft hyphen, zero-width and
# byte-order marks, combining diacritics (NFD text).  A run of blanks between two words that
# is longer than one character (double space, line break plus indentation) keeps only its
# first character; a blank line stays a boundary so that a heading never joins a paragraph.
# Each alternative starts with a character class and checks the preceding word character by
# a fixed-width look-behind *after* it: a leading look-behind would be tried at every position
# of the text and made folding twice as slow.  None starts with a line break (the indentation
# after « word\n » is matched from its first blank): a catalog's view is millions of them.
#
# The three alternatives are « [invisible]+ », « blank(?<=\w.)(?:blank+\n?|\n)blank*(?=\w) » and
# « blank(?<=\w\n.)blank*(?=\w) »; written as one character class followed by the alternatives'
# rests (each look-behind checks which class its first character was), the pattern starts with a
# class, which the regex engine skips to at C speed: a catalog's view, 70 % line breaks, folded
# 0.15 -> 0.04 s (48,000 entries; the same spans, tests/test_catalog_speed.py).
_INVISIBLE = "\\x00\\xad\\u200b-\\u200d\\u2060\\ufeff\\u0300-\\u036f"
_DELETE = re.compile(
    f"[{_INVISIBLE}{_SPACE_CLASS[1:-1]}]"
    f"(?:(?<=[{_INVISIBLE}])[{_INVISIBLE}]*"
    f"|(?<=\\w{_SPACE_CLASS})(?:{_SPACE_CLASS}+\\n?|\\n){_SPACE_CLASS}*(?=\\w)"
    f"|(?<=\\w\\n{_SPACE_CLASS}){_SPACE_CLASS}*(?=\\w))"
)
_BLANK_RUN = re.compile(f"{_SPACE_CLASS}*\\n?{_SPACE_CLASS}*")
_NON_LATIN1 = re.compile("[^\\x00-\\xff]")


# Letter-like characters that are used as apostrophes or primes: word boundaries.
_APOSTROPHE_LIKE = frozenset("\u02bc\u02b9\u02bb\u02bd\u02c8\u2032\u2035")


def _fold_char(ch: str) -> str:
    """Fold one (already lower-cased) character to one character."""
    if ch in _APOSTROPHE_LIKE:
        return " "
    if ch == "œ":
        return "æ"  # the œ/oe equivalence is handled by pattern variants
    if not ch.isalnum():
        return " "
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    if len(decomposed) > 1 and base.isascii():
        return base
    return ch


def _latin1_table() -> bytes:
    table = bytearray(256)
    for code in range(256):
        folded = _fold_char(chr(code).lower() if len(chr(code).lower()) == 1 else chr(code))
        table[code] = ord(folded) if ord(folded) < 256 else 0x20
    return bytes(table)


_LATIN1_TABLE = _latin1_table()


class _FoldDict(dict[int, str]):
    """Translation table for arbitrary Unicode, filled on first use of each character."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_DICT = _FoldDict()


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded key and the map from key positions back into the source text."""

    key: str
    offsets: OffsetMap | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the key span ``[start, end)``."""
        if self.offsets is None:
            return start, end
        return self.offsets.span(start, end)


def _deletions(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in _DELETE.finditer(text):
        start, end = match.span()
        if text[start] in " \t\r\n\xa0\u2007\u2009\u202f" and not (start and text[start - 1] == "\n"):
            start += 1  # keep one blank as the word boundary (after « word\n », the line break)
        if start < end:
            spans.append((start, end))
    return spans


# Code points lower-cased at a time.  ``str.lower`` first allocates four bytes times three per
# character (the most a character can expand to): 90 MiB for a 1M-word document at once, the
# largest allocation of a whole check.  Slices cut before a space or a line end lower exactly
# as the whole does: the one rule that looks at neighbours (Greek final sigma) stops at a space.
_LOWER_SLICE = 1 << 18


def _lower_sliced(text: str) -> str:
    if len(text) <= _LOWER_SLICE:
        return text.lower()
    pieces = []
    start = 0
    while start < len(text):
        end = start + _LOWER_SLICE
        if end < len(text):
            cut = max(text.rfind(" ", start + 1, end), text.rfind("\n", start + 1, end))
            if cut < 0:  # no space in the slice: up to the next one, or the end
                after = [i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0]
                cut = min(after, default=len(text))
            end = cut
        pieces.append(text[start:end].lower())
        start = end
    return "".join(pieces)


def lower_in_slices(text: str) -> str:
    """``text.lower()``, computed a slice at a time so that a long text's lower case costs no
    more memory than its result."""
    return _lower_sliced(text)


def _lower(text: str) -> str:
    lowered = _lower_sliced(text)
    if len(lowered) == len(text):
        return lowered
    # A few capitals lower to two characters (İ → i + dot); keep the base letter only.  That is
    # each character lowered on its own, so a capital sigma is never final (ς) either; done by
    # replacing the few such characters and lowering at C speed, not character by character
    # (0.5 s on a 1M-word document with one « İ »).  str.lower is context-free otherwise.
    for ch in {c for c in set(_NON_LATIN1.findall(text)) if len(c.lower()) != 1}:
        text = text.replace(ch, ch.lower()[0])
    return _lower_sliced(text.replace("\u03a3", "\u03c3"))


def _to_latin1(lowered: str) -> str | None:
    """Replace the few distinct non-Latin-1 characters of a mostly Latin text by their folds;
    ``None`` if one of them folds to something outside Latin-1 (Greek, Cyrillic…).

    French prose has a handful of them (’ … – œ) among millions of Latin-1 characters;
    replacing each distinct one with ``str.replace`` keeps folding on the byte-table path,
    several times faster than ``str.translate`` with a dictionary.  A text with a character
    that cannot take that path goes whole through the dictionary instead, which folds the
    others to the same characters (a Latin-1 fold is its own fold): replacing them first was
    a pass over the text per distinct character for nothing (468 of them, 1.1 s, in the
    benchmark corpus).
    """
    distinct = set(_NON_LATIN1.findall(lowered))
    folds = {}
    for ch in distinct:
        folded = _FOLD_DICT[ord(ch)]
        if len(folded) != 1 or ord(folded) >= 256:
            return None
        folds[ord(ch)] = folded
    if len(folds) <= 16:
        for code, folded in folds.items():
            lowered = lowered.replace(chr(code), folded)
        return lowered
    return lowered.translate(folds)


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the characters of the sorted, disjoint ``spans``."""
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def fold(text: str) -> Folded:
    """Fold ``text`` into its matching key.

    >>> fold("Sous‑cutanée").key
    'sous cutanee'
    """
    # Each step's input is let go as soon as its output exists (``del``): on a large document
    # every intermediate string is as large as the text.
    offsets: OffsetMap | None = None
    spans = _deletions(text)
    if spans:
        offsets = OffsetMap.from_deletions(len(text), spans)
        text = _without(text, spans)
    del spans
    lowered = _lower(text)
    del text  # the caller's, or the copy without deletions
    if "œ" in lowered:
        lowered = lowered.replace("œ", "æ")
    latin = lowered if lowered.isascii() else _to_latin1(lowered)
    if latin is not None:
        del lowered
        data = latin.encode("latin-1")
        del latin
        data = data.translate(_LATIN1_TABLE)
        key = data.decode("latin-1")
    else:
        key = lowered.translate(_FOLD_DICT)
    return Folded(key, offsets)


@lru_cache(maxsize=1 << 16)
def fold_term(term: str) -> str:
    """Fold a glossary term into the key form its occurrences will have (single spaces)."""
    # Memoised: the detectors fold every long word of a document, and words repeat.
    return " ".join(fold(term).key.split())


def term_variants(term: str) -> set[str]:
    """Keys under which a term is searched: the folded term and its œ/oe twin."""
    key = fold_term(term)
    variants = {key}
    if "æ" in key:
        variants.add(key.replace("æ", "oe"))
    if "oe" in key:
        variants.add(key.replace("oe", "æ"))
    return {v for v in variants if v}


def is_word_char(ch: str) -> bool:
    """True for characters that belong to words (letters and digits)."""
    return ch.isalnum()


def extend_over_combining(text: str, end: int) -> int:
    """Move an exclusive ``end`` past combining marks that belong to the last character."""
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end
