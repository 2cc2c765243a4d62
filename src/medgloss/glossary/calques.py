"""Literal French renderings of the glossary's English terms: the calques machine translation makes.

For every multi-word English term of a concept, each English word is given its literal French
equivalents: the word pairs the glossary itself holds (single-word English terms and their
French terms, and cognate pairs learned from its aligned multi-word terms), FreeDict's eng-fra
translations, the literal equivalents FreeDict lacks (:mod:`medgloss.french.literal_words`),
and cognates (biopsy → biopsie, lymphatic → lymphatique) that Lexique383 knows; an English
plural is looked up by its singular.  The words are then assembled the way French builds noun
phrases: the head noun first, English adjectives after it and agreeing with it (two of them in
either order), English noun modifiers and « N of N » complements as « de N », « du/de la/des N »
complements or as the relational adjective of the noun (blood → sanguin, plasma → plasmatique
from the concept's ``derived`` words); the head in both numbers.  Machine translation also
keeps the English order, so a code before its noun (« B lymphocytes ») and two juxtaposed
nouns (« muguet infections ») are rendered too.

A rendering is kept only if it is not attested French: not a term (any status) of any concept,
not a rule's trigger, not an ``attested`` phrase, not a Lexique entry, and it must bring a noun
of its own (its head or a complement's) beside the words of the concept's correct terms and of
the multi-word French the glossary gives its English head (« réaction du greffon contre l’hôte
aiguë » is French): made only of those words it is a paraphrase a professional may write,
unless it swaps the adjectives of a fixed term (« immunodéficience variable commune »), or
unless it is the concept's French but for one adjective, the first word-for-word equivalent of
the English one (:mod:`medgloss.french.literal_adjectives`, a cognate, a literal word's
participle) that French does not use there: « haut cholestérol », « rate élargie », « fibrose
cystique ».  That adjective is no word of the concept's terms nor a sibling of one (obsessif
beside obsessionnel), the glossary never writes it for that English word in another concept
(chronic → chronique, severe → sévère: « maladie rénale chronique » stays French), no correct
term pairs it with the head or a noun the English head also translates as, and the English
adjective does not begin a term of its own before the head (« high blood pressure
medication »).  What is kept is compiled into the automaton (:mod:`medgloss.matching.compiled`), so a check pays
nothing.

It must not read documents or decide findings; it only generates forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from ..french.freedict import english_french
from ..french.lexicon_words import Lexicon, lexicon
from ..french.literal_adjectives import LITERAL_ADJECTIVES
from ..french.literal_words import LITERAL_WORDS
from ..french.nominal import adjective_forms, pluralise
from ..text.fold import fold_term
from ..french.word_frequencies import zipf_frequency
from .cognates import Cognates, is_loan
from .english_spellings import english_spellings
from .model import Glossary

# English words that make a term a phrase rather than a noun compound (skipped).
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with without and or your you my our their his her its this that "
    "these those be is are was were will can may not no do does take make have has get".split()
)
# French adjectives that usually precede the noun.
_PRENOMINAL = frozenset("grand petit bon mauvais haut gros jeune vieux nouveau long beau premier dernier".split())
# Words whose h is aspirated: no elision before them (« de haut », never « d’haut »).
_ASPIRATED_H = frozenset("haut hauts haute hautes hanche hanches hernie hernies handicap hausse hoquet honte".split())
_ARTICLES = frozenset("de du des la le les l d".split())
# Words that link a complement to its noun, in folded form.
_LINKS = _ARTICLES | frozenset("en a au aux par pour contre".split())
_MAX_PER_WORD = 4
_MAX_PER_TERM = 400


@dataclass(frozen=True, slots=True)
class Calque:
    """A generated literal rendering of a concept's English term."""

    concept: str
    english: str  # the English term it renders
    text: str  # the rendering, head singular
    number: str  # 's' or 'p': the number of its head
    # '' for a literal calque; "wrong-sense" for a correct term with a word in another sense
    # (:mod:`medgloss.glossary.senses`), whose ``english`` is then that word; "wrong-sense-word"
    # for one word in another sense (:mod:`medgloss.glossary.sense_words`)
    kind: str = ""
    # the stems of the words that prove the sense around a one-word trigger (empty: none needed)
    context: frozenset[str] = frozenset()
    # the stems of the words that show the one-word trigger's own sense (any one: not reported)
    unless: frozenset[str] = frozenset()
    # the French word to put instead of a one-word trigger ('': the concept's preferred term)
    right: str = ""
    # the context words few concepts share, that prove the sense alone near the trigger
    strong: frozenset[str] = frozenset()


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
    # Words kept before the head as English has them (« B lymphocytes », « muguet infections »):
    # machine translation's word order, never French's.
    before: tuple[str, ...] = ()
    # the lemmas of the nouns of its complements (« immunodéficience » of « troubles
    # d’immunodéficience »): with the head, the nouns a calque may bring of its own
    nouns: tuple[str, ...] = ()
    # (lemma, English word, literal) of each adjective rendering an English adjective: what an
    # adjective-only calque (« haut cholestérol ») is judged on.
    origins: tuple[tuple[str, str, bool], ...] = ()

    def render(self, lex: Lexicon, number: str) -> str:
        words = list(self.before) + [_spell(lex.noun_form(_lex_spelling(lex, self.head), number), self.head)
                                     if number == "p" else self.head]
        agreed = [_agree(lex, a, self.gender, number) for a in self.adjectives]
        pre = [a for a, lemma in zip(agreed, self.adjectives) if lemma in _PRENOMINAL]
        post = [a for a, lemma in zip(agreed, self.adjectives) if lemma not in _PRENOMINAL]
        tail = self.tail
        if tail and number == "p":
            tail = pluralise(f"{self.head} {tail}").split(" ", 1)[1]
        return " ".join(pre + words + ([tail] if tail else []) + post + list(self.complements))


