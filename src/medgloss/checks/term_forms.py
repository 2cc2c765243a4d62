"""Whether a French target expresses a concept in a form the glossary's terms do not list.

A translation says « heart » when it has « cœur », but also with a relational adjective
(« insuffisance cardiaque »), a compound (« cardiopathie ») or a combining form
(« cardio-vasculaire »); it says « subcutaneous tissue » with « tissu cellulaire
sous-cutané », where a word sits inside the term.  MG201 (a source term without its
translation) must count all of these as present, or it reports correct French.

The derived forms come from the concept's ``derived`` list in the glossary:

- ``cardiaque`` — the word, in any gender and number (« osseux », « osseuse », « osseuses »);
- ``cardio-`` — a word that starts so; ``-cardite`` — a word that ends so; ``-card-`` — a
  word that contains it;
- several words (``sous-cutané``) — the words in a row.

This module answers questions about text; it reports nothing.
"""

from __future__ import annotations

from functools import lru_cache

from ..glossary.model import Concept
from ..text.fold import fold

# Words a term may have inserted between its own words (« tissu cellulaire sous-cutané »).
MAX_INSERTED = 2


def _adjective_forms(word: str) -> set[str]:
    """Gender and number forms of a folded French adjective or noun (over-generation is harmless:
    the forms are only looked for, never written)."""
    forms = {word, word + "s", word + "e", word + "es"}
    for ending, replacements in (
        ("eux", ("euse", "euses")),
        ("al", ("ale", "ales", "aux")),
        ("el", ("elle", "elles", "els")),
        ("ien", ("ienne", "iennes", "iens")),
        ("if", ("ive", "ives", "ifs")),
        ("er", ("ere", "eres", "ers")),
        ("e", ("es",)),
    ):
        if word.endswith(ending):
            forms.update(word[: -len(ending)] + r for r in replacements)
    return forms


@lru_cache(maxsize=4096)
def _folded_words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).key.split())


def _derived_matches(derived: str, words: tuple[str, ...], padded: str) -> bool:
    prefix, suffix = derived.endswith("-"), derived.startswith("-")
    stem = " ".join(_folded_words(derived.strip("-")))
    if not stem:
        return False
    if prefix and suffix:
        return any(stem in w for w in words)
    if prefix:
        return any(w.startswith(stem) for w in words)
    if suffix:
        return any(w.endswith(stem) for w in words)
    if " " in stem:  # several words: each may be inflected (« analyses médicales »)
        return _with_inserted_words(tuple(stem.split()), words, inserted=0)
    return any(f" {form} " in padded for form in _adjective_forms(stem))


def _stem(word: str) -> str:
    """What inflection leaves of a folded word: gender and number endings dropped."""
    for ending in ("es", "s", "x", "e"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def _with_inserted_words(term_words: tuple[str, ...], words: tuple[str, ...], inserted: int = MAX_INSERTED) -> bool:
    """True if the term's words occur in order, each (inflected) within ``inserted`` words of
    the previous one."""
    stems = [_stem(w) for w in term_words]
    for start, word in enumerate(words):
        if not word.startswith(stems[0]):
            continue
        position = start
        for stem in stems[1:]:
            window = words[position + 1 : position + 2 + inserted]
            found = next((k for k, w in enumerate(window) if w.startswith(stem)), None)
            if found is None:
                break
            position += 1 + found
        else:
            return True
    return False


def expresses(concept: Concept, target: str) -> bool:
    """True if ``target`` says the concept by a derived form or with words inserted in one
    of its correct terms."""
    words = _folded_words(target)
    if not words:
        return False
    padded = f" {' '.join(words)} "
    if any(_derived_matches(d, words, padded) for d in concept.derived):
        return True
    for term in concept.terms:
        if term.status.is_wrong:
            continue
        term_words = _folded_words(term.text)
        if len(term_words) > 1 and _with_inserted_words(term_words, words):
            return True
    return False


__all__ = ["MAX_INSERTED", "expresses"]
