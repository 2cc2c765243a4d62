"""English left in French prose: a concept's English term or acronym, reshuffled acronyms,
and runs of English words (MG111, MG112).

- A concept's English term found in the French text (the glossary's English automaton), made
  of at least one word that French does not have, is reported with the concept's preferred
  term (« le newborn screening » → « dépistage néonatal »).
- An English acronym of a concept whose French abbreviation differs (PID for DIP) is
  reported in a medical text (one with some glossary term) unless it is glossed as English
  nearby (« (SCID, Severe Combined ImmunoDeficiency) », « en anglais »).
- An acronym whose letters are those of a concept's acronym in another order (DCIV for
  DICV), when that concept is mentioned in the text and the letters spell no other known
  abbreviation or word.
- Otherwise, English-only words (:mod:`medgloss.french.english_words`): two or more in a
  row (function words may join them), or one in a medical text, reported as untranslated.
  Capitalised words (names), words touching code-like characters, quotations glossed as
  English and sentences that are mostly English (a quotation, not a translation) are left alone.

It must not judge French words: that is the glossary's and the other checks' job.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from itertools import permutations
from typing import TYPE_CHECKING, TypeVar

from ..findings.codes import CODES, Code
from ..findings.model import Edit, Finding, Fix
from ..french.forms import term_forms
from ..french.english_words import english_frequency, english_only, is_strongly_english as _strongly_english
from ..french.lexicon_words import lexicon
from ..glossary.model import Concept, Glossary
from ..i18n import _
from ..matching.compiled import TERM
from ..matching.english import english, is_acronym
from ..matching.scanner import Hit, scan
from ..text.fold import Folded, fold_term
from ..text.sentences import _REACH, sentence_bounds
from ..text.spans import SpanSet
from ..text.words import standing_alone, word_count
from .document_facts import ESTABLISHED, MEDICAL, MENTIONED, facts_of
from .explicit_english import spells

if TYPE_CHECKING:
    from .engine import Checker

T = TypeVar("T")
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+(?:[-’'][A-Za-zÀ-ÖØ-öø-ÿŒœ]+)*")
# « (?<![\w-])[A-Z]{2,6}(?![\w-]) », with the look-behind moved after the first capital (it still
# looks at the character before it): a leading look-behind is tried at every position of the
# text, and made this one pass a tenth of a 48,000-entry catalog's check (0.17 s, now 0.02 s).
_ACRONYM = re.compile(r"[A-Z](?<![\w-].)[A-Z]{1,5}(?![\w-])")
# English words that may sit between English-only words of one untranslated phrase.
_JOINERS = frozenset("the and of with to for in on a an your is are or by at from".split())
_CODE_NEIGHBOURS = set("/\\@_=<>{}[]#$%|`~^*+-0123456789")
_GLOSS = re.compile(r"\b(?:anglais|english|angl\.)", re.IGNORECASE)


def _is_code_like(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before in _CODE_NEIGHBOURS or after in _CODE_NEIGHBOURS:
        return True
    # « fichier.txt », « www.example »: a dot glued to a letter on either side.
    return (before == "." and start > 1 and text[start - 2].isalnum()) or (
        after == "." and end + 1 < len(text) and text[end + 1].isalnum())


_GROUP_OPEN, _GROUP_CLOSE = "(«“\"[", ")»”\"]"
_UPPER_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_SKIPPED_INITIALS = frozenset({"of", "the", "and", "or", "ou", "en", "for", "in", "de", "et"})


def _expands_acronym(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` lies in a bracketed or quoted group that spells out an acronym
    beside it (« HLA (human leucocyte antigen) », « (DSA – Donor specific Antibodies) »,
    « ("Community-Acquired Pneumonia" ou CAP) »): the English given as the acronym's origin."""
    opened = max(text.rfind(ch, max(0, start - 80), start) for ch in _GROUP_OPEN)
    if opened < 0:
        return False
    closes = [i for i in (text.find(ch, end, end + 80) for ch in _GROUP_CLOSE) if i >= 0]
    if not closes:
        return False
    closed = min(closes)
    group = text[opened + 1 : closed]
    words = [w for w in re.split(r"[\s\-–—/]+", group) if w.isalpha() and w.lower() not in _SKIPPED_INITIALS]
    initials = "".join(w[0].lower() for w in words if not w.isupper())
    beside = text[max(0, opened - 12) : opened] + " " + text[closed + 1 : closed + 12]
    acronyms = _UPPER_ACRONYM.findall(group) + _UPPER_ACRONYM.findall(beside)
    return any(len(a) >= 2 and a.lower() in initials for a in acronyms)


_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z]{2,6})\s*[),;]")


def _named_in_english(text: str, start: int, end: int, words: list[str]) -> bool:
    """True if the English words at ``[start, end)`` (two or more) stand in the sentence as its
    noun, followed by the acronym they spell in brackets, and are not themselves inside a
    bracket or quotation (where they would gloss a French term before them)."""
    match = _ACRONYM_AFTER.match(text, end)
    if match is None or len(words) < 2:
        return False
    if not spells(match.group(1), text[start:end]):
        return False
    lo, _hi = sentence_bounds(text, start, end)
    before = text[lo:start]
    opened = sum(before.count(c) for c in "(«“[") - sum(before.count(c) for c in ")»”]")
    return opened <= 0 and before.count('"') % 2 == 0