def _lex_spelling(lex: Lexicon, word: str) -> str:
    """Lexique's spelling of ``word``: Lexique383 (Latin-1) writes « noeud », « coeur »."""
    return word if word in lex.noun_gender or "œ" not in word else word.replace("œ", "oe")


def _spell(form: str, original: str) -> str:
    """``form`` of Lexique in the spelling of ``original`` (the ligature « œ » restored)."""
    return form.replace("oe", "œ") if "œ" in original else form


def _agree(lex: Lexicon, adjective: str, gender: str, number: str) -> str:
    if (adjective, "adj") in lex.paradigms:
        return lex.adjective_form(adjective, gender, number)
    forms = adjective_forms(adjective)
    return forms.get((gender, number), adjective)


class _Lexicon:
    """English word → French equivalents, from the glossary, FreeDict and cognates."""

    def __init__(self, glossary: Glossary, lex: Lexicon, freedict: dict[str, tuple[str, ...]],
                 reach: bool = True) -> None:
        # ``reach`` False: the renderings of round 3 only (no new cognate correspondences,
        # participles, gerunds or cognate plurals), for MG118's index of words in any order.
        self.reach = reach
        self.lex = lex
        self.freedict = freedict
        self.glossary_pairs: dict[str, list[tuple[str, str | None, str | None]]] = {}
        # French noun → the relational adjectives the glossary gives its concept (plasma →
        # plasmatique, which Lexique383 lacks).
        self.derived: dict[str, list[str]] = {}
        for concept in glossary.concepts.values():
            good = [t for t in concept.terms if not t.status.is_wrong and not t.abbreviation and t.pos in (None, "noun", "adj")]
            for english in concept.en:
                if english.isupper():
                    continue
                for term in good:
                    self.glossary_pairs.setdefault(english.lower(), []).append((term.text, term.pos, term.gender))
            adjectives = [d for d in concept.derived if _is_relational(lex, d)]
            for term in good:
                if " " not in term.text and term.pos in (None, "noun") and adjectives:
                    self.derived.setdefault(term.text, []).extend(adjectives)
        self._key_to_lemma: dict[str, str] = {}
        for lemma in list(lex.noun_gender) + list(lex.adjectives):
            self._key_to_lemma.setdefault(fold_term(lemma), lemma)
        self.cognates = Cognates(lex, self._key_to_lemma)
        self.learned = self._learn(glossary)

    def _learn(self, glossary: Glossary) -> dict[str, list[str]]:
        """English word → French word, learned from the glossary's aligned multi-word terms.

        When an English term and a French term of one concept have as many content words, and
        all but one English word already have their French word in the term, the last two are
        a pair (« immune response » ↔ « réponse immunitaire »: immune → immunitaire).  Only
        cognates are kept, and they count as the glossary's knowledge: « déficit d’immunoglobuline
        A » (deficiency → déficit) is a sloppy variant, not a calque.
        """
        learned: dict[str, list[str]] = {}
        for concept in glossary.concepts.values():
            terms = [t for t in concept.terms if not t.status.is_wrong and not t.abbreviation and t.pos in (None, "noun")]
            for english in concept.en:
                en_words = english.lower().split()
                if len(en_words) < 2 or english.isupper() or not all(w.isalpha() and w not in _FUNCTION_WORDS for w in en_words):
                    continue
                for term in terms:
                    fr_words = [w for w in term.text.replace("’", "'").replace("'", "' ").split()
                                if fold_term(w).strip("'") not in _ARTICLES and w not in ("à", "en", "au", "aux")]
                    if len(fr_words) != len(en_words):
                        continue
                    left_en, left_fr = list(en_words), list(fr_words)
                    for word in en_words:
                        keys = self._known_keys(word)
                        match = [f for f in left_fr if fold_term(f) in keys]
                        if len(match) == 1:
                            left_en.remove(word)
                            left_fr.remove(match[0])
                    if len(left_en) == 1 and len(left_fr) == 1:
                        lemma = self._lemma(left_fr[0]) or left_fr[0]
                        # Only cognates (immune → immunitaire, rejection → rejet): what a
                        # word-for-word translation writes too.  The other pairs are the
                        # term's idiom (family doctor → médecin généraliste), not the word's.
                        if not _cognate(left_en[0], fold_term(lemma)):
                            continue
                        if self.lex.is_noun(lemma) or self.lex.is_adjective(lemma):
                            learned.setdefault(left_en[0], [])
                            if lemma not in learned[left_en[0]]:
                                learned[left_en[0]].append(lemma)
        return learned

    def _known_keys(self, english: str) -> set[str]:
        """Folded French forms (both numbers, relational adjectives) of what ``english`` means."""
        keys: set[str] = set()
        for word in self.words(english, learned=False):
            for text in (word.lemma, pluralise(word.lemma)):
                keys.add(fold_term(text))
            if word.pos == "noun":
                for adjective in self.relational(word.lemma):
                    keys.update(fold_term(_agree(self.lex, adjective, g, n)) for g in "mf" for n in "sp")
            elif word.pos == "adj":
                keys.update(fold_term(_agree(self.lex, word.lemma, g, n)) for g in "mf" for n in "sp")
        return keys

    def relational(self, noun: str) -> list[str]:
        """Relational adjectives of ``noun``: Lexique's and those the glossary derives."""
        return list(dict.fromkeys(self.lex.relational_adjectives(_lex_spelling(self.lex, noun)) + self.derived.get(noun, [])))

    def _lemma(self, candidate: str) -> str | None:
        return self._key_to_lemma.get(fold_term(candidate))

    def words(self, english: str, learned: bool = True) -> list[_Word]:
        """French equivalents of one English word (or of a phrase the glossary pairs)."""
        found: list[_Word] = []
        for text, pos, gender in self.glossary_pairs.get(english, []):
            if " " in text:
                if pos in (None, "noun") and gender:
                    found.append(_Word(text, "np", gender, True))
                continue
            found.extend(self._readings(text, True, pos, gender))
        if not found and english.endswith("s") and english not in self.freedict and english not in LITERAL_WORDS:
            # An English plural (« B cells », « lymph nodes »): the dictionaries hold singulars.
            for singular in (english[:-3] + "y" if english.endswith("ies") else "", english[:-1], english[:-2]):
                if singular and (singular in self.glossary_pairs or singular in self.freedict or singular in LITERAL_WORDS):
                    return self.words(singular, learned)
        if english in LITERAL_ADJECTIVES:
            found.extend(self._readings(LITERAL_ADJECTIVES[english], False, "adj"))
        translations = self.freedict.get(english, ()) + LITERAL_WORDS.get(english, ())
        if learned:
            # The glossary's own knowledge of the word: a rendering needs a literal word besides.
            for translation in self.learned.get(english, ()):
                found.extend(self._readings(translation, True))
        for translation in translations:
            if " " in translation:
                continue
            found.extend(self._readings(translation, False))
            if translation in LITERAL_WORDS.get(english, ()) and self._participle(translation):
                found.append(_Word(translation, "adj", "", False))  # enlarged → élargi
            if translation.endswith("er") and " " not in english:
                # A verb's action noun: compter → compte, calculer → calcul.
                for noun in (translation[:-2] + "e", translation[:-2]):
                    if self.lex.is_noun(noun):
                        found.extend(self._readings(noun, False, "noun"))
        for lemma in self._cognates(english):
            found.extend(self._readings(lemma, False))
        if not found and self.reach and english.endswith("ed"):
            # An English participle without a dictionary entry: the French participle of the
            # same verb (disseminated → disséminé, activated → activé).
            for lemma in self.cognates.participles(english, self.lex.is_adjective) + self._verb_participles(english):
                found.extend(self._readings(lemma, False, "adj") or [_Word(lemma, "adj", "", False)])
        if not found and self.reach and english.endswith("ing") and len(english) > 5:
            # A gerund (bleeding, clotting): the action noun of its verb's French equivalents.
            found.extend(self._action_nouns(english))
        if not found and self.reach and english.endswith("s") and len(english) > 4 and not translations:
            # An English plural of a word that only a cognate renders (enzymes, contractions);
            # not one the dictionary translates otherwise (relatives → proches, not « relatives »).
            for singular in (english[:-3] + "y" if english.endswith("ies") else "", english[:-1],
                             english[:-2] if english.endswith("es") else ""):
                if singular and (found := [w for w in self.words(singular, learned) if w.pos == "noun"]):
                    break
        unique: dict[tuple[str, str], _Word] = {}
        for word in found:
            unique.setdefault((word.lemma, word.pos), word)
        return list(islice(unique.values(), _MAX_PER_WORD * 2))

    def _cognates(self, english: str) -> list[str]:
        """French lemmas of Lexique that are ``english`` with a French suffix (biopsy → biopsie)."""
        return self.cognates.lemmas(english, self.reach)

    def _verb_participles(self, participle: str) -> list[str]:
        """Past participles of the French verbs that translate the verb of the English
        ``participle`` (matched → apparier → apparié), that Lexique lists."""
        stem = participle[:-2]
        found: list[str] = []
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            for verb in self.freedict.get(base, ())[:2] if base else ():
                if " " in verb or verb.startswith("s'"):
                    continue
                form = verb[:-2] + "é" if verb.endswith("er") else verb[:-1] if verb.endswith("ir") else ""
                if form and self.lex.has_spelling(form):
                    found.append(form)
            if found:
                break
        return found

    def _action_nouns(self, gerund: str) -> list[_Word]:
        """Action nouns of the French verbs that translate the verb of ``gerund`` (bleeding →
        saigner → saignement, clotting → coaguler → coagulation), that Lexique lists."""
        stem = gerund[:-3]
        bases = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
        found: list[_Word] = []
        for base in bases:
            for verb in self.freedict.get(base, ()) + LITERAL_WORDS.get(base, ()):
                if " " in verb or not verb.endswith(("er", "ir")):
                    continue
                root = verb[:-2]
                for noun in (root + "ement", root + "ation", root + "age", root + "issement", root + "ure"):
                    if self.lex.is_noun(noun):
                        found.extend(self._readings(noun, False, "noun"))
            if found:
                break
        return found

    def first_adjective(self, english: str) -> str | None:
        """The adjective a word-for-word translation writes for the English adjective
        ``english``: the first equivalent of a general dictionary, or its cognate (chronic →
        chronique, cystic → cystique); None for the others, whose FreeDict equivalents are in
        no order and mostly right (weak → faible, slow → lent, deep → profond)."""
        adjective = self.lex.is_adjective
        if english in LITERAL_ADJECTIVES:
            return LITERAL_ADJECTIVES[english] if adjective(LITERAL_ADJECTIVES[english]) else None
        for lemma in self._cognates(english):
            # An English word Lexique lists as a loan (« dry », « cool ») is no translation.
            if adjective(lemma) and (lemma != english or self.lex.freq(lemma) >= 5):
                return lemma
        for lemma in LITERAL_WORDS.get(english, ()):
            if adjective(lemma) or self._participle(lemma):
                return lemma
        return None

    def _participle(self, word: str) -> bool:
        """True if ``word`` is a past participle of Lexique used as an adjective (élargi),
        which Lexique tags as a verb form only."""
        return (word.endswith(("é", "i", "u")) and word in self.lex and not self.lex.is_noun(word)
                and not self.lex.is_adjective(word))

    def _readings(self, text: str, from_glossary: bool, pos: str | None = None, gender: str | None = None) -> list[_Word]:
        readings = []
        spelt = _lex_spelling(self.lex, text)
        if pos in (None, "noun") and (self.lex.is_noun(spelt) or (from_glossary and gender)):
            readings.append(_Word(text, "noun", gender or self.lex.noun_gender[spelt], from_glossary))
        if pos in (None, "adj") and self.lex.is_adjective(spelt):
            readings.append(_Word(text, "adj", "", from_glossary))
        return readings


