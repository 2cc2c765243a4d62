"""Finding a concept from a term in either language, whatever its inflection."""

from __future__ import annotations

from ..glossary.model import Concept, Glossary
from .cache import compiled
from .compiled import RULE, TERM
from .english import english
from ..text.fold import fold_term


def lookup(glossary: Glossary, query: str) -> list[Concept]:
    """Concepts that have ``query`` (any French form, or any form of an English term) among
    their terms, or whose rules name it as the English source of a false friend."""
    key = fold_term(query)
    found: dict[str, Concept] = {}
    for entry in compiled(glossary).lookup_key(key):
        if entry.kind == TERM:
            found.setdefault(entry.owner, glossary.concepts[entry.owner])
    # English terms in any inflection (« immunoglobulins »), from the English automaton.
    for entry in english(glossary).lookup_key(key):
        found.setdefault(entry.owner, glossary.concepts[entry.owner])
    # The English words of rules (« dampen ») lead to the concept meant, with its false friends.
    for entry in english(glossary, RULE).lookup_key(key):
        concept_id = glossary.rules[entry.owner].concept
        found.setdefault(concept_id, glossary.concepts[concept_id])
    return list(found.values())