def _glossed(text: str, start: int, end: int) -> bool:
    """True if the words at ``[start, end)`` are presented as English (« en anglais », or in
    quotation marks that a gloss follows)."""
    window = text[max(0, start - 60) : min(len(text), end + 60)]
    if _GLOSS.search(window) or _expands_acronym(text, start, end):
        return True
    # Alone in parentheses or quotation marks: the English given beside its translation.
    before = text[max(0, start - 2) : start].rstrip(" \u00a0\u202f")
    after = text[end : end + 2].lstrip(" \u00a0\u202f")
    return bool(before) and bool(after) and before[-1] in "(«“\"'‘[" and after[0] in ")»”\"'’]"


_FORMS_MEMO: dict[tuple[int, str], tuple[Glossary, frozenset[str]]] = {}


def _french_forms(glossary: Glossary, concept_id: str) -> frozenset[str]:
    """The folded forms (singular, plural) of ``concept_id``'s correct French terms."""
    memo = _FORMS_MEMO.get((id(glossary), concept_id))
    if memo is not None and memo[0] is glossary:
        return memo[1]
    forms = frozenset(fold_term(f.text) for t in glossary.concepts[concept_id].terms if not t.status.is_wrong
                      for f in term_forms(t.text, t.pos, number=t.number, extra=t.forms))
    _FORMS_MEMO[(id(glossary), concept_id)] = (glossary, forms)
    return forms


_EVERYDAY_TERM = 1.0  # Lexique frequency (per million words) of each word of an everyday term


def _everyday(glossary: Glossary, concept_id: str) -> bool:
    """True if one of ``concept_id``'s French forms is made of everyday words only (each
    content word at least :data:`_EVERYDAY_TERM` per million in Lexique)."""
    frequency = lexicon().frequency
    for form in _french_forms(glossary, concept_id):
        words = [w for w in re.split(r"[\s\-’']+", form) if len(w) > 2 and w not in ("des", "les", "aux", "une")]
        if words and all(frequency.get(w, 0.0) >= _EVERYDAY_TERM for w in words):
            return True
    return False


def _after_own_term(glossary: Glossary, text: str, start: int, end: int, concept_id: str, hits: Sequence[Hit]) -> bool:
    """True if the acronym at ``[start, end)`` stands alone in brackets right after a French
    term of its own concept, with no word saying it is English (« les globules blancs (WBC) »):
    the English source's « white blood cells (WBC) » carried over, where French writes the
    term alone or its French acronym.  A gloss says so (« (WBC en anglais) »)."""
    before = text[max(0, start - 2):start].rstrip(" \u00a0\u202f")
    after = text[end:end + 2].lstrip(" \u00a0\u202f")
    if not (before.endswith("(") and after.startswith(")")):
        return False
    if _GLOSS.search(text[max(0, start - 60):min(len(text), end + 60)]):
        return False
    # An acronym the French term spells too (« syndrome de Wiskott-Aldrich (WAS) », « antigènes
    # leucocytaires humains (HLA) »): French writers use it as their own.
    initials = {w[0] for t in glossary.concepts[concept_id].terms if not t.status.is_wrong
                for w in re.split(r"[\s\-’']+", fold_term(t.text)) if w}
    if set(fold_term(text[start:end])) <= initials:
        return False
    # A specialist's term (« séquençage de l’exome (WES) », « polynucléaires neutrophiles
    # (ANC) ») is glossed with the international acronym by French professionals too; an
    # everyday one (« globules blancs ») never needs it.
    if not _everyday(glossary, concept_id):
        return False
    bracket = text.rfind("(", 0, start)
    head = text[:bracket].rstrip(" \u00a0\u202f")
    if any(h.end == len(head) and any(e.kind == TERM and e.owner == concept_id for e in h.entries) for h in hits):
        return True
    # the term may end a longer one the scan preferred (« faible nombre de globules blancs »)
    before = f" {fold_term(head[-80:])}"
    return any(before.endswith(f" {form}") for form in _french_forms(glossary, concept_id))


def _repeated_in_english(path: str, text: str, start: int, end: int, concept: Concept) -> Finding:
    """MG111 on an English acronym in brackets after its concept's French term, where French has
    no acronym for it: the fix removes the brackets (« les globules blancs (WBC) sont bas » →
    « les globules blancs sont bas »)."""
    token = text[start:end]
    bracket = text.rfind("(", 0, start)
    cut = len(text[:bracket].rstrip(" \u00a0\u202f"))
    code = CODES["MG111"]
    message = _("{summary}: « {found} » repeats « {term} » in English; French writes the term alone").format(
        summary=_(code.summary), found=token, term=concept.preferred.text)
    fix = Fix((Edit(cut, end + 1 - cut, ""),), safe=False, title=f"Remove « ({token}) »")
    finding = Finding(path=path, offset=start, length=end - start, rule=code.code, concept=concept.id,
                      severity=code.severity, message=message, found=token, replacements=[], name=code.name,
                      fix=fix, certain=False)
    finding.provenance = f"terme anglais « {token} »"
    return finding


