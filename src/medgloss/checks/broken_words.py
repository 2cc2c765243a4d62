"""Words fused into one or split in two by a conversion or a translation tool (MG113).

- Split: two neighbouring pieces, one of which is no French word, that join into a form of a
  glossary term (« im munoglobuline » → « immunoglobuline »).
- Fused: a long word that neither Lexique383 nor the glossary knows and that divides into two
  or three known parts, one of them a glossary form (« Souscutanéeimmunoglobuline » →
  « Sous-cutanée immunoglobuline »); or an article or preposition glued to a word of at least
  five letters (« lestroubles » → « les troubles »).

The lexicon is Lexique383 (:mod:`medgloss.french.lexicon_words`); without it nothing is reported.
It must not judge spelling beyond this: a word it does not know is not an error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..findings.codes import CODES
from ..findings.model import Edit, Finding, Fix
from ..french.english_words import english_only
from ..french.lexicon_words import Lexicon, lexicon
from ..i18n import _
from ..matching.compiled import TERM, CompiledGlossary
from ..matching.scanner import Hit
from .english import medical_anchors, near_anchor
from ..text.fold import fold_term
from ..text.spans import SpanSet

if TYPE_CHECKING:
    from .engine import Checker

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+")
_PAIR = re.compile(r"(?<![\w-])([A-Za-zÀ-ÖØ-öø-ÿŒœ]{2,})[ \u00a0]([a-zà-öø-ÿœ]{2,})(?![\w-])")
_MIN_FUSED = 12
_MIN_PART = 4
_COMMON = 5.0  # per million: a part this common is a word, not a fragment
_MEMO: dict[int, tuple[dict[str, str], frozenset[str]]] = {}


def _glossary_forms(compiled: CompiledGlossary) -> tuple[dict[str, str], frozenset[str]]:
    """(key without its spaces → surface, single-word keys) of the correct terms' forms."""
    memo = _MEMO.get(id(compiled))
    if memo is not None:
        return memo
    joined: dict[str, str] = {}
    single: set[str] = set()
    glossary = compiled.glossary
    for key, index in compiled.keys.items():
        entries = [e for e in compiled.entries[index] if e.kind == TERM]
        good = [e for e in entries if not glossary.concepts[e.owner].terms[e.index].status.is_wrong]
        if not good or good[0].case_sensitive or key.count(" ") > 2:
            continue
        joined.setdefault(key.replace(" ", ""), good[0].surface)
        if " " not in key:
            single.add(key)
    _MEMO[id(compiled)] = (joined, frozenset(single))
    return _MEMO[id(compiled)]


def broken_word_findings(
    checker: "Checker", text: str, path: str, hits: Sequence[Hit], covered: Sequence[tuple[int, int]]
) -> list[Finding]:
    """MG113 findings of ``text`` outside the spans ``covered`` by other findings or terms.
    A glued article is reported only in a medical sentence of a medical text (a manual's
    « nomfonction » placeholder is not a broken word)."""
    anchors: list[int] | None = None
    lex = lexicon()
    if not lex.words:
        return []
    joined, single = _glossary_forms(checker.compiled)
    findings: list[Finding] = []
    spans = SpanSet(covered)  # a scan of ``covered`` here made a long document's check quadratic

    def free(start: int, end: int) -> bool:
        return not spans.overlaps(start, end) and not any(f.offset < end and start < f.end for f in findings)

    for match in _PAIR.finditer(text):
        first, second = match.group(1), match.group(2)
        whole = fold_term(first + second)
        if whole not in single or not free(match.start(), match.end()):
            continue
        if _is_word(lex, first, single) and _is_word(lex, second, single):
            continue  # two real words that happen to join into a third (« para site »)
        repaired = first + second
        findings.append(_finding(path, match.start(), match.group(), repaired))
    for match in _WORD.finditer(text):
        token = match.group()
        if len(token) < 8 or not (token.islower() or token[1:].islower()):
            continue
        key = fold_term(token)
        if len(key) != len(token) or key in lex.words or key in joined or not free(match.start(), match.end()):
            continue
        if _french_frequency(token) > 0:
            continue  # French corpora write it (« plasmatiques »): a word Lexique lacks, not a fusion
        parts = _segment(key, lex, joined) if len(token) >= _MIN_FUSED else None
        if parts is not None and parts[0] in _LEARNED_PREFIXES:
            parts = None  # a learned prefix makes a derivation (« autotransplantation », « primovaccination »)
        if parts is None:
            if anchors is None:
                anchors = medical_anchors(text, hits)
            parts = _glued_article(token, lex) if near_anchor(anchors, match.start(), text) else None
        if parts is None or fold_term(token) in english_only():
            continue
        repaired, position = [], 0
        for part in parts:
            piece = token[position : position + len(part)]
            surface = joined.get(part)
            if surface is not None and len(surface.replace(" ", "").replace("-", "")) == len(piece):
                piece = _with_separators(piece, surface)
            repaired.append(piece)
            position += len(part)
        findings.append(_finding(path, match.start(), token, " ".join(repaired)))
    return findings


