"""Literal French renderings of the glossary's English terms: the calques machine translation makes.

For every multi-word English term of a concept, each English word is given its literal French
equivalents: the word pairs the glossary itself holds (single-word English terms and their
French terms), FreeDict's eng-fra translations, and cognates (biopsy → biopsie, lymphatic →
lymphatique) that Lexique383 knows.  The words are then assembled the way French builds noun
phrases: the head noun first, English adjectives after it and agreeing with it, English noun
modifiers as « de N », « du/de la/des N » complements or as the relational adjective of the
noun (blood → sanguin); the head in both numbers.

A rendering is kept only if it is not attested French: not a term (any status) of any concept,
not a rule's trigger, not a Lexique entry, not made only of the glossary's own (correct) word
pairs, nor only of the words of the concept's own correct terms, since those assemble into
paraphrases a professional may well write.  What is kept
is compiled into the automaton (:mod:`medgloss.matching.compiled`), so a check pays nothing.

It must not read documents or decide findings; it only generates forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from ..french.freedict import english_french
from ..french.lexicon_words import Lexicon, lexicon
from ..french.nominal import adjective_forms, pluralise
from ..text.fold import fold_term
from .model import Glossary

# English words that make a term a phrase rather than a noun compound (skipped).
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with without and or your you my our their his her its this that "
    "these those be is are was were will can may not no do does take make have has get".split()
)
# French adjectives that usually precede the noun.
_PRENOMINAL = frozenset("grand petit bon mauvais haut gros jeune vieux nouveau long beau premier dernier".split())
# English suffix → French suffix, for cognates checked against Lexique (longest first).
_COGNATE_SUFFIXES = (
    ("ological", "ologique"), ("ical", "ique"), ("logy", "logie"), ("ity", "ité"), ("ism", "isme"),
    ("ist", "iste"), ("ive", "if"), ("ous", "eux"), ("ary", "aire"), ("ar", "aire"), ("ic", "ique"),
    ("cy", "cie"), ("y", "ie"), ("in", "ine"), ("or", "eur"), ("er", "re"), ("al", "al"), ("", ""), ("", "e"),
)
_ARTICLES = frozenset("de du des la le les l d".split())
_MAX_PER_WORD = 4
_MAX_PER_TERM = 400


@dataclass(frozen=True, slots=True)
class Calque:
    """A generated literal rendering of a concept's English term."""

    concept: str
    english: str  # the English term it renders
    text: str  # the rendering, head singular
    number: str  # 's' or 'p': the number of its head


@dataclass(frozen=True, slots=True)
class _Word:
    """A French equivalent of one English word: its lemma, category, gender, and origin."""

    lemma: str
    pos: str  # noun, adj, np (a glossary phrase whose first word is the head noun)
    gender: str
    from_glossary: bool


@dataclass(frozen=True, slots=True)
class _NP:
    """A French noun phrase under construction: head, adjectives after it, complements."""

    head: str
    gender: str
    adjectives: tuple[str, ...]  # lemmas, agreed when rendered
    complements: tuple[str, ...]  # rendered already
    tail: str  # the rest of a glossary phrase (« blanc » of « globule blanc »), lemma form
    literal: bool  # True if some word comes from outside the glossary's own pairs

    def render(self, lex: Lexicon, number: str) -> str:
        words = [lex.noun_form(self.head, number) if number == "p" else self.head]
        agreed = [_agree(lex, a, self.gender, number) for a in self.adjectives]
        pre = [a for a, lemma in zip(agreed, self.adjectives) if lemma in _PRENOMINAL]
        post = [a for a, lemma in zip(agreed, self.adjectives) if lemma not in _PRENOMINAL]
        tail = self.tail
        if tail and number == "p":
            tail = pluralise(f"{self.head} {tail}").split(" ", 1)[1]
        return " ".join(pre + words + ([tail] if tail else []) + post + list(self.complements))


def _agree(lex: Lexicon, adjective: str, gender: str, number: str) -> str:
    if (adjective, "adj") in lex.paradigms:
        return lex.adjective_form(adjective, gender, number)
    forms = adjective_forms(adjective)
    return forms.get((gender, number), adjective)


