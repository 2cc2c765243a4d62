"""What Lexique383 says about the gender and number a word can take, for the agreement check.

Three questions, each answered only when the lexicon leaves no doubt: is this word a noun and
nothing that a determiner could stand before as a pronoun (« le traite »)?  Which genders and
numbers can it be as a noun?  Is this word an adjective or past participle (and not a noun,
adverb or conjugated verb), and in which genders and numbers?  And the form of an adjective
or participle in another gender and number, kept only when Lexique has that form.

This module reads words, never sentences: it does not decide what agrees with what, and it
never guesses where Lexique is silent (a word it does not know has no reading).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .inflect import match_case

Features = tuple[str | None, str | None]  # (gender m/f, number s/p); None: either

# A reading this rare (per million words) is Lexique's noise (« personne » as an adjective),
# not a use a writer makes: it neither makes a word ambiguous nor is it a reading to agree.
_RARE = 0.05
_FINITE = ("ind:", "sub:", "imp:", "cnd:")


@dataclass(frozen=True, slots=True)
class NounReading:
    """The noun readings of a form: every (gender, number) they allow, and what else it is."""

    features: frozenset[Features]
    # Any reading, of any category, that a determiner or adjective could agree with.
    all_features: frozenset[Features]
    verb: bool  # also a conjugated verb (« limite »): « le » before it may be a pronoun
    frequency: float
    infinitive: bool = False  # also an infinitive (« pour la lancer »)

    def allows(self, gender: str | None, number: str | None) -> bool:
        """True if some reading of the word is of this gender and number (``None``: any)."""
        return any(_fits(f, gender, number) for f in self.all_features)

    @property
    def gender(self) -> str | None:
        """The gender of every noun reading, or ``None`` if they differ or leave it open."""
        genders = {g for g, _n in self.features}
        return genders.pop() if len(genders) == 1 else None

    @property
    def number(self) -> str | None:
        """The number of every noun reading, or ``None`` if they differ or leave it open."""
        numbers = {n for _g, n in self.features}
        return numbers.pop() if len(numbers) == 1 else None


@dataclass(frozen=True, slots=True)
class AdjectiveReading:
    """An adjective or past participle: its lemma, category (``ADJ`` or ``VER``) and the
    (gender, number) its readings allow."""

    lemma: str
    cgram: str
    features: frozenset[Features]

    def allows(self, gender: str | None, number: str | None) -> bool:
        """True if the form can be of this gender and number."""
        return any(_fits(f, gender, number) for f in self.features)


def _fits(features: Features, gender: str | None, number: str | None) -> bool:
    g, n = features
    return (g is None or gender is None or g == gender) and (n is None or number is None or n == number)


def _finite(entry: lexicon.LexEntry) -> bool:
    return entry.cgram in (lexicon.VERB, lexicon.AUX) and any(v[:4] in _FINITE for v in entry.infover)


def _first_or_second_singular(entry: lexicon.LexEntry) -> bool:
    """``entry`` is a past participle whose finite readings are all of « je » or « tu »
    (« enrichis », « définis », « mis », « inclus »): right after a noun, where no such
    pronoun stands, only the participle can be meant (« des immunoglobulines enrichis »)."""
    finite = [v for v in entry.infover if v[:4] in _FINITE]
    return entry.is_past_participle and bool(finite) and all(v.endswith(("1s", "2s")) for v in finite)


def _infinitive(entry: lexicon.LexEntry) -> bool:
    return entry.cgram in (lexicon.VERB, lexicon.AUX) and "inf" in entry.infover


def _adjectival(entry: lexicon.LexEntry) -> bool:
    return entry.cgram == lexicon.ADJ or entry.is_past_participle


@lru_cache(maxsize=65536)
def noun_reading(word: str, after_determiner: bool = False) -> NounReading | None:
    """The noun readings of ``word`` when it is above all a noun: Lexique reads it as a noun,
    any adjective reading is rarer, and no adverb, pronoun or preposition reading is common
    (« la plus » is no noun phrase).  ``after_determiner``: a pronoun reading does not count
    (« la personne »).  ``None`` otherwise, for unknown words too.

    A noun whose lemma Lexique spells alike in both numbers is taken as either (« une fois »,
    « le corps »)."""
    every = lexicon.analyses(word)
    nouns = [e for e in every if e.cgram == lexicon.NOUN and e.freq >= _RARE]
    if not nouns:
        return None
    noun_freq = sum(e.freq for e in nouns)
    floor = max(_RARE, noun_freq / 10)
    for e in every:
        if e.cgram == lexicon.NOUN or _adjectival(e) or _finite(e) or _infinitive(e):
            continue
        if e.cgram.startswith("PRO") and after_determiner:
            continue
        if e.freq >= floor:
            return None  # also an adverb, pronoun, preposition, article…
    adjectives = sum(e.freq for e in every if _adjectival(e) and not e.cgram == lexicon.VERB)
    if adjectives > noun_freq and not after_determiner:
        return None  # « malade » alone is an adjective; « la composante » is a noun
    verb_freq = sum(e.freq for e in every if _finite(e))
    if verb_freq > 10 * noun_freq:
        return None  # « est »: a verb that Lexique also lists as a noun
    def features(e: lexicon.LexEntry) -> Features:
        if e.cgram != lexicon.NOUN:
            return (e.gender, e.number)
        # The number counts only where the lemma's other number is spelt otherwise (« une
        # fois », « le corps » are either; Lexique lists such forms under one number only).
        others = lexicon._lemma_rows(e.lemma, lexicon.NOUN)
        marked = any(r.form != e.form and r.number not in (None, e.number) for r in others)
        return (e.gender, e.number if marked and not e.form.endswith(("s", "x", "z")) or
                (marked and e.number == "p") else None)

    return NounReading(
        frozenset(features(e) for e in nouns),
        frozenset(features(e) for e in every if e.cgram == lexicon.NOUN or _adjectival(e)),
        any(_finite(e) for e in every),
        noun_freq,
        any(_infinitive(e) for e in every),
    )


@lru_cache(maxsize=65536)
def adjective_reading(word: str, attribute: bool = False, prenominal: bool = False,
                      after_noun: bool = False) -> AdjectiveReading | None:
    """``word`` as an adjective or past participle, when it can be nothing else that follows a
    noun: no conjugated verb (« présente »), adverb or preposition reading, and no noun reading
    as frequent as the adjective (« clé », « type » in apposition do not agree).

    ``attribute``: the word follows « être », where a noun without its determiner is rare
    (« elles sont traitées », not « des traités »): a noun reading does not rule the word out,
    but the genders and numbers it allows count as agreeing (« elles sont médecins »).
    ``prenominal``: the word stands between a determiner and a noun, where an adverb reading
    (« grand ouvert ») does not count.  ``after_noun``: the word follows a noun or its
    adjective, with no subject pronoun between, so a participle's own « je »/« tu » forms do
    not count (:func:`_first_or_second_singular`)."""
    readings = [e for e in lexicon.analyses(word) if e.freq >= _RARE and not (prenominal and e.cgram == "ADV")]
    adjectival = [e for e in readings if _adjectival(e)]
    if not adjectival:
        return None
    if any((_finite(e) and not (after_noun and _first_or_second_singular(e))) or (not _adjectival(e) and e.cgram != lexicon.NOUN) for e in readings):
        return None
    noun_freq = sum(e.freq for e in readings if e.cgram == lexicon.NOUN)
    adj_freq = sum(e.freq for e in adjectival)
    if noun_freq * 2 > adj_freq and not attribute:
        return None
    # Every reading counts for « can it agree? », the rare ones too: silence when in doubt.
    every = [e for e in lexicon.analyses(word) if _adjectival(e)]
    features = {_decisive(e) for e in every}
    if attribute:
        features |= {(e.gender, e.number) for e in lexicon.analyses(word) if e.cgram == lexicon.NOUN}
    main = max(adjectival, key=lambda e: e.freq)
    return AdjectiveReading(main.lemma, main.cgram if main.cgram == lexicon.ADJ else lexicon.VERB,
                            frozenset(features))


@lru_cache(maxsize=65536)
def attribute_reading(word: str, adverb: bool = False) -> AdjectiveReading | None:
    """``word`` as the attribute or passive participle after « être » (« sont causé », « peuvent
    être prescrit »), where no conjugated verb can stand: the finite readings Lexique gives the
    participle's own form (« causé » as an imperative, « prescrit » as a present) do not rule
    it out, nor a finite reading of another verb ten times rarer than the adjective (« grave »
    of « graver »), nor any other reading twenty times rarer, nor with ``adverb`` an adverb
    reading.  Otherwise as :func:`adjective_reading` with ``attribute``."""
    plain = adjective_reading(word, attribute=True)
    if plain is not None:
        return plain
    # ``adverb``: where nothing an adverb could modify follows, its reading does not count
    # (« la tension reste bas »).
    readings = [e for e in lexicon.analyses(word) if e.freq >= _RARE and not (adverb and e.cgram == "ADV")]
    adjectival = [e for e in readings if _adjectival(e)]
    if not adjectival:
        return None
    participles = {e.lemma for e in adjectival if e.is_past_participle}
    adj_freq = sum(e.freq for e in adjectival)
    for e in readings:
        if _adjectival(e) or e.cgram == lexicon.NOUN:
            continue
        if _finite(e) and (e.lemma in participles or e.freq * 10 <= adj_freq):
            continue
        if e.freq * 20 <= adj_freq:
            continue  # « passé » as an adverb, 0.4 per million against 590
        return None  # an adverb, preposition, pronoun… or a verb as likely as the adjective
    every = [e for e in lexicon.analyses(word) if _adjectival(e)]
    features = {_decisive(e) for e in every}
    features |= {(e.gender, e.number) for e in lexicon.analyses(word) if e.cgram == lexicon.NOUN}
    main = max(adjectival, key=lambda e: e.freq)
    return AdjectiveReading(main.lemma, main.cgram if main.cgram == lexicon.ADJ else lexicon.VERB,
                            frozenset(features))


@dataclass(frozen=True, slots=True)
class VerbReading:
    """A conjugated verb of the third person whose number the form alone decides: its lemma,
    number (``s`` or ``p``) and the tenses (« ind:pre », « sub:pre ») it can be."""

    lemma: str
    number: str
    tenses: frozenset[str]


@lru_cache(maxsize=65536)
def finite_verb(word: str, after_qui: bool = False) -> VerbReading | None:
    """``word`` as a conjugated verb of one number only (« sont », « provoquent », « touche »):
    every finite reading is singular, or every one plural, the form is no past participle or
    infinitive, and any noun or adjective reading is ten times rarer (« est », not « reste »,
    « cause »).  ``after_qui``: the word follows the relative « qui », where only a verb can
    stand, and its other readings do not count (« qui présente », « qui dure »).  ``None``
    otherwise."""
    readings = [e for e in lexicon.analyses(word) if e.freq >= _RARE]
    finite = [e for e in readings if _finite(e)]
    if not finite:
        return None
    lemmas = {e.lemma for e in finite}
    if len(lemmas) != 1:
        return None
    verb_freq = sum(e.freq for e in finite)
    if after_qui and verb_freq * 10 < sum(e.freq for e in readings if not _finite(e)):
        return None  # Lexique's noise (« y » as a verb, 0.1 per million against 7,400)
    if not after_qui and (any(e.is_past_participle or _infinitive(e) for e in readings)
                          or any(not _finite(e) and e.freq * 10 > verb_freq for e in readings)):
        return None
    analyses = [v for e in finite for v in e.infover if v[:4] in _FINITE]
    numbers = {v[-1] for v in analyses}
    if len(numbers) != 1 or not numbers <= {"s", "p"}:
        return None
    tenses = frozenset(v[:7] for v in analyses if v[-2:-1] == "3")
    if not tenses:
        return None
    return VerbReading(lemmas.pop(), numbers.pop(), tenses)


def reconjugate(word: str, reading: VerbReading, number: str, subjunctive: bool = False) -> str | None:
    """:func:`third_person` of ``word`` read as ``reading``'s verb (MG114's verb fix)."""
    return third_person(word, number, lemma=reading.lemma, subjunctive=subjunctive)


def _group(info: str) -> str:
    """The tense an analysis (« ind:imp:3p ») belongs to, the present's moods as one: « reste »
    is an indicative, a subjunctive and an imperative present alike, and no stray tense."""
    mood_tense = info.rsplit(":", 1)[0] if info.count(":") == 2 else info
    return "pre" if mood_tense.endswith(":pre") and not mood_tense.startswith("cnd") else mood_tense


def _tenses(entry: lexicon.LexEntry, rows: tuple[lexicon.LexEntry, ...], subjunctive: bool) -> set[str]:
    """The tenses (« ind:imp ») in which ``entry``'s form is a third person.  A present plural
    is a subjunctive too where Lexique lists no subjunctive plural of its lemma (« deviennent »):
    the two are one form but for the few irregular subjunctives (« soient », « fassent »), which
    it lists.  A form that may be the indicative or the subjunctive present (« rendent ») is
    taken as the indicative, or after « que » (``subjunctive``) as the subjunctive; one that is
    a present and a simple past (« guérit »), as the present."""
    tenses = {info[:-3] for info in entry.infover if info[-2:] in ("3s", "3p")}
    if "ind:pre:3p" in entry.infover and not any("sub:pre:3p" in r.infover for r in rows):
        tenses.add("sub:pre")
    if {"ind:pre", "sub:pre"} <= tenses:
        tenses.discard("ind:pre" if subjunctive else "sub:pre")
    if {"ind:pre", "ind:pas"} <= tenses:
        # « guérit », « inclut » are a present and a simple past: health writing is in the
        # present, the simple past the tense of narrative.
        tenses.discard("ind:pas")
    return tenses


def _form_in(rows: tuple[lexicon.LexEntry, ...], tense: str, number: str, word: str) -> tuple[str, bool] | None:
    """The form of ``rows``' verb in ``tense``, third person of ``number``, and whether it is that
    tense only; ``None`` if Lexique has none.  Lexique gives a few forms a stray tense
    (« restée » as an imperfect, « étaient » as a present): a form of this tense only wins over
    one that is also another, then the spelling closest to ``word`` (« paye » → « payent »,
    not « paient »), then the commoner."""
    wanted = f"{tense}:3{number}"
    found = [r for r in rows if wanted in r.infover]
    if not found and wanted == "sub:pre:3p":
        found = [r for r in rows if "ind:pre:3p" in r.infover]  # the same form (see _tenses)
    if not found:
        return None
    group = _group(wanted)

    def pure(row: lexicon.LexEntry) -> bool:
        return all(_group(info) == group for info in row.infover)

    def shared(row: lexicon.LexEntry) -> int:
        return next((n for n, (a, b) in enumerate(zip(row.form, word.lower())) if a != b), min(len(row.form), len(word)))

    best = max(found, key=lambda r: (pure(r), shared(r), r.freq))
    return best.form, pure(best)


def third_person(word: str, number: str, *, lemma: str | None = None, subjunctive: bool = False) -> str | None:
    """The conjugated verb ``word`` in the same tense, third person of ``number`` (``s`` or ``p``):
    « doit » → « doivent », « étaient » → « était », « reste » → « restent »; or ``None`` when
    Lexique383 does not decide it.  ``lemma`` keeps only that verb's readings.

    Each verb reading of the form (the verb and the auxiliary of « être », « avoir ») gives
    the form in each tense it may be; a tense without one in Lexique, or tenses that give
    different forms (« dit », which Lexique also lists as a future), give no answer, and the
    readings must agree (the auxiliary's table lacks the stray tenses of the verb's: « étaient »)."""
    entries = [e for e in lexicon.analyses(word)
               if e.cgram in (lexicon.VERB, lexicon.AUX) and (lemma is None or e.lemma == lemma)]
    # Lexique's noise (« restent » as a subjunctive of « ruer », 0.03 per million) is no reading.
    entries = [e for e in entries if e.freq >= _RARE] or entries
    readings: list[dict[str, bool]] = []
    for entry in entries:
        rows = lexicon.lemma_forms(entry.lemma, entry.cgram)
        tenses = _tenses(entry, rows, subjunctive)
        if not tenses:
            continue
        forms: dict[str, bool] = {}
        for tense in tenses:
            found = _form_in(rows, tense, number, word)
            if found is None:
                return None
            forms[found[0]] = forms.get(found[0], False) or found[1]
        readings.append(forms)
    if not readings:
        return None
    common = set.intersection(*(set(r) for r in readings))
    if len(common) > 1:
        common = {form for form in common if any(r[form] for r in readings)}
    if len(common) != 1:
        return None
    form = common.pop()
    return None if form.lower() == word.lower() else match_case(word, form)


@lru_cache(maxsize=65536)
def singular_participle(word: str) -> AdjectiveReading | None:
    """A singular past participle that is also the present or simple past of its verb in the
    third person singular (« atteint », « décrit »), and nothing else: after a plural noun it
    can only be the participle left unagreed (« les personnes atteint »)."""
    readings = [e for e in lexicon.analyses(word) if e.freq >= _RARE]
    participles = [e for e in readings if e.is_past_participle and e.number == "s"]
    if not participles:
        return None
    for e in readings:
        if e.is_past_participle or (e.cgram == lexicon.ADJ and e.number == "s"):
            continue
        if e.cgram in (lexicon.VERB, lexicon.AUX) and all(v.endswith("3s") or v == "par:pas" for v in e.infover):
            continue
        return None
    main = max(participles, key=lambda e: e.freq)
    return AdjectiveReading(main.lemma, lexicon.VERB, frozenset((e.gender, "s") for e in participles))


def adjective_or_noun(word: str) -> bool:
    """True if ``word`` has an adjective reading and is otherwise only a noun or a past
    participle (« vivants », « antibiotique »), never a conjugated verb, adverb or pronoun."""
    every = lexicon.analyses(word)
    readings = [e for e in every if e.freq >= _RARE]
    # An adjective reading however rare (« antibiotique », 0.04 per million).
    return any(e.cgram == lexicon.ADJ for e in every) and all(
        e.cgram in (lexicon.ADJ, lexicon.NOUN) or (e.is_past_participle and not _finite(e)) for e in readings)


def may_be_adjective(word: str) -> bool:
    """True if Lexique has any adjective or participle reading of ``word``, however rare, or
    does not know the word (« adaptatif », 0.04 per million)."""
    readings = lexicon.analyses(word)
    return not readings or any(_adjectival(e) for e in readings)


def _decisive(entry: lexicon.LexEntry) -> Features:
    """The gender and number ``entry`` marks for sure: a feature counts only where Lexique
    spells the lemma otherwise in the other value (« préventive » is feminine because
    « préventif » exists; « folliculaire », listed as feminine only, is of either gender)."""
    rows = [r for r in lexicon._lemma_rows(entry.lemma, entry.cgram)
            if (r.is_past_participle if entry.cgram == lexicon.VERB else True)]
    form = entry.form

    def other(gender: str | None, number: str | None) -> bool:
        return any(r.form != form and (gender is None or r.gender not in (None, entry.gender))
                   and (number is None or r.number not in (None, entry.number))
                   and (gender is not None or entry.gender is None or r.gender in (None, entry.gender))
                   and (number is not None or entry.number is None or r.number in (None, entry.number))
                   for r in rows)

    gender = entry.gender if entry.gender is not None and other(entry.gender, None) else None
    number = entry.number if entry.number is not None and other(None, entry.number) else None
    if entry.is_past_participle or (entry.cgram == lexicon.ADJ and entry.lemma.endswith("é")):
        # A participle or adjective in « -é » marks its gender and number by its ending,
        # whether or not Lexique lists its other forms (« diagnostiqué »: « diagnostiquée »
        # is missing; the adjective « administré » is listed in the singular only).
        marked = participle_ending(form)
        if marked is not None:
            return marked
    return (gender, number)


_ENDINGS = (("ées", ("f", "p")), ("és", ("m", "p")), ("ée", ("f", "s")), ("é", ("m", "s")))


def participle_ending(form: str) -> Features | None:
    """The gender and number a past participle of the first conjugation shows by its ending."""
    low = form.lower()
    for ending, features in _ENDINGS:
        if low.endswith(ending):
            return features
    return None


def _participle_form(word: str, gender: str, number: str) -> str | None:
    """``word``, a participle in « -é », with the ending of ``gender`` and ``number``."""
    low = word.lower()
    for ending, _features in _ENDINGS:
        if low.endswith(ending):
            stem = word[:len(word) - len(ending)]
            return stem + "é" + ("e" if gender == "f" else "") + ("s" if number == "p" else "")
    return None


def reinflect(word: str, reading: AdjectiveReading, gender: str, number: str) -> str | None:
    """``word`` put in ``gender`` and ``number``, or ``None`` when Lexique has no such form of
    its lemma, or the form it gives is not read in that gender and number."""
    form = lexicon.inflect(reading.lemma, reading.cgram, gender, number, participle=reading.cgram == lexicon.VERB)
    if form is None and reading.cgram == lexicon.VERB:
        form = lexicon.inflect(reading.lemma, lexicon.ADJ, gender, number)
    if form is None and reading.cgram == lexicon.VERB and reading.lemma.endswith("er"):
        form = _participle_form(word, gender, number)  # a form Lexique lacks (« diagnostiquée »)
        if form is not None and form.lower() != word.lower():
            return form
    if form is None or form.lower() == word.lower():
        return None
    if not any(_adjectival(e) and e.agrees_with(gender, number) for e in lexicon.analyses(form)):
        return None
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


__all__ = ["AdjectiveReading", "Features", "NounReading", "VerbReading", "adjective_or_noun", "adjective_reading", "attribute_reading", "finite_verb",
           "may_be_adjective", "noun_reading", "participle_ending", "reconjugate", "reinflect", "singular_participle", "third_person"]
