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
from functools import lru_cache
from collections.abc import Iterable

from ..french.everyday_senses import EVERYDAY_SENSES, NOT_ALONE, NOT_WRONG
from ..french.lexicon_words import Lexicon, lexicon
from ..french.nominal import pluralise_word
from ..french import lexicon as lexique
from ..text.fold import fold_term
from .calques import Calque
from .model import Concept, Glossary
from .senses import aligned_by_concept

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
# Words of any health text, whatever its subject: never evidence of one sense.
_HEALTH = frozenset(
    "patient patiente patients patientes malade malades médecin médecins docteur infirmier infirmière "
    "traitement traitements soin soins santé maladie maladies symptôme symptômes signe signes risque "
    "risques enfant enfants adulte adultes femme femmes homme hommes personne cause causes effet effets "
    "consultation consulter examen examens hôpital médical médicale médicaux médicales cas jour jours".split())
# A word Lexique counts more often than this (per million words) is too common to prove a sense.
_COMMON = 80.0
# A word in the contexts of more than this share of the concepts proves health writing, not a sense.
_SHARED = 0.02
_RARE = 10.0  # a right word rarer than this (per million words) has no other sense to mislead
# ... but a word written with the right noun itself, in more than this share only.
_SHARED_DIRECT = 0.08
_FREQUENT = 60.0  # a wrong sense more frequent than this (per million words) is everyday French
_REQUIRED = 30  # a rule's required words beyond this many are a generic class
_NEAR = 3  # a context word this close (in words) proves the sense alone
_WINDOW = 12  # two context words within this many words of the trigger prove it


def stem(word: str) -> str:
    """The key a sentence's word is compared with: the folded word (contexts hold every
    inflected form of their words, :func:`_forms`)."""
    return fold_term(word)


@lru_cache(maxsize=None)
def _forms(word: str) -> frozenset[str]:
    """The folded inflected forms of the noun or adjective ``word`` is a form of (« nasale » →
    nasal, nasale, nasaux, nasales); empty for a verb form (« fuit »: a verb comes with too
    many things to prove one sense) or a word Lexique does not know (then the word alone)."""
    readings = lexique.analyses(word)
    if not readings:
        return frozenset({fold_term(word)})
    if readings[0].cgram == lexique.VERB and not any(r.cgram == lexique.ADJ for r in readings):
        return frozenset()
    forms = {fold_term(word)}
    for reading in readings:
        if reading.cgram in (lexique.NOUN, lexique.ADJ):
            forms.update(fold_term(entry.form) for entry in lexique.lemma_forms(reading.lemma, reading.cgram))
    return frozenset(forms)


def _content_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.replace("’", " ").replace("'", " "))
            if w.lower() not in _STOP and w.lower() not in _HEALTH and len(w) > 2}


def _related(word: str, lex: Lexicon, adjective_nouns: dict[str, set[str]]) -> set[str]:
    """``word`` with its relational adjectives (nez → nasal) or the nouns it derives from."""
    related = {word}
    lemma = word.lower()
    if lemma in lex.noun_gender and len(lemma) > 4:  # « cur » → « curial » is no relation
        related.update(lex.relational_adjectives(lemma))
    related.update(adjective_nouns.get(lemma, ()))
    return related


def _wrong_senses(english: str, right: set[str]) -> list[tuple[str, str]]:
    """(noun, gender) everyday senses of ``english``.  Only the curated ones: FreeDict's other
    nouns are as often French in health prose as a word alone (tablet → tableau, period → point)."""
    return [(w, g) for w, g in dict.fromkeys(EVERYDAY_SENSES.get(english, ()))
            if fold_term(w) not in right and " " not in w and w not in NOT_WRONG and w not in NOT_ALONE]


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
        self._correct = [t for texts in by_concept.values() for t in texts] + list(self.terms)
        for rule in glossary.rules.values():
            self._correct.extend(e.text for e in rule.examples if not e.is_wrong)
        self._by_word: dict[str, list[str]] = {}
        self._rare: dict[str, list[str]] = {}  # every correct text, for a rare word
        for text in [t for texts in by_concept.values() for t in texts]:
            for word in _WORDS.findall(text.replace("’", " ")):
                self._rare.setdefault(fold_term(word), []).append(text)
        # A rule's required words are what its concept comes with (the sense it proves), when
        # they are few: a long list is a class of generic words (« patient », « provoquer »).
        for rule in glossary.rules.values():
            required = [w for condition in rule.context.require for w in condition.words]
            if 0 < len(required) <= _REQUIRED:
                by_concept.setdefault(rule.concept, []).append(" ".join(required))
        self.words: dict[str, set[str]] = {cid: set().union(*map(_content_words, texts)) if texts else set()
                                           for cid, texts in by_concept.items()}
        for text in self.terms:
            for word in _WORDS.findall(text.replace("’", " ")):
                self._by_word.setdefault(fold_term(word), []).append(text)

    def all_correct(self) -> list[str]:
        """Every correct French text of the glossary: terms, definitions, corrected and right
        examples, attested phrases."""
        return self._correct

    def holding(self, word: str, rare: bool) -> list[str]:
        """The correct terms and attested phrases that hold ``word`` as a word; for a ``rare``
        word (one sense only: « selles », « mollet »), every definition and example too."""
        keys = dict.fromkeys((fold_term(word), fold_term(pluralise_word(word))))
        return [t for key in keys for t in self._by_word.get(key, []) + (self._rare.get(key, []) if rare else [])]