_ACRONYM_MEMO: dict[int, tuple[Glossary, tuple[dict[str, str], dict[str, str], frozenset[str]]]] = {}


def _acronyms(glossary: Glossary) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(English acronym → concept, reshuffled letters → concept, every known abbreviation)."""
    memo = _ACRONYM_MEMO.get(id(glossary))
    if memo is not None and memo[0] is glossary:
        return memo[1]
    # Every permutation of every acronym asked of Lexique and wordfreq: 0.13 s of each check
    # whose text has a glossary term, so kept with the glossary's other derived tables.
    stored = _stored_for(glossary, "acronyms", lambda: _build_acronyms(glossary), tuple)
    result = stored if len(stored) == 3 else _build_acronyms(glossary)
    _ACRONYM_MEMO[id(glossary)] = (glossary, result)
    return result


def _stored_for(glossary: Glossary, stem: str, build: Callable[[], T], kind: type[T]) -> T:
    """``build()``, a table derived from ``glossary`` by this module (plain data), from the cache
    folder when this glossary's was built before by the same code and word lists."""
    if not glossary.fingerprint:
        return build()
    from ..cache.codec import Codec
    from ..cache.store import cached_value, source_digest

    digest = source_digest(["checks/english.py", "french/english_words.py", "french/word_frequencies.py",
                            "french/lexicon_words.py", "cache/codec.py", "matching/english.py"]).hexdigest()[:12]
    return cached_value(f"{stem}-{glossary.fingerprint[:24]}-{digest}.msgpack", Codec([]), build, kind)


def _build_acronyms(glossary: Glossary) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    known: set[str] = set()
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if term.abbreviation or term.text.isupper():
                known.add(term.text.upper())
        for english_term in concept.en:
            if is_acronym(english_term):
                known.add(english_term.upper())
    lex = lexicon()
    # Acronyms that are some concept's French term (HLA, VIH): never English left in French.
    french_everywhere = {t.text.upper() for c in glossary.concepts.values() for t in c.terms}
    english_acronyms: dict[str, str] = {}
    shuffled: dict[str, str] = {}
    for concept in glossary.concepts.values():
        french = {t.text.upper() for t in concept.terms if t.abbreviation and not t.status.is_wrong}
        wrong = {t.text.upper() for t in concept.terms if t.status.is_wrong}
        for english_term in concept.en:
            if english_term.isupper() and english_term.isalpha() and english_term not in french | wrong:
                # Without a French acronym (WBC, RBC: French writes « globules blancs »), the
                # English one is still English; a French word spelt in capitals is not.
                if english_term not in french_everywhere and (french or not lex.has_spelling(english_term)):
                    english_acronyms.setdefault(english_term, concept.id)
        if not french:
            continue
        for acronym in french | {t for t in concept.en if t.isupper() and t.isalpha()}:
            if not (3 <= len(acronym) <= 5) or not acronym.isalpha():
                continue
            for letters in permutations(acronym):
                candidate = "".join(letters)
                if candidate in known or lex.has_spelling(candidate) or candidate.lower() in english_only():
                    continue
                shuffled.setdefault(candidate, concept.id)
    return english_acronyms, shuffled, frozenset(known)


# A clipped English form is no word of its own (wordfreq: rarer than once per 30 million words).
_SHORTHAND_MAX_ZIPF = 1.5
_WORD_TAILS = frozenset({"up", "in", "on", "of", "to", "by", "at", "as", "go", "me", "us"})
_SHORTHAND_MEMO: dict[int, tuple[Glossary, dict[str, str], "re.Pattern[str] | None"]] = {}


def _is_shorthand(term: str, others: Sequence[str]) -> bool:
    """True if the English ``term`` is clinical shorthand clipped from one of the concept's longer
    English terms (subcut, SubQ, sub-Q for subcutaneous): no word of English or French."""
    if " " in term or term.isupper() or not term.replace("-", "").isalpha() or len(term) > 8:
        return False
    head = term.lower()[:3]
    if not any(o.lower().startswith(head) and len(o) > len(term) + 1 for o in others if o != term):
        return False
    parts = term.split("-")
    if len(parts) == 2:
        return len(parts[1]) <= 2 and parts[1].lower() not in _WORD_TAILS
    return len(parts) == 1 and not lexicon().has_spelling(term) and english_frequency(term.lower()) < _SHORTHAND_MAX_ZIPF


def _shorthand_table(glossary: Glossary) -> dict[str, str]:
    """Shorthand in lower case → concept, from the cache folder when this glossary's was built
    before: judging every English term asks Lexique and wordfreq, which a clean text never needs."""
    def build() -> dict[str, str]:
        return {t.lower(): c.id for c in glossary.concepts.values() for t in c.en if _is_shorthand(t, c.en)}

    return _stored_for(glossary, "shorthands", build, dict)