def _cognate(english: str, french: str) -> bool:
    """True if the two words share a beginning long enough to be the same word."""
    common = 0
    for a, b in zip(english, french):
        if a != b:
            break
        common += 1
    return common >= 4 and common >= 0.6 * min(len(english), len(french))


def _is_relational(lex: Lexicon, word: str) -> bool:
    """True if a concept's ``derived`` word is a relational adjective (not a noun, a prefix)."""
    if " " in word or "-" in word:
        return False
    if lex.is_adjective(word):
        return True
    return not lex.is_noun(word) and word.endswith(("ique", "aire", "al", "el", "ien", "in", "if"))


def _complements(lex: Lexicon, np: _NP) -> list[str]:
    """« de N », « du/de la/de l’ N », « des N » renderings of a modifier noun phrase."""
    singular, plural = np.render(lex, "s"), np.render(lex, "p")
    elided = singular[:1].lower() in "aeiouyhéèêâîôûœ" and singular.split()[0].lower() not in _ASPIRATED_H
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
        readings = vocab.words(modifier[0]) if split == 1 else []
        if split == 1 and vocab.reach and any(not is_loan(modifier[0], w.lemma) for w in readings):
            # An English loan Lexique lists (full, stem) as a modifier beside a French rendering:
            # no MT writes « calcul de sang de full », « cellules de stem » (a head left in
            # English, « replacement de hanche », is what MT does write).
            readings = [w for w in readings if not is_loan(modifier[0], w.lemma)]
        # A word with a translation that is only a noun is a noun here (joint → articulation,
        # not its adjective sense « commun »: « douleurs communes » is French, no calque).
        noun_only = {w.lemma for w in readings if w.pos == "noun"} - {w.lemma for w in readings if w.pos != "noun"}
        # ... but not the feminine of one of its adjectives read as a noun (central → « la
        # centrale »): « central line » is still an adjective before its noun.
        noun_only -= {_agree(lex, w.lemma, "f", "s") for w in readings if w.pos == "adj"}
        adjectives = [w for w in readings if w.pos == "adj"] if not noun_only else []
        # An English word that translates as an adjective modifies as one (white → blanc,
        # never « de blanc »).
        nouns = _phrases(modifier, vocab) if not adjectives else []
        if split == 1 and vocab.reach and any(not is_loan(modifier[0], n.head) for n in nouns):
            nouns = [n for n in nouns if not is_loan(modifier[0], n.head)]
        for head in heads:
            for adj in adjectives:
                literal = head.literal or not adj.from_glossary
                origins = head.origins + ((adj.lemma, modifier[0], not adj.from_glossary),)
                result.append(replace(head, adjectives=(adj.lemma,) + head.adjectives, literal=literal, origins=origins))
                if head.adjectives:
                    # The mirror order, as French stacks adjectives elsewhere: machine translation
                    # writes « immunodéficience variable commune » for a term French fixed.
                    result.append(replace(head, adjectives=head.adjectives + (adj.lemma,), literal=literal,
                                          origins=origins))
            for noun in nouns:
                literal = head.literal or noun.literal
                if not noun.adjectives and not noun.complements and not noun.tail:
                    for relational in vocab.relational(noun.head):
                        result.append(replace(head, adjectives=head.adjectives + (relational,), literal=True))
                for complement in _complements(lex, noun):
                    result.append(replace(head, complements=head.complements + (complement,), literal=literal,
                                          nouns=head.nouns + (noun.head,) + noun.nouns))
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
    usage = _AdjectiveUsage(glossary, vocab)
    found: dict[tuple[str, str], Calque] = {}
    for concept in glossary.concepts.values():
        if concept.preferred.pos not in (None, "noun"):
            continue  # adjectives, verbs, phrases: their English terms are examples of use
        # The words of the concept's own correct terms: a rendering made only of them
        # reorders the right words (a paraphrase a professional may write), not a calque.
        own_terms = {fold_term(form) for t in concept.terms if not t.status.is_wrong for form in (t.text, pluralise(t.text))}
        for english in concept.en:
            # ... and the correct French of the English term's head (« GvHD » → « réaction du
            # greffon contre l’hôte »): « réaction du greffon contre l’hôte aiguë » is French.
            own = {w for form in own_terms | _part_terms(english, vocab) for w in form.split()}
            neutral: set[str] | None = None
            for np, order in _renderings(english, vocab):
                if not np.literal:
                    continue
                for number in ("s", "p") if order != "nouns" else ("p",):
                    text = np.render(lex, number)
                    key = fold_term(text)
                    if " " not in key or key in attested or key in lex.words:
                        continue
                    if _explicit(key, own_terms):
                        continue
                    if not np.complements and not order and not _reordered(key, own_terms):
                        # Adjectives only, each word the glossary's own or the cognate of a word
                        # it does not translate (« antigène leucocytaire humain »): the French a
                        # translator writes too.  A cognate the glossary renders otherwise
                        # (deficiency → déficit, not « déficience ») still makes a calque.
                        neutral = neutral if neutral is not None else _neutral_words(english, vocab)
                        if all(w in own or w in neutral or w in _LINKS for w in _words(key)):
                            continue
                    # Only adjectives swapped (« déficit immunitaire primaire »): a variant a
                    # professional may write; a calque brings a noun of its own (« histoire »,
                    # « troubles »), keeps the English word order, or reorders the adjectives
                    # of a fixed term.
                    foreign = [n for n in (np.head,) + np.nouns if not {fold_term(n), fold_term(pluralise(n))} & own]
                    if not order and not foreign and not _reordered(key, own_terms) and not _adjective_calque(
                            key, usage.foreign_adjectives(np, english, own), own, usage):
                        continue
                    found.setdefault((concept.id, key), Calque(concept.id, english, text, number))
    # The French terms with an adjective in the English spelling (« anémie aplastique »).
    for concept_id, english, text, number in english_spellings(glossary, lex, lambda w: zipf_frequency(w, "fr")):
        key = fold_term(text)
        if key not in attested:
            found.setdefault((concept_id, key), Calque(concept_id, english, text, number))
    return sorted(found.values(), key=lambda c: (c.concept, c.text))