def _words_of(text: str) -> set[str]:
    return {fold_term(w) for w in _WORDS.findall(text.replace("’", " ").replace("'", " "))}


def _heads(english: str) -> list[str]:
    """The word of an English term that names what it is: a one-word term, the last word
    ("nasal discharge"), the first before "of" ("pupil of the eye"); a modifier ("calf
    cramps") names something else."""
    words = english.lower().split()
    if "of" in words[1:]:
        return [words[words.index("of") - 1]]
    return words[-1:]


def _targets(glossary: Glossary, aligned: dict[tuple[str, str], set[str]], lex: Lexicon) -> list[tuple[Concept, str, str, set[str]]]:
    """(concept, right noun, its gender, English words with everyday senses it translates): the
    concept's one-noun terms, and each noun of its multi-word terms aligned with such a word
    ("throat swab" ↔ « prélèvement de gorge »: swab ↔ prélèvement)."""
    result = []
    by_noun: dict[str, set[str]] = {}
    for (_owner, lemma), words in aligned.items():
        by_noun.setdefault(fold_term(lemma), set()).update(words)
    by_owner: dict[str, list[tuple[str, set[str]]]] = {}
    for (owner, lemma), words in aligned.items():
        by_owner.setdefault(owner, []).append((lemma, words))
    for concept in glossary.concepts.values():
        if concept.preferred.pos not in (None, "noun"):
            continue
        nouns = [t for t in concept.terms if not t.status.is_wrong and not t.abbreviation
                 and t.pos in (None, "noun") and " " not in t.text]
        by_lemma = {fold_term(t.text): (t.text, t.gender or "") for t in nouns}
        english_own = {w for e in concept.en if not e.isupper() for w in _heads(e)}
        for text, gender in by_lemma.values():
            words = english_own | aligned.get((concept.id, text), set())
            words |= by_noun.get(fold_term(text), set()) | by_noun.get(fold_term(pluralise_word(text)), set())
            words = {w for w in words if w in EVERYDAY_SENSES}
            if words:
                result.append((concept, text, gender, words))
        for lemma, words in by_owner.get(concept.id, ()):
            if fold_term(lemma) in by_lemma or lemma not in lex.noun_gender:
                continue
            spelt = {w for t in concept.terms if not t.status.is_wrong for w in _words_of(t.text)}
            if not {fold_term(lemma), fold_term(pluralise_word(lemma))} & spelt:
                continue  # a lemma Lexique gives that the term does not spell (« muqueux »)
            words = {w for w in words if w in EVERYDAY_SENSES}
            if words:
                result.append((concept, lemma, "", words))
    return result


def _collides(word: str, lex: Lexicon, spelt_by_key: dict[str, set[str]]) -> bool:
    """True if another French word folds like ``word`` or its plural (« élève » and « élevé »:
    the automaton matches folded text, so a trigger would fire on both)."""
    if not spelt_by_key:
        spelt = sorted(lex.spelt)
        # one translation of all the words at once: a call per word costs seconds
        for bare, form in zip("\n".join(spelt).lower().translate(_ACCENTS).split("\n"), spelt):
            spelt_by_key.setdefault(bare, set()).add(form)
    for form in (word, pluralise_word(word)):
        if spelt_by_key.get(_bare(form), {form.lower()}) - {form.lower()}:
            return True
    return False


_ACCENTS = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçñÿ", "aaaaaeeeeiiiiooooouuuucny")