def _shorthands(glossary: Glossary) -> tuple[dict[str, str], "re.Pattern[str] | None"]:
    """(shorthand in lower case → concept, a pattern finding any of them) for ``glossary``."""
    memo = _SHORTHAND_MEMO.get(id(glossary))
    if memo is not None and memo[0] is glossary:
        return memo[1], memo[2]
    found = _shorthand_table(glossary)
    alternatives = "|".join(re.escape(t) for t in sorted(found, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE) if found else None
    _SHORTHAND_MEMO[id(glossary)] = (glossary, found, pattern)
    return found, pattern


def has_shorthand(glossary: Glossary, text: str) -> bool:
    """True if ``text`` holds an English clinical shorthand of a concept (« Subcut », « sub-Q »):
    reason enough to look for English in a text that has no glossary term."""
    _found, pattern = _shorthands(glossary)
    return pattern is not None and pattern.search(text) is not None


# Genus and species, as the nomenclatures write them in every language: a capitalised genus and
# a lower-case epithet with a Latin ending (aureus, pneumoniae, coli, jirovecii, albicans).
_BINOMIAL = re.compile(r"^[A-Z][a-z]{2,}\s+[a-z]{2,}(?:us|um|ae|i|is|ii|a|ans|ens|ensis|oides|ica|ium|es|er)$")
# The genus before a species epithet the scan found alone (« Mycobacterium [tuberculosis] »).
_GENUS_BEFORE = re.compile(r"\b([A-Z][a-z]{2,})\s+$")
# A gene or its protein is named by its symbol in French too (« le gène WAS », « la protéine BTK »).
_GENE_BEFORE = re.compile(r"\b(?:gènes?|protéines?|mutations?\s+(?:du|de\s+la)\s+gène)\s+$", re.IGNORECASE)
# Learned prefixes that the 1990 spelling reform welds to the next word (« autoimmune »,
# « immunodéficience »): a word made of one and a French word is French, not English.
_WELDED_PREFIXES = ("auto", "immuno", "micro", "macro", "neuro", "cardio", "hémato", "hyper", "hypo", "poly",
                    "mono", "multi", "anti", "inter", "intra", "extra", "ultra", "infra", "néo", "pseudo")


def _latin_name(text: str, start: int, found: str) -> bool:
    """True if ``found`` is a Latin name of an organism, or its species epithet after the genus
    (« Herpes zoster », « Mycobacterium tuberculosis »): the same in French."""
    if _BINOMIAL.match(found):
        return True
    genus = _GENUS_BEFORE.search(text, max(0, start - 40), start)
    return genus is not None and " " not in found and bool(_BINOMIAL.match(f"{genus.group(1)} {found}"))


def _welded_french(word: str) -> bool:
    """True if ``word`` is a learned prefix welded to a French word (« autoimmune »)."""
    low = word.lower()
    lex = lexicon()
    for prefix in _WELDED_PREFIXES:
        if not low.startswith(prefix):
            continue
        rest = low[len(prefix):]
        if len(rest) >= 4 and (lex.has_spelling(f"{prefix}-{rest}") or lex.has_spelling(rest)):
            return True
    return False


def english_findings(
    checker: "Checker", text: str, path: str, folded: Folded, hits: Sequence[Hit], covered: list[tuple[int, int]],
    anchors: list[int] | None = None, also_taken: Callable[[int, int], bool] | None = None,
) -> list[Finding]:
    """MG111 and MG112 findings of ``text``, outside the spans ``covered`` by other hits
    (``anchors``: the :func:`medical_anchors` of ``text`` and ``hits``, when already known;
    ``also_taken(start, end)``: whether findings not in ``covered``, decided on demand, overlap)."""
    glossary = checker.glossary
    # Where the glossary's French terms are: English words and acronyms count as English left
    # in a medical translation only near one (a software manual quoting « commits » is not).
    term_starts = document_anchors(checker, text, hits) if anchors is None else anchors
    mentioned = {e.owner for h in hits for e in h.entries if e.kind == TERM}
    facts = facts_of(checker)
    taken = SpanSet(covered)  # a scan of a list here made a long document's check quadratic
    findings: list[Finding] = []

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end) and not (also_taken is not None and also_taken(start, end))

    def add(finding: Finding) -> None:
        findings.append(finding)
        taken.add(finding.offset, finding.end)

    lex = lexicon()
    shorthands, _pattern = _shorthands(glossary)
    spelt: dict[str, list[str]] = {}  # a hit's words, or none when all are French as written
    # 1. A concept's English term left in the French.
    for hit in scan(text, english(glossary), folded):
        if not free(hit.start, hit.end):
            continue
        found = text[hit.start : hit.end]
        if found.lower() in shorthands:
            # Clinical shorthand (« Subcut », « sub-Q ») is English and medical by itself.
            if not _is_code_like(text, hit.start, hit.end) and not _glossed(text, hit.start, hit.end):
                concept = glossary.concepts[shorthands[found.lower()]]
                add(replacement_finding(path, hit.start, found, CODES["MG111"], concept.id, [_short_french(concept)], found))
            continue
        # An English term that French also writes (« patient », « date ») is most of the hits
        # of a French text, a few hundred distinct ones: each is tokenised and looked up once.
        words = spelt.get(found)
        if words is None:
            tokens = _TOKEN.findall(found)
            words = spelt[found] = tokens if tokens and not all(lex.has_spelling(w) for w in tokens) else []
        if not words:
            continue
        if _named_in_english(text, hit.start, hit.end, words):
            # « confondu avec Severe Combined Immunodeficiency (SCID) »: the English is the name
            # the sentence uses, its acronym after it (a gloss puts the English in the brackets).
            if not _GLOSS.search(text[max(0, hit.start - 60) : hit.end + 60]) and not _mostly_english(text, hit.start, hit.end):
                entry = next(e for e in hit.entries if e.kind == TERM)
                concept = glossary.concepts[entry.owner]
                add(replacement_finding(path, hit.start, found, CODES["MG111"], concept.id, [concept.preferred.text], concept.en[entry.index]))
            continue
        if any(w[:1].isupper() for w in words[1:]):
            continue
        if found.isupper() or _is_code_like(text, hit.start, hit.end) or _glossed(text, hit.start, hit.end):
            continue  # acronyms are judged below; glossed English stays
        if _latin_name(text, hit.start, found):
            continue  # a Latin name of an organism is the same in French (« Streptococcus pneumoniae », « Herpes zoster »)
        if _mostly_english(text, hit.start, hit.end):
            continue
        if len(words) == 1 and not (_strongly_english(words[0].lower()) and (
                _near(term_starts, hit.start, text) or _health_sentence(text, hit.start))):
            continue  # one word (« graft »): only when clearly English, in a medical sentence
        entry = next(e for e in hit.entries if e.kind == TERM)
        concept = glossary.concepts[entry.owner]
        add(replacement_finding(path, hit.start, found, CODES["MG111"], concept.id, [concept.preferred.text], concept.en[entry.index]))
    english_acronyms, shuffled, _known = _acronyms(glossary)
    # 2. English acronyms, and reshuffled ones.
    for match in _ACRONYM.finditer(text):
        start, end = match.span()
        token = match.group()
        if not free(start, end) or _is_code_like(text, start, end):
            continue
        concept_id = english_acronyms.get(token)
        if concept_id is not None and _GENE_BEFORE.search(text, max(0, start - 30), start):
            continue  # « le gène WAS »: a gene's symbol, not the disease's English acronym
        # An acronym is a strong sign by itself: a medical text is context enough.
        if concept_id is not None and term_starts and (
                not _glossed(text, start, end) or _after_own_term(glossary, text, start, end, concept_id, hits)
        ) and not _expanded_in_english(
            glossary, concept_id, text, end
        ):
            concept = glossary.concepts[concept_id]
            if not concept.abbreviations and _after_own_term(glossary, text, start, end, concept_id, hits):
                add(_repeated_in_english(path, text, start, end, concept))
                continue
            french = [a.text for a in concept.abbreviations] or [_spelled_out(concept, text, start)]
            add(replacement_finding(path, start, token, CODES["MG111"], concept_id, french, token))
            continue
        if concept_id is not None and not term_starts and (
                _health_sentence(text, start) and not _glossed(text, start, end)
                and not _expanded_in_english(glossary, concept_id, text, end)):
            # A text too thin in glossary terms to be called medical, but a sentence of health
            # writing (« les patients ayant une PCP antérieure »): the English acronym of a concept
            # whose French differs is still English, said as info.
            concept = glossary.concepts[concept_id]
            french = [a.text for a in concept.abbreviations] or [_spelled_out(concept, text, start)]
            finding = replacement_finding(path, start, token, CODES["MG111"], concept_id, french, token)
            finding.severity = "info"
            add(finding)
            continue
        concept_id = shuffled.get(token)
        if concept_id is not None and (concept_id in mentioned if facts is None else facts.ask(
                (MENTIONED, concept_id), lambda: concept_id in mentioned)):
            concept = glossary.concepts[concept_id]
            add(replacement_finding(path, start, token, CODES["MG112"], concept_id, [a.text for a in concept.abbreviations], None))
    # 2b. English compound acronyms (« ADA-SCID », « X-SCID »), which the pass above leaves (hyphens).
    from .acronym_variants import compound_findings

    for finding in compound_findings(glossary, text, path, bool(term_starts), free):
        add(finding)
    # 3. Runs of English words.
    vocabulary = english_only()
    if vocabulary:
        for start, end in _english_runs(text, vocabulary, term_starts):
            if not free(start, end) or _glossed(text, start, end) or _mostly_english(text, start, end):
                continue
            run = text[start:end]
            if " " not in run and (_welded_french(run) or _latin_name(text, start, run)):
                continue  # « autoimmune », « Mycobacterium tuberculosis »: French, or Latin
            add(replacement_finding(path, start, run, CODES["MG111"], "", [], None))
    return findings


