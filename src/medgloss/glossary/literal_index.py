"""The content-word index of the glossary's English terms, for literal renderings in any order (MG118).

MG110 (:mod:`medgloss.glossary.calques`) enumerates whole strings, so machine translation
that differs from every one of them by an article, a preposition or the order of two words
(« le compte des cellules blanches dans le sang ») escapes it.  This index keeps, for every
multi-word English term of a noun concept, the French lemmas each of its content words may
be rendered by: the word pairs of the glossary, FreeDict, medgloss's literal words and
cognates (the same lexicon as the calques, :class:`medgloss.glossary.calques._Lexicon`), and
the relational adjectives of each noun (sang → sanguin).  Every form of those lemmas (both
numbers, both genders) points to the (term, slot) pairs it can fill: the checker
(:mod:`medgloss.checks.literal`) looks each word of a sentence up once.

Each (term, slot) pair carries flags: whether the word is the concept's own French (a word of
its correct terms, of the correct French of one of its English parts, or a noun and its
relational adjective of those), whether it is a noun, and whether it is only a code (an
acronym kept as is).  A rendering made only of the concept's own words is a paraphrase, and
one whose only foreign word is an equivalent the glossary itself writes for that English word
in two other concepts (test → examen) is French the glossary sanctions: both are flagged as
own here, and never reported.

The index also keeps the attested French (terms of every concept, the usage corpus's
phrases, Lexique's multi-word entries) and the rules' triggers whose words all occur in it, so
that a span holding one is left alone; a word that a variety of French admits (a rule's
trigger with ``admitted_in``) is never a foreign word either: its rule judges it.  It is built from the glossary once and cached by its fingerprint.

It must not read documents or decide findings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..french.freedict import english_french
from ..french.lexicon_words import Lexicon, lexicon
from ..french.nominal import pluralise
from ..text.fold import fold_term
from .calques import _FUNCTION_WORDS, _Lexicon, _agree, _lex_spelling, _words
from .model import Glossary

# Flags of a (term, slot) pair.
OWN = 1  # the concept's own French (or French the glossary writes for that English word)
NOUN = 2  # a noun reading
CODE = 4  # an acronym or code kept as it is
PLURAL = 8  # a noun's plural form (not also its singular)

# Words between content words that keep a noun phrase together (folded): articles,
# possessives, demonstratives, prepositions.  Anything else (a verb, an adverb, a
# conjunction, punctuation) breaks it, and so does « en », which joins the fixed phrases of
# French (« prise en compte », « mise en place ») far more often than a calque's words.
LINKS = frozenset("de du des d la le les l un une a au aux dans sur par pour contre chez "
                  "votre vos notre nos son sa ses leur leurs mon ma mes ton ta tes ce cet cette ces".split())

# The links that may open the words between two content words: a preposition (or its
# contraction with the article).  An article or a possessive right after a noun starts another
# noun phrase (« affiche sur la sortie standard la valeur »).
PREPOSITIONS = frozenset("de du des d a au aux dans sur par pour contre chez".split())
# Prepositions of place: « le sucre dans le sang » is how French says it too; a span with one
# is reported only when it renders three English words or more.
LOCATIVE = frozenset("dans sur chez".split())

_MAX_LEMMAS = 10  # French lemmas per English word: the first ones are the literal ones
_MAX_SLOTS = 5  # longer terms are phrases whose renderings vary too much to be matched word for word


@dataclass(frozen=True, slots=True)
class Pattern:
    """A concept's English term as content-word slots."""

    concept: str
    english: str
    slots: int  # how many content words
    head: int  # the slot of the English head noun


@dataclass(slots=True)
class LiteralIndex:
    """Form → (pattern, slot, flags) triples; the patterns; the attested French phrases."""

    patterns: list[Pattern]
    # folded word form → flat tuple pattern, slot, flags, pattern, slot, flags...
    forms: dict[str, tuple[int, ...]]
    attested: frozenset[str]

    def slots_of(self, form: str) -> tuple[int, ...]:
        """The flat (pattern, slot, flags) triples a folded word form fills."""
        return self.forms.get(form, ())


def _noun_forms(lex: Lexicon, lemma: str) -> set[str]:
    spelt = _lex_spelling(lex, lemma)
    return {fold_term(lemma), fold_term(lex.noun_form(spelt, "p")), fold_term(pluralise(lemma))}


def _adjective_forms(lex: Lexicon, lemma: str) -> set[str]:
    return {fold_term(_agree(lex, lemma, g, n)) for g in "mf" for n in "sp"} | {fold_term(lemma)}


def _content_words(english: str) -> tuple[list[str], int] | None:
    """The content words of an English term and the position of its head, or None when the
    term is no plain noun phrase (a verb phrase, a hyphenated word, one content word)."""
    if english.isupper() or "-" in english or "/" in english:
        return None
    words = english.split()
    if any(not w.isalpha() for w in words):
        return None
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:-1] and lowered.count("of") == 1:
        at = lowered.index("of")
        head_at = at - 1
    elif any(w in _FUNCTION_WORDS for w in lowered):
        return None
    else:
        head_at = len(words) - 1
    content = [w if w.isupper() and len(w) > 1 else w.lower() for w in words if w.lower() != "of"]
    if not 2 <= len(content) <= _MAX_SLOTS or any(w in _FUNCTION_WORDS for w in content if not w.isupper()):
        return None
    return content, head_at


