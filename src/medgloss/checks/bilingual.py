"""Checks that need the English source: translated catalogs (PO, XLIFF, TMX).

A bilingual document has units: an English source and the span of its French target in
the document.  The source is scanned with the glossary's English automaton, the document's
view (targets only) with the French one, and the two are compared unit by unit.  Whether a
unit is medical text, and whether it is a name from a classification, is decided per unit
(:mod:`.entry_domain`).

- MG201 missing-term-translation: the source has a glossary term, the target none of the
  concept's correct terms (in any inflection, nested in a longer term or not), no derived
  form of it and no term with words inserted (:mod:`.term_forms`), nor a wrong term of it;
  medical units only, not fuzzy drafts, not inside a classification's names unless the entry
  is the term itself; info, warning when the term is what the entry is about;
- MG202 inconsistent-translation: one English term of a concept is translated by different
  French terms of that concept in different translated, non-fuzzy units that are not names
  (the most frequent rendering wins);
- MG203 source-false-friend: the source has the English word of a rule (« dampen »), the
  target that rule's French look-alike (« humidifier ») as a word of its own, and neither the
  source (the rule's ``en_unless``) nor the French (its ``unless`` conditions) shows the
  other sense; plus the false friends of clinical software (:mod:`.clinical_false_friends`);
- MG204 untranslated-entry: the target is English (:mod:`.untranslated`).

The French checks' own findings on a unit are kept unless the source overrules them (a rule's
``en_unless`` word), the unit is a name (no calque, duplication or register finding there),
the hit is part of a longer word, or their fix would leave an adjective unagreed (the fix is
then withdrawn).  Fixes found here are never safe: the translator applies them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from functools import lru_cache

from ..findings.codes import CODES
from ..documents.model import Document, Unit
from ..findings.model import Finding
from ..glossary.model import Glossary, Rule, Status
from ..i18n import _, ngettext
from ..french.inflect import apostrophe_style
from ..matching.compiled import RULE, TERM, CompiledGlossary
from ..matching.english import english
from ..matching.scanner import Hit, scan, scan_each
from ..text.fold import fold
from .clinical_false_friends import PAIRS as CLINICAL_PAIRS, matches as clinical_matches
from .engine import Checker
from .entry_domain import entry_kinds
from .selection import Selection
from .term_forms import expresses
from .untranslated import looks_english


# The old whole-document gate, kept as one reading among others (see entry_domain): a
# document where this share of the translated units has a glossary term in the source is
# medical throughout (a patient leaflet's catalog).
DOMAIN_SHARE = 0.1
# A target of at most this many words is a label: it has no French context of its own, so
# the source says in which sense its words are meant.
LABEL_WORDS = 2
# Codes of the French checks that a fixed name (a classification's wording) does not answer to.
_NAME_CODES = frozenset({"MG104", "MG107", "MG108", "MG109"})


@dataclass(frozen=True, slots=True)
class _Rendering:
    """How one unit renders one English term of a concept."""

    unit: int
    concept: str
    english: int  # index in concept.en
    term: int  # index in concept.terms of the French term used
    hit: Hit


def _unit_of(starts: Sequence[int], units: Sequence[Unit], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < units[i].end:
        return i
    return None


def _target_span(view: str, unit: Unit) -> tuple[int, int] | None:
    """The unit's target without surrounding masked or blank characters; ``None`` if empty."""
    start, end = unit.start, unit.end
    while start < end and (view[start].isspace() or view[start] == "\x00"):
        start += 1
    while end > start and (view[end - 1].isspace() or view[end - 1] == "\x00"):
        end -= 1
    return (start, end) if start < end else None


def _folded_words(text: str) -> str:
    return " ".join(fold(text).key.split())


def _says(source_key: str, phrase: str) -> bool:
    """True if the folded source says ``phrase`` (its words in a row, the last one inflected)."""
    words = _folded_words(phrase).split()
    if not words:
        return False
    head, last = " ".join(words[:-1]), words[-1]
    stem = last[:-1] if len(last) > 4 and last.endswith(("e", "y", "s")) else last
    pattern = rf"(?<![a-z0-9]){re.escape(head + ' ' if head else '')}{re.escape(stem)}[a-z]{{0,4}}(?![a-z0-9])"
    return re.search(pattern, source_key) is not None