def _bare(word: str) -> str:
    """``word`` in lower case without its accents: what folding makes of it, cheaply."""
    return word.lower().translate(_ACCENTS)


def generate_wrong_sense_words(glossary: Glossary, lex: Lexicon | None = None) -> list[Calque]:
    """Single-word wrong senses of the concepts' nouns, each with the stems of the words that
    prove the concept's sense around it and of those that show the word's own sense; sorted by
    concept and text."""
    lex = lex if lex is not None else lexicon()
    if not lex.words or not lexique.available():
        return []
    texts = _Texts(glossary)
    # How many concepts' texts hold each stem: a word of many proves no one sense.
    spread: Counter[str] = Counter()
    for words in texts.words.values():
        spread.update({f for w in words for f in _forms(w)})
    limit = max(3, int(_SHARED * len(texts.words)))
    direct_limit = max(3, int(_SHARED_DIRECT * len(texts.words)))
    # Stems of French's most frequent words (« données » and « donne » share one): never a context.
    # A one-word term of the glossary is a health word however often French writes it (« sang »).
    terms = {fold_term(t.text) for c in glossary.concepts.values() for t in c.terms
             if not t.status.is_wrong and " " not in t.text}
    common = {w for w, f in lex.frequency.items() if f > _COMMON} - terms
    # Relational adjective → the glossary's nouns it derives from, for contexts.
    adjective_nouns: dict[str, set[str]] = {}
    for words in texts.words.values():
        for word in words:
            lemma = word.lower()
            if lemma in lex.noun_gender and len(lemma) > 4:
                for adjective in lex.relational_adjectives(lemma):
                    adjective_nouns.setdefault(adjective, set()).add(lemma)
    # Where the glossary writes a word in French (a correct term, a definition, a right example,
    # an attested phrase), that word has a sense of its own in health writing: the words around
    # it there show that sense.  A rule's `unless` words, for a word that is its trigger, too.
    own_texts: dict[str, list[str]] = {}
    for text in texts.all_correct():
        for key in _words_of(text):
            own_texts.setdefault(key, []).append(text)
    own_words: dict[str, set[str]] = {}
    for rule in glossary.rules.values():
        unless = {w for condition in rule.context.unless for w in condition.words}
        for trigger in rule.match:
            if " " not in trigger.text:
                own_words.setdefault(fold_term(trigger.text), set()).update(unless)
    # Words health French writes as words of its terms (« souche » of « cellule souche »,
    # « échec de greffe », « tampon alcoolisé ») or in more than one definition (« décharge »
    # of neurones): no context tells their senses apart reliably enough.
    health_words: set[str] = set()
    in_definitions: Counter[str] = Counter()
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if not term.status.is_wrong:
                health_words.update(_words_of(term.text))
        if concept.definition:
            in_definitions.update(_words_of(concept.definition))
    health_words.update(w for w, n in in_definitions.items() if n > 1)
    spelt_by_key: dict[str, set[str]] = {}

    def usable(forms: Iterable[str], most: int = limit) -> set[str]:
        # a form is as widespread as its word (« patiente » as « patient »)
        return {f for f in forms if max((spread[g] for g in _forms(f)), default=spread[f]) <= most
                and spread[f] <= most and f not in common and len(f) > 2}

    found: dict[tuple[str, str], Calque] = {}
    for concept, right, _gender, english_words in _targets(glossary, aligned_by_concept(glossary, lex), lex):
        rights = {fold_term(right), fold_term(pluralise_word(right))}
        # « tension », « crise »: health words; « cours », « période »: words of every text
        senses = [(e, w) for e in sorted(english_words) for w, _ in _wrong_senses(e, rights)
                  if not {fold_term(w), fold_term(pluralise_word(w))} & health_words
                  and max(lex.frequency.get(fold_term(f), 0.0) for f in (w, pluralise_word(w))) <= _FREQUENT
                  and not _collides(w, lex, spelt_by_key)]
        if not senses:
            continue
        direct, others = _context(concept, right, texts, lex, adjective_nouns)
        # a word written with the right noun itself proves its sense unless most of health
        # writing has it (« sang » with « selles »); the concept's other words must be rarer
        strong = usable(direct) | usable(others)
        context = usable(direct, direct_limit) | strong
        context -= {f for _, w in senses for f in (fold_term(w), fold_term(pluralise_word(w)))}
        context -= {fold_term(right), fold_term(pluralise_word(right))}
        for english, word in senses:
            if any(fold_term(word) in key.split() for key in context):
                continue  # the concept's own words hold it (« anti-insecte »): it is its sense too
            own: set[str] = set()
            for key in {fold_term(word), fold_term(pluralise_word(word))}:
                for text in own_texts.get(key, ()):
                    for w in _content_words(text):
                        own.update({fold_term(w)} | _forms(w))
                own.update(fold_term(w) for w in own_words.get(key, ()))
            own = usable(own) - {fold_term(word), fold_term(pluralise_word(word))}
            # a word that comes with both senses proves neither
            proving = frozenset(context - own)
            if len(proving) < 3:
                continue  # too little known of the sense to tell it from the word's own
            own_sense = frozenset(own - context)
            for form, number in ((word, "s"), (pluralise_word(word), "p")):
                found_key = (concept.id, fold_term(form))
                if found_key not in found:
                    found[found_key] = Calque(concept.id, english, form, number, WRONG_SENSE_WORD, proving, own_sense,
                                              right, frozenset(proving & strong))
    return sorted(found.values(), key=lambda c: (c.concept, c.text))


