"""Calques that keep the English spelling of a French adjective: « anémie aplastique ».

Machine translation turns an English adjective in -ic into French by its ending alone (aplastic
→ « aplastique », psoriatic → « psoriatique », haemorrhagic → « hémorrhagique ») where French
spells the same learned word otherwise (« aplasique », « psoriasique », « hémorragique »).
The glossary already pairs the English term with its French one (« aplastic anaemia » /
« anémie aplasique »); this module aligns the English adjective with the French adjective of
the same beginning and, when the English spelling with the French ending is a word French
never writes (neither Lexique383 nor wordfreq's French list knows it), makes the French term
with that spelling in its place: a calque of one word, which the generated calques' automaton
(:mod:`medgloss.matching.compiled`) finds like the others.

It must not read documents or decide findings; it only generates forms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from difflib import SequenceMatcher

from ..french.lexicon_words import Lexicon
from ..french.nominal import pluralise
from ..text.fold import fold_term
from .model import Glossary

# English endings of adjectives and the French ending a word-for-word rendering gives them.
_ENDINGS = (("ical", "ique"), ("eic", "ique"), ("ic", "ique"))
# Spellings of English learned words that French writes otherwise (haem- → hém-, k → c).
_STEM_SPELLINGS = (("ae", "e"), ("oe", "e"), ("k", "c"))
# How close the English spelling must be to the French word: one or two letters apart
# (« aplastique » / « aplasique », « ophthalmique » / « ophtalmique »), never another word of
# the same root (« thrombocytopénique » / « thrombopénique »).
_MAX_LETTERS = 2


def _letters_apart(a: str, b: str) -> int:
    """How many letters of ``a`` and ``b`` differ (inserted, deleted or replaced)."""
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b).get_opcodes()
               if op != "equal")


def _spelt(english: str) -> list[str]:
    """The folded French renderings of ``english`` by its ending alone, with and without the
    French spellings of its stem (« thromboembolique » keeps its « oe »: two morphemes)."""
    for en_ending, fr_ending in _ENDINGS:
        if english.endswith(en_ending) and len(english) > len(en_ending) + 3:
            stems = [english[: -len(en_ending)]]
            for en, fr in _STEM_SPELLINGS:
                stems += [stem.replace(en, fr) for stem in stems if en in stem]
            return list(dict.fromkeys(fold_term(stem + fr_ending) for stem in stems))
    return []


def _accented(folded: str, french: str) -> str:
    """``folded`` with the accents of ``french`` over their common beginning (« hémorr » +
    « hagique »): the word as machine translation writes it."""
    common = 0
    for a, b in zip(folded, fold_term(french)):
        if a != b:
            break
        common += 1
    return french[:common] + folded[common:]


def english_spellings(glossary: Glossary, lex: Lexicon,
                      frequency: Callable[[str], float]) -> Iterator[tuple[str, str, str, str]]:
    """(concept id, English term, rendering, number) for each correct French term of a
    concept whose adjective in -ique the English term spells otherwise, the English spelling
    being no French word (``frequency``: its Zipf frequency in French, 0 when unknown)."""
    for concept in glossary.concepts.values():
        if concept.preferred.pos not in (None, "noun"):
            continue
        english_words = {w.lower() for e in concept.en if not e.isupper() for w in e.split() if w.isalpha()}
        for term in concept.terms:
            if term.status.is_wrong or term.abbreviation or " " not in term.text:
                continue
            words = term.text.split()
            for i, word in enumerate(words):
                key = fold_term(word)
                if not key.endswith("ique"):
                    continue
                for english in sorted(english_words):
                    spellings = _spelt(english)
                    # A hyphen the English word drops (« posttraumatique », « haploidentique »)
                    # is the spelling of the 1990 reform, not a calque.
                    if not spellings or {key, key.replace("-", "").replace(" ", "")} & set(spellings):
                        continue
                    for spelt in spellings:
                        if spelt[:4] != key[:4] or _letters_apart(spelt, key) > _MAX_LETTERS:
                            continue
                        written = _accented(spelt, word)
                        if spelt in lex.words or frequency(written) > 0:
                            continue  # a French word (« cystique », « anaphylactique »)
                        text = " ".join(words[:i] + [written] + words[i + 1:])
                        source = next(e for e in concept.en if english in e.lower().split())
                        yield concept.id, source, text, "s"
                        yield concept.id, source, pluralise(text), "p"


__all__ = ["english_spellings"]