def _source_vetoes(rule: Rule, source_key: str) -> bool:
    """True if the English source shows that the rule's French look-alike is meant in its own
    sense: it has a word of the rule's ``en_unless`` (« Therapeutic diets » for « régime »,
    « Vitamin D deficiency » for « carence »)."""
    return any(_says(source_key, word) for word in rule.en_unless)


def _mirrors_source(finding: Finding, document: Document, source: str) -> bool:
    """True if an MG107 repetition is two terms the source itself joins the same way
    (« hypothèse de diagnostic/Diagnostic différentiel » for « … / Differential Diagnosis »)."""
    found = document.text[finding.offset:finding.offset + finding.length]
    return any(sep in found and sep in source for sep in ("/", ","))


def _is_central(source: str, english_term: str, nomenclature: bool = False) -> bool:
    """True if the term is what the entry is about: the source is the term (or its plural),
    or a short label — not in a nomenclature, where « Scarlet fever » is « Scarlatine »."""
    key = _folded_words(source)
    term = _folded_words(english_term)
    if key in (term, term + "s", term + "es"):
        return True
    return not nomenclature and len(key.split()) <= 3


def _unit_at(document: Document, offset: int) -> Unit:
    for unit in document.units:
        if unit.start <= offset < unit.end:
            return unit
    return Unit(0, len(document.view))


def _word_boundary(view: str, start: int) -> bool:
    """False when the hit continues a word: « organismes » in « micro-organismes »."""
    return start == 0 or not (view[start - 1].isalnum() or view[start - 1] in "-‐‑")


def _unsafe(finding: Finding) -> Finding:
    # The source vouches for the word, not for the words around it (agreement, fixed
    # expressions): a bilingual fix is never applied without the translator.
    if finding.fix is not None and finding.fix.safe:
        finding.fix = dc_replace(finding.fix, safe=False)
    return finding


# Words next to a noun that do not agree with it in gender (prepositions, conjunctions,
# elided forms, numbers): a gender-changing fix next to one of them needs no other edit.
_NEUTRAL_NEIGHBOURS = frozenset(
    "de du des d en a au aux et ou l le la les un une pour par sur dans chez avec sans".split())
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _unverified_agreement(finding: Finding, rule: Rule | None, document: Document, unit: Unit) -> bool:
    """True if the fix changes the noun's gender while an adjective next to it (« carence
    acquise » → « déficit acquise », « petites cellules B » → « petites lymphocytes B ») is
    left as it was: the corrected French would be wrong."""
    if finding.fix is None or rule is None or not rule.replace:
        return False
    found_genders = {t.gender for t in rule.match if t.gender}
    new_gender = rule.replace[0].gender
    if not new_gender or not found_genders or new_gender in found_genders:
        return False
    edited = [(e.offset, e.offset + e.length) for e in finding.fix.edits]
    before = document.view[unit.start:finding.offset]
    after = document.view[finding.offset + finding.length:unit.end]
    previous = _WORDS.findall(before)[-1:] if before.rstrip()[-1:].isalpha() else []
    following = _WORDS.findall(after)[:1] if after[:1] == " " else []
    for word in previous + following:
        if fold(word).key.strip() in _NEUTRAL_NEIGHBOURS:
            continue
        position = document.view.find(word, unit.start if word in previous else finding.offset + finding.length)
        if not any(start <= position < end for start, end in edited):
            return True
    return False


def _french_language(document: Document) -> bool:
    """False for a catalog whose header declares another language than French."""
    entries = getattr(document, "entries", None) or ()
    for entry in entries:
        if entry.is_header:
            header = entry.value("msgstr") or ""
            match = re.search(r"^Language:\s*([A-Za-z]*)", header, re.MULTILINE)
            return match is None or not match.group(1) or match.group(1).lower().startswith("fr")
    return True