def _neutral_words(english: str, vocab: _Lexicon) -> set[str]:
    """Folded forms of the renderings of ``english``'s words that say nothing of a calque: the
    glossary's own pairs (with their relational adjectives) and the cognates, by the new
    correspondences, of words the glossary has no French for (human → humain)."""
    lex = vocab.lex
    found: set[str] = set()
    for word in english.lower().split():
        if not word.isalpha():
            continue
        own = bool(vocab.glossary_pairs.get(word) or vocab.learned.get(word))
        # Only the cognates of the new correspondences: the others made calques before
        # (« thérapie physique », « fibrose cystique ») and still do.
        cognates = (set(vocab.cognates.lemmas(word)) - set(vocab.cognates.lemmas(word, False))) if not own else set()
        for reading in vocab.words(word):
            if not (reading.from_glossary or reading.lemma in cognates):
                continue
            if reading.pos == "np":
                found.update(_words(reading.lemma))
                found.update(_words(pluralise(reading.lemma)))
                continue
            found.update(fold_term(_agree(lex, reading.lemma, g, n)) for g in "mf" for n in "sp")
            found.update((fold_term(reading.lemma), fold_term(pluralise(reading.lemma))))
            if reading.pos == "noun" and reading.from_glossary:
                for adjective in vocab.relational(reading.lemma):
                    found.update(fold_term(_agree(lex, adjective, g, n)) for g in "mf" for n in "sp")
    return found


