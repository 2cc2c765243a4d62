"""The accented spelling of a French word written without its accents (« medecin » → « médecin »).

Built from Lexique383 (:mod:`medgloss.french.lexicon_words`): every form whose folded key (accents
removed) belongs to exactly one accented form of Lexique.  A key that two forms share (« eleve »:
élève, élevé) has no entry, since its accents cannot be guessed.  Kept in medgloss's cache folder;
at check time it is one dictionary lookup.

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..cache.codec import Codec
from ..cache.store import cached_value, source_digest
from ..text.fold import fold_term
from .lexicon_words import lexicon


def strip_accents(word: str) -> str:
    """``word`` without its diacritics (« hématopoïétique » → « hematopoietique »), case kept."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def build_accented() -> dict[str, str]:
    """Folded key → the one accented form of Lexique with that key (an empty map without Lexique)."""
    spellings: dict[str, set[str]] = {}
    for form in lexicon().spelt:
        spellings.setdefault(fold_term(form), set()).add(form)
    return {
        key: next(iter(forms))
        for key, forms in spellings.items()
        if len(forms) == 1 and next(iter(forms)) != key and key.isalpha()
    }


@lru_cache(maxsize=1)
def accented_forms() -> dict[str, str]:
    """:func:`build_accented`, from medgloss's cache folder when it was built before."""
    digest = source_digest(["french/accents.py", "french/lexicon_words.py", "text/fold.py", "cache/codec.py"])
    digest.update(str(len(lexicon().spelt)).encode())
    name = f"accented-forms-{digest.hexdigest()[:16]}.msgpack"
    return cached_value(name, Codec([]), build_accented, dict)


def accented(word: str) -> str | None:
    """The accented French spelling of ``word`` (lower case), if ``word`` is not French as written
    and Lexique has exactly one form that differs from it by accents only."""
    lower = word.lower()
    if lexicon().has_spelling(lower):
        return None
    form = accented_forms().get(fold_term(lower))
    if form is None or strip_accents(form) != strip_accents(lower):
        return None
    return form