def bilingual_findings(
    document: Document, checker: Checker, existing: Sequence[Finding] = (), domain: str = "auto",
    french_hits: Sequence[Hit] | None = None, selection: Selection | None = None,
) -> list[Finding]:
    """The findings of a document with units: the French checks' ``existing`` findings that
    the source does not overrule, and MG201–MG204 (positions in its view).

    ``domain`` ``"medical"`` or ``"general"`` says what every entry is; ``"auto"`` decides
    entry by entry (:mod:`.entry_domain`).  ``french_hits`` are the view's hits when the French
    checks already scanned it (the same :func:`scan`; scanned here otherwise).  ``selection``
    runs only the checks its codes need (:mod:`.selection`).
    """
    if not document.units:
        return list(existing)
    runs = (lambda _stage: True) if selection is None else selection.runs
    glossary = checker.glossary
    units = sorted(document.units, key=lambda u: u.start)
    starts = [u.start for u in units]

    targets: list[tuple[int, Unit, tuple[int, int]]] = []
    for position, unit in enumerate(units):
        span = _target_span(document.view, unit)
        if span is not None and unit.source.strip():  # untranslated: nothing to compare
            targets.append((position, unit, span))
    # What each entry is (medical, a name) takes a scan of every source: only the checks that
    # compare terms, and the French findings a name silences, need it (MG204 does not).
    french: dict[int, list[Hit]] = {}
    kinds = None
    compared: list[tuple[int, Unit, tuple[int, int], list[Hit]]] = []
    if selection is None or selection.wants(_NAME_CODES) or runs("inconsistent") or runs("missing") \
            or runs("source_false_friends"):
        # French hits, grouped by unit.
        for hit in scan(document.view, checker.compiled) if french_hits is None else french_hits:
            index = _unit_of(starts, units, hit.start)
            if index is not None:
                french.setdefault(index, []).append(hit)
        source_terms = [False] * len(units)
        target_terms = [False] * len(units)
        # Every source in one scan: per entry, the fold and the automaton's set-up were most of it.
        for (position, unit, span), hits in zip(targets, scan_each([u.source for _, u, _ in targets],
                                                                   english(glossary, TERM))):
            compared.append((position, unit, span, hits))
            source_terms[position] = bool(hits)
            target_terms[position] = any(
                e.kind == TERM and not glossary.concepts[e.owner].terms[e.index].status.is_wrong
                for h in french.get(position, []) for e in h.entries)
        share = sum(1 for *_, hits in compared if hits) / len(compared) if compared else 0.0
        kinds = entry_kinds(units, source_terms, target_terms, domain, share)
    else:
        compared = [(index, unit, span, []) for index, unit, span in targets]

    # The French checks' findings, less those the source overrules.
    kept: list[Finding] = []
    for finding in existing:
        index = _unit_of(starts, units, finding.offset)
        if index is None:
            kept.append(finding)
            continue
        unit = units[index]
        rule = glossary.rules.get(finding.rule_id) if finding.rule_id else None
        if rule is not None and rule.kind != "duplicate" and _source_vetoes(rule, _folded_words(unit.source)):
            continue
        if kinds is not None and kinds[index].nomenclature and finding.rule in _NAME_CODES:
            continue
        if finding.rule == "MG107" and _mirrors_source(finding, document, unit.source):
            continue
        if rule is not None and not _word_boundary(document.view, finding.offset):
            continue  # « organismes » inside « micro-organismes » is no word of its own
        if _unverified_agreement(finding, rule, document, unit):
            finding.fix = None  # the finding stands; the translator writes the agreement
        kept.append(finding)
    flagged = {(f.offset, f.concept) for f in kept}
    flagged_concepts: dict[int, set[str]] = {}
    for finding in kept:
        index = _unit_of(starts, units, finding.offset)
        if index is not None:
            flagged_concepts.setdefault(index, set()).add(finding.concept)

    apostrophe = apostrophe_style(document.view)
    findings: list[Finding] = list(kept)
    renderings: list[_Rendering] = []
    rendered: set[tuple[int, str, int]] = set()
    french_catalog = _french_language(document)
    # Units that do not overlap (a catalog's): a hit of this unit's target is in this unit.
    disjoint = all(a.end <= b.start for a, b in zip(units, units[1:]))
    said_by: dict[int, set[str]] = {}
    if kinds is not None and runs("source_false_friends"):
        medical = [(index, unit) for index, unit, _span, _hits in compared if kinds[index].medical]
        said_by = {index: {e.owner for h in hits for e in h.entries}
                   for (index, _unit), hits in zip(medical, scan_each([u.source for _, u in medical],
                                                                      english(glossary, RULE)))}
    compares_terms = kinds is not None and (runs("inconsistent") or runs("missing"))
    judged: dict[str, bool] = {}
    # Decided once, not for each of a catalog's tens of thousands of entries.
    untranslated = runs("untranslated") and french_catalog and domain != "general"
    clinical = runs("clinical") and domain != "general"
    view = document.view
    for index, unit, span, source_hits in compared:
        target = view[span[0]:span[1]]
        if untranslated and not unit.fuzzy and judged.get(target) is not False:  # (a repeated French target)
            findings.extend(_untranslated(document, unit, span, target, judged))
        if clinical:
            findings.extend(_clinical_false_friends(document, unit, span, target, flagged))
        if not (said_by or compares_terms):
            continue
        hits = french.get(index, [])
        seen_concepts = set(flagged_concepts.get(index, set()))
        assert kinds is not None
        kind = kinds[index]
        said = said_by.get(index)
        if said:  # (no rule's English in the source: no false friend to look for)
            label = len(target.split()) <= LABEL_WORDS
            false_friends = _source_false_friends(
                document, checker, said, hits, flagged, apostrophe, _folded_words(unit.source), label,
                kind.nomenclature, unit if disjoint else None)
            findings.extend(false_friends)
            seen_concepts |= {f.concept for f in false_friends}
        if not compares_terms:
            continue
        present: tuple[set[str], set[str]] | None = None
        for source_hit in source_hits:
            for entry in source_hit.entries:
                concept = glossary.concepts[entry.owner]
                used = _french_term(glossary, hits, concept.id)
                if used is not None:
                    # A vote is one rendering in a reviewed entry that is not a name; a target with
                    # two terms of the concept (« effets secondaires ou effets indésirables »)
                    # renders two source words and says nothing of either alone.
                    if (index, concept.id, entry.index) not in rendered and not unit.fuzzy and not kind.nomenclature \
                            and len(_terms_used(glossary, hits, concept.id)) == 1:
                        rendered.add((index, concept.id, entry.index))
                        renderings.append(_Rendering(index, concept.id, entry.index, used[0], used[1]))
                    break
                if not kind.medical or unit.fuzzy or not runs("missing"):
                    break  # a fuzzy entry is msgmerge's guess, already awaiting its review
                english_term = concept.en[entry.index]
                central = _is_central(unit.source, english_term, kind.nomenclature)
                if kind.nomenclature and not central:
                    break  # an official name's wording is not the glossary's to choose
                if present is None:
                    present = _concepts_in(target, checker.compiled)
                right, wrong = present
                if flagged_concepts.get(index):
                    break  # the entry already has a finding: the translator is looking at it
                if concept.id not in seen_concepts | right | wrong and not expresses(concept, target):
                    findings.append(_missing(document, unit, span, concept.id, english_term, glossary, central))
                    seen_concepts.add(concept.id)
                break  # one concept per source term: the first is the glossary's reading
    if runs("inconsistent"):
        findings.extend(_inconsistent(document, glossary, renderings))
    # The source-aware false friends (clinical software) and the French rules' MG203 may both
    # see one word: one finding per span and code, the first met.
    unique: dict[tuple[int, int, str], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.offset, finding.length, finding.rule), finding)
    return list(unique.values())