# A medical text has at least this many medical glossary terms per word (a patient leaflet has
# one every ten or twenty words; a software catalog one in a thousand).
MEDICAL_DENSITY = 0.01
_EVERYDAY = 20.0  # per million: a glossary word this common in French (« grave », « liste ») says nothing of the topic


def _medical(found: str) -> bool:
    """True if a glossary term's occurrence marks a medical text: several words, or a word
    everyday French does not use much (« perfusion » yes, « grave » no)."""
    key = fold_term(found)
    return " " in key or lexicon().freq(key) < _EVERYDAY


def is_medical_term(found: str) -> bool:
    """Public name of :func:`_medical`, for the other detectors that judge health writing."""
    return _medical(found)


# Everyday words of health writing, too common to mark a medical text by themselves (« le
# médecin » is in novels too), but enough, in the sentence of a medical concept's English
# name, to say that the English word is the concept (« un follow-up avec son médecin »).
_HEALTH_WORDS = frozenset(
    "médecin médecins docteur patient patients patiente patientes malade malades maladie maladies santé "
    "traitement traitements symptôme symptômes hôpital hôpitaux infirmier infirmière infirmiers infirmières "
    "soins soignant soignants soignante soignantes néonatal néonatale néonatals néonatales nouveau-né nouveau-nés "
    "naissance médical médicale médicaux médicales clinique diagnostic pédiatre généraliste ordonnance "
    "médicament médicaments vaccin vaccins vaccination sang sanguin sanguine".split()
)