class _Lexicon:
    """English word → French equivalents, from the glossary, FreeDict and cognates."""

    def __init__(self, glossary: Glossary, lex: Lexicon, freedict: dict[str, tuple[str, ...]]) -> None:
        self.lex = lex
        self.freedict = freedict
        self.glossary_pairs: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for concept in glossary.concepts.values():
            good = [t for t in concept.terms if not t.status.is_wrong and not t.abbreviation and t.pos in (None, "noun", "adj")]
            for english in concept.en:
                if english.isupper():
                    continue
                for term in good:
                    self.glossary_pairs.setdefault(english.lower(), []).append((term.text, term.pos, term.gender))
        self.noun_keys = {fold_term(form) for (lemma, pos), forms in lex.paradigms.items() if pos == "noun"
                          for form in list(forms.values()) + [lemma]} - {fold_term(a) for a in lex.adjectives}
        self._key_to_lemma: dict[str, str] = {}
        for lemma in list(lex.noun_gender) + list(lex.adjectives):
            self._key_to_lemma.setdefault(fold_term(lemma), lemma)

    def _lemma(self, candidate: str) -> str | None:
        return self._key_to_lemma.get(fold_term(candidate))

    def words(self, english: str) -> list[_Word]:
        """French equivalents of one English word (or of a phrase the glossary pairs)."""
        found: list[_Word] = []
        for text, pos, gender in self.glossary_pairs.get(english, []):
            if " " in text:
                if pos in (None, "noun") and gender:
                    found.append(_Word(text, "np", gender, True))
                continue
            found.extend(self._readings(text, True, pos, gender))
        for translation in self.freedict.get(english, ()):
            if " " in translation:
                continue
            found.extend(self._readings(translation, False))
            if translation.endswith("er") and " " not in english:
                # A verb's action noun: compter → compte, calculer → calcul.
                for noun in (translation[:-2] + "e", translation[:-2]):
                    if self.lex.is_noun(noun):
                        found.extend(self._readings(noun, False, "noun"))
        if " " not in english and english.isalpha():
            for en_suffix, fr_suffix in _COGNATE_SUFFIXES:
                if english.endswith(en_suffix) and len(english) - len(en_suffix) >= 3:
                    lemma = self._lemma(english[: len(english) - len(en_suffix)] + fr_suffix)
                    if lemma is not None:
                        found.extend(self._readings(lemma, False))
        unique: dict[tuple[str, str], _Word] = {}
        for word in found:
            unique.setdefault((word.lemma, word.pos), word)
        return list(islice(unique.values(), _MAX_PER_WORD * 2))

    def _readings(self, text: str, from_glossary: bool, pos: str | None = None, gender: str | None = None) -> list[_Word]:
        readings = []
        if pos in (None, "noun") and self.lex.is_noun(text):
            readings.append(_Word(text, "noun", gender or self.lex.noun_gender[text], from_glossary))
        if pos in (None, "adj") and self.lex.is_adjective(text):
            readings.append(_Word(text, "adj", "", from_glossary))
        return readings


def _complements(lex: Lexicon, np: _NP) -> list[str]:
    """« de N », « du/de la/de l’ N », « des N » renderings of a modifier noun phrase."""
    singular, plural = np.render(lex, "s"), np.render(lex, "p")
    elided = singular[:1].lower() in "aeiouyhéèêâîôû"
    article = "de l’" if elided else ("du " if np.gender == "m" else "de la ")
    first = "d’" if elided else "de "
    result = [first + singular, article + singular]
    # Mass nouns (sang, moelle) have a plural in Lexique that usage hardly knows.
    plural_head = lex.noun_form(np.head, "p")
    if lex.freq(plural_head) >= 0.2 * max(lex.freq(np.head), 0.01):
        result += [first + plural, "des " + plural]
    return result