def _untranslated(document: Document, unit: Unit, span: tuple[int, int], target: str,
                  judged: dict[str, bool] | None = None) -> list[Finding]:
    """MG204 of one entry (``judged``: the targets already judged English or not, for a
    catalog's many repeated ones: « Nom », « Date de création »)."""
    known = judged.get(target) if judged is not None else None
    if known is None:
        known = looks_english(target)
        if judged is not None:
            judged[target] = known
    if not known:
        return []
    code = CODES["MG204"]
    same = _folded_words(target) == _folded_words(unit.source)
    message = (_("{summary}: the translation is the English source") if same
               else _("{summary}: the translation is in English")).format(summary=_(code.summary))
    return [Finding(
        path=document.path, offset=span[0], length=span[1] - span[0], rule=code.code, concept="",
        severity=code.severity, message=message, found=document.text[span[0]:span[1]],
        replacements=[], name=code.name, fix=None,
    )]


def _clinical_false_friends(
    document: Document, unit: Unit, span: tuple[int, int], target: str, flagged: set[tuple[int, str]]
) -> list[Finding]:
    if not _any_clinical_english().search(_folded_words(unit.source)):
        return []  # no pair's English in the source (most entries): no pair can match
    code = CODES["MG203"]
    findings = []
    for pair, (start, end) in clinical_matches(unit.source, target):
        offset = span[0] + start
        if (offset, pair.id) in flagged:
            continue
        flagged.add((offset, pair.id))
        found = document.text[offset:span[0] + end]
        proposal = _(" or ").join(f"« {r} »" for r in pair.right)
        findings.append(Finding(
            path=document.path, offset=offset, length=end - start, rule=code.code, concept=pair.id,
            severity=pair.severity,
            message=_("{summary}: the source says « {term} », so « {found} » should be {proposal}. {why}").format(
                summary=_(code.summary), term=pair.id.split("-")[0], found=found, proposal=proposal,
                why=pair.message),
            found=found, replacements=list(pair.right), name=code.name, fix=None,
        ))
    return findings