def _health_sentence(text: str, position: int) -> bool:
    """True if the sentence around ``position`` has a word of :data:`_HEALTH_WORDS`."""
    lo, hi = sentence_bounds(text, position, position)
    return any(w.lower() in _HEALTH_WORDS for w in _TOKEN.findall(text[lo:hi]))


def medical_anchors(text: str, hits: Sequence[Hit]) -> list[int]:
    """Starts of the medical glossary terms of ``text`` (:func:`_medical`), or none at all if
    the text is not medical (fewer than :data:`MEDICAL_DENSITY` such terms per word)."""
    starts = medical_starts(text, hits)
    return starts if is_medical_text(len(starts), word_count(text)) else []


def is_medical_text(terms: int, words: int) -> bool:
    """True if ``terms`` medical terms in ``words`` words make a medical text."""
    return terms > 0 and not terms < MEDICAL_DENSITY * words


class Anchors(list[int]):
    """The medical terms' starts in a window of a document, true when the whole document is
    medical (:func:`medical_anchors` of it not empty), even where the window holds none: a
    detector asks « is the text medical? » of the list's truth, and « is one near? » of its items."""

    def __init__(self, starts: list[int], medical: bool) -> None:
        super().__init__(starts if medical else ())
        self.medical = medical

    def __bool__(self) -> bool:
        return self.medical


def document_anchors(checker: object, text: str, hits: Sequence[Hit]) -> list[int]:
    """:func:`medical_anchors` of ``text``, decided for the whole document when ``text`` is a
    window of one (:mod:`.document_facts`)."""
    facts = facts_of(checker)
    if facts is None:
        return medical_anchors(text, hits)
    starts = medical_starts(text, hits)
    return Anchors(starts, facts.ask(MEDICAL, lambda: is_medical_text(len(starts), word_count(text))))


def medical_starts(text: str, hits: Sequence[Hit]) -> list[int]:
    """Starts of the medical glossary terms of ``text`` (:func:`_medical`), in order."""
    # A catalog repeats its few hundred terms tens of thousands of times: each distinct one is judged once.
    judged: dict[str, bool] = {}
    starts = []
    for h in hits:
        if any(e.kind == TERM for e in h.entries):
            found = text[h.start : h.end]
            medical = judged.get(found)
            if medical is None:
                medical = judged[found] = _medical(found)
            if medical:
                starts.append(h.start)
    starts.sort()
    return starts


def near_anchor(starts: list[int], position: int, text: str) -> bool:
    """True if one of the ``starts`` of :func:`medical_anchors` is in the sentence at ``position``."""
    return _near(starts, position, text)


def _near(starts: list[int], position: int, text: str) -> bool:
    """True if a glossary term starts in the sentence around ``position``."""
    # No sentence reaches farther than _REACH on either side: without a term that near, the
    # answer is no, and finding the sentence (a scan back) would be most of the check's time.
    i = bisect_left(starts, position - _REACH)
    if i == len(starts) or starts[i] >= position + _REACH:
        return False
    lo, hi = sentence_bounds(text, position, position)
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _expanded_in_english(glossary: Glossary, concept_id: str, text: str, end: int) -> bool:
    """True if the concept's English name follows the acronym (« SCID, Severe Combined … »)."""
    after = fold_term(text[end : end + 80])
    return any(fold_term(t) in after for t in glossary.concepts[concept_id].en if not t.isupper())


def _english_runs(text: str, words: frozenset[str], term_starts: list[int]) -> list[tuple[int, int]]:
    if not term_starts:
        return []  # a run is reported only near a medical term
    runs: list[tuple[int, int]] = []
    # One pass over the tokens, keeping none of them (a list of a 1M-word document's tokens
    # held some 200 MB at once): a token that may begin a run is followed as far as the run
    # goes, and the pass resumes after the run's last English word, which is a token's end,
    # where the scan of the whole text resumes too (the same tokens follow).
    position = 0
    while True:
        for match in _TOKEN.finditer(text, position):
            token = match.group()
            if token in words and token.islower():
                start, end = match.span()
                if not _is_code_like(text, start, end):
                    break
        else:
            return runs
        count, last_end, previous_end = 1, end, end
        for match in _TOKEN.finditer(text, end):
            s, e = match.span()
            if text[previous_end:s].strip(" ") or s - previous_end > 2:
                break  # punctuation or a line break ends the phrase
            t = match.group()
            if t in words and t.islower():
                count, last_end = count + 1, e
            elif t.lower() not in _JOINERS:
                break
            previous_end = e
        if _near(term_starts, start, text) and (count >= 2 or _strongly_english(token)):
            runs.append((start, last_end))
        position = last_end


_QUOTATION_FRENCH = 1