def _phrases(words: list[str], vocab: _Lexicon) -> list[_NP]:
    """Noun phrases rendering the English compound ``words`` (head last)."""
    lex = vocab.lex
    result: list[_NP] = []
    whole = " ".join(words)
    if len(words) > 1 and whole in vocab.glossary_pairs:
        for word in vocab.words(whole):
            if word.pos == "np":
                first, _, rest = word.lemma.partition(" ")
                result.append(_NP(first, word.gender, (), (), rest, False))
    if len(words) == 1:
        for word in vocab.words(words[0]):
            if word.pos == "noun":
                result.append(_NP(word.lemma, word.gender, (), (), "", not word.from_glossary))
            elif word.pos == "np":
                first, _, rest = word.lemma.partition(" ")
                result.append(_NP(first, word.gender, (), (), rest, False))
        return result
    for split in range(1, len(words)):
        heads = _phrases(words[split:], vocab)
        if not heads:
            continue
        modifier = words[:split]
        adjectives = [w for w in vocab.words(modifier[0]) if w.pos == "adj"] if split == 1 else []
        # An English word that translates as an adjective modifies as one (white → blanc,
        # never « de blanc »).
        nouns = _phrases(modifier, vocab) if not adjectives else []
        for head in heads:
            for adj in adjectives:
                result.append(_NP(head.head, head.gender, (adj.lemma,) + head.adjectives, head.complements,
                                  head.tail, head.literal or not adj.from_glossary))
            for noun in nouns:
                literal = head.literal or noun.literal
                if not noun.adjectives and not noun.complements and not noun.tail:
                    for relational in lex.relational_adjectives(noun.head):
                        result.append(_NP(head.head, head.gender, head.adjectives + (relational,), head.complements,
                                          head.tail, True))
                for complement in _complements(lex, noun):
                    result.append(_NP(head.head, head.gender, head.adjectives, head.complements + (complement,),
                                      head.tail, literal))
            if len(result) > _MAX_PER_TERM:
                return result
    return result


def generate_calques(glossary: Glossary, lex: Lexicon | None = None,
                     freedict: dict[str, tuple[str, ...]] | None = None) -> list[Calque]:
    """The literal renderings of every concept's multi-word English terms that French does
    not attest, sorted by concept and text."""
    lex = lex if lex is not None else lexicon()
    if not lex.words:
        return []
    vocab = _Lexicon(glossary, lex, freedict if freedict is not None else english_french())
    attested: set[str] = set()
    for concept in glossary.concepts.values():
        for term in concept.terms:
            attested.add(fold_term(term.text))
            attested.add(fold_term(pluralise(term.text)))
    for rule in glossary.rules.values():
        for trigger in rule.match:
            attested.add(fold_term(trigger.text))
    for phrase in glossary.attested:  # found in professional French (the usage corpus)
        attested.add(fold_term(phrase))
        attested.add(fold_term(pluralise(phrase)))
    found: dict[tuple[str, str], Calque] = {}
    for concept in glossary.concepts.values():
        if concept.preferred.pos not in (None, "noun"):
            continue  # adjectives, verbs, phrases: their English terms are examples of use
        for english in concept.en:
            words = english.lower().replace("-", " - ").split()
            if len(words) < 2 or english.isupper() or any(w in _FUNCTION_WORDS or not w.isalpha() for w in words):
                continue
            # The words of the concept's own correct terms: a rendering made only of them
            # reorders the right words (a paraphrase a professional may write), not a calque.
            own = {w for t in concept.terms if not t.status.is_wrong
                   for form in (t.text, pluralise(t.text)) for w in fold_term(form).split()}
            for np in _phrases(words, vocab):
                if not np.literal:
                    continue
                for number in ("s", "p"):
                    text = np.render(lex, number)
                    key = fold_term(text)
                    if " " not in key or key in attested or key in lex.words:
                        continue
                    foreign = [w for w in key.split() if w not in own and w not in _ARTICLES]
                    # Only adjectives swapped (« déficit immunitaire primaire »): a variant a
                    # professional may write; a calque brings a noun of its own (« histoire »).
                    if not any(w in vocab.noun_keys for w in foreign):
                        continue
                    found.setdefault((concept.id, key), Calque(concept.id, english, text, number))
    return sorted(found.values(), key=lambda c: (c.concept, c.text))
