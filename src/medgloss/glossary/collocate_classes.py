"""Classes of collocates derived from the glossary's own French, for the rules' contexts.

A false friend whose French form is also correct French in other senses (« condition »: a
requirement in French, a disease in English) is told apart by the *class* of the words around
it, not by a list of example words: « une condition cardiaque, génétique, rénale » is the
English « condition » because its adjective is one that qualifies diseases.  The glossary
already knows those adjectives: they are the ones its French disease terms put after a
generic disease noun (« affection cardiaque », « maladie génétique », « insuffisance rénale »).

A rule cites a class as ``class:NAME`` in a context word list; the loader replaces it, once
every layer is loaded, by the class's words (:func:`class_words`), exactly as it replaces
``domain:NAME`` by a domain's terms.  This module derives word lists; it must not decide
whether a rule applies (that is ``checks/context.py``) nor hold example sentences.
"""

from __future__ import annotations

from collections.abc import Callable

from ..french import lexicon
from .model import Glossary

CLASS_PREFIX = "class:"

# Generic nouns of disease: what Termium and the OQLF give for the English « condition » in
# its medical sense (maladie, affection, trouble, pathologie, état morbide) and the heads the
# glossary's disease terms share (« insuffisance rénale », « déficit immunitaire »).  A head,
# not an example: the adjectives are taken from whatever terms the glossary holds.
DISEASE_HEADS = frozenset(
    "maladie maladies affection affections trouble troubles pathologie pathologies atteinte atteintes syndrome "
    "syndromes anomalie anomalies déficit déficits insuffisance malformation malformations infection infections "
    "déficience déficiences défaillance cardiopathie".split())

# Adjectives of a disease term that say which kind or which case, not which organ or nature
# of disease: after « condition(s) » they are the French senses (« conditions spécifiques,
# particulières, hospitalières, alimentaires »: requirements, circumstances; « conditions
# affectives, intellectuelles » of learning, in psychology).
_NOT_DISEASE_DOMAIN = frozenset(
    "spécifique sélectif primaire secondaire périodique récurrent évitable organique hospitalier alimentaire "
    "affectif intellectuel général particulier normal commun simple sévère grave léger aigu".split())


def _adjective_lemma(word: str) -> str | None:
    """The masculine singular of ``word`` if Lexique383 reads it as an adjective (and not as
    a past participle, which qualifies any noun: « liée », « associée », « transmise »)."""
    readings = lexicon.analyses(word)
    if not readings or any(e.is_past_participle for e in readings):
        return None
    # Its commonest reading must be the adjective: « sur » is an adjective (sour) to Lexique,
    # but a preposition in « trouble sur… ».
    commonest = max(readings, key=lambda e: e.freq)
    return commonest.lemma if commonest.cgram == lexicon.ADJ else None


def disease_adjectives(glossary: Glossary) -> tuple[str, ...]:
    """Adjectives that qualify a disease in the glossary's French terms: the word right after
    a generic disease noun (:data:`DISEASE_HEADS`) in a preferred or admitted term, as
    Lexique383's masculine singular, sorted.  Empty without Lexique383."""
    if not lexicon.available():
        return ()
    found: set[str] = set()
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if term.abbreviation or term.status.is_wrong or term.pos not in (None, "noun"):
                continue
            words = term.text.split()
            if len(words) < 2 or words[0].lower() not in DISEASE_HEADS:
                continue
            lemma = _adjective_lemma(words[1])
            if lemma is not None and lemma not in _NOT_DISEASE_DOMAIN:
                found.add(lemma)
    return tuple(sorted(found))


CLASSES: dict[str, Callable[[Glossary], tuple[str, ...]]] = {
    "disease-adjective": disease_adjectives,
}


def class_words(name: str, glossary: Glossary) -> tuple[str, ...] | None:
    """The words of the derived class ``name`` (None: no such class)."""
    derive = CLASSES.get(name)
    return derive(glossary) if derive is not None else None


__all__ = ["CLASSES", "CLASS_PREFIX", "DISEASE_HEADS", "class_words", "disease_adjectives"]
