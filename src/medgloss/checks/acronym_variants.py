"""Acronyms derived from a concept's own acronyms: garbled ones a document introduces as the
concept's name (MG112), and English compound acronyms with a gene or an « X » (MG111).

- Garbled: the letters of one of the concept's acronyms (French or English) reordered, one
  dropped or one doubled (CVID, DICV → « IVC », « DCIV », « DICVV »).  The document introduces
  the form as the concept's name when it follows one of the concept's terms, or a finding on a
  wrong rendering of it, in brackets or after « aussi appelé », « dit », « abrégé en », « ou »
  (« l’immunodéficience variable commune, aussi appelée IVC »).  Such a form is a warning there
  and wherever the same document uses it again (« les personnes atteintes d’IVC »).  A form that
  any concept of the glossary owns, or a French or English word, is never garbled.
- Compound: an English acronym whose French one differs, prefixed with a gene or enzyme symbol
  or « X » (« ADA-SCID », « X-SCID », « JAK3-SCID »): French writes the French acronym and the
  cause after it (« DICS par déficit en ADA », « DICS lié à l’X »).

Everything is generated from the glossary's concepts; nothing here names one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import permutations
from typing import TYPE_CHECKING

from ..findings.codes import CODES
from ..findings.model import Finding
from ..french.english_words import english_only
from ..french.lexicon_words import lexicon
from ..glossary.model import Concept, Glossary
from ..matching.compiled import TERM
from ..matching.scanner import Hit
from ..text.words import standing_alone

if TYPE_CHECKING:
    from .engine import Checker

# What introduces a name after a term: brackets, or « aussi appelée », « dit », « abrégé en », « ou ».
_INTRODUCED = re.compile(
    r"\s*(?:\(\s*(?P<bracket>[A-Z]{2,6})\s*[),;]"
    r"|,?\s+(?:(?:aussi|également|encore)\s+)?(?:appel[ée]e?s?|nomm[ée]e?s?|dite?s?|abrég[ée]e?s?\s+en|connue?s?\s+sous\s+le\s+nom\s+d[e’'])\s*(?P<named>[A-Z]{2,6})(?![\w-])"
    r"|\s+ou\s+(?P<alternative>[A-Z]{2,6})(?![\w-]))"
)
# The gap between the term and the introduction: at most two words (« grave », « de l’adulte »).
_GAP = re.compile(r"(?:\s+[^\W\d_]+){0,2}")
# « ADA-SCID », « X-SCID », « JAK3-SCID »: a symbol, a hyphen, an acronym.
_COMPOUND = re.compile(r"(?<![\w-])(?P<prefix>[A-Z][A-Z0-9]{0,5})-(?P<base>[A-Z]{2,6})(?![\w-])")
# Modes of inheritance (« AR-CGD »), not a gene: their French wording needs the noun's gender and
# number of a phrase this check does not build.
_NOT_GENES = frozenset({"AR", "AD", "XL", "XR"})
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:le|la|les|du|des|au|aux|un|une|ce|cet|cette|ces)\s+|\bl['’])$",
                                re.IGNORECASE)


def _variants(acronym: str) -> Iterator[str]:
    """The garbled forms of ``acronym``: its letters reordered, one dropped (from four letters
    up, the rest in any order), one doubled."""
    if 3 <= len(acronym) <= 5:
        yield from ("".join(p) for p in permutations(acronym))
    if 4 <= len(acronym) <= 6:
        for i in range(len(acronym)):
            rest = acronym[:i] + acronym[i + 1:]
            yield from ("".join(p) for p in permutations(rest)) if len(rest) <= 5 else (rest,)
    for i in range(len(acronym)):
        yield acronym[: i + 1] + acronym[i:]


def _own_acronyms(concept: Concept) -> set[str]:
    """Every acronym ``concept`` writes: French abbreviations, its English ones, capitalised terms."""
    own = {t.text.upper() for t in concept.terms if t.abbreviation or t.text.isupper()}
    return own | {t for t in concept.en if t.isupper() and t.isalpha()}


_KNOWN_MEMO: dict[int, tuple[Glossary, frozenset[str]]] = {}


def _known(glossary: Glossary) -> frozenset[str]:
    """Every acronym some concept of ``glossary`` owns (a real acronym is never garbled)."""
    memo = _KNOWN_MEMO.get(id(glossary))
    if memo is not None and memo[0] is glossary:
        return memo[1]
    known = frozenset(a for c in glossary.concepts.values() for a in _own_acronyms(c))
    _KNOWN_MEMO[id(glossary)] = (glossary, known)
    return known


def garbled_for(glossary: Glossary, concept: Concept, acronym: str) -> bool:
    """True if ``acronym`` is a garbled form of one of ``concept``'s acronyms and no word or
    acronym of its own (a French or English word, any concept's acronym)."""
    if acronym in _known(glossary) or lexicon().has_spelling(acronym) or acronym.lower() in english_only():
        return False
    return any(acronym in set(_variants(own)) for own in _own_acronyms(concept) if len(own) >= 2)


def _initials(words: list[str]) -> str:
    links = {"de", "du", "des", "d", "à", "a", "au", "aux", "en", "l", "la", "le", "les", "et", "par"}
    return "".join(w[0].upper() for w in words if w.lower() not in links)


def _narrower(text: str, start: int, end: int, acronym: str) -> bool:
    """True if ``acronym`` spells the last words of the correct term at ``[start, end)`` (« greffe de
    cellules souches hématopoïétiques (CSH) »): a narrower term's acronym, not a garbled one."""
    words = re.findall(r"[^\W\d_]+", text[start:end])
    return any(_initials(words[-k:]) == acronym for k in range(1, len(words) + 1))


def _namings(glossary: Glossary, text: str, hits: Sequence[Hit], taken: Sequence[Finding]) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, concept, correct) of each span naming a concept: a hit of one of its terms,
    or a finding on a wrong rendering of it (a calque, an old term)."""
    for hit in hits:
        for entry in hit.entries:
            if entry.kind == TERM:
                yield hit.start, hit.end, entry.owner, True
    for finding in taken:
        if finding.concept in glossary.concepts and not finding.found.isupper():
            yield finding.offset, finding.end, finding.concept, False


def introduced_garbled(checker: "Checker", text: str, path: str, hits: Sequence[Hit],
                       taken: Sequence[Finding]) -> list[Finding]:
    """MG112 on each garbled acronym the text introduces as a concept's name, and on its other
    uses in the text (the reader was told that the garbled form names the concept)."""
    from .english import replacement_finding

    glossary = checker.glossary
    busy = [(f.offset, f.end) for f in taken if f.rule != "MG109"]
    introduced: dict[str, str] = {}
    for start, end, concept_id, correct in _namings(glossary, text, hits, taken):
        gap = _GAP.match(text, end)
        match = _INTRODUCED.match(text, gap.end() if gap else end)
        if match is None:
            continue
        acronym = match.group("bracket") or match.group("named") or match.group("alternative")
        concept = glossary.concepts[concept_id]
        if acronym in introduced or not concept.abbreviations or acronym in _own_acronyms(concept):
            continue
        if correct and _narrower(text, start, end, acronym):
            continue
        if garbled_for(glossary, concept, acronym):
            introduced[acronym] = concept_id
    findings: list[Finding] = []
    for acronym, concept_id in introduced.items():
        concept = glossary.concepts[concept_id]
        for at in standing_alone(text, acronym):
            if any(s < at + len(acronym) and at < e for s, e in busy):
                continue
            findings.append(replacement_finding(path, at, acronym, CODES["MG112"], concept_id,
                                                [a.text for a in concept.abbreviations][:1], None))
            busy.append((at, at + len(acronym)))
    return findings


_ENGLISH_MEMO: dict[int, tuple[Glossary, dict[str, str]]] = {}


def _english_with_french(glossary: Glossary) -> dict[str, str]:
    """English acronym → concept, for each concept that also has a different French acronym
    (SCID → DICS, CVID → DICV): an English acronym French professionals may keep as a term of
    its own (so not in :func:`english._acronyms`'s table) but whose compounds stay English."""
    memo = _ENGLISH_MEMO.get(id(glossary))
    if memo is not None and memo[0] is glossary:
        return memo[1]
    table: dict[str, str] = {}
    for concept in glossary.concepts.values():
        for english_term in concept.en:
            if english_term.isupper() and english_term.isalpha() and any(
                    a.text.upper() != english_term for a in concept.abbreviations):
                table.setdefault(english_term, concept.id)
    _ENGLISH_MEMO[id(glossary)] = (glossary, table)
    return table


def compound_findings(glossary: Glossary, text: str, path: str, medical: bool,
                      free: Callable[[int, int], bool]) -> list[Finding]:
    """MG111 on English compound acronyms (« ADA-SCID », « X-SCID »): a warning in a medical
    text where no French determiner makes the compound a French noun, info elsewhere."""
    from .english import replacement_finding

    findings: list[Finding] = []
    lex = lexicon()
    for match in _COMPOUND.finditer(text):
        prefix, base = match.group("prefix"), match.group("base")
        concept_id = _english_with_french(glossary).get(base)
        if concept_id is None or not free(*match.span()) or prefix in _NOT_GENES:
            continue
        if not _symbol(glossary, prefix, lex):
            continue
        concept = glossary.concepts[concept_id]
        french = [a for a in concept.abbreviations if a.text.upper() != base]
        if not french:
            continue  # French has no acronym of its own: the English compound is the name used
        abbreviation = french[0]
        if prefix == "X":
            linked = "liée" if abbreviation.gender == "f" else "lié"
            replacement = f"{abbreviation.text} {linked} à l’X"
        else:
            replacement = f"{abbreviation.text} par déficit en {prefix}"
        found = match.group()
        # The compound may be a concept's English term itself (ADA-SCID): that concept is named.
        whole = next((c for c in glossary.concepts.values() if found in c.en), None)
        replacements = [replacement] + ([whole.preferred.text] if whole is not None else [])
        finding = replacement_finding(path, match.start(), found, CODES["MG111"],
                                      whole.id if whole is not None else concept_id, replacements, found)
        if not medical or _DETERMINER_BEFORE.search(text[max(0, match.start() - 8):match.start()]):
            finding.severity = "info"
        findings.append(finding)
    return findings


def _symbol(glossary: Glossary, prefix: str, lex: object) -> bool:
    """True if ``prefix`` reads as the X chromosome or a gene or enzyme symbol: « X », a symbol
    with a digit (« JAK3 », « RAG1 »), one the glossary writes as a cause (« déficit en ADA »),
    or capitals that spell no French or English word (« NON-SCID » does)."""
    if prefix == "X" or any(ch.isdigit() for ch in prefix) or _is_gene_part(glossary, prefix):
        return True
    return (len(prefix) >= 2 and prefix not in _known(glossary) and not lex.has_spelling(prefix)  # type: ignore[attr-defined]
            and prefix.lower() not in english_only())


def _is_gene_part(glossary: Glossary, prefix: str) -> bool:
    """True if ``prefix`` is an acronym some concept writes in French as a cause (« déficit en
    ADA »): an enzyme or gene symbol, though the glossary owns it."""
    return any(t.text.endswith(f" {prefix}") for c in glossary.concepts.values() for t in c.terms)

