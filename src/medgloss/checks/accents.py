"""French words written without their accents, or with the English spelling (MG111): « infection à
cytomegalovirus » → « cytomégalovirus », « cellules souches hématopoiétiques » → « hématopoïétiques »,
« le medecin » → « le médecin ».

Two sources say how the word is spelt:

- the glossary: an occurrence of a concept's correct term that matched its folded key but none of
  its spellings (the automaton ignores accents);
- Lexique383 (:mod:`medgloss.french.accents`): a word that is not French as written but whose
  accents only can be guessed (one accented form of Lexique has its letters), in a sentence of a
  medical text, as English words are judged.

Left alone: words in capitals and a capital initial without its accent (« Etat », French
typography tolerates it), names (capitalised inside a sentence), code, URLs, quotations glossed as
English, passages mostly in English, and a text whose accents were stripped everywhere (all its
words would be findings; that is one problem of the whole file, not of each word).

It must not judge words that are French as written: other checks do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..findings.codes import CODES
from ..findings.model import Edit, Finding, Fix
from ..french.accents import accented, strip_accents
from ..french.lexicon_words import lexicon
from ..i18n import _
from ..matching.compiled import TERM
from ..matching.scanner import Hit
from ..text.sentences import sentence_bounds
from ..text.spans import SpanSet
from ..text.typography import french
from .document_facts import STRIPPED, facts_of
from .english import _JOINERS, _glossed, _is_code_like, _mostly_english, _near, document_anchors

if TYPE_CHECKING:
    from .engine import Checker

_WORD = re.compile(r"[^\W\d_]+")
_ACCENTED = re.compile(r"[À-ÖØ-öø-ÿŒœ]")
# A text with this many words needing an accent, and fewer correctly accented ones, was stripped.
_STRIPPED_MIN = 3
_MIN_LENGTH = 4  # « the » is not « thé », « use » not « usé »
# The words of _WORD that are that long: a run of letters matches from its first one or not at all.
# Line breaks and spaces (already \W) are named first in the class: most characters of a catalog's
# view are line breaks, and each is then refused before the Unicode categories are looked up
# (the 48k PO's view: 0.17 -> 0.11 s for this one pass).
_LONG_WORD = re.compile(rf"[^\n \W\d_]{{{_MIN_LENGTH},}}")


def _accented_words(text: str, enough: int) -> int:
    """How many words of ``text`` (:data:`_WORD`) have an accented letter, counted up to ``enough``
    (a catalog's view has a million words; a few accented ones settle the question)."""
    count, word_end = 0, -1
    for accent in _ACCENTED.finditer(text):
        if accent.start() < word_end:
            continue  # another accent of the same word
        count += 1
        if count >= enough:
            break
        word = _WORD.match(text, accent.start())  # every accented letter is a letter of _WORD
        word_end = word.end() if word is not None else accent.end()
    return count


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    # Memoised: a catalog's hits are a few hundred distinct terms, tens of thousands of times.
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.replace("\x00", "").replace("’", "'").replace("œ", "oe").replace("Œ", "Oe").lower().split())


def _respell(found: str, target: str) -> str | None:
    """``found`` with the accents of ``target`` (same words, same letters once accents are
    removed), or None if a changed word is French as written, in capitals, or changes only by
    an accent on its capital initial."""
    words, targets = _WORD.findall(found), _WORD.findall(target)
    if len(words) != len(targets):
        return None
    out, changed = found, False
    lex = lexicon()
    for word, right in zip(words, targets, strict=True):
        if word.lower() == right.lower().replace("œ", "oe") or word.lower() == right.lower():
            continue
        if strip_accents(word).lower() != strip_accents(right).lower().replace("œ", "oe") and \
                strip_accents(word).lower().replace("oe", "œ") != strip_accents(right).lower():
            return None
        if word.isupper() or lex.has_spelling(word) or len(word) < _MIN_LENGTH:
            return None
        if word[:1].isupper() and word[1:].lower() == right[1:].lower():
            return None  # « Etat »: an unaccented capital is tolerated
        if not _only_adds(word.lower(), right.lower()) or _rectified(word.lower(), right.lower()):
            return None
        fixed = right if word.islower() else right[:1].upper() + right[1:]
        out = out.replace(word, fixed, 1)
        changed = True
    return out if changed else None


def _only_adds(word: str, right: str) -> bool:
    """True if ``right`` is ``word`` with accents added, none removed or changed: « phagocytés »
    is a participle, not « phagocytes » with a wrong accent."""
    if len(word) != len(right):
        return "œ" in right and _only_adds(word, right.replace("œ", "oe"))
    return all(a == b or (a == strip_accents(b) and a != b) for a, b in zip(word, right, strict=True))


def _rectified(word: str, right: str) -> bool:
    """True if ``word`` lacks only circumflexes on i and u: the 1990 rectified spelling
    (« entrainer », « connaitre »), which French accepts."""
    return all(a == b or (a, b) in (("i", "î"), ("u", "û")) for a, b in zip(word, right, strict=False))


def _diaeresis_only(found: str, fixed: str) -> bool:
    """True if the only accents missing are diaereses (« hématopoiétique »): a slip that
    professional text makes too (the HAS writes it so), reported as info."""
    return all(a == b or (a, b) in (("i", "ï"), ("e", "ë"), ("u", "ü")) for a, b in zip(found, fixed, strict=False))


def _capitalised_inside(text: str, start: int) -> bool:
    """True if the word at ``start`` is capitalised but does not begin its sentence (a name)."""
    if not text[start : start + 1].isupper():
        return False
    lo, _hi = sentence_bounds(text, start, start + 1)
    return bool(text[lo:start].strip(" \t\n«“\"(-–—•*"))


