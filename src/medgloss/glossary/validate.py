"""Consistency checks of a loaded glossary, beyond what the schema can say.

Loading already refuses what would make the glossary unusable (schema errors, unknown
sources or concepts, duplicate ids in a layer, concepts without a preferred term).  These
checks find what a terminologist would want to correct: contradictions between entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.fold import fold_term
from .model import Glossary, Status


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
    return sorted(problems, key=lambda p: (p.path or "", p.line or 0, p.message))