class _AdjectiveUsage:
    """What the glossary's correct French does with the literal adjectives of English words.

    A rendering that differs from the concept's French only by an adjective (« haut
    cholestérol » for « cholestérol élevé ») is a calque when that adjective is the dictionary's
    word for the English one and French does not use it there: it is no word of the concept's
    correct terms, no concept whose English term has the English word writes it (« chronic »
    → « chronique » in every disease, « upper » → « supérieur » of « membre supérieur »), and
    no correct term pairs it with the head noun or a noun the English head also translates as
    (« test », « examen », « analyse »).
    """

    def __init__(self, glossary: Glossary, vocab: _Lexicon) -> None:
        self.vocab = vocab
        self._cache: dict[str, list[str]] = {}
        phrases = [t.text for c in glossary.concepts.values() for t in c.terms if not t.status.is_wrong]
        phrases += list(glossary.attested)
        # folded word of a correct term → the indices of the terms that have it
        self._terms_with: dict[str, set[int]] = {}
        for i, phrase in enumerate(phrases):
            for word in _words(phrase):
                self._terms_with.setdefault(word, set()).add(i)
        # English word → the adjectives (lemmas) of its readings that the French of at least two
        # concepts writes (chronic → chronique, severe → sévère).  One concept's idiom does not
        # make the literal adjective French everywhere: « scanner haute résolution » (high
        # resolution CT) says nothing of « haut cholestérol ».
        concepts_of: dict[tuple[str, str], set[str]] = {}
        for concept in glossary.concepts.values():
            french = {w for t in concept.terms if not t.status.is_wrong for w in _words(t.text)}
            for english in concept.en:
                if english.isupper():
                    continue
                for word in {w.lower() for w in english.split()}:
                    for reading in self._adjectives(word):
                        if self.forms(reading) & french:
                            concepts_of.setdefault((word, reading), set()).add(concept.id)
        self.sanctioned: dict[str, set[str]] = {}
        for (word, reading), ids in concepts_of.items():
            if len(ids) >= 2:
                self.sanctioned.setdefault(word, set()).add(reading)

    def _adjectives(self, english: str) -> list[str]:
        if english not in self._cache:
            self._cache[english] = ([w.lemma for w in self.vocab.words(english) if w.pos == "adj"]
                                    if english.isalpha() else [])
        return self._cache[english]

    def forms(self, adjective: str) -> set[str]:
        """The folded forms of ``adjective`` (both genders and numbers)."""
        lex = self.vocab.lex
        return {fold_term(_agree(lex, adjective, g, n)) for g in "mf" for n in "sp"} | {fold_term(adjective)}

    def _used_with(self, adjective: str, nouns: set[str]) -> bool:
        """True if a correct term has a form of ``adjective`` beside one of ``nouns``."""
        with_adjective: set[int] = set()
        for form in self.forms(adjective):
            with_adjective |= self._terms_with.get(form, set())
        if not with_adjective:
            return False
        for noun in nouns:
            for form in (fold_term(noun), fold_term(pluralise(noun))):
                if self._terms_with.get(form, set()) & with_adjective:
                    return True
        return False

    def foreign_adjectives(self, np: _NP, english: str, own: set[str]) -> list[str]:
        """The literal adjectives of ``np`` French does not use where ``english`` has its word."""
        if np.tail and np.head in _PRENOMINAL:
            return []  # « gros intestin » read as the head « gros »: nothing to agree with
        words = english.lower().split()
        end = words.index("of") if "of" in words[1:] else len(words)
        nouns = {np.head} | {w.lemma for w in self.vocab.words(words[end - 1]) if w.pos == "noun"}
        return [lemma for lemma, word, literal in np.origins
                if literal and lemma == self.vocab.first_adjective(word) and not self.forms(lemma) & own
                and lemma not in self.sanctioned.get(word, ()) and not self._used_with(lemma, nouns)
                # a sibling of a word of the concept's French (obsessif, obsessionnel): a variant
                and not any(_cognate(fold_term(lemma), w) and fold_term(lemma)[:6] == w[:6] for w in own)
                and not self._modifies_modifier(word, words[:end])]

    def _modifies_modifier(self, adjective: str, words: list[str]) -> bool:
        """True if ``adjective`` begins a term of its own before the head (« high blood
        pressure » of « high blood pressure medication »): it qualifies that term, not the head."""
        if adjective not in words[:-1]:
            return False
        start = words.index(adjective)
        return any(" ".join(words[start:stop]) in self.vocab.glossary_pairs for stop in range(start + 2, len(words)))


