"""Finding a concept from a term in either language, whatever its inflection."""

from __future__ import annotations

from .glossary.model import Concept, Glossary
from .matching import compiled
from .matching.compiled import TERM
from .matching.english import english
from .normalise import fold_term


def lookup(glossary: Glossary, query: str) -> list[Concept]:
    """Concepts that have ``query`` (any French form, or any form of an English term) among their terms."""
    key = fold_term(query)
    found: dict[str, Concept] = {}
    for entry in compiled(glossary).lookup_key(key):
        if entry.kind == TERM:
            found.setdefault(entry.owner, glossary.concepts[entry.owner])
    # English terms in any inflection (« immunoglobulins »), from the English automaton.
    for entry in english(glossary).lookup_key(key):
        found.setdefault(entry.owner, glossary.concepts[entry.owner])
    return list(found.values())
