"""Is this hit an English word that the text itself presents as English?

A professional writes « le déficit immunitaire combiné sévère (DICS ; SCID en anglais) » or
« (SCID, Severe Combined ImmunoDeficiency) »: the English acronym is quoted, not a mistake,
and flagging it is a false alarm.  Two signs are recognised, within the hit's sentence:

- a word saying English (« anglais », « angl. », « English ») a few words before the hit, or
  « en anglais » / « anglais » right after it;
- an acronym next to its own English expansion, in either order (« SCID, Severe Combined
  ImmunoDeficiency », « Severe Combined ImmunoDeficiency (SCID) »): the letters of the acronym
  spell the words that follow or precede it, found by Schwartz and Hearst's algorithm (2003).
  A French expansion of an English acronym does not spell it (SCID ≠ « déficit immunitaire
  combiné sévère »), so an untranslated acronym explained in French is still reported.

This module only decides; it must not build findings.
"""

from __future__ import annotations

import re

from ..text.fold import fold
from ..text.sentences import sentence_bounds

# Words that say the next or previous word is English, or is quoted as a name (« Synonymes :
# CVID ; DICV », « sigle anglais »): a mention, not a use.
_MARKERS = frozenset({"anglais", "anglaise", "angl", "english", "anglo", "saxon", "synonyme", "synonymes", "sigle", "acronyme"})
_BEFORE_WINDOW = 4
_AFTER_WINDOW = 2
_CLAUSE_BREAK = re.compile(r"[.;!?\n]")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# What may stand between an acronym and its expansion: « SCID, Severe… », « SCID (Severe… »,
# « SCID : Severe… », « SCID – Severe… », « SCID = Severe… », « SCID pour Severe… ».
_AFTER_ACRONYM = re.compile(r"\s*(?:[(,:=–—-]|\bpour\b|\bde l[’']anglais\b)\s*(?:[«“\"]\s*)?")
_LONG_FORM_END = re.compile(r"[)»”\";.\n]")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of the hit's sentence between the nearest clause breaks around it."""
    lo, hi = sentence_bounds(text, start, end)
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)]
    after = _CLAUSE_BREAK.search(text, end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def _has_marker(words: list[str]) -> bool:
    return any(w in _MARKERS for w in words)


def spells(acronym: str, long_form: str) -> bool:
    """True if ``acronym``'s letters spell ``long_form`` (Schwartz & Hearst): read from the end,
    each letter is found in order, and the first one starts a word of the long form."""
    short = [c.lower() for c in acronym if c.isalnum()]
    long = long_form.lower()
    if len(short) < 2 or not long:
        return False
    words = _WORDS.findall(long_form)
    if not words or len(words) > len(short) + 3:
        return False
    s, l = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s]
        while l >= 0 and (long[l] != c or (s == 0 and l > 0 and long[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return False
        s -= 1
        l -= 1
    return True


def _expansion_after(text: str, end: int, limit: int) -> str:
    match = _AFTER_ACRONYM.match(text, end, limit)
    if match is None or match.end() == end:
        return ""
    stop = _LONG_FORM_END.search(text, match.end(), limit)
    return text[match.end() : stop.start() if stop else limit]


_TRAILING_JOINER = re.compile(r"(?:\s*(?:\bou\b|\bor\b|[,;:=]))*\s*$")


def _expansion_before(text: str, start: int, lo: int, acronym: str) -> bool:
    """True if the acronym follows words it spells: « Severe Combined ImmunoDeficiency (SCID) »,
    « (chronic granulomatous disease ou CGD) »."""
    head = text[lo:start].rstrip()
    if head.endswith("("):
        head = head[:-1]
    else:
        opening = head.rfind("(")
        if opening < 0 or ")" in head[opening:]:
            return False
        head = _TRAILING_JOINER.sub("", head)
        if not head or head.rstrip().endswith("("):
            return False
    words = list(_WORDS.finditer(head))
    # Any tail of the words before the acronym that the acronym spells is its expansion.
    return any(spells(acronym, head[w.start() :].strip()) for w in words[max(0, len(words) - len(acronym) - 2) :])


def glossed_as_english(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is presented as English by the text around it."""
    lo, hi = _clause(text, start, end)
    before = fold(text[lo:start]).key.split()[-_BEFORE_WINDOW:]
    after = fold(text[end:hi]).key.split()[:_AFTER_WINDOW]
    if _has_marker(before) or _has_marker(after):
        return True
    found = text[start:end]
    if not (found.isupper() and len(found) > 1) and not any(c.isupper() for c in found[1:]):
        return False
    s_lo, s_hi = sentence_bounds(text, start, end)
    if spells(found, _expansion_after(text, end, s_hi)):
        return True
    return _expansion_before(text, start, s_lo, found)
