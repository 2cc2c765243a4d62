"""Checks that need the English source: translated catalogs (PO, XLIFF, TMX).

A bilingual document has units: an English source and the span of its French target in
the document.  The source is scanned with the glossary's English automaton, the document's
view (targets only) with the French one, and the two are compared unit by unit:

- MG201 missing-term-translation: the source has a glossary term, the target none of the
  concept's preferred or admitted terms (in any inflection, nested in a longer term or not),
  nor a wrong term of it (that one is already reported as forbidden, deprecated or a false
  friend); only in documents about the glossary's domain (see :data:`DOMAIN_SHARE`);
- MG202 inconsistent-translation: one English term of a concept is translated by different
  French terms of that concept in different units (the most frequent rendering wins);
- MG203 source-false-friend: the source has the English word of a rule (« dampen »), the
  target that rule's French look-alike (« humidifier »): reported with the correction even
  where the rule's French context does not hold, because the source says what was meant.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..findings.codes import CODES
from ..documents.model import Document, Unit
from ..findings.model import Finding
from ..glossary.model import Glossary
from ..i18n import _, ngettext
from ..french.inflect import apostrophe_style
from ..matching.compiled import RULE, TERM, CompiledGlossary
from ..matching.english import english
from ..matching.scanner import Hit, scan
from ..text.fold import fold
from .engine import Checker


# MG201 needs a document about the glossary's domain: in a software catalog, « screen »,
# « detect », « graft » or « PID » are not the medical concepts, and their absence from the
# French is no error.  A document qualifies when this share of its translated units has a
# glossary term in the source (about 0.3 % of the 62,000 entries of a Debian system's French
# catalogs; most of a patient leaflet's).
DOMAIN_SHARE = 0.1


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


def bilingual_findings(document: Document, checker: Checker, existing: Sequence[Finding] = ()) -> list[Finding]:
    """MG201, MG202 and MG203 findings of a document with units (positions in its view)."""
    if not document.units:
        return []
    glossary = checker.glossary
    units = sorted(document.units, key=lambda u: u.start)
    starts = [u.start for u in units]
    english_terms = english(glossary, TERM)
    english_rules = english(glossary, RULE)
    flagged = {(f.offset, f.concept) for f in existing}
    flagged_concepts: dict[int, set[str]] = {}
    for finding in existing:
        index = _unit_of(starts, units, finding.offset)
        if index is not None:
            flagged_concepts.setdefault(index, set()).add(finding.concept)

    # French hits, grouped by unit.
    french: dict[int, list[Hit]] = {}
    for hit in scan(document.view, checker.compiled):
        index = _unit_of(starts, units, hit.start)
        if index is not None:
            french.setdefault(index, []).append(hit)

    # Translated units and the glossary terms of their sources.  MG201 and MG203 trust the
    # English source to be about medicine (in a software catalog « address », « support » or
    # « condition » mean what the French says), so the share of units with glossary terms is
    # known before either of them does any work.
    compared = []
    for index, unit in enumerate(units):
        span = _target_span(document.view, unit)
        if span is not None and unit.source.strip():  # untranslated: nothing to compare
            compared.append((index, unit, span, scan(unit.source, english_terms)))
    about_domain = bool(compared) and sum(1 for *_, hits in compared if hits) / len(compared) >= DOMAIN_SHARE

    apostrophe = apostrophe_style(document.view)
    findings: list[Finding] = []
    renderings: list[_Rendering] = []
    rendered: set[tuple[int, str, int]] = set()
    for index, unit, span, source_hits in compared:
        hits = french.get(index, [])
        seen_concepts = set(flagged_concepts.get(index, set()))
        if about_domain:
            said = {e.owner for h in scan(unit.source, english_rules) for e in h.entries}
            false_friends = _source_false_friends(document, checker, said, hits, flagged, apostrophe)
            findings.extend(false_friends)
            seen_concepts |= {f.concept for f in false_friends}
        present: tuple[set[str], set[str]] | None = None
        for source_hit in source_hits:
            for entry in source_hit.entries:
                concept = glossary.concepts[entry.owner]
                used = _french_term(glossary, hits, concept.id)
                if used is not None:
                    if (index, concept.id, entry.index) not in rendered:  # once per unit
                        rendered.add((index, concept.id, entry.index))
                        renderings.append(_Rendering(index, concept.id, entry.index, used[0], used[1]))
                    break
                if not about_domain:
                    break
                if present is None:
                    present = _concepts_in(document.view[span[0]:span[1]], checker.compiled)
                right, wrong = present
                if concept.id not in seen_concepts | right | wrong:
                    findings.append(_missing(document, unit, span, concept.id, concept.en[entry.index], glossary))
                    seen_concepts.add(concept.id)
                break  # one concept per source term: the first is the glossary's reading
    findings.extend(_inconsistent(document, glossary, renderings))
    return findings


def _french_term(glossary: Glossary, hits: list[Hit], concept_id: str) -> tuple[int, Hit] | None:
    """The first correct term of the concept in the target: (term index, hit)."""
    concept = glossary.concepts[concept_id]
    for hit in hits:
        for entry in hit.entries:
            if entry.kind == TERM and entry.owner == concept_id and not concept.terms[entry.index].status.is_wrong:
                return entry.index, hit
    return None


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
) -> list[Finding]:
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
            finding = checker.rule_finding_at(document.view, document.path, hit, rule.id, CODES["MG203"], apostrophe)
            if finding is not None:
                findings.append(finding)
                flagged.add((hit.start, rule.concept))
            break
    return findings


def _missing(document: Document, unit: Unit, span: tuple[int, int], concept_id: str, english_term: str,
             glossary: Glossary) -> Finding:
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
        severity=code.severity,
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
        # The most frequent rendering is the norm; on a tie, the first one met.
        order = {term: i for i, term in reversed(list(enumerate(r.term for r in group)))}
        norm = max(counts, key=lambda t: (counts[t], -order[t]))
        concept = glossary.concepts[concept_id]
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