def _adjective_calque(key: str, adjectives: list[str], own: set[str], usage: _AdjectiveUsage) -> bool:
    """True if ``key`` is the concept's French but for the literal ``adjectives``: each of its
    other words is a word of the concept's terms (« haute pression artérielle »), so that the
    adjective is the error, not a rendering built of other literal words as well."""
    if not adjectives:
        return False
    allowed = own | _LINKS | {form for a in adjectives for form in usage.forms(a)}
    return all(w in allowed for w in _words(key))


def _words(phrase: str) -> list[str]:
    """The folded words of a French phrase (elided articles cut off)."""
    return [w for w in fold_term(phrase.replace("’", "'")).replace("'", " ").split() if w]


_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,3}$|^[A-Z]{1,3}[0-9]{1,2}$")


def _renderings(english: str, vocab: _Lexicon) -> list[tuple[_NP, str]]:
    """The noun phrases rendering ``english`` literally, each with how it orders its words:
    "" the French order, "code" a letter or code kept before the head (« B lymphocytes »),
    "nouns" two nouns juxtaposed in the English order (« muguet infections »)."""
    if english.isupper() or "-" in english:
        return []
    original = english.split()
    words = [w.lower() for w in original]
    if len(words) < 2:
        return []
    if words.count("of") == 1 and 0 < words.index("of") < len(words) - 1:
        # « pattern of inheritance »: the head, then its complement, as French has it.
        at = words.index("of")
        head_words, complement = words[:at], words[at + 1:]
        if any(w in _FUNCTION_WORDS or not w.isalpha() for w in head_words + complement):
            return []
        return [(np, "") for np in _with_complement(_phrases(head_words, vocab), _phrases(complement, vocab), vocab)]
    if all(_CODE.match(w) for w in original[:-1]) and original[-1].isalpha() and original[-1].islower():
        # « B cell »: the French puts the code after its noun (lymphocyte B).
        codes = tuple(original[:-1])
        return [(_NP(h.head, h.gender, (), (), "", True, codes), "code")
                for h in _phrases(words[-1:], vocab) if not h.tail]
    if any(w in _FUNCTION_WORDS or not w.isalpha() for w in words):
        return []
    result = [(np, "") for np in _phrases(words, vocab)]
    if len(words) == 2:
        for head in _phrases(words[1:], vocab):
            for modifier in _phrases(words[:1], vocab):
                if not head.tail and not modifier.tail:
                    result.append((_NP(head.head, head.gender, (), (), "", True, (modifier.head,)), "nouns"))
    return result


