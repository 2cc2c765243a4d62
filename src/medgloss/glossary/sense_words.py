"""Wrong senses of single words in running health prose: the everyday sense of an English word
where the glossary knows its health sense, with the words that prove the health sense.

Machine translation renders an English word by its first French equivalent in running text as
well as inside terms: "blood in the stool" → « du sang dans les tabourets », "after delivery" →
« après la livraison », "nasal discharge" → « une décharge du nez ».  :mod:`.senses` generates
the wrong senses inside the glossary's multi-word terms; this module generates them as single
words.  For each concept whose French term is one noun (« selles ») and whose English term is,
or ends with, an English word that has everyday senses (:mod:`medgloss.french.everyday_senses`,
only: FreeDict's other nouns are too often French alone), each such sense (« tabouret ») becomes a trigger of that
concept, in both numbers.

A single word is French in its own sense (a stool is a stool), so each trigger carries its
**context**: the words that come with the concept's health sense, taken from the glossary
itself, never typed per word: the other words of every correct term and attested phrase that
holds the right word (« sang dans les selles », « examen des selles »), of the concept's own
terms and definition, and of the corrected examples of its rules; each with its relational adjectives or nouns
(nez ↔ nasal).  Words that many concepts share (« patient », « traitement ») prove health
writing, not the sense, and are dropped, as are French's most frequent words.  The check
(:mod:`medgloss.checks.calques`) reports a trigger only where its sentence holds enough of
these words (:func:`context_proves`).

A sense that is itself a correct term of the glossary, or a word of an attested phrase, is never
a trigger.  What is kept is compiled into the calques' automaton (MG115): a check pays only the
context test of a hit.

It must not read documents or decide findings; it only generates triggers and their contexts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..french.everyday_senses import EVERYDAY_SENSES, NOT_WRONG
from ..french.lexicon_words import Lexicon, lexicon
from ..french.nominal import pluralise_word
from ..french import lexicon as lexique
from ..text.fold import fold_term
from .calques import Calque
from .model import Concept, Glossary
from .senses import aligned_nouns

WRONG_SENSE_WORD = "wrong-sense-word"  # the ``kind`` of a :class:`Calque` made here

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words of every French sentence: never evidence of a sense.
_STOP = frozenset(
    "le la les l un une des du de d au aux à a en et ou où par pour sur sous dans avec sans chez entre vers "
    "ce cet cette ces son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on "
    "nous vous je tu se s qui que qu quoi dont ne n pas plus moins très peu tout tous toute toutes autre "
    "autres même est sont être avoir a ont fait faire peut peuvent doit doivent comme si mais donc car "
    "aussi bien non oui y lors après avant pendant depuis chaque plusieurs certains certaines souvent "
    "parfois toujours jamais encore ainsi cas fois type forme partie état personne personnes".split())
# A word Lexique counts more often than this (per million words) is too common to prove a sense.
_COMMON = 80.0
# A word in the contexts of more than this share of the concepts proves health writing, not a sense.
_SHARED = 0.02
_RARE = 10.0  # a right word rarer than this (per million words) has no other sense to mislead
_NEAR = 3  # a context word this close (in words) proves the sense alone
_WINDOW = 12  # two context words within this many words of the trigger prove it


def stem(word: str) -> str:
    """The folded word without its plural and feminine endings: the key contexts compare."""
    key = fold_term(word)
    if len(key) > 4 and key.endswith(("aux", "eux")):
        key = key[:-1]
    elif len(key) > 3 and key[-1] in "sx":
        key = key[:-1]
    if len(key) > 3 and key.endswith("e"):
        key = key[:-1]
    return key


def _content_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.replace("’", " ").replace("'", " ")) if w.lower() not in _STOP and len(w) > 2}


def _related(word: str, lex: Lexicon, adjective_nouns: dict[str, set[str]]) -> set[str]:
    """``word`` with its relational adjectives (nez → nasal) or the nouns it derives from."""
    related = {word}
    lemma = word.lower()
    if lemma in lex.noun_gender and len(lemma) > 4:  # « cur » → « curial » is no relation
        related.update(lex.relational_adjectives(lemma))
    related.update(adjective_nouns.get(lemma, ()))
    return related


def _one_word_nouns(concept: Concept) -> list[str]:
    return [t.text for t in concept.terms
            if not t.status.is_wrong and not t.abbreviation and t.pos in (None, "noun") and " " not in t.text]


def _english_words(concept: Concept, nouns: list[str], aligned: dict[str, set[str]]) -> set[str]:
    """The English words with everyday senses that the concept's one-noun terms translate: a
    word of its own English terms ("calf muscle" → calf, "nasal discharge" → discharge), or the
    word that noun translates in the glossary's multi-word terms (stool, from "stool test" ↔
    « examen des selles », for « selle »)."""
    words = {w for english in concept.en if not english.isupper() for w in english.lower().split()}
    for noun in nouns:
        words.update(aligned.get(fold_term(noun), ()))
        words.update(aligned.get(fold_term(pluralise_word(noun)), ()))
    return {w for w in words if w in EVERYDAY_SENSES}


def _wrong_senses(english: str, right: set[str]) -> list[tuple[str, str]]:
    """(noun, gender) everyday senses of ``english``.  Only the curated ones: FreeDict's other
    nouns are as often French in health prose as a word alone (tablet → tableau, period → point)."""
    return [(w, g) for w, g in dict.fromkeys(EVERYDAY_SENSES.get(english, ()))
            if fold_term(w) not in right and " " not in w and w not in NOT_WRONG]


class _Texts:
    """The glossary's correct French, by concept, and its terms and attested phrases by word."""

    def __init__(self, glossary: Glossary) -> None:
        by_concept: dict[str, list[str]] = {}
        self.terms: list[str] = list(glossary.attested)
        for concept in glossary.concepts.values():
            texts = [t.text for t in concept.terms if not t.status.is_wrong]
            self.terms.extend(texts)
            if concept.definition:
                texts.append(concept.definition)
            by_concept[concept.id] = texts
        # A rule's corrected sentences use its concept in its sense; its right ones often show
        # the wrong word in its own sense (« une tablette de chocolat »): never a context.
        for rule in glossary.rules.values():
            for example in rule.examples:
                if example.is_wrong and example.fixed:
                    by_concept.setdefault(rule.concept, []).append(example.fixed)
        self.words: dict[str, set[str]] = {cid: set().union(*map(_content_words, texts)) if texts else set()
                                           for cid, texts in by_concept.items()}
        self._by_word: dict[str, list[str]] = {}
        self._rare: dict[str, list[str]] = {}  # every correct text, for a rare word
        for text in [t for texts in by_concept.values() for t in texts]:
            for word in _WORDS.findall(text.replace("’", " ")):
                self._rare.setdefault(fold_term(word), []).append(text)
        for text in self.terms:
            for word in _WORDS.findall(text.replace("’", " ")):
                self._by_word.setdefault(fold_term(word), []).append(text)

    def holding(self, word: str, rare: bool) -> list[str]:
        """The correct terms and attested phrases that hold ``word`` as a word; for a ``rare``
        word (one sense only: « selles », « mollet »), every definition and example too."""
        keys = dict.fromkeys((fold_term(word), fold_term(pluralise_word(word))))
        return [t for key in keys for t in self._by_word.get(key, []) + (self._rare.get(key, []) if rare else [])]