def build_index(glossary: Glossary, lex: Lexicon | None = None,
                freedict: dict[str, tuple[str, ...]] | None = None) -> LiteralIndex:
    """The index of every noun concept's multi-word English terms (see the module's docstring)."""
    lex = lex if lex is not None else lexicon()
    if not lex.words:
        return LiteralIndex([], {}, frozenset())
    vocab = _Lexicon(glossary, lex, freedict if freedict is not None else english_french(), reach=False)
    sanctioned = _sanctioned(glossary, vocab)
    acronyms = _acronyms(glossary)
    patterns: list[Pattern] = []
    forms: dict[str, list[int]] = {}
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for concept in glossary.concepts.values():
        if concept.preferred.pos not in (None, "noun"):
            continue
        correct = [t.text for t in concept.terms if not t.status.is_wrong]
        own = {w for t in correct for form in (t, pluralise(t)) for w in _words(form)}
        heads = {t.text.split()[0] for t in concept.terms if not t.status.is_wrong and not t.abbreviation
                 and lex.is_noun(_lex_spelling(lex, t.text.split()[0]))}
        for english in concept.en:
            parsed = _content_words(english)
            if parsed is None:
                continue
            content, head = parsed
            key = (concept.id, tuple(sorted(content)))
            if key in seen:
                continue
            seen.add(key)
            # the correct French of the English term's parts (« globule blanc » of « white
            # blood cell » in « white blood cell count ») is the concept's own French too
            lowered = [w.lower() for w in english.split()]
            mine = set(own)
            for i in range(len(lowered)):
                for j in range(i + 2, len(lowered) + 1):
                    for text, _pos, _gender in vocab.glossary_pairs.get(" ".join(lowered[i:j]), []):
                        mine.update(w for form in (text, pluralise(text)) for w in _words(form))
            slot_forms = [_slot_forms(word, slot == head, vocab, mine, sanctioned, acronyms)
                          for slot, word in enumerate(content)]
            # The head noun of the concept's own French renders the English head too (wound
            # dressing → pansement, which no dictionary gives for « dressing »).
            for lemma in heads:
                singular = fold_term(lemma)
                slot_forms[head].setdefault(singular, OWN | NOUN)
                for form in _noun_forms(lex, lemma) - {singular}:
                    slot_forms[head].setdefault(form, OWN | NOUN | PLURAL)
            if any(not f for f in slot_forms):
                continue  # a word without any French equivalent: no rendering to recognise
            index = len(patterns)
            patterns.append(Pattern(concept.id, english, len(content), head))
            for slot, found in enumerate(slot_forms):
                for form, flags in found.items():
                    forms.setdefault(form, []).extend((index, slot, flags))
    # A word that a variety of French admits (the trigger of a rule with ``admitted_in``, or of
    # one the variety dropped, now attested: « immunisation » in fr-CA) is judged by that rule,
    # with its context: it never makes a span foreign here.
    ruled = {fold_term(form) for rule in glossary.rules.values() if rule.admitted_in for trigger in rule.match
             if " " not in trigger.text for form in (trigger.text, pluralise(trigger.text))}
    ruled |= {fold_term(form) for phrase in glossary.attested if " " not in phrase
              for form in (phrase, pluralise(phrase))}
    for form in ruled & forms.keys():
        values = forms[form]
        for k in range(2, len(values), 3):
            values[k] |= OWN
    packed = {form: tuple(values) for form, values in forms.items()}
    return LiteralIndex(patterns, packed, _attested(glossary, lex, packed))


def _slot_forms(word: str, is_head: bool, vocab: _Lexicon, own: set[str], sanctioned: dict[str, set[str]],
                acronyms: dict[str, set[str]]) -> dict[str, int]:
    """Folded form → flags, for every French rendering of one English content word."""
    lex = vocab.lex
    found: dict[str, int] = {}

    def add(forms: Iterable[str], flags: int) -> None:
        for form in forms:
            found[form] = found.get(form, flags) | (flags & OWN)

    if word.isupper():
        # An acronym: kept as is by machine translation, or its French acronym.
        add({fold_term(word)} | acronyms.get(word, set()), CODE | OWN)
        return found
    readings = vocab.words(word)[:_MAX_LEMMAS]
    for reading in readings:
        if reading.pos == "np":
            continue  # a phrase for one word: not one lemma
        lemma_forms = _noun_forms(lex, reading.lemma) if reading.pos == "noun" else _adjective_forms(lex, reading.lemma)
        relational = vocab.relational(reading.lemma) if reading.pos == "noun" else []
        rel_forms = {f for adjective in relational for f in _adjective_forms(lex, adjective)}
        # a noun and its relational adjective are one word of the concept (famille, familial)
        # French the glossary writes for the English word elsewhere sanctions a head (test →
        # examen), not a modifier: « sang » is right in « prise de sang », a calque in
        # « pression du sang »
        is_own = bool((lemma_forms | rel_forms) & own) or (
            is_head and fold_term(reading.lemma) in sanctioned.get(word, set()))
        flags = OWN if is_own else 0
        if reading.pos == "noun":
            # A modifier's word that is an adjective too (normal → « standard ») may be read as
            # one (« valeurs standard »): it is no foreign noun there.
            noun = NOUN if is_head or not lex.is_adjective(_lex_spelling(lex, reading.lemma)) else 0
            singular = fold_term(reading.lemma)
            add({singular}, flags | noun)
            add(lemma_forms - {singular}, flags | noun | (PLURAL if noun else 0))
            if not is_head:
                add(rel_forms, flags)
        elif not is_head:
            add(lemma_forms, flags)
    return found


