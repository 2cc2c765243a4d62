"""The glossary as a professional of one variety of French reads it (fr-FR, fr-BE, fr-CH, fr-CA).

A flagged term whose ``admitted_in`` names the variety is admitted there (Belgian, Swiss and
Canadian professionals write SCID, « immunisation », « physiothérapie »); a rule whose
``admitted_in`` names it does not apply there.  This module only derives a glossary: it must
not load files or know about the command line.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from ..errors import UsageError
from .model import DEFAULT_VARIETY, VARIETIES, Glossary, Status


def check_variety(variety: str) -> str:
    """``variety`` if it is a known one, else :class:`UsageError` naming the known ones."""
    if variety not in VARIETIES:
        raise UsageError(f"unknown variety {variety!r} (known: {', '.join(VARIETIES)})")
    return variety


# Derived glossaries by (source fingerprint, variety): a caller that asks again (the language
# server, at every edit) gets the same object, so the checker built for it is reused.
_DERIVED: dict[tuple[str, str], Glossary] = {}


def for_variety(glossary: Glossary, variety: str = DEFAULT_VARIETY) -> Glossary:
    """``glossary`` with the terms admitted in ``variety`` admitted and its exempt rules dropped.

    The same object is returned when nothing differs, so that caches keyed by the glossary's
    fingerprint are shared with the plain glossary; a glossary derived before for the same
    fingerprint and variety is returned again.
    """
    key = (glossary.fingerprint, variety)
    if glossary.fingerprint and key in _DERIVED:
        return _DERIVED[key]
    derived = _derive(glossary, variety)
    if glossary.fingerprint:
        _DERIVED[key] = derived
    return derived


def _derive(glossary: Glossary, variety: str) -> Glossary:
    check_variety(variety)
    concepts = dict(glossary.concepts)
    changed = False
    for cid, concept in glossary.concepts.items():
        if not any(variety in t.admitted_in for t in concept.terms):
            continue
        terms = tuple(
            replace(t, status=Status.ADMITTED, use=None) if variety in t.admitted_in and t.status.has_correction else t
            for t in concept.terms
        )
        concepts[cid] = replace(concept, terms=terms)
        changed = True
    rules = {rid: r for rid, r in glossary.rules.items() if variety not in r.admitted_in}
    if not changed and len(rules) == len(glossary.rules):
        return glossary
    # A rule admitted in this variety says its professionals write the phrase: the calque
    # generator must not report it there either (it skips rule triggers, and this rule is gone).
    admitted = [t.text for rid, r in glossary.rules.items() if rid not in rules for t in r.match]
    return Glossary(
        concepts=concepts,
        rules=rules,
        sources=dict(glossary.sources),
        files=list(glossary.files),
        attested=[*glossary.attested, *admitted],
        # Caches use a prefix of the fingerprint: the variety must change all of it.
        fingerprint=hashlib.sha256(f"{glossary.fingerprint}\0{variety}".encode()).hexdigest() if glossary.fingerprint else "",
    )