def _with_complement(heads: list[_NP], modifiers: list[_NP], vocab: _Lexicon) -> list[_NP]:
    """Each head with each modifier as its « de N » complement or relational adjective."""
    result = []
    for head in heads:
        for noun in modifiers:
            literal = head.literal or noun.literal
            if not noun.adjectives and not noun.complements and not noun.tail:
                for relational in vocab.relational(noun.head):
                    result.append(replace(head, adjectives=head.adjectives + (relational,), literal=True))
            for complement in _complements(vocab.lex, noun):
                result.append(replace(head, complements=head.complements + (complement,), literal=literal,
                                      nouns=head.nouns + (noun.head,) + noun.nouns))
            if len(result) > _MAX_PER_TERM:
                return result
    return result


def _part_terms(english: str, vocab: _Lexicon) -> set[str]:
    """Folded correct French terms (both numbers, several words) the glossary gives the head of
    ``english``: its last words (« GvHD » of « acute GvHD »), not its modifiers (« blood » of
    « blood pressure », whose « sang » makes « pression du sang » a calque)."""
    words = english.lower().split()
    found = set()
    for i in range(1, len(words)):
        for text, _pos, _gender in vocab.glossary_pairs.get(" ".join(words[i:]), []):
            if " " not in text:
                continue  # one word (fever → fièvre) is the literal rendering, not a term
            found.add(fold_term(text))
            found.add(fold_term(pluralise(text)))
    return found