def _mostly_english(text: str, start: int, end: int) -> bool:
    """True if the sentence around ``[start, end)`` is mostly not French: a quotation, or a
    passage left in English on purpose, rather than English words inside a translation."""
    lo, hi = sentence_bounds(text, start, end)
    tokens = [t for t in _TOKEN.findall(text[lo:hi]) if t.islower()]
    if len(tokens) < 4:
        return False
    lex = lexicon()
    french = sum(1 for t in tokens if lex.has_spelling(t) and t not in _JOINERS)
    # A French clause around the English (« … contre le Rhume are packed with nutrients ») makes it
    # English left in a translation, not a quotation: at most one French word is a quotation's.
    return french < len(tokens) / 2 and french <= _QUOTATION_FRENCH


# Before an English acronym, what makes the French term that replaces it plural: a plural
# determiner, a number, or a noun of quantity and « de » (« le nombre de WBC » counts cells).
_PLURAL_BEFORE = re.compile(
    r"(?:\b(?:les|des|ces|mes|tes|ses|nos|vos|leurs|aux|plusieurs|certains|certaines|nombreux|nombreuses)"
    r"|\d|\b(?:nombre|taux|quantité|numération|compte|comptage|dosage)(?:\s+\w+)?\s+(?:de|d[’'])"
    r"|\b(?:beaucoup|peu|trop|moins|plus)\s+(?:de|d[’'])"
    r"|\b(?:nombre|taux|quantité|numération|compte|comptage|dosage)\s+des)\s*$",
    re.IGNORECASE,
)


def _spelled_out(concept: Concept, text: str, start: int) -> str:
    """The concept's French term to write for its English acronym at ``start``, in the number
    the words before it ask for (« le nombre de WBC » → « globules blancs »)."""
    term = concept.preferred
    if term.pos == "noun" and _PLURAL_BEFORE.search(text[max(0, start - 30) : start]):
        from ..french.nominal import pluralise

        return pluralise(term.text)
    return term.text


def replacement_finding(path: str, start: int, found: str, code: Code, concept: str, replacements: list[str], english_term: str | None) -> Finding:
    """A finding of ``code`` on ``found`` proposing ``replacements`` (the first as an unsafe fix),
    with the English term it renders as provenance: the shape the English, broken-word and unit
    checks share."""
    if replacements:
        proposal = _(" or ").join(f"« {r} »" for r in replacements)
        message = _("{summary}: « {found} » → {proposal}").format(summary=_(code.summary), found=found, proposal=proposal)
    else:
        message = _("{summary}: « {found} »").format(summary=_(code.summary), found=found)
    fix = Fix((Edit(start, len(found), replacements[0]),), safe=False, title=f"Replace with « {replacements[0]} »") if replacements else None
    finding = Finding(path=path, offset=start, length=len(found), rule=code.code, concept=concept, severity=code.severity,
                      message=message, found=found, replacements=replacements, name=code.name, fix=fix, certain=False)
    if english_term:
        finding.provenance = f"terme anglais « {english_term} »"
    return finding