@lru_cache(maxsize=1)
def _any_clinical_english() -> re.Pattern[str]:
    """Searches a folded source for the English of any clinical false friend: a pair matches
    only where its own English does (as :func:`.clinical_false_friends.matches` looks for it)."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(f'(?:{pair.en})' for pair in CLINICAL_PAIRS)})(?![\w-])")


def _french_term(glossary: Glossary, hits: list[Hit], concept_id: str) -> tuple[int, Hit] | None:
    """The first correct term of the concept in the target: (term index, hit)."""
    concept = glossary.concepts[concept_id]
    for hit in hits:
        for entry in hit.entries:
            if entry.kind == TERM and entry.owner == concept_id and not concept.terms[entry.index].status.is_wrong:
                return entry.index, hit
    return None


def _terms_used(glossary: Glossary, hits: list[Hit], concept_id: str) -> set[int]:
    """Indexes of the concept's correct terms the target uses."""
    concept = glossary.concepts[concept_id]
    return {e.index for h in hits for e in h.entries
            if e.kind == TERM and e.owner == concept_id and not concept.terms[e.index].status.is_wrong}


def _concepts_in(target: str, compiled: CompiledGlossary) -> tuple[set[str], set[str]]:
    """Concepts whose correct terms, and concepts whose wrong terms or rule triggers, occur
    anywhere in ``target``, nested ones included: « greffe de moelle osseuse » also says
    « moelle osseuse » and « greffe », which the leftmost-longest scan does not report."""
    glossary = compiled.glossary
    right: set[str] = set()
    wrong: set[str] = set()
    for _end, (pattern, _length) in compiled.automaton.iter(f" {fold(target).key} "):
        for entry in compiled.entries[pattern]:
            if entry.kind == RULE:
                wrong.add(glossary.rules[entry.owner].concept)
            elif glossary.concepts[entry.owner].terms[entry.index].status.is_wrong:
                wrong.add(entry.owner)
            else:
                right.add(entry.owner)
    return right, wrong


def _source_false_friends(
    document: Document,
    checker: Checker,
    said: set[str],
    hits: list[Hit],
    flagged: set[tuple[int, str]],
    apostrophe: str,
    source_key: str,
    label: bool,
    nomenclature: bool = False,
    unit: Unit | None = None,
) -> list[Finding]:
    """MG203 from the glossary's rules: the source has the rule's English, the target its French
    look-alike as a word of its own, and neither the source (the rule's ``en_unless``) nor the
    French (its ``unless`` conditions) shows the other sense.  In a nomenclature name longer
    than a label, whose wording may be the official one (« Erreur de dosage au cours d’actes
    médicaux », CIM-10), the rule's whole French context must hold as well.  ``unit`` is the
    hits' unit, when known (looked up otherwise)."""
    if not said:
        return []
    findings = []
    for hit in hits:
        for entry in hit.entries:
            if entry.kind != RULE or entry.owner not in said:
                continue
            rule = checker.glossary.rules[entry.owner]
            if (hit.start, rule.concept) in flagged:
                break  # the French context already told: reported as MG103…
            if not _word_boundary(document.view, hit.start) or _source_vetoes(rule, source_key):
                break
            if nomenclature and rule.kind != "false-friend":
                break  # « lymphome à cellules B » is the classification's name, not a calque
            finding = checker.rule_finding_at(document.view, document.path, hit, rule.id, CODES["MG203"], apostrophe,
                                              context="all" if nomenclature and not label else "unless")
            if finding is not None:
                if _unverified_agreement(finding, rule, document, unit if unit is not None else _unit_at(document, hit.start)):
                    finding.fix = None
                findings.append(_unsafe(finding))
                flagged.add((hit.start, rule.concept))
            break
    return findings