def _sanctioned(glossary: Glossary, vocab: _Lexicon) -> dict[str, set[str]]:
    """English word → folded French lemmas among its readings that the correct French of at
    least two concepts with that English word writes (test → examen, analyse)."""
    concepts_of: dict[tuple[str, str], set[str]] = {}
    cache: dict[str, list[str]] = {}
    for concept in glossary.concepts.values():
        french = {w for t in concept.terms if not t.status.is_wrong for w in _words(t.text)}
        french |= {w for t in concept.terms if not t.status.is_wrong for w in _words(pluralise(t.text))}
        for english in concept.en:
            if english.isupper():
                continue
            for word in {w.lower() for w in english.split() if w.isalpha()}:
                if word in _FUNCTION_WORDS:
                    continue
                if word not in cache:
                    cache[word] = [r.lemma for r in vocab.words(word)[:_MAX_LEMMAS] if r.pos != "np"]
                for lemma in cache[word]:
                    if fold_term(lemma) in french or fold_term(pluralise(lemma)) in french:
                        concepts_of.setdefault((word, fold_term(lemma)), set()).add(concept.id)
    result: dict[str, set[str]] = {}
    for (word, lemma), ids in concepts_of.items():
        if len(ids) >= 2:
            result.setdefault(word, set()).add(lemma)
    return result


def _acronyms(glossary: Glossary) -> dict[str, set[str]]:
    """English acronym → the folded French abbreviations of its concept (HLA → hla)."""
    result: dict[str, set[str]] = {}
    for concept in glossary.concepts.values():
        french = {fold_term(t.text) for t in concept.terms if t.abbreviation and not t.status.is_wrong}
        for english in concept.en:
            if english.isupper() and english.isalpha() and len(english) > 1:
                result.setdefault(english, set()).update(french)
    return result


def _attested(glossary: Glossary, lex: Lexicon, forms: dict[str, tuple[int, ...]]) -> frozenset[str]:
    """The folded attested French phrases whose content words are all words of the index."""
    phrases: set[str] = set()
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if not term.status.is_wrong:
                phrases.update((term.text, pluralise(term.text)))
    for phrase in glossary.attested:
        phrases.update((phrase, pluralise(phrase)))
    for rule in glossary.rules.values():  # known errors: their rule reports them
        phrases.update(t.text for t in rule.match)
    phrases.update(w for w in lex.words if " " in w)
    kept = set()
    for phrase in phrases:
        words = [w for w in _words(phrase) if w not in LINKS]
        if len(words) >= 2 and all(w in forms for w in words):
            kept.add(" ".join(words))
    return frozenset(kept)


_SOURCES = ["glossary/literal_index.py", "glossary/calques.py", "french/freedict.py", "french/literal_words.py",
            "french/literal_adjectives.py", "french/lexicon_words.py", "french/nominal.py", "cache/codec.py"]


_MEMO: dict[str, LiteralIndex] = {}


def literal_index(glossary: Glossary) -> LiteralIndex:
    """The index of ``glossary``, from memory, from the cache folder, or built now."""
    key = glossary.fingerprint or str(id(glossary))
    if key not in _MEMO:
        if len(_MEMO) > 3:
            _MEMO.clear()
        _MEMO[key] = _load(glossary)
    return _MEMO[key]


def _load(glossary: Glossary) -> LiteralIndex:
    if not glossary.fingerprint:
        return build_index(glossary)
    from ..cache.codec import Codec
    from ..cache.store import cached_value, source_digest
    from ..french.freedict import DICT_PATH
    from ..french.lexicon_words import lexique_path

    digest = source_digest(_SOURCES)
    for path in (DICT_PATH, lexique_path()):
        try:
            stat = path.stat() if path is not None else None
        except OSError:
            stat = None
        digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode() if stat is not None else b"absent")
    name = f"literal-index-{glossary.fingerprint[:24]}-{digest.hexdigest()[:12]}.msgpack"
    codec = Codec([LiteralIndex, Pattern])
    return cached_value(name, codec, lambda: build_index(glossary), LiteralIndex)


__all__ = ["CODE", "LINKS", "LOCATIVE", "PREPOSITIONS", "NOUN", "OWN", "PLURAL", "LiteralIndex", "Pattern", "build_index", "literal_index"]