def accent_findings(checker: "Checker", text: str, path: str, hits: Sequence[Hit], covered: Sequence[tuple[int, int]],
                    anchors: list[int] | None = None,
                    also_taken: Callable[[int, int], bool] | None = None) -> list[Finding]:
    """MG111 findings of words that lack the accents of their French spelling, outside ``covered``
    (``anchors``: the :func:`.english.medical_anchors` of ``text`` and ``hits``, when already known;
    ``also_taken(start, end)``: whether findings not in ``covered``, decided on demand, overlap)."""
    if not lexicon().spelt:
        return []
    taken = SpanSet(covered)  # as in the English and broken-word checks: a list scan was quadratic

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end) and not (also_taken is not None and also_taken(start, end))

    candidates: list[tuple[int, str, str, str]] = []
    terms: list[tuple[int, int]] = []  # the glossary terms' spans, kept off in step 2
    # 1. Glossary terms matched by their folded key but spelt otherwise.
    for hit in hits:
        entries = [e for e in hit.entries if e.kind == TERM]
        if not entries:
            continue
        terms.append((hit.start, hit.end))
        if not free(hit.start, hit.end):
            continue
        found = text[hit.start : hit.end]
        # Spelt as a term is (nearly every hit) settles it before the sentence is looked at.
        key = _norm(found)
        if any(_norm(e.surface) == key for e in entries):
            continue
        if "\x00" in found or "\n" in found or _capitalised_inside(text, hit.start) or (
                hit.end < len(text) and unicodedata.combining(text[hit.end])):
            continue  # (a name: « le CMV (Cytomegalovirus humanbeta5) », the species)
        for entry in entries:
            fixed = _respell(found, entry.surface)
            if fixed is not None:
                candidates.append((hit.start, found, fixed, entry.owner))
                break
    # 2. Words of Lexique written without their accents, near a medical term (and outside terms).
    taken = SpanSet([*covered, *terms])  # (one sort, not an insertion per term)
    if anchors is None:
        anchors = document_anchors(checker, text, hits)
    if anchors:
        # A word's accented form, looked up once per distinct word: most words of a long text
        # have none, and that one lookup is all they cost.
        forms: dict[str, str | None] = {}
        for match in _LONG_WORD.finditer(text):
            word = match.group()
            if word in forms:
                form = forms[word]
            else:
                form = forms[word] = (None if len(word) < _MIN_LENGTH or word.isupper() or word.lower() in _JOINERS
                                      else accented(word))
            if form is None:
                continue
            start, end = match.span()
            if not free(start, end):
                continue
            if end < len(text) and unicodedata.combining(text[end]):
                continue  # « cafe\u0301 »: the accent is there, as a combining character
            if _capitalised_inside(text, start) or _is_code_like(text, start, end):
                continue
            if not _near(anchors, start, text):
                continue
            fixed = _respell(word, form)
            if fixed is not None:
                candidates.append((start, word, fixed, ""))
                taken.add(start, end)
    facts = facts_of(checker)
    if facts is not None:
        # A window of a document: the count that decides is the whole document's.
        facts.accent_candidates.extend(start for start, _found, _fixed, _concept in candidates)
    if not candidates:
        return []
    if (stripped_text(len(candidates), text) if facts is None
            else facts.ask(STRIPPED, lambda: stripped_text(len(candidates), text))):
        return []  # the whole text lost its accents: not a word-by-word problem
    findings = []
    for start, found, fixed, concept in candidates:
        start, found, fixed = _changed_words(start, found, fixed)
        end = start + len(found)
        if _glossed(text, start, end) or _mostly_english(text, start, end):
            continue
        finding = _finding(path, start, found, fixed, concept)
        if _diaeresis_only(found, fixed):
            finding.severity = "info"
        findings.append(finding)
    return findings


def stripped_text(candidates: int, text: str) -> bool:
    """True if ``candidates`` words lacking their accents are too many for ``text``'s accented
    words: the whole text lost its accents (a conversion), not a word here and there."""
    return candidates >= _STRIPPED_MIN and accented_words(text, candidates) < candidates


def accented_words(text: str, enough: int) -> int:
    """Public name of :func:`_accented_words`, for a count over a document read in windows."""
    return _accented_words(text, enough)


def _changed_words(start: int, found: str, fixed: str) -> tuple[int, str, str]:
    """The words that change, from the first to the last (« hématopoiétiques » of « greffe de
    cellules souches hématopoiétiques »), with their start; accents keep the length of a word
    except for œ, so both ends are found by comparing letters."""
    head = 0
    while head < min(len(found), len(fixed)) and found[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < min(len(found), len(fixed)) - head and found[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    while head > 0 and found[head - 1].isalpha():
        head -= 1
    while tail > 0 and found[len(found) - tail].isalpha():
        tail -= 1
    return start + head, found[head : len(found) - tail], fixed[head : len(fixed) - tail]


def _finding(path: str, start: int, found: str, fixed: str, concept: str) -> Finding:
    code = CODES["MG111"]
    message = french(_("{summary}: « {found} » → « {fixed} » (the French spelling has accents)").format(
        summary=_(code.summary), found=found, fixed=fixed))
    fix = Fix((Edit(start, len(found), fixed),), safe=False, title=f"Replace with « {fixed} »")
    finding = Finding(path=path, offset=start, length=len(found), rule=code.code, concept=concept, severity=code.severity,
                      message=message, found=found, replacements=[fixed], name=code.name, fix=fix, certain=True)
    finding.provenance = "orthographe française (Lexique383 ou glossaire)"
    return finding
