"""Finding a concept, or the rules a word triggers, from a term in either language, whatever
its inflection.  Only looks up: nothing here decides whether a text is wrong."""

from __future__ import annotations

from ..glossary.model import Concept, Glossary, Rule
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


def lookup_rules(glossary: Glossary, query: str) -> list[Rule]:
    """Rules that ``query`` triggers (any form of a French trigger: « humidifiait ») or whose
    English source it is (« dampen »), in glossary order."""
    key = fold_term(query)
    ids: set[str] = {entry.owner for entry in compiled(glossary).lookup_key(key) if entry.kind == RULE}
    ids.update(entry.owner for entry in english(glossary, RULE).lookup_key(key))
    return [rule for rule_id, rule in glossary.rules.items() if rule_id in ids]