def _explicit(key: str, own_terms: set[str]) -> bool:
    """True if ``key`` is one of the concept's own terms made explicit by a complement
    (« résultats de tests », « observation du test » for « résultat »): French says what the
    results are of, whatever the English term packs into a compound."""
    # Not where the concept writes the same head with its own modifier (« crampe musculaire »
    # beside « crampe »): there the complement renders that modifier word for word.
    return any(key.startswith(term + link) and not any(other.startswith(term + " ") for other in own_terms)
               for term in own_terms for link in (" de ", " du ", " des ", " d'", " d’"))


def _reordered(key: str, own_terms: set[str]) -> bool:
    """True if ``key`` has the words of one of the concept's multi-word terms in another order
    (« immunodéficience variable commune » for « immunodéficience commune variable »)."""
    words = key.split()
    for term in own_terms:
        other = term.split()
        if len(words) < 3 or term == key or sorted(other) != sorted(words):
            continue
        start = 0
        while words[start] == other[start]:
            start += 1
        end = len(words)
        while words[end - 1] == other[end - 1]:
            end -= 1
        # Adjectives swapped with each other, not moved across a complement (« déficit en IgA
        # sélectif » is a variant of « déficit sélectif en IgA » that professionals write).
        if not set(words[start:end]) & _LINKS:
            return True
    return False