def _missing(document: Document, unit: Unit, span: tuple[int, int], concept_id: str, english_term: str,
             glossary: Glossary, central: bool = True) -> Finding:
    concept = glossary.concepts[concept_id]
    code = CODES["MG201"]
    correct = [t.text for t in concept.terms if not t.status.is_wrong]
    proposal = _(" or ").join(f"« {t} »" for t in correct)
    return Finding(
        path=document.path,
        offset=span[0],
        length=span[1] - span[0],
        rule=code.code,
        concept=concept_id,
        # A term the entry is about (a label, the term alone) missing is worth a look; one word
        # of a long sentence may well be rendered by a construction of its own.
        severity="warning" if central else code.severity,
        message=_("{summary}: the source says « {term} », the translation has no {proposal}").format(
            summary=_(code.summary), term=english_term, proposal=proposal),
        found=document.text[span[0]:span[1]],
        replacements=correct,
        name=code.name,
        fix=None,
    )


def _inconsistent(document: Document, glossary: Glossary, renderings: list[_Rendering]) -> list[Finding]:
    by_source: dict[tuple[str, int], list[_Rendering]] = {}
    for rendering in renderings:
        by_source.setdefault((rendering.concept, rendering.english), []).append(rendering)
    code = CODES["MG202"]
    findings = []
    for (concept_id, english_index), group in by_source.items():
        counts = Counter(r.term for r in group)
        if len(counts) < 2:
            continue
        # The most frequent rendering is the norm; on a tie, the concept's preferred term (its
        # full form before its abbreviation), then the first one met.
        concept = glossary.concepts[concept_id]
        order = {term: i for i, term in reversed(list(enumerate(r.term for r in group)))}
        norm = max(counts, key=lambda t: (counts[t], concept.terms[t].status == Status.PREFERRED,
                                          not concept.terms[t].abbreviation, -order[t]))
        norm_text = concept.terms[norm].text
        english_term = concept.en[english_index]
        for rendering in group:
            if rendering.term == norm:
                continue
            hit = rendering.hit
            found = document.text[hit.start:hit.end]
            findings.append(Finding(
                path=document.path,
                offset=hit.start,
                length=hit.end - hit.start,
                rule=code.code,
                concept=concept_id,
                severity=code.severity,
                message=ngettext(
                    "{summary}: « {term} » is « {found} » here but « {norm} » in {n} other entry",
                    "{summary}: « {term} » is « {found} » here but « {norm} » in {n} other entries",
                    counts[norm],
                ).format(summary=_(code.summary), term=english_term, found=found, norm=norm_text, n=counts[norm]),
                found=found,
                replacements=[norm_text],
                name=code.name,
                fix=None,
            ))
    return findings


def pairs_document(pairs: Sequence[tuple[str, str]], path: str = "<pairs>") -> Document:
    """A bilingual document of aligned (English, French) segments, for checking pairs from
    any source (a CAT tool export, a CSV) with :func:`medgloss.api.check_document`.

    The text has one ``EN: …`` line and one ``FR: …`` line per pair; only the French is in
    the view, and each French line is the target of a unit whose source is the English.
    """
    text: list[str] = []
    view: list[str] = []
    units: list[Unit] = []
    length = line = 0
    for english, french in pairs:
        head = f"EN: {' '.join(english.split())}\nFR: "
        text.append(head)
        view.append(" " * len(head))  # the English is not checked as French
        start = length + len(head)
        units.append(Unit(start, start + len(french), english, (("msgid", english),), line + 2))
        text.append(french + "\n\n")
        view.append(french + "\n\n")
        length = start + len(french) + 2
        line += 3 + french.count("\n")
    return Document(path, "".join(text), "".join(view), format="pairs", units=units)


__all__ = ["bilingual_findings", "pairs_document"]
