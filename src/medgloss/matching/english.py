"""The glossary's English side compiled for matching: source texts of bilingual documents.

English terms (``concept.en``) and the English words of rules (``rule.en``) are inflected by
the simple regular rules of English (plural of the last word, ``-s``/``-ed``/``-ing`` of a
verb) plus a short list of irregular forms, folded with :func:`~medgloss.text.fold.fold`
and loaded into the same kind of automaton as the French terms, so that
:func:`~medgloss.matching.scanner.scan` finds them in a source text.  Over-generation is
harmless here (« catched » never occurs), missing a real form is not.
"""

from __future__ import annotations

from functools import partial

from ..glossary.model import Glossary
from ..text.fold import term_variants
from .compiled import RULE, TERM, CompiledGlossary, Entry, index_keys

# Nouns whose plural is not made by the rules below.
_IRREGULAR_PLURAL = {
    "child": "children", "man": "men", "woman": "women", "foot": "feet", "tooth": "teeth",
    "mouse": "mice", "criterion": "criteria", "phenomenon": "phenomena", "bacterium": "bacteria",
    "datum": "data", "medium": "media", "matrix": "matrices", "appendix": "appendices",
    "vertebra": "vertebrae", "embolus": "emboli", "bronchus": "bronchi", "nucleus": "nuclei",
    "fungus": "fungi", "virus": "viruses", "stimulus": "stimuli", "ovum": "ova",
}
# Mass nouns: no plural entry in a catalog.
_UNCOUNTABLE = frozenset(
    "marrow immunosuppression autoimmunity conditioning information advice equipment evidence "
    "research blood plasma immunity".split()
)
# Verbs whose past differs from the ``-ed`` rule (the rules' English words are such verbs).
_IRREGULAR_PAST = {
    "catch": ("caught",), "make": ("made",), "take": ("took", "taken"), "give": ("gave", "given"),
    "get": ("got", "gotten"), "keep": ("kept",), "find": ("found",), "bring": ("brought",),
    "hold": ("held",), "feel": ("felt",), "run": ("ran",), "begin": ("began", "begun"),
}
_VOWELS = frozenset("aeiou")


def english_plural(term: str) -> str | None:
    """The plural of an English noun phrase (its last word), or ``None`` if it has none.

    >>> english_plural("stem cell"), english_plural("diagnosis"), english_plural("IVIG")
    ('stem cells', 'diagnoses', None)
    """
    head, _, last = term.rpartition(" ")
    if not last.isalpha() or not last.islower() or last in _UNCOUNTABLE:
        return None
    plural = _plural_word(last)
    return f"{head} {plural}" if head else plural


def _plural_word(word: str) -> str:
    if word in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[word]
    if word.endswith("sis"):
        return word[:-3] + "ses"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def english_verb_forms(verb: str) -> set[str]:
    """Regular and listed forms of an English verb (``dampen`` → dampens, dampened, dampening)."""
    forms = {verb, _plural_word(verb)}  # third person: the same ending as a plural
    forms.update(_IRREGULAR_PAST.get(verb, ()))
    if verb.endswith("e"):
        forms.update({verb + "d", verb[:-1] + "ing"})
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        forms.update({verb[:-1] + "ied", verb + "ing"})
    else:
        forms.update({verb + "ed", verb + "ing"})
        # Short verbs ending consonant-vowel-consonant double it (stop → stopped).
        if len(verb) <= 4 and len(verb) >= 3 and verb[-1] not in _VOWELS | {"w", "x", "y"} \
                and verb[-2] in _VOWELS and verb[-3] not in _VOWELS:
            forms.update({verb + verb[-1] + "ed", verb + verb[-1] + "ing"})
    return forms


def english_forms(term: str, *, verb: bool = False) -> set[str]:
    """Every form under which an English term is searched: itself, its plural, and the
    forms of its first word when it is (or starts with) a verb."""
    forms = {term}
    plural = english_plural(term)
    if plural:
        forms.add(plural)
    first, space, rest = term.partition(" ")
    if verb and first.isalpha() and first.islower():
        forms.update(f"{form}{space}{rest}" for form in english_verb_forms(first))
    return forms


def is_acronym(term: str) -> bool:
    """IVIG, IgG, SCIg: matched in their own case (or capitals), never as a common word."""
    return any(c.isupper() for c in term[1:]) or (len(term) > 1 and term.isupper())


def compile_english(glossary: Glossary, kind: int = TERM) -> CompiledGlossary:
    """The automaton of the glossary's English terms (``kind=TERM``: entries index
    ``concept.en``) or of its rules' English words (``kind=RULE``: entries index ``rule.en``).

    The two are separate automata because hits are resolved leftmost-longest: a rule's word
    (« dampen ») must still be seen inside a longer concept term (« dampen the immune system »).
    """
    by_key: dict[str, list[Entry]] = {}

    def add(entry: Entry, forms: set[str]) -> None:
        for form in forms:
            for key in term_variants(form):
                bucket = by_key.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)

    if kind == TERM:
        for concept in glossary.concepts.values():
            verb = concept.preferred.pos == "verb"
            for index, term in enumerate(concept.en):
                add(Entry(TERM, concept.id, index, term, frozenset(), is_acronym(term)), english_forms(term, verb=verb))
    else:
        for rule in glossary.rules.values():
            for index, word in enumerate(rule.en):
                add(Entry(RULE, rule.id, index, word, frozenset(), is_acronym(word)), english_forms(word, verb=True))
    automaton, entries, keys = index_keys(by_key)
    return CompiledGlossary(glossary, automaton, entries, keys, {}, {})


def english(glossary: Glossary, kind: int = TERM) -> CompiledGlossary:
    """The English automaton of ``glossary`` (``kind`` as in :func:`compile_english`),
    memoised and stored in the compiled-glossary cache: compiling it folds every English term
    and its inflections, half a second of a one-line check with the bundled glossary."""
    from .cache import cached_compiled

    return cached_compiled(glossary, f"english-{kind}", partial(compile_english, kind=kind))


__all__ = ["compile_english", "english", "english_forms", "english_plural", "english_verb_forms", "is_acronym", "RULE", "TERM"]