def generate_wrong_sense_words(glossary: Glossary, lex: Lexicon | None = None) -> list[Calque]:
    """Single-word wrong senses of the concepts' one-noun French terms, each with the stems of
    the words that prove the concept's sense around it; sorted by concept and text."""
    lex = lex if lex is not None else lexicon()
    if not lex.words or not lexique.available():
        return []
    texts = _Texts(glossary)
    # Words no sense may be: the glossary's correct terms and its attested phrases' words.
    french: set[str] = set()
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if not term.status.is_wrong:
                french.add(fold_term(term.text))
            if not term.status.is_wrong:
                french.update(fold_term(w) for w in _WORDS.findall(term.text.replace("’", " ")))
        # a word the glossary's own prose uses is French in health writing somewhere
        # (« décharge » of neurones): a context test cannot tell the two apart
        if concept.definition:
            french.update(fold_term(w) for w in _WORDS.findall(concept.definition.replace("’", " ")))
    for rule in glossary.rules.values():
        for example in rule.examples:
            if not example.is_wrong:
                french.update(fold_term(w) for w in _WORDS.findall(example.text.replace("’", " ")))
    for phrase in glossary.attested:
        french.update(fold_term(w) for w in _WORDS.findall(phrase.replace("’", " ")))
    # How many concepts' texts hold each stem: a word of many proves no one sense.
    spread: Counter[str] = Counter()
    for words in texts.words.values():
        spread.update({stem(w) for w in words})
    limit = max(3, int(_SHARED * len(texts.words)))
    # Stems of French's most frequent words (« données » and « donne » share one): never a context.
    # A one-word term of the glossary is a health word however often French writes it (« sang »).
    terms = {stem(t.text) for c in glossary.concepts.values() for t in c.terms
             if not t.status.is_wrong and " " not in t.text}
    common = {stem(w) for w, f in lex.frequency.items() if f > _COMMON} - terms
    # Relational adjective → the glossary's nouns it derives from (nasal → nez), for contexts.
    adjective_nouns: dict[str, set[str]] = {}
    for words in texts.words.values():
        for word in words:
            lemma = word.lower()
            if lemma in lex.noun_gender and len(lemma) > 4:
                for adjective in lex.relational_adjectives(lemma):
                    adjective_nouns.setdefault(adjective, set()).add(lemma)
    aligned = aligned_nouns(glossary, lex)
    found: dict[tuple[str, str], Calque] = {}
    for concept in glossary.concepts.values():
        if concept.preferred.pos not in (None, "noun"):
            continue
        nouns = _one_word_nouns(concept)
        english_words = _english_words(concept, nouns, aligned)
        if not nouns or not english_words:
            continue
        right = {fold_term(n) for n in nouns} | {fold_term(pluralise_word(n)) for n in nouns}
        senses = [(e, w, g) for e in sorted(english_words) for w, g in _wrong_senses(e, right)
                  if fold_term(w) not in french]
        if not senses:
            continue
        context = _context(concept, nouns, texts, lex, adjective_nouns)
        wrong_stems = {stem(w) for _, w, _ in senses} | {stem(n) for n in nouns}
        context = frozenset(s for s in context if spread[s] <= limit and s not in wrong_stems and s not in common and len(s) > 2)
        if len(context) < 3:
            continue  # too little known of the sense to tell it from the word's own
        for english, word, gender in senses:
            for form, number in ((word, "s"), (pluralise_word(word), "p")):
                key = (concept.id, fold_term(form))
                if key not in found:
                    found[key] = Calque(concept.id, english, form, number, WRONG_SENSE_WORD, context)
    return sorted(found.values(), key=lambda c: (c.concept, c.text))


def _context(concept: Concept, nouns: list[str], texts: _Texts, lex: Lexicon,
             adjective_nouns: dict[str, set[str]]) -> set[str]:
    words: set[str] = set(texts.words.get(concept.id, ()))
    for noun in nouns:
        for text in texts.holding(noun, lex.frequency.get(fold_term(noun), 0.0) < _RARE):
            words.update(_content_words(text))
    result: set[str] = set()
    for word in words:
        for related in _related(word, lex, adjective_nouns):
            result.add(stem(related))
    return result


def context_proves(words: list[str], at: int, context: frozenset[str]) -> bool:
    """True if the sentence's ``words`` (``at`` is the trigger's index) prove the sense: one
    context word within :data:`_NEAR` words, or two distinct ones within :data:`_WINDOW`."""
    seen: set[str] = set()
    for i in range(max(0, at - _WINDOW), min(len(words), at + _WINDOW + 1)):
        if i == at:
            continue
        key = stem(words[i])
        if key in context:
            if abs(i - at) <= _NEAR:
                return True
            seen.add(key)
    return len(seen) >= 2