def _context(concept: Concept, right: str, texts: _Texts, lex: Lexicon,
             adjective_nouns: dict[str, set[str]]) -> tuple[set[str], set[str]]:
    """The folded forms of the words that come with ``concept`` in the glossary: those of the
    texts that hold its noun ``right`` or a relational adjective of it (« douleur articulaire »
    for « articulation »), then those of the concept's own terms, definition and examples."""
    direct: set[str] = set()
    for word in [right, *lex.relational_adjectives(right.lower())]:
        rare = min(lex.frequency.get(fold_term(w), 0.0) for w in (word, pluralise_word(word))) < _RARE
        for text in texts.holding(word, rare):
            direct.update(_content_words(text))
    own = set(texts.words.get(concept.id, ())) - direct

    def forms(words: set[str]) -> set[str]:
        result: set[str] = set()
        for word in words:
            if _forms(word):
                for related in _related(word, lex, adjective_nouns):
                    result.update(_forms(related))
        return result

    return forms(direct), forms(own)


_LINKS = frozenset("de d du des dans à au aux en".split())
# Words of nearly every French sentence and of no English one.
_FRENCH = frozenset(fold_term(w) for w in "le la les des du une est et dans pour sur avec qui que pas peut être sont ce cette votre vous il elle au aux".split())
_DETERMINERS = frozenset("le la l les un une des du son sa ses votre vos leur leurs mon ma mes".split())


def _linked(words: list[str], at: int, i: int) -> bool:
    """True if ``words[i]`` and the trigger at ``at`` make one phrase: « sang dans les
    tabourets », « décharge du nez », « décharge nasale » (a word right after the trigger)."""
    if i == at + 1:
        return True
    first, last = (i, at) if i < at else (at, i)
    between = [fold_term(w) for w in words[first + 1:last]]
    return (0 < len(between) <= 2 and between[0] in _LINKS
            and all(w in _DETERMINERS for w in between[1:]))


def context_proves(words: list[str], at: int, context: frozenset[str], unless: frozenset[str] = frozenset(),
                   strong: frozenset[str] | None = None, far: int = 0) -> bool:
    """True if the sentence's ``words`` (``at`` is the trigger's index) prove the sense, and no
    word of the trigger's own sense (``unless``) is within :data:`_WINDOW` words: a ``strong``
    context word (one few concepts share; all of ``context`` if not given) within :data:`_NEAR`
    words, a context word making one phrase with the trigger (:func:`_linked`), or two distinct
    context words within :data:`_WINDOW` (or among the first ``far`` words, the sentence before,
    which count for this only)."""
    strong = context if strong is None else strong
    if len(_FRENCH & {fold_term(w) for w in words[far:]}) < 2:
        return False  # not a French sentence (« sort » and « relief » are English words too)
    seen: set[str] = set()
    proved = False
    for i in [*range(min(far, max(0, at - _WINDOW))), *range(max(0, at - _WINDOW), min(len(words), at + _WINDOW + 1))]:
        if i == at:
            continue
        key = stem(words[i])
        if key in unless:
            return False
        if key in context:
            if i >= far and ((abs(i - at) <= _NEAR and key in strong) or _linked(words, at, i)):
                proved = True  # unless an own-sense word follows
            seen.add(key)
    return proved or len(seen) >= 2
