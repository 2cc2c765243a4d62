"""Counts that describe a glossary (``medgloss glossary stats``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .model import Glossary


def glossary_stats(glossary: Glossary) -> dict[str, Any]:
    """Concepts, terms by status, rules by type, examples, domains and sources used."""
    statuses = Counter(t.status.value for c in glossary.concepts.values() for t in c.terms)
    kinds = Counter(r.kind for r in glossary.rules.values())
    domains = Counter(c.domain for c in glossary.concepts.values())
    sources = Counter(c.source for c in glossary.concepts.values()) + Counter(r.source for r in glossary.rules.values())
    examples = [e for r in glossary.rules.values() for e in r.examples]
    return {
        "concepts": len(glossary.concepts),
        "terms": sum(statuses.values()),
        "terms_by_status": dict(sorted(statuses.items())),
        "abbreviations": sum(1 for c in glossary.concepts.values() for t in c.terms if t.abbreviation),
        "english_terms": sum(len(c.en) for c in glossary.concepts.values()),
        "rules": len(glossary.rules),
        "rules_by_type": dict(sorted(kinds.items())),
        "examples": len(examples),
        "wrong_examples": sum(1 for e in examples if e.is_wrong),
        "right_examples": sum(1 for e in examples if not e.is_wrong),
        "domains": dict(sorted(domains.items())),
        "sources": {key: glossary.sources.get(key, "?") for key in sorted(sources)},
        "source_use": dict(sorted(sources.items())),
        "files": len(glossary.files),
    }