# A French determiner glued to the acronym (« la SCID », « de la CVID », « l’IVC »): the writer has
# made the acronym a French noun, as Belgian and Swiss professionals write the IUIS names; machine
# translation keeps the English syntax (« CVID affecte », « atteintes de CVID », « (SCID) »).
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:le|la|les|du|des|au|aux|un|une|ce|cet|cette|ces)\s+|\bl['’])$", re.IGNORECASE)


def _english_acronym(glossary: Glossary, finding: Finding) -> bool:
    """True if ``finding`` flags a concept's English acronym that the concept also writes as a
    French one (CVID for DICV, SCID for DICS; not XLA, which French has no acronym for)."""
    found = finding.found
    if not (found.isupper() and found.isalpha() and 2 <= len(found) <= 6) or finding.concept not in glossary.concepts:
        return False
    concept = glossary.concepts[finding.concept]
    if found not in {t.upper() for t in concept.en}:
        return False
    return any(a.text.upper() != found for a in concept.abbreviations)


def _established(glossary: Glossary, concept_id: str, acronym: str, text: str, lo: int = 0,
                 hi: int | None = None) -> bool:
    """True if the text itself presents ``acronym`` as the English name of the concept anywhere:
    glossed once (« CGD (chronic granulomatous disease) », « SCID en anglais »), then used; or
    written beside the French acronym (« Synonymes : CVID ; DICV »).  With ``lo`` and ``hi``,
    only the occurrences that start in ``[lo, hi)`` count (a window's part of a document)."""
    hi = len(text) if hi is None else hi
    for s in standing_alone(text, acronym, lo, hi):
        e = s + len(acronym)
        # Bare in brackets after the French term (« déficit immunitaire combiné sévère (SCID) »)
        # is not a gloss: French puts its own acronym there, and says « en anglais » otherwise.
        window = text[max(0, s - 60) : e + 60]
        if _GLOSS.search(window) or _expands_acronym(text, s, e) or _expanded_in_english(glossary, concept_id, text, e):
            return True
    french = [a.text for a in glossary.concepts[concept_id].abbreviations if a.text.upper() != acronym]
    return any(next(standing_alone(text, a, lo, hi), None) is not None for a in french)


def promote_english_acronyms(checker: "Checker", text: str, findings: list[Finding], hits: Sequence[Hit],
                             anchors: list[int] | None = None) -> list[Finding]:
    """``findings`` with each non-preferred English acronym (MG109 CVID, SCID, CGD) made an MG111
    warning where it is used unglossed in running French: bare (no French determiner), in a
    medical text, never presented as English by the text.  Elsewhere it stays as it was (info)."""
    glossary = checker.glossary
    out: list[Finding] = []
    established: dict[tuple[str, str], bool] = {}  # a reading of the whole text per acronym, not per use
    for finding in findings:
        if finding.rule != "MG109" or not _english_acronym(glossary, finding):
            out.append(finding)
            continue
        start = finding.offset
        if anchors is None:
            anchors = document_anchors(checker, text, hits)
        if (
            not anchors
            or _DETERMINER_BEFORE.search(text[max(0, start - 8) : start])
            or _is_code_like(text, start, finding.end)
            or _memo_established(established, checker, finding, text)
        ):
            out.append(finding)
            continue
        code = CODES["MG111"]
        proposal = _(" or ").join(f"« {r} »" for r in finding.replacements)
        message = _("{summary}: « {found} » → {proposal}").format(summary=_(code.summary), found=finding.found, proposal=proposal)
        promoted = replace(finding, rule=code.code, name=code.name, severity=code.severity, message=f"{message} ({finding.concept})")
        promoted.provenance = f"terme anglais « {finding.found} »"
        out.append(promoted)
    return out


def _memo_established(memo: dict[tuple[str, str], bool], checker: "Checker", finding: Finding, text: str) -> bool:
    key = (finding.concept, finding.found)
    if key not in memo:
        memo[key] = _established_in(checker, finding.concept, finding.found, text)
    return memo[key]


def _established_in(checker: "Checker", concept_id: str, acronym: str, text: str) -> bool:
    """:func:`_established` in ``text``, or in the whole document ``text`` is a window of."""
    facts = facts_of(checker)
    if facts is None:
        return _established(checker.glossary, concept_id, acronym, text)
    return facts.ask((ESTABLISHED, concept_id, acronym), lambda: _established(checker.glossary, concept_id, acronym, text))


def _short_french(concept: Concept) -> str:
    """The French abbreviation of a concept if it has one (SC), else its preferred term."""
    return concept.abbreviations[0].text if concept.abbreviations else concept.preferred.text


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in _FRENCH_LINKS)


_FRENCH_LINKS = frozenset({"de", "du", "des", "d", "à", "a", "au", "aux", "en", "l", "la", "le", "les", "et", "par"})
_WORD_BEFORE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PAREN_ACRONYM = re.compile(r"\s*\(\s*([A-Z]{2,6})\s*[),;]")


def mismatched_acronyms(checker: "Checker", text: str, path: str, hits: Sequence[Hit], taken: Sequence[Finding]) -> list[Finding]:
    """MG112: an acronym in brackets after a glossary term that is not that concept's acronym but
    a garbled part of it: « déficit immunitaire combiné sévère (DIC) » for DICS, « immunodéficience
    primaire grave (IP) » for DIP.  It is left alone when it spells the words before it
    (« greffe de cellules souches hématopoïétiques (CSH) »): an acronym of a narrower term."""
    glossary = checker.glossary
    findings: list[Finding] = []
    busy = [(f.offset, f.end) for f in taken if f.rule != "MG109"]
    for hit in hits:
        owners = {e.owner for e in hit.entries if e.kind == TERM}
        if not owners:
            continue
        # The term, then at most two words (« grave »), then the bracket.
        gap = re.match(r"(?:\s+[^\W\d_]+){0,2}", text[hit.end : hit.end + 40])
        after = hit.end + (gap.end() if gap else 0)
        match = _PAREN_ACRONYM.match(text, after)
        if match is None:
            continue
        acronym = match.group(1)
        start, end = match.span(1)
        concepts = [glossary.concepts[o] for o in owners]
        own = {a.text.upper() for c in concepts for a in c.abbreviations} | {t.upper() for c in concepts for t in c.en if t.isupper()}
        own |= {t.text.upper() for c in concepts for t in c.terms if t.abbreviation}
        if acronym in own or any(s < end and start < e for s, e in busy):
            continue
        words = _WORD_BEFORE.findall(text[max(0, hit.start - 80) : start - 1])
        if any(_initials(words[-k:]) == acronym for k in range(1, min(len(words), 8) + 1)):
            continue  # the acronym of the last words (a narrower term): not garbled
        targets = [a.text for c in concepts for a in c.abbreviations if _letters_within(acronym, a.text.upper())]
        if not targets:
            continue
        concept = next(c for c in concepts if any(a.text in targets for a in c.abbreviations))
        findings.append(replacement_finding(path, start, acronym, CODES["MG112"], concept.id, targets[:1], None))
        busy.append((start, end))
    return findings


def _letters_within(acronym: str, target: str) -> bool:
    """True if ``acronym``'s letters are some of ``target``'s (as a multiset) and it is shorter or reordered."""
    if acronym == target:
        return False
    pool = list(target)
    for letter in acronym:
        if letter not in pool:
            return False
        pool.remove(letter)
    return True
