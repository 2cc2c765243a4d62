"""From hits to findings: forbidden terms, contextual rules and duplicated expansions.

For each hit of the automaton, the rules it triggers are tried in glossary order and the
first whose context holds gives the finding; otherwise a deprecated or forbidden term of a
concept gives one.  A hit of rules alone whose contexts all fail hides no other hit: the scan is
resolved again without it (:meth:`medgloss.matching.scanner.Scan.resolve`).  Every finding
carries its replacements already inflected and a fix whose edits also keep the surrounding
words agreed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from ..findings.codes import CODES, RULE_KIND_CODES, Code, code_for_rule_kind
from ..findings.model import Edit, Finding, Fix, TermOccurrence, corrected_span
from ..glossary.model import Concept, Rule, RuleTerm, Status, Term
from ..i18n import _
from ..french.inflect import Inflected, apostrophe_style, elision_edit, inflect_like, match_case, starts_with_vowel_sound, in_document_style
from ..matching.compiled import RULE, TERM, CompiledGlossary, Entry
from ..matching.scanner import Hit, Scan, scan_candidates, scan_exhaustive_candidates
from ..text.typography import french
from ..text.sentences import SentenceIndex
from ..french import lexicon, phrase, phrase_joins
from ..french.forms import NOUN
from ..french.verbs import Analysis, analysis_from_morph
from ..french.verb_particles import phrase_around
from .context import HitContext, MentionIndex, context_holds, context_vetoes
from .document_facts import HEALTH, SHORTHAND, TERMS, DocumentFacts
from ..text.fold import Folded, fold
from .duplicates import duplicated_expansions
from .escalation import escalate
from .explicit_english import glossed_as_english
from .selection import Selection


def _accents_first(entries: list[Entry], found: str) -> list[Entry]:
    """``entries`` with those spelt as ``found`` first: folding merges « donné » and « donne »,
    whose analyses (participle or present) decide the form of the replacement."""
    spelt = found.replace("\x00", "").lower()
    return sorted(entries, key=lambda e: e.surface.lower() != spelt)


@dataclass
class CheckResult:
    """Findings and term occurrences of one text."""

    findings: list[Finding] = field(default_factory=list)
    terms: list[TermOccurrence] = field(default_factory=list)
    # The hits in the text, after the rejected rules gave way: the bilingual checks reuse them.
    hits: list[Hit] | None = None


@dataclass(frozen=True, slots=True)
class _Target:
    """A replacement term with the grammar needed to inflect it."""

    text: str
    pos: str | None
    gender: str | None
    number: str | None


def _target_from_rule_term(term: RuleTerm) -> _Target:
    return _Target(term.text, term.pos, term.gender, term.number)


def _target_from_concept(concept: Concept, text: str, fallback: Term) -> _Target:
    for term in concept.terms:
        if term.text == text:
            return _Target(term.text, term.pos, term.gender, term.number)
    return _Target(text, fallback.pos, fallback.gender if fallback.pos != "noun" else None, None)


class Checker:
    """Checks texts against one compiled glossary."""

    def __init__(self, compiled: CompiledGlossary) -> None:
        self.compiled = compiled
        self.glossary = compiled.glossary
        # Judges each safe fix on its corrected sentence (medgloss.fixing.verify, set by the
        # api layer, which this layer may not import): (checker, text, finding, apostrophe).
        self.verifier: Callable[["Checker", str, Finding, str], Finding] | None = None
        # While a window of a larger document is checked: the document's answers to what the
        # detectors would otherwise decide from the window alone (see .document_facts).
        self.facts: DocumentFacts | None = None

    # -- public -------------------------------------------------------------------------

    def check(
        self,
        text: str,
        path: str = "<string>",
        *,
        with_terms: bool = False,
        apostrophe: str | None = None,
        exhaustive: bool = False,
        verify: bool = True,
        selection: Selection | None = None,
        facts: DocumentFacts | None = None,
    ) -> CheckResult:
        """Findings (and, if asked, term occurrences) of ``text``; offsets index ``text``.

        ``apostrophe`` overrides the style detected in ``text`` (a chunk of a larger file
        takes the whole file's).  ``exhaustive`` is the slow reference path: every sentence
        is parsed by spaCy up front, terms are found by looking up every word n-gram instead
        of the automaton, and every hit's parse is computed; it must give the same findings.
        ``verify=False`` leaves the fixes unverified (the verifier checks corrected sentences so).
        ``selection`` runs only the detectors its codes need (:mod:`.selection`): the findings
        it keeps are those of a full run, the others may be missing or unverified.
        ``facts``: ``text`` is a window of a larger document, and the decisions the detectors
        take from their whole text are asked of ``facts`` (:mod:`.document_facts`); the
        severities that the document's evidence of machine translation raises are then left
        to the caller, who alone sees the whole document (:mod:`.escalation`).
        """
        # (Saved and restored: a fix's verification checks its corrected sentence on its own.)
        outer, self.facts = self.facts, facts
        try:
            return self._check(text, path, with_terms, apostrophe, exhaustive, verify, selection)
        finally:
            self.facts = outer

    def _check(self, text: str, path: str, with_terms: bool, apostrophe: str | None, exhaustive: bool, verify: bool,
               selection: Selection | None) -> CheckResult:
        if exhaustive:
            result = self._check_exhaustive(text, path, with_terms, apostrophe, selection)
        else:
            folded = fold(text)
            result = self._check_hits(text, path, scan_candidates(text, self.compiled, folded), with_terms,
                                      apostrophe, folded, selection)
        if verify and self.verifier is not None:
            style = apostrophe or apostrophe_style(text)
            # A fix is judged on its own sentence, whatever the other findings are: a finding
            # the selection drops need not be judged.
            result.findings = [self.verifier(self, text, f, style) if selection is None or selection.keeps(f) else f
                               for f in result.findings]
        if self.facts is None and (selection is None or selection.runs("escalation")):
            result.findings = escalate(result.findings, text, self.glossary)
        return result

    def _check_exhaustive(self, text: str, path: str, with_terms: bool, apostrophe: str | None,
                          selection: Selection | None = None) -> CheckResult:
        from ..french import parse as nlp

        nlp._PRELOADED.update(nlp.preparse(text))
        try:
            # Its hits (n-gram lookup, then the same resolution) serve the bilingual checks too, which
            # would otherwise scan again without knowing which rules were rejected.
            return self._check_hits(text, path, scan_exhaustive_candidates(text, self.compiled), with_terms,
                                    apostrophe, None, selection)
        finally:
            nlp._PRELOADED.clear()

    def _check_hits(
        self, text: str, path: str, scanned: Scan, with_terms: bool, apostrophe: str | None,
        folded: Folded | None = None, selection: Selection | None = None,
    ) -> CheckResult:
        result = CheckResult()
        runs = _every_stage if selection is None else selection.runs
        mentions = self._mentions(scanned.hits)
        sentences = SentenceIndex(text)
        apostrophe = apostrophe or apostrophe_style(text)
        # Each rule hit's finding, decided once: while the scan is resolved (a rule hit whose
        # context does not hold, with no glossary term there, hides nothing), then below.
        decided: dict[tuple[int, int], Finding | None] = {}

        def rule_finding(hit: Hit) -> Finding | None:
            key = (hit.start, hit.end)
            if key not in decided:
                decided[key] = self._rule_finding(text, path, hit, mentions, apostrophe, sentences)
            return decided[key]

        hits = scanned.resolve(lambda hit: not any(e.kind == TERM for e in hit.entries) and rule_finding(hit) is None)
        if hits is not scanned.hits:
            mentions = self._mentions(hits)  # the terms the rejected rules hid are mentions too
        result.hits = hits
        if not hits:
            result.findings.extend(self._generated_findings(text, path, hits, folded, mentions, apostrophe, [], runs))
            result.findings.sort(key=lambda f: (f.offset, f.length))
            return result
        flagged: set[int] = set()
        # When no rule's code is selected, a rule's finding on words that are no glossary term
        # matters only as a span the English and accent checks keep off (and a hit the
        # duplicates skip): it is decided only for the spans they ask about.
        pending = _PendingRules(rule_finding, text) \
            if selection is not None and _rules_only_as_spans(selection) else None
        if runs("terms") or with_terms:
            for hit in hits:
                if runs("terms") and pending is not None and not any(e.kind == TERM for e in hit.entries):
                    pending.add(hit)
                elif runs("terms"):
                    finding = rule_finding(hit)
                    if finding is None:
                        finding = self._term_finding(text, path, hit, mentions, apostrophe, sentences)
                    if finding is not None and glossed_as_english(text, hit.start, hit.end):
                        finding = None  # quoted as English by the text itself (« SCID en anglais »)
                    if finding is not None:
                        result.findings.append(finding)
                        flagged.add(hit.start)
                if with_terms:
                    result.terms.extend(self._occurrences(text, path, hit))
        if runs("duplicates"):
            for finding in duplicated_expansions(text, path, hits, self.glossary,
                                                 flagged if pending is None else _Flagged(flagged, pending)):
                result.findings.append(finding)
        # The medical terms' starts (english.medical_anchors), computed once for the detectors
        # that ask: a pass over every hit of the text.
        memo: dict[str, list[int]] = {}
        result.findings.extend(self._generated_findings(text, path, hits, folded, mentions, apostrophe, result.findings,
                                                        runs, memo, pending.overlaps if pending is not None else None))
        result.findings = self._english_acronyms(text, path, hits, result.findings, runs, memo.get("anchors"))
        result.findings.sort(key=lambda f: (f.offset, f.length))
        return result

    def _english_acronyms(self, text: str, path: str, hits: list[Hit], findings: list[Finding],
                          runs: Callable[[str], bool] = lambda _stage: True,
                          anchors: list[int] | None = None) -> list[Finding]:
        """English acronyms used bare in French made warnings, and garbled ones after their term."""
        from .english import mismatched_acronyms, promote_english_acronyms

        if runs("promote"):
            findings = promote_english_acronyms(self, text, findings, hits, anchors)
        if runs("acronyms"):
            findings = findings + mismatched_acronyms(self, text, path, hits, findings)
            from .acronym_variants import introduced_garbled

            findings = findings + introduced_garbled(self, text, path, hits, findings)
        return findings

    def _generated_findings(
        self, text: str, path: str, hits: list[Hit], folded: Folded | None, mentions: MentionIndex, apostrophe: str,
        existing: list[Finding], runs: Callable[[str], bool] = lambda _stage: True,
        memo: dict[str, list[int]] | None = None, also_taken: Callable[[int, int], bool] | None = None,
    ) -> list[Finding]:
        """Findings of the detectors that need no glossary entry of the error itself: generated
        calques, English left in French, broken words.  English and broken words stay silent on
        any glossary hit; a calque only where a finding already is, or inside a correct term.
        ``runs`` says which of them the selection needs; the medical anchors computed for them
        are left in ``memo``; ``also_taken`` tells whether findings decided on demand overlap a span
        (the English and accent checks keep off them too)."""
        from .accents import accent_findings
        from .broken_words import about_health, broken_word_findings
        from .calques import calque_findings
        from .english import english_findings

        folded = folded or fold(text)
        # A rule's trigger whose context did not hold covers nothing: « PID » may still be English.
        covered = [(h.start, h.end) for h in hits if any(e.kind == TERM for e in h.entries)]
        covered += [(f.offset, f.end) for f in existing]
        found: list[Finding] = []
        # A text without a single glossary term is not medical: the lexicons are not even loaded.
        from .english import has_shorthand

        if (runs("english") or runs("accents") or runs("broken_words")) and (
                self._fact(TERMS, lambda: any(e.kind == TERM for h in hits for e in h.entries))
                or self._fact(SHORTHAND, lambda: has_shorthand(self.glossary, text))):
            from .english import document_anchors

            anchors = document_anchors(self, text, hits) if runs("english") or runs("accents") else None
            if memo is not None and anchors is not None:
                memo["anchors"] = anchors
            if runs("english"):
                found = english_findings(self, text, path, folded, hits, covered, anchors, also_taken)
            if runs("accents"):
                found += accent_findings(self, text, path, hits, [(f.offset, f.end) for f in [*existing, *found]],
                                         anchors, also_taken)
            if runs("broken_words"):
                found += broken_word_findings(self, text, path, hits, covered + [(f.offset, f.end) for f in found])
        elif runs("broken_words") and self._fact(HEALTH, lambda: about_health(text)):
            # A fusion hides the very term that would have made the text medical (« lorganisme »).
            found += broken_word_findings(self, text, path, hits, covered)
        if runs("calques"):
            found += calque_findings(self, text, path, folded, list(existing) + found, hits, mentions, apostrophe)
        if runs("literal"):
            from .literal import literal_findings

            found += literal_findings(self, text, path, list(existing) + found, hits, mentions, apostrophe)
        if runs("agreement"):
            from .agreement_errors import agreement_findings

            found += agreement_findings(self, text, path, hits, [(f.offset, f.end) for f in [*existing, *found]],
                                        apostrophe)
        if runs("body_parts"):
            from .body_parts import body_part_findings

            found += body_part_findings(self, text, path, [(f.offset, f.end) for f in [*existing, *found]
                                                           if f.rule != "MG114"], apostrophe)
        if runs("units"):
            from .units import unit_findings

            found += unit_findings(text, path)
        if runs("neighbours"):
            from .neighbours import neighbour_findings

            found += neighbour_findings(self, text, path, folded, hits,
                                        [f for f in [*existing, *found] if f.rule not in ("MG114", "MG116", "MG117")],
                                        mentions, apostrophe)
        return found

    def _fact(self, key: str, local: Callable[[], bool]) -> bool:
        """``local()``, or the whole document's answer when a window of it is checked."""
        return local() if self.facts is None else self.facts.ask(key, local)

    # -- hits -----------------------------------------------------------------------------

    def _mentions(self, hits: list[Hit]) -> MentionIndex:
        positions: dict[str, list[int]] = {}
        for hit in hits:
            for concept in {e.owner for e in hit.entries if e.kind == TERM}:
                positions.setdefault(concept, []).append(hit.start)
        return MentionIndex(positions)

    def _occurrences(self, text: str, path: str, hit: Hit) -> list[TermOccurrence]:
        """One occurrence per span: the reading the context supports, the others as alternatives."""
        readings: dict[str, Entry] = {}
        for entry in hit.entries:
            if entry.kind == TERM:
                readings.setdefault(entry.owner, entry)
        if not readings:
            return []
        ranked = sorted(readings.values(), key=lambda e: -_reading_score(e, text[max(0, hit.start - 40) : hit.start]))
        best = ranked[0]
        concept = self.glossary.concepts[best.owner]
        return [
            TermOccurrence(
                path=path,
                offset=hit.start,
                length=hit.end - hit.start,
                found=text[hit.start : hit.end],
                canonical=concept.preferred.text,
                concept=concept.id,
                status=concept.terms[best.index].status.value,
                alternatives=tuple(e.owner for e in ranked[1:]),
            )
        ]

    # -- findings -------------------------------------------------------------------------

    def _rule_finding(
        self, text: str, path: str, hit: Hit, mentions: MentionIndex, apostrophe: str, sentences: SentenceIndex
    ) -> Finding | None:
        rule_entries = _accents_first([e for e in hit.entries if e.kind == RULE], text[hit.start : hit.end])
        if not rule_entries:
            return None
        ctx = HitContext(text, hit.start, hit.end, mentions, sentences)
        analyses = [a for e in rule_entries for a in e.analyses]
        ctx.participle = any(a[1] == "participe-passé" for a in analyses)
        ctx.only_participle = ctx.participle and all(a[1] == "participe-passé" for a in analyses)
        for entry in rule_entries:
            rule = self.glossary.rules[entry.owner]
            if not context_holds(rule, ctx, self.compiled):
                continue
            return self._finding_of_rule(text, path, hit, ctx, entry, code_for_rule_kind(rule.kind), apostrophe)
        return None

    def _finding_of_rule(
        self, text: str, path: str, hit: Hit, ctx: HitContext, entry: Entry, code: Code, apostrophe: str
    ) -> Finding:
        rule = self.glossary.rules[entry.owner]
        concept = self.glossary.concepts[rule.concept]
        trigger = rule.match[entry.index]
        targets = [_target_from_rule_term(t) for t in rule.replace] or [
            _target_from_concept(concept, concept.preferred.text, concept.preferred)
        ]
        return self._finding(text, path, hit, ctx, entry, code, concept, targets, trigger.gender, rule, apostrophe, rule.safe)

    def rule_finding_at(
        self, text: str, path: str, hit: Hit, rule_id: str, code: Code, apostrophe: str | None = None,
        context: str = "none",
    ) -> Finding | None:
        """The finding of rule ``rule_id`` at ``hit``, reported as ``code``: for bilingual
        documents, where the English source vouches for the error.  ``context`` says how much
        of the rule's French context must hold: ``"none"``, ``"unless"`` (no ``unless``
        condition may hold) or ``"all"``.  ``apostrophe`` is the text's
        :func:`apostrophe_style` (computed if not given)."""
        entries = _accents_first([e for e in hit.entries if e.kind == RULE and e.owner == rule_id], text[hit.start : hit.end])
        entry = entries[0] if entries else None
        if entry is None:
            return None
        ctx = HitContext(text, hit.start, hit.end, self._mentions([hit]))
        rule = self.glossary.rules[rule_id]
        if context == "all" and not context_holds(rule, ctx, self.compiled):
            return None
        if context == "unless" and context_vetoes(rule, ctx, self.compiled):
            return None
        style = apostrophe if apostrophe is not None else apostrophe_style(text)
        finding = self._finding_of_rule(text, path, hit, ctx, entry, code, style)
        return self.verifier(self, text, finding, style) if self.verifier is not None else finding

    def _term_finding(
        self, text: str, path: str, hit: Hit, mentions: MentionIndex, apostrophe: str, sentences: SentenceIndex
    ) -> Finding | None:
        term_entries = [e for e in hit.entries if e.kind == TERM]
        for entry in term_entries:
            if not self.glossary.concepts[entry.owner].terms[entry.index].status.has_correction:
                # A preferred or admitted reading of the same words exists: nothing to say.
                return None
        # The mildest status decides: words that are a forbidden term of one concept and a
        # superseded one of another are correct French for the second.
        term_entries.sort(key=lambda e: _STATUS_RANK[self.glossary.concepts[e.owner].terms[e.index].status])
        for entry in term_entries:
            concept = self.glossary.concepts[entry.owner]
            term = concept.terms[entry.index]
            code = _STATUS_CODES[term.status]
            if term.abbreviation and term.status is not Status.SUPERSEDED:
                code = CODES["MG106"]
            target = _target_from_concept(concept, concept.correction_for(term), term)
            ctx = HitContext(text, hit.start, hit.end, mentions, sentences)
            return self._finding(text, path, hit, ctx, entry, code, concept, [target], term.gender, None, apostrophe, True, term)
        return None

    def _inflect(self, entry: Entry, target: _Target, ctx: HitContext) -> Inflected:
        forms = self.compiled.forms_of(target.text, target.pos, target.number)
        result = inflect_like(entry.analyses, target.text, forms)
        if result.certain:
            return result
        if target.number and target.pos in (None, "noun"):
            # A term French uses in one number only (« antécédents familiaux »): the original's
            # number gives way, and the agreement edits carry the change to its determiner,
            # adjectives and verb.
            renumbered = {(a[0], a[1], a[2], target.number, a[4]) for a in entry.analyses if a[0] == NOUN}
            if renumbered and (fitted := inflect_like(renumbered, target.text, forms)).certain:
                return fitted
        if target.pos == "adj" and ctx.qualified is not None:
            # An adjective of either gender or number (« sombres »): the noun it qualifies says.
            gender, number = ctx.qualified
            by_noun = {a for a in entry.analyses if (gender is None or a[4] in (None, gender))
                       and (number is None or a[3] in (None, number))}
            if by_noun:
                narrowed_result = inflect_like(by_noun, target.text, forms)
                if narrowed_result.certain:
                    return narrowed_result
        if target.pos in (None, "noun") and lexicon.available():
            # « les taux »: a noun spelt alike in both numbers takes its determiner's.
            dets = [d for d in phrase.dependents(ctx.text, ctx.start, ctx.end, ctx.bounds, None, None) if d.kind == "det"]
            number = phrase.determiner_number(dets[0]) if dets else None
            if number:
                by_determiner: set[Analysis] = {(NOUN, "", None, number, None)}
                return inflect_like(entry.analyses, target.text, forms, narrowed=by_determiner)
        if target.pos == "verb" and _after_avoir(ctx.text, ctx.bounds[0], ctx.start):
            # « après avoir pris le vaccin »: after « avoir » the participle stays masculine
            # singular (its object follows).
            kept = {a for a in entry.analyses if a[1] == "participe-passé" and a[3] in (None, "s") and a[4] in (None, "m")}
            if kept and inflect_like(kept, target.text, forms).certain:
                return inflect_like(kept, target.text, forms)
        if target.pos == "verb" and lexicon.available():
            # « atteint »: present or participle?  The auxiliary before it, or the object after it.
            reading = phrase.verb_reading(ctx.text, ctx.start, ctx.end, ctx.bounds)
            if reading is not None:
                kept = {a for a in entry.analyses if (a[1] == "participe-passé") == (reading == "participle")}
                narrowed_result = inflect_like(kept, target.text, forms) if kept else result
                if narrowed_result.certain:
                    return narrowed_result
            # « éclaircit » is a present or a simple past: patient writing is in the present.
            # So is « mûrissent », a present or an imperfect subjunctive, which it never uses.
            present = {a for a in entry.analyses if a[1] != "passé-simple" and a[:2] != ("subjonctif", "imparfait")}
            if present and present != set(entry.analyses):
                narrowed_result = inflect_like(present, target.text, forms)
                if narrowed_result.certain:
                    return narrowed_result
        if target.pos == "verb" and {"1", "3"} <= {a[2] for a in entry.analyses}:
            # « le corps fabrique »: 1st or 3rd person, indicative or subjunctive.  Without « je »
            # before it, the subject is a third person; without « que », the mood indicative
            # (spaCy may read the form as a noun: « la fabrique »).
            before = re.findall(r"[^\W\d_]+", ctx.text[ctx.bounds[0] : ctx.start].lower())[-4:]
            if not {"je", "j", "que", "qu"} & set(before):
                third = {a for a in entry.analyses if a[0] == "indicatif" and a[2] == "3"}
                if third and (narrowed_third := inflect_like(third, target.text, forms)).certain:
                    return narrowed_third
        # Ambiguous form (« atteint »: present or participle): ask spaCy about this token.
        span = ctx.parsed.token_span(ctx.start, ctx.end)
        if span is not None and len(span):
            morph = span.root.morph.to_dict()
            narrowed = analysis_from_morph(morph)
            if narrowed:
                return inflect_like(entry.analyses, target.text, forms, narrowed=narrowed)
        return result

    def _agreement(self, text: str, hit: Hit, ctx: HitContext, entry: Entry, found: str, found_gender: str | None,
                   best: str, target: _Target, apostrophe: str) -> tuple[list[Edit], tuple[str | None, str | None] | None]:
        """Edits that agree the words around the hit with the replacement noun, and the
        replacement's gender and number (``None`` for a target that is not a noun)."""
        if target.pos not in (None, "noun"):
            return [], None
        old_gender, old_number = _features(found, found_gender)
        numbers = {a[3] for a in entry.analyses if a[0] == NOUN}
        if len(numbers) == 1:
            old_number = numbers.pop()
        new_gender, _ = _features(best, target.gender)
        if old_number is None and lexicon.available():
            dets = [d for d in phrase.dependents(text, hit.start, hit.end, ctx.bounds, old_gender, None) if d.kind == "det"]
            old_number = phrase.determiner_number(dets[0]) if dets else None
        new_number = target.number or old_number
        features = (new_gender, new_number)
        same_sound = starts_with_vowel_sound(found) == starts_with_vowel_sound(best)
        if not new_gender or not old_gender or ((old_gender, old_number) == features and same_sound):
            return [], features
        if not lexicon.available():
            from ..french.agreement import agreement_edits

            return agreement_edits(ctx.parsed, hit.start, hit.end, best, new_gender, apostrophe), features
        if new_number is None:
            return [], features
        return phrase.agreement_edits(text, hit.start, hit.end, ctx.bounds, best, (old_gender, old_number),
                                      (new_gender, new_number), apostrophe), features

    def _finding(
        self,
        text: str,
        path: str,
        hit: Hit,
        ctx: HitContext,
        entry: Entry,
        code: Code,
        concept: Concept,
        targets: list[_Target],
        found_gender: str | None,
        rule: Rule | None,
        apostrophe: str,
        safe: bool,
        term: Term | None = None,
    ) -> Finding:
        # As the reader sees it: masked markup (NUL) removed, a line break read as a space.
        found = " ".join(text[hit.start : hit.end].replace("\x00", "").split())
        # The glossary's spelling, in the document's typography (« lié à l’X » in a text with ’).
        inflected = [Inflected(in_document_style(i.text, apostrophe, text[ctx.bounds[0] : ctx.bounds[1]]), i.certain)
                     for i in (self._inflect(entry, t, ctx) for t in targets)]
        first = found.split(" ", 1)[0]
        if (entry.case_sensitive and found.isupper()) or (first != found and first.isupper() and not found.isupper()):
            # An acronym's capitals say nothing of its expansion's case (HSCT → greffe de CSH),
            # nor does a code before its noun (« B lymphocytes » → « lymphocytes B »): the
            # replacement keeps its own case, capitalised only at the start of a sentence.
            initial = not text[ctx.bounds[0] : hit.start].strip(" \t\n«“\"(")
            replacements = list(dict.fromkeys(match_case(found[:1] if initial else "x", i.text) for i in inflected))
        else:
            replacements = list(dict.fromkeys(match_case(found, i.text) for i in inflected))
        best, best_target = replacements[0], targets[0]
        certain = inflected[0].certain
        joined = None
        if best_target.pos == "phrase" and lexicon.available():
            # A phrase written once in the glossary (« atteints de », « malodorant ») agrees with
            # the noun before it and contracts with the article after it (french.phrase_joins).
            best = replacements[0] = phrase_joins.agree_first_word(text, hit.start, ctx.bounds, best)
            joined = phrase_joins.article_join(text, hit.start, hit.end, ctx.bounds, best, apostrophe)
        edits = joined or [Edit(hit.start, hit.end - hit.start, best)]
        if best_target.pos == "verb" and (placed := phrase_around(best, text, hit.end)) is not None:
            # « ne mûrissent pas » → « n’arrivent pas à maturité »: the negation or adverb after
            # the verb goes inside the replacing phrase, after its verb.
            reach, phrase_text = placed
            edits = [Edit(hit.start, reach - hit.start, phrase_text)]
        elif best.endswith(" des") and best_target.pos in ("verb", "phrase") and lexicon.available():
            # « recevoir immunoglobuline » → « recevoir des immunoglobulines »: the noun follows.
            edits.extend(phrase_joins.plural_after(text, hit.end, ctx.bounds))
        agreed, features = self._agreement(text, hit, ctx, entry, found, found_gender, best, best_target, apostrophe)
        edits.extend(agreed)
        if not any(e.end == hit.start or e.end == hit.start - 1 for e in edits[1:]):
            elision = elision_edit(text, hit.start, best, best_target.gender, apostrophe)
            if elision is not None:
                edits.append(elision)
        edits.sort(key=lambda e: e.offset)
        whole = corrected_span(text, edits)
        shown_found, shown = found, replacements
        if whole is not None and (len(edits) > 1 or whole.length != hit.end - hit.start):
            # The whole correction, first changed character to last: « une carence en NEMO » →
            # « un déficit en NEMO », not the term alone (the alternatives stay term-level).
            shown_found = " ".join(text[whole.offset : whole.end].replace("\x00", "").split())
            shown = [" ".join(whole.text.split()), *replacements[1:]]
        message = _message(code, shown_found, shown, concept, rule, term, certain)
        return Finding(
            path=path,
            offset=hit.start,
            length=hit.end - hit.start,
            rule=code.code,
            concept=concept.id,
            severity=_severity(code, rule, term),
            message=message,
            found=found,
            replacements=replacements,
            rule_id=rule.id if rule is not None else None,
            name=code.name,
            fix=Fix(tuple(edits), safe=safe and certain, title=f"Replace with « {shown[0]} »"),
            corrected=whole,
            agreement=features,
            certain=certain,
        )


def _every_stage(_stage: str) -> bool:
    return True


# The detectors that read every French finding (not only its span): while one runs, each rule's
# finding is decided as it always was.
_READ_FINDINGS = ("broken_words", "calques", "literal", "agreement", "body_parts", "acronyms", "escalation", "clinical",
                  "source_false_friends", "missing")
_RULE_KINDS = frozenset(RULE_KIND_CODES.values())


def _rules_only_as_spans(selection: Selection) -> bool:
    """True if the findings of rules on hits without a glossary term are read only as spans
    (by the duplicates, English and accent checks) and none of their codes is selected."""
    return not selection.wants(_RULE_KINDS) and not any(selection.runs(s) for s in _READ_FINDINGS)


class _PendingRules:
    """The hits of rules alone (no glossary term there), whose finding — does one of the rules'
    contexts hold? — is decided the first time a span or a start asks about it."""

    def __init__(self, rule_finding: Callable[[Hit], Finding | None], text: str) -> None:
        self._rule_finding, self._text = rule_finding, text
        self._hits: list[Hit] = []
        self._starts: list[int] = []
        self._longest = 0
        self._decided: dict[int, bool] = {}

    def add(self, hit: Hit) -> None:
        """A hit after those already added."""
        self._hits.append(hit)
        self._starts.append(hit.start)
        self._longest = max(self._longest, hit.end - hit.start)

    def _holds(self, i: int) -> bool:
        decided = self._decided.get(i)
        if decided is None:
            hit = self._hits[i]
            finding = self._rule_finding(hit)
            decided = self._decided[i] = finding is not None and not glossed_as_english(self._text, hit.start, hit.end)
        return decided

    def overlaps(self, start: int, end: int) -> bool:
        """True if a rule's finding (its hit's span) overlaps ``[start, end)``."""
        i = bisect_left(self._starts, end) - 1
        floor = start - self._longest
        while i >= 0 and self._starts[i] >= floor:
            if start < self._hits[i].end and self._holds(i):
                return True
            i -= 1
        return False

    def __contains__(self, start: object) -> bool:
        """True if a rule's finding starts at ``start``."""
        i = bisect_left(self._starts, start)  # type: ignore[call-overload]
        return i < len(self._starts) and self._starts[i] == start and self._holds(i)


class _Flagged:
    """The starts of the hits with a finding: those decided, and those of pending rules."""

    def __init__(self, flagged: set[int], pending: _PendingRules) -> None:
        self._flagged, self._pending = flagged, pending

    def __contains__(self, start: object) -> bool:
        return start in self._flagged or start in self._pending


_STATUS_CODES = {Status.FORBIDDEN: CODES["MG101"], Status.DEPRECATED: CODES["MG102"], Status.SUPERSEDED: CODES["MG109"]}
_STATUS_RANK = {Status.SUPERSEDED: 0, Status.DEPRECATED: 1, Status.FORBIDDEN: 2}


def _severity(code: Code, rule: Rule | None, term: Term | None) -> str:
    """A rule's own severity, else its kind's; a term's from its status (an English acronym left
    in the text is a warning whatever its status says: the reader still understands it)."""
    if rule is not None:
        return rule.severity or code.severity
    if term is not None and code.code != "MG106":
        return term.status.severity or code.severity
    return code.severity


_AVOIR_FORMS = frozenset("ai as a avons avez ont avoir ayant avais avait avions aviez avaient aura auront "
                         "aurait auraient".split())


def _after_avoir(text: str, start: int, end: int) -> bool:
    """True if a form of « avoir » comes just before ``end`` (adverbs aside), with no « que »
    before it whose object the participle would agree with (« la dose qu’il a prise »)."""
    words = re.findall(r"[^\W\d_]+", text[start:end].lower())
    while words and (words[-1].endswith("ment") or words[-1] in ("pas", "jamais", "déjà", "bien", "souvent", "plus")):
        words.pop()
    return bool(words) and words[-1] in _AVOIR_FORMS and not {"que", "qu"} & set(words)


def _features(word: str, gender: str | None) -> tuple[str | None, str | None]:
    """Gender (the glossary's if given, else Lexique383's) and number of a noun phrase's head."""
    read = lexicon.gender_number(word.split(" ")[0]) if word else None
    return (gender or (read[0] if read else None), read[1] if read else None)


def _message(
    code: Code,
    found: str,
    replacements: list[str],
    concept: Concept,
    rule: Rule | None,
    term: Term | None,
    certain: bool,
) -> str:
    proposal = _(" or ").join(f"« {r} »" for r in replacements)
    summary = _(code.summary)
    if rule is not None:
        english = _(" (English « {term} »)").format(term=rule.en[0]) if rule.en else ""
        head = _("{summary}: « {found} » → {proposal}").format(summary=summary + english, found=found, proposal=proposal)
        note = rule.message
    else:
        head = _("{summary}: « {found} » → {proposal}").format(summary=summary, found=found, proposal=proposal)
        head += f" ({concept.id})"
        note = term.note if term is not None else None
    if not certain:
        head += _("; form uncertain, check the inflection")
    # The template's « » get the same no-break spaces as the glossary's prose (typography.french).
    head = french(head)
    return f"{head}. {note}" if note else head


_SUBJECTS: dict[str, tuple[str, ...]] = {"1": ("je", "j", "nous"), "2": ("tu", "vous")}
# The noun-phrase patterns' determiners, and the partitive « de »/« d’ » and « quelques »,
# which announce a noun as well though no pattern agrees them.
_DETERMINERS = phrase.determiner_words() | {"de", "d", "quelques"}


def _reading_score(entry: Entry, before: str) -> int:
    """How well a reading of an ambiguous form fits the words before it: a 1st/2nd person verb
    needs its subject pronoun (« nous perfusions »), a noun its determiner (« des perfusions »)."""
    words = re.findall(r"\w+", before.lower())
    previous = words[-1] if words else ""
    finite = [a for a in entry.analyses if a[2] in _SUBJECTS]
    if finite and len(finite) == len(entry.analyses):
        subjects = {s for a in finite for s in _SUBJECTS[a[2] or ""]}
        return 2 if subjects & set(words[-3:]) else 0
    nominal = any(a[0] in ("nom", "adjectif") for a in entry.analyses)
    if nominal and previous in _DETERMINERS:
        return 2
    return 1