_GLUE_FREQUENCY = 300.0  # per million: the short words that get glued (les, bons, une, pas)
# French prefixes that are also short words (« dés », « sur »): prefix + word is a derivation.
_PREFIXES = ("dés", "dé", "ré", "re", "pré", "sur", "sous", "en", "em", "in", "im", "co", "mi", "non", "anti", "auto")
_LEARNED_PREFIXES = frozenset("auto allo xeno primo immuno hemo radio chimio post pre poly micro macro multi pluri "
                              "inter intra extra trans hyper hypo sous sur anti contre neo para peri".split())
_GLUE = ("les", "des", "une", "aux", "dans", "pour", "avec", "par", "leur", "leurs", "ces", "ses", "mes", "vos", "nos")


def _french_frequency(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in French (0 where it is unknown or absent)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return 0.0
    return zipf_frequency(word, "fr")


def _glued_article(token: str, lex: Lexicon) -> list[str] | None:
    """``[article, word]`` if ``token`` is a short function word glued to a common word (the
    article as spelt: « désenregistrement » does not start with « des »)."""
    lowered = token.lower()
    if lowered.startswith(_PREFIXES):
        return None
    for cut in range(2, 5):
        glue, rest = lowered[:cut], fold_term(lowered[cut:])
        if (glue in _GLUE or (lex.has_spelling(glue) and lex.freq(glue) >= _GLUE_FREQUENCY)) and len(rest) >= 5 \
                and rest in lex.words and lex.freq(rest) >= _COMMON:
            return [glue, rest]
    return None


def _is_word(lex: Lexicon, word: str, single: frozenset[str]) -> bool:
    key = fold_term(word)
    return key in single or (key in lex.words and (len(key) >= 3 or lex.freq(key) >= _COMMON))


def _segment(key: str, lex: Lexicon, joined: dict[str, str]) -> list[str] | None:
    """The division of ``key`` into two or three known parts that the rules accept, or None."""
    def known(part: str) -> bool:
        return len(part) >= _MIN_PART and (part in joined or (part in lex.words and lex.freq(part) >= 1.0))

    best: list[str] | None = None
    n = len(key)
    for i in range(_MIN_PART, n - _MIN_PART + 1):
        head, rest = key[:i], key[i:]
        if not known(head):
            continue
        candidates = [[head, rest]] if known(rest) else []
        for j in range(_MIN_PART, len(rest) - _MIN_PART + 1):
            if known(rest[:j]) and known(rest[j:]):
                candidates.append([head, rest[:j], rest[j:]])
        for parts in candidates:
            # A glossary form among the parts; common words alone make derivations
            # (« impossible » + « ment ») as often as fusions.
            if any(p in joined for p in parts) and (best is None or len(parts) < len(best)):
                best = parts
    return best


def _with_separators(piece: str, surface: str) -> str:
    """``piece`` with the hyphens and spaces of the glossary's ``surface`` put back."""
    out, i = [], 0
    for ch in surface:
        if ch in " -":
            out.append(ch)
        else:
            out.append(piece[i])
            i += 1
    return "".join(out)


def _finding(path: str, start: int, found: str, repaired: str) -> Finding:
    code = CODES["MG113"]
    message = _("{summary}: « {found} » → {proposal}").format(summary=_(code.summary), found=found, proposal=f"« {repaired} »")
    return Finding(path=path, offset=start, length=len(found), rule=code.code, concept="", severity=code.severity,
                   message=message, found=found, replacements=[repaired], name=code.name,
                   fix=Fix((Edit(start, len(found), repaired),), safe=False, title=f"Replace with « {repaired} »"),
                   certain=False)
