"""Gender and number agreement errors of French (MG114), as machine translation leaves them:
a determiner that does not agree with its noun (« un infection », « des traitement », « le
immunoglobuline »), an adjective after its noun (« un traitement préventive », « cellules
souches sanguins »), an attribute after « être » (« la greffe est réussi », « les cellules qui
sont touchés »), and at a distance: through adverbs, a modal, « a été », « se sentir » (« les
infections de la peau sont souvent causé », « peuvent être traité », « ont été observé »), and
the number of a verb after its subject noun phrase or after « qui » (« les symptômes de la
grippe apparaît », « les enfants qui est atteints »).

Every decision rests on Lexique383 (:mod:`medgloss.french.agreement_lexicon`), and on the
glossary's own gender for a noun Lexique lacks; no parse.  Precision comes first, so the
check stays silent wherever the sentence leaves another reading open:

- the noun must be a noun in the lexicon and nothing a determiner could be a pronoun before
  (« on le limite »); the adjective an adjective or participle and no conjugated verb
  (« la maladie présente »), no noun in apposition (« des mots clés »);
- the adjective may agree with any noun of the chain « N de (la) N » to its left (« une
  analyse de sang complète »), and a coordination (« le médecin et l’infirmière compétents »),
  a pronoun head (« l’un des patients »), a quantity (« la plupart sont ») silence it;
- distributed adjectives (« les langues française et anglaise »), adverbial uses (« fort »,
  « demi », « possible »), capitals, acronyms, numbers and hyphenated words are left alone;
- nouns of persons that may name a woman (« la médecin ») are not judged on gender.

A verb is judged only in the form Lexique gives one number (« sont », « provoquent », never
« reste », « cause », also nouns), right after a subject noun phrase that starts a clause
(not after a comparative « que ») and against its first noun, through « de », « à », « contre »
but not « avec » (« le médecin avec son infirmière examinent »), or after « qui » where no
noun of the antecedent's chain agrees; lists without « et » before a plural verb, group nouns
(« un groupe de cellules meurent ») and stretches cut by code or stray bytes are left alone.

With a distant head noun: a « qui » relative after a comma takes the noun before the comma as
its antecedent; a participle before « par » and a determiner is a participle though Lexique
reads it as a noun too (« des protéines produits par le foie »); a participle or adjective whose
form shows the head's gender and number only (« prélevées ») makes those coordinated with it
(« et », « ou », « puis », « mais », a comma) agree alike; a plural-only adjective of quantity
(« multiples », « nombreux », « divers », « quelques »…) before a noun Lexique gives in the
singular only is reported with the noun's plural.  A noun of two genders in Lexique takes the
glossary term's one gender where no determiner gives it one.  The attribute of a subject
pronoun that opens its clause agrees with the pronoun (« elles sont souvent sévère »), a past
participle in apposition after the subject noun phrase with it (« les plaquettes, aussi appelés
thrombocytes »), and the attribute of noun phrases joined by « et » takes the plural, feminine
if every noun is (« la fièvre et la toux sont fréquents »).

The first noun of a compound subject is its head (« les cellules souches sont prélevées »), a
letter after a noun names it (« les lymphocytes B de la moelle »), and « le nombre de » after a
definite determiner rules a singular verb and attribute (Grevisse § 431; « un grand nombre de »
takes either).  A verb coordinated with the clause's first verb shares its subject (« … circulent
dans le sang et sont recueillies »).  « ils » opening a clause where every noun before it in the
paragraph is a feminine plural is reported with « elles » (:meth:`_Detector.resumed_pronouns`).
Compound adjectives of colour are invariable (« des taches rouge bleuâtre »).

It must not report spelling, a past participle after « avoir » with its object before, or a
pronoun's antecedent other than by that one test.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from ..findings.codes import CODES
from ..findings.model import Edit, Finding, Fix
from ..french import lexicon
from ..french.copulas import AVOIR, COPULA_INFINITIVES, COPULAS, MODALS
from ..french.english_words import english_only
from ..french.noun_suffixes import suffix_gender
from ..french.agreement_lexicon import (AdjectiveReading, VerbReading, adjective_or_noun, adjective_reading, attribute_reading, finite_verb,
                                        may_be_adjective, noun_reading, participle_ending, reinflect, singular_participle,
                                        third_person)
from ..french.phrase import Token, determiner_features, determiner_form, iter_tokens
from ..i18n import _
from ..matching.compiled import TERM, CompiledGlossary
from ..matching.scanner import Hit
from ..text.fold import fold_term
from ..text.sentences import BLANK_LINE as _BLANK_LINE
from ..text.spans import SpanSet
from .english import is_medical_term, medical_anchors

if TYPE_CHECKING:
    from .engine import Checker

# Tokens that end the stretch of words the patterns may look across.
_BREAKS = frozenset(".!?;:()[]{}«»\"“”…")
_COORDINATION = frozenset({"et", "ou", "ni", ",", "&"})
_PREPOSITIONS = frozenset("de d’ à en pour contre par avec sans sous sur chez dans entre vers selon".split())
_CONTRACTED = frozenset({"du", "des", "au", "aux"})
# Before a subject noun phrase: what can start a clause (or the sentence itself).
_CLAUSE_STARTS = frozenset(
    ", et mais ou donc car si s’ quand lorsque lorsqu’ que qu’ puisque puisqu’ comme où dont alors ainsi "
    "cependant pourtant toutefois néanmoins parfois souvent généralement habituellement enfin ensuite puis "
    "aussi également".split()
)
# A head that is not the noun the adjective agrees with (« l’un des patients », « la plupart »).
_PRONOUN_HEADS = frozenset(
    "un une l’un l’une chacun chacune aucun aucune celui celle ceux celles plusieurs certains certaines "
    "beaucoup peu trop plus moins assez tant autant combien tous toutes quelques-uns quelques-unes".split()
)
# Quantities whose verb and attribute may agree with what they count (« la majorité sont guéris »).
_COLLECTIVE = frozenset(
    "plupart majorité minorité moitié totalité partie reste ensemble tiers quart dizaine douzaine vingtaine "
    "trentaine quarantaine cinquantaine centaine millier million milliard pourcentage proportion quantité "
    "nombre série foule multitude infinité poignée type sorte genre espèce catégorie variété".split()
)
# Collectives whose verb and attribute take the singular after a definite, demonstrative or
# possessive determiner (Grevisse, Le Bon Usage § 431 b; OQLF, Banque de dépannage
# linguistique, « Accord du verbe avec un nom collectif »: « Le nombre de participants a
# augmenté »), though « un grand nombre de », « bon nombre de », « nombre de » may take the
# plural of what they count, and « la plupart », « la majorité » do.
_SINGULAR_COLLECTIVES = frozenset({"nombre"})
_DEFINITE_SINGULAR = frozenset("le ce cet son mon ton notre votre leur".split())
# What joins a verb to the clause's first verb, whose subject it shares (« … circulent dans le
# sang et sont recueillies »), and what may bring another subject in between.
_SHARED_SUBJECT_JOINERS = frozenset({"et", "puis", "mais"})
_SHARED_SUBJECT_BREAKS = frozenset("qui que qu’ qu' dont où lorsque lorsqu’ quand si s’ car parce puisque puisqu’ "
                                   "comme donc alors mais puis".split())
# Colours and shades that make invariable compound adjectives of colour (« rouge foncé »).
_COLOURS = frozenset("rouge rouges bleu bleue bleus bleues vert verte verts vertes jaune jaunes noir noire noirs "
                     "noires blanc blanche blancs blanches gris grise grises brun brune bruns brunes violet "
                     "violette violets violettes rose roses orange marron beige pourpre".split())
_SHADES = frozenset("clair claire clairs claires foncé foncée foncés foncées pâle pâles vif vive vifs vives "
                    "sombre sombres violacé violacée violacés violacées".split())
# Feminine nouns of persons that « ils » may resume by sense (Grevisse § 655: « les
# personnes… ils »).
_PERSON_COLLECTIVES = frozenset("personne personnes gens victime victimes recrue recrues vedette vedettes "
                                "sentinelle sentinelles ordonnance ordonnances".split())
# Nouns of persons that may name a woman though Lexique gives them as masculine only.
_PERSONS = frozenset(
    "médecin docteur professeur chef auteur ministre juge témoin ingénieur écrivain mannequin successeur "
    "prédécesseur défenseur sauveur amateur assureur procureur censeur chercheur bébé individu sujet "
    "interne externe praticien généraliste spécialiste expert membre responsable personnel "
    "pompier soldat marin peintre sculpteur maire député sénateur président directeur recteur".split()
)
# Adjectives used as adverbs or invariably (« elles coûtent cher », « les yeux grand ouverts »), and
# the participles that never agree (« été », « étant »).
_ADVERBIAL = frozenset(
    "fort haut bas cher juste net clair bon faux droit dur lourd ferme fin grand vrai demi mi semi nu "
    "possible plein sauf vu compris excepté passé étant été fini ci-joint ci-inclus même tel feu "
    "foncé pâle vif sombre".split()
)
# Adjectives that are also adverbs (« coûter cher », « fort probable »), and what may follow
# such a word when it is the attribute (« le taux reste bas chez l’enfant »).
_ADVERBIAL_ADJECTIVES = frozenset("fort haut bas cher net clair bon faux dur lourd ferme fin grand vrai "
                                  "possible plein foncé pâle vif sombre".split())
_AFTER_ATTRIBUTE = frozenset("chez pendant après avant dans depuis lorsque lorsqu’ quand si car mais et ou , "
                             "en au aux pour".split())
_PARTICIPLES_AFTER_ETRE = frozenset("passé vu compris excepté fini".split())
# Invariable before a noun (« une demi-dose », « nu-pieds », « feu la reine »).
_INVARIABLE_BEFORE = frozenset("demi mi semi nu feu plein sauf vu compris excepté passé fort même tel".split())
# Nouns in set phrases where the adjective agrees with the subject (« elle a l’air fatiguée »).
_FIXED_NOUNS = frozenset({"air", "fois"})  # « deux fois plus élevé »
# Between a subject and its verb: negation, reflexive and adverbial pronouns (their number
# does not matter), and after « qui », object pronouns too.
_VERB_CLITICS = frozenset("ne n’ n' se s’ s' y en".split())
_OBJECT_CLITICS = frozenset("le la les l’ l' lui leur me m’ te t’ nous vous".split())
_COMITATIVE = frozenset({"avec", "sans", "comme"})
# What starts the clause of a verb's subject: not « que », « comme », which also compare
# (« des préfixes plus longs que cette valeur sont »).
_VERB_CLAUSE_STARTS = _CLAUSE_STARTS - {"que", "qu’", "comme", "aussi"}
# Nouns of a group whose verb may agree with what they count (« un groupe de cellules meurent »).
_GROUPS = frozenset("groupe famille ensemble masse tas paquet nuée troupe bande foule liste "
                    "combinaison association mélange cohorte".split())
# Verbs whose other number is sure to be right once the subject is a single noun.
_SAFE_VERBS = frozenset({"être", "avoir", "pouvoir", "devoir"})
# Reflexive verbs whose complement is an attribute of the subject (« se sentent fatigués »,
# « s’avère efficace »), conjugated and, after a modal, infinitive.
_REFLEXIVE_INFINITIVES = frozenset("sentir avérer révéler".split())
_REFLEXIVE_COPULAS = frozenset("sent sentent sentait sentaient sentira sentiront avère avèrent avérait avéraient "
                               "révèle révèlent révélait révélaient".split()) | _REFLEXIVE_INFINITIVES
# Adverbial phrases between « être » and its attribute (« sont en général bénignes »),
# longest first.
_ADVERBIAL_PHRASES = tuple(sorted((tuple(p.split()) for p in (
    "en général", "en partie", "en principe", "en effet", "en outre", "en particulier", "au début", "avant tout",
    "de plus", "par ailleurs", "par exemple", "en revanche", "bien souvent", "très souvent", "le plus souvent",
    "la plupart du temps", "en grande partie", "dans certains cas", "dans la plupart des cas", "de ce fait",
    "en règle générale", "le plus fréquemment", "dans de nombreux cas", "dans de rares cas", "en cas de besoin",
    "la plupart des fois", "de temps en temps", "de plus en plus", "de moins en moins", "de nos jours", "à nouveau", "tout de suite", "de toute façon")),
    key=len, reverse=True))
_VOWEL_START = re.compile(r"^[aeiouéèêëàâäîïôöûüœæ]", re.IGNORECASE)
# Words after which « le », « la » keep their vowel though the word starts with one.
_NO_ELISION = frozenset("oui ouate ouistiti onze onzième uhlan ululement yacht yoga".split())
_NOUN_ELIDABLE_DETS = {"le": "l’", "la": "l’"}
_MAX_CHAIN = 3
_MEDICAL_PARAGRAPH = 3
# The cardinals a plural noun follows (« un », « zéro », « mille » and « cent » aside: « zéro
# défaut », « mille » is also a noun, « cent » a currency).
_CARDINALS = frozenset("deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
                       "vingt trente quarante cinquante soixante septante octante nonante".split())
# Adjectives of quantity that are plural only and stand before their noun (« de multiples
# infections », « les nombreuses analyses », « quelques jours »): a singular noun after one is
# what English, with « multiple infection » read as uncountable, leaves.  « plusieurs »,
# « certains » are determiners, judged with the others.
# Each with its gender (``None``: both); Lexique gives some as indefinite adjectives only.
_PLURAL_QUANTITIES: dict[str, str | None] = {
    "multiples": None, "innombrables": None, "quelques": None, "nombreux": "m", "nombreuses": "f",
    "divers": "m", "diverses": "f", "différents": "m", "différentes": "f", "maints": "m", "maintes": "f"}
# What such an adjective follows when it is prenominal (« de », a plural determiner), unless
# it opens the clause (« Divers traitements existent »).
_BEFORE_QUANTITY = frozenset("de d’ d' des les ces ses mes tes nos vos leurs aux".split())
# Prepositions that open a past participle's complement (« associés à », « administrés par »,
# « prélevées chez »), after which a word that is a noun too is read as the participle.
_PARTICIPLE_COMPLEMENTS = frozenset("par à au aux chez dans lors pendant après avant depuis contre sous".split())
# What joins coordinated participles (« prélevées puis congelées », « testées et étiquetées »).
_COORDINATED = frozenset({"et", "ou", "puis", "mais", ","})
# Participle endings that show a feminine or a plural (« prélevés », « produits », « détruites »);
# a bare « -é », « -i », « -t » is also a noun's singular (« un associé », « un produit »).
_MARKED_PARTICIPLE_ENDINGS = ("és", "ée", "ées", "is", "ie", "ies", "its", "ite", "ites", "ts", "te", "tes", "us", "ue", "ues")
# Subject pronouns of the third person, with the gender and number they give their attribute.
_SUBJECT_PRONOUNS = {"il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p")}
# What a subject pronoun may follow at the start of its clause (not « et », « ou », a comma
# alone, which may join it to another subject, nor a preposition: « d’entre elles »).
_PRONOUN_CLAUSE_STARTS = frozenset("mais donc car si s’ quand lorsque lorsqu’ que qu’ puisque puisqu’ comme où "
                                   "alors ainsi cependant pourtant toutefois néanmoins enfin ensuite puis "
                                   "parce".split())
# Nouns of time that make adverbials (« tous les jours », « chaque année »): an adjective after
# one and an adverb qualifies something else (« elles sont tous les jours plus nombreuses »).
_TIME_NOUNS = frozenset("jour jours semaine semaines mois an ans année années heure heures minute minutes matin "
                        "matins soir soirs nuit nuits fois".split())
_MONTHS = frozenset("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())


class _Segment:
    """The words of one stretch of text between sentence punctuation or blank lines."""

    def __init__(self, words: list[Token]) -> None:
        self.words = words

    def low(self, i: int) -> str:
        return self.words[i].low if 0 <= i < len(self.words) else ""


_GAP = re.compile(r"\s*")
_GLUED = frozenset("-\u2010\u2011\u00ad\\_=<>@#$%&*+|~^`0123456789")  # not « / »: « et/ou »


def _segments(text: str, start: int = 0, end: int | None = None) -> Iterator[_Segment]:
    """Stretches of words separated by spaces only: sentence punctuation, a blank line, or
    anything else between two words (a slash, code, a mojibake byte) ends a stretch, and a
    word glued to a hyphen or a digit (« com‐ mande », « x86 ») is left out of every stretch.
    ``start`` and ``end`` limit them to a paragraph (bounds at blank lines, which end every
    stretch): its stretches are exactly those the whole text's pass finds there."""
    # One stretch at a time: the tokens of a whole document at once were some 300 MiB.
    current: list[Token] = []
    previous_end = start
    for token in iter_tokens(text, start, len(text) if end is None else end):
        gap = text[previous_end:token.start]
        previous_end = token.end
        glued = (token.start > 0 and text[token.start - 1] in _GLUED) or (
            token.end < len(text) and text[token.end] in _GLUED)
        # A single space, the usual gap, needs no regex.
        if (gap != " " and (_GAP.fullmatch(gap) is None or _BLANK_LINE.search(gap))) or token.text in _BREAKS or glued:
            if current:
                yield _Segment(current)
            current = []
        if token.text in _BREAKS or glued:
            continue
        current.append(token)
    if current:
        yield _Segment(current)


def _plain(word: str) -> bool:
    """A lower-case word of letters (no acronym, number, hyphen, capital or apostrophe)."""
    return word.isalpha() and word.islower()


class _Nouns:
    """Gender and number of nouns: Lexique383, and the glossary's nouns that Lexique lacks."""

    def __init__(self, compiled: CompiledGlossary) -> None:
        self.compiled = compiled
        self._glossary: dict[str, tuple[set[tuple[str | None, str | None]], bool]] = {}

    def glossary_features(self, word: str) -> set[tuple[str | None, str | None]]:
        """(gender, number) of ``word`` as a form of a correct noun term of the glossary."""
        key = fold_term(word)
        if key in self._glossary:
            return self._glossary[key][0]
        found: set[tuple[str | None, str | None]] = set()
        other = False
        glossary = self.compiled.glossary
        for entry in self.compiled.lookup_key(key):
            if entry.kind != TERM:
                continue
            term = glossary.concepts[entry.owner].terms[entry.index]
            if term.status.is_wrong or term.pos != "noun" or " " in term.text or term.gender is None:
                other = True
                continue
            if entry.case_sensitive and entry.surface != word:
                continue
            numbers = {a[3] for a in entry.analyses if a[0] == "nom"} or {term.number}
            found.update((term.gender, n) for n in numbers)
        result = found if not other and len({g for g, _n in found}) == 1 else set()
        self._glossary[key] = (result, other)
        return result

    def features(self, word: str, after_determiner: bool = False,
                 glossary_gender: bool = False, suffix: bool = False) -> tuple[set[tuple[str | None, str | None]], str] | None:
        """(every (gender, number) the noun ``word`` can have, ``"finite"`` or ``"inf"`` if it
        is also a verb, else ``""``), or
        ``None`` when ``word`` is not surely a noun.  ``glossary_gender``: a noun of two
        genders in Lexique takes the one gender of the glossary's term, if it has one (a head
        without a gendered determiner, in health writing: « les greffes »).  An infinitive counts as a verb; an
        English word (« socket ») is none of French's nouns.  ``suffix`` (or ``after_determiner``):
        the word follows a determiner, and a word that neither Lexique nor the glossary knows
        takes the gender of its medical suffix (:mod:`medgloss.french.noun_suffixes`)."""
        if _plain(word):
            if word in english_only():
                return None
            reading = noun_reading(word, after_determiner)
            if reading is not None:
                features = set(reading.all_features)
                if glossary_gender and len({g for g, _n in features}) > 1:
                    # A noun of two genders (« le greffe » of a court, « la greffe »): in
                    # health writing the glossary's term decides, where it has one gender.
                    glossary = {g for g, _n in self.glossary_features(word)}
                    if len(glossary) == 1 and None not in glossary:
                        (gender,) = glossary
                        features = {(gender, n) for g, n in features if g in (gender, None)} or features
                return features, "inf" if reading.infinitive else "finite" if reading.verb else ""
            rare = _rare_noun(word)
            if rare is not None:
                return rare, ""
            if lexicon.analyses(word):
                return None
            found = self.glossary_features(word)
            if found:
                return found, ""
            # Only after a determiner: a word Lexique does not know may be anything else, a
            # fragment of a word cut at a line end (« princi‐ palement ») among them.
            suffixed = _suffix_noun(word) if after_determiner or suffix else None
            return ({suffixed}, "") if suffixed is not None else None
        elif not (word.isalnum() and word[:1].isupper() and not word.isdigit()):
            return None  # « anti-inflammatoire », « l’ », numbers: left alone
        found = self.glossary_features(word)
        return (found, "") if found else None


def _unknown_epicene(word: str) -> bool:
    """A word Lexique does not know, of an adjective suffix of both genders (« hémophagocytaire »,
    « immunohistochimique »): it may be stepped over to the noun before it, whose gender it
    does not mark."""
    return _plain(word) and word.endswith(("aire", "aires", "ique", "iques")) and not lexicon.analyses(word)


def _after_determiner(seg: "_Segment", i: int) -> bool:
    """The word at ``i`` follows a determiner (« la mastocytose »)."""
    return i > 0 and determiner_features(seg.words[i - 1].text) is not None


def _rare_noun(word: str) -> set[tuple[str | None, str | None]] | None:
    """(gender, number) of a noun Lexique lists too rarely for :func:`noun_reading`
    (« drépanocytose », 0.01 per million) but as nothing else, of its one gender; or of a
    plural Lexique lacks whose singular is such a noun or a noun of its own (« thromboses »,
    « mastocytoses »).  ``None`` otherwise."""
    readings = lexicon.analyses(word)
    if readings:
        if any(e.cgram != lexicon.NOUN for e in readings) or len({e.gender for e in readings}) != 1:
            return None
        gender = readings[0].gender
        if gender is None:
            return None
        # A singular in « -s », « -x », « -z » is written alike in the plural.
        return {(gender, None if word.endswith(("s", "x", "z")) else e.number) for e in readings}
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return None
    singular = word[:-1]
    readings = lexicon.analyses(singular)
    if not readings or any(e.cgram != lexicon.NOUN or e.number != "s" for e in readings) \
            or len({e.gender for e in readings}) != 1 or readings[0].gender is None:
        return None
    return {(readings[0].gender, "p")}


def _singular_form(word: str, features: set[tuple[str | None, str | None]]) -> bool:
    """True if ``word`` is a singular though Lexique leaves its number open for want of a
    plural (« plusieurs thrombose »): no reading of it is plural, none of its noun lemmas has
    a plural form, and a plural would end in « -s » (not « -s », « -x », « -z » already)."""
    if word.lower().endswith(("s", "x", "z")) or any(n == "p" for _g, n in features) or not _lexique_singular(word):
        return False
    lemmas = {e.lemma for e in lexicon.analyses(word) if e.cgram == lexicon.NOUN}
    return bool(lemmas) and all(
        not any(r.number == "p" for r in lexicon.lemma_forms(lemma, lexicon.NOUN)) for lemma in lemmas) \
        and not any(e.cgram != lexicon.NOUN for e in lexicon.analyses(word))


def _lexique_singular(word: str) -> bool:
    """Lexique gives every noun reading of ``word`` as a singular: an invariable noun
    (« gamma », « des gamma globulines ») it gives no number, and a word it lacks none."""
    nouns = [e for e in lexicon.analyses(word) if e.cgram == lexicon.NOUN]
    return bool(nouns) and all(e.number == "s" for e in nouns)


def _suffix_noun(word: str) -> tuple[str | None, str | None] | None:
    """A word Lexique does not know, as a noun of a medical suffix (« mastocytose »), when its
    singular is unknown too (« agammaglobulinémies »)."""
    if word.endswith("s") and lexicon.analyses(word[:-1]):
        return None
    return suffix_gender(word)


def _single(features: set[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    genders = {g for g, _n in features}
    numbers = {n for _g, n in features}
    return (genders.pop() if len(genders) == 1 else None, numbers.pop() if len(numbers) == 1 else None)


def _fits(features: set[tuple[str | None, str | None]], gender: str | None, number: str | None) -> bool:
    return any((g is None or gender is None or g == gender) and (n is None or number is None or n == number)
               for g, n in features)


class _Head:
    """A noun of the chain an adjective may agree with, and what is known of its features."""

    def __init__(self, index: int, gender: str | None, number: str | None, person: bool) -> None:
        self.index, self.gender, self.number, self.person = index, gender, number, person


def _numeral(word: str) -> tuple[str, str | None, str | None] | None:
    """« trois », « deux » as a determiner of the plural (« un » is an article)."""
    return ("num", None, "p") if word.lower() in _CARDINALS else None


_CLITICS = frozenset({"le", "la", "les", "l’", "leur", "ce"})


def _noun_after(seg: _Segment, det: int) -> bool:
    """A determiner that cannot be an object pronoun: at the start of the clause, capitalised,
    or after a preposition (« pour la limite »), where no verb can follow a clitic."""
    if det == 0 or seg.words[det].text[:1].isupper():
        return True
    before = seg.low(det - 1)
    return before in _PREPOSITIONS or before in _CONTRACTED


def _noun_phrase_start(seg: _Segment, i: int, nouns: _Nouns) -> tuple[int, tuple[str, str | None, str | None] | None]:
    """Where the noun phrase of the noun at ``i`` starts (its determiner, through up to two
    prenominal adjectives), and that determiner's features; ``(i, None)`` without one."""
    j = i - 1
    while j >= 0 and i - j <= 3:
        det = determiner_features(seg.words[j].text) or _numeral(seg.words[j].text) or _quantity_at(seg, j)
        if det is not None:
            return j, det
        if adjective_reading(seg.words[j].text) is None or not _plain(seg.words[j].text):
            break
        j -= 1
    return i, None


def _quantity_at(seg: _Segment, j: int) -> tuple[str, str | None, str | None] | None:
    """A plural-only adjective of quantity that stands as the determiner of its noun phrase
    (« de nombreuses infections », « pour différentes raisons », « Diverses études »): after
    « de » or another preposition, or capitalised at the start of a clause; its gender (if its
    form has one) and the plural.  After a determiner (« les nombreuses analyses ») it is an
    adjective, and the determiner starts the phrase."""
    low = seg.low(j)
    if low not in _PLURAL_QUANTITIES:
        return None
    before = seg.low(j - 1)
    if j > 0 and (before in ("de", "d’", "d'") or before in _PREPOSITIONS):
        return ("qty", _PLURAL_QUANTITIES[low], "p")
    if (j == 0 or before in _CLAUSE_STARTS) and seg.words[j].text[:1].isupper():
        return ("qty", _PLURAL_QUANTITIES[low], "p")
    return None


def _opens_clause(seg: _Segment, start: int) -> bool:
    """The noun phrase starting at ``start`` opens its clause: first of the stretch, after a
    word that starts a clause, capitalised, or a quantity after an article « de » that does
    (« De nombreuses infections sont… »)."""
    if start == 0 or seg.low(start - 1) in _CLAUSE_STARTS or seg.words[start].text[:1].isupper():
        return True
    return _quantity_at(seg, start) is not None and seg.low(start - 1) in ("de", "d’", "d'") and (
        start == 1 or seg.low(start - 2) in _CLAUSE_STARTS)


def _head_at(seg: _Segment, i: int, nouns: _Nouns, subject: bool = False) -> tuple[_Head, int] | None:
    """The noun at ``i`` as a head (its features from the lexicon, or its determiner where the
    lexicon leaves them open) and the start of its noun phrase; ``None`` if it is no noun."""
    word = seg.words[i].text
    start, det = _noun_phrase_start(seg, i, nouns)
    read = nouns.features(word, after_determiner=det is not None, glossary_gender=det is None or det[1] is None)
    if read is None:
        return None
    features, verb = read
    if not _plain(word) and det is not None and det[1] is not None:
        # An acronym takes the gender its determiner gives it (« la DIP », « le DIP »): usage
        # varies, and only without a gendered determiner does the glossary's gender count.
        features = {(det[1], n) for _g, n in features}
    if not _plain(word) and det is not None and det[2] is not None:
        # An acronym is written alike in both numbers: its determiner gives the number (« les
        # IgG », « plusieurs IRM »), the glossary's concept the gender.
        features = {(g, det[2]) for g, _n in features}
    after_de = det is None and verb == "finite" and seg.low(i - 1) in ("de", "d’", "d'")
    # ``subject``: a noun phrase of a coordinated subject before its verb, where « la fatigue »
    # cannot be a pronoun and a verb (another verb follows).
    clitic = det is not None and not subject and seg.low(start) in _CLITICS and (verb == "inf" or not _noun_after(seg, start))
    if verb and not after_de and (det is None or clitic):
        return None  # « le traite », « ce doit »: a pronoun before a verb; but no finite verb follows « de » (« d’urine »)
    gender, number = _single(features)
    if det is not None:
        _kind, det_gender, det_number = det
        if not _fits(features, det_gender, det_number) and not (
                seg.low(start) in ("mon", "ton", "son") and _VOWEL_START.match(word)):
            return None  # « des traitement »: reported once, at the determiner
        if gender is None and det_gender is not None and _fits(features, det_gender, None):
            gender = det_gender
        if number is None and det_number is not None and _fits(features, None, det_number):
            number = det_number
    return _Head(i, gender, number, word.lower() in _PERSONS), start


def _chain(seg: _Segment, i: int, nouns: _Nouns, attribute: bool = False) -> tuple[list[_Head], int] | None:
    """The nouns an adjective after the noun at ``i`` may agree with: that noun, a noun
    juxtaposed before it (« cellules souches »), and the nouns it complements (« analyse de
    sang »), up to three; and where the whole phrase starts.  ``None`` when a coordination,
    a pronoun or a quantity makes the head uncertain.  Before the subject of an attribute
    (``attribute``) a comma starts the clause: a list item would have « et » before the verb."""
    coordination = _COORDINATION - {","} if attribute else _COORDINATION
    first = _head_at(seg, i, nouns)
    if first is None:
        return None
    heads = [first[0]]
    start = first[1]
    for _hop in range(_MAX_CHAIN):
        before = seg.low(start - 1)
        if start == i and start > 0 and before not in _PREPOSITIONS and before not in _CONTRACTED:
            # No determiner: « cellules souches », the second noun of a compound.
            juxtaposed = _head_at(seg, start - 1, nouns) if _plain(seg.words[start - 1].text) else None
            if juxtaposed is not None:
                heads.append(juxtaposed[0])
                start = juxtaposed[1]
                continue
        if before in coordination:
            return None
        contracted = seg.low(start) in _CONTRACTED and start > 0 and start < i
        if contracted or before in _CONTRACTED or before in _PREPOSITIONS:
            # « celle du cœur »: « du » is « de » + « le », the noun phrase complements another.
            k = start - 1 if contracted else start - 2
            if seg.low(k) in _COORDINATION:
                return None  # « le traitement de la fièvre et de la toux prolongé »: which noun is qualified is not clear
            # The complemented noun may have adjectives after it (« taux sanguin élevé de »).
            while k >= 0 and ((adjective_reading(seg.words[k].text) is not None
                               and nouns.features(seg.words[k].text) is None) or _adjective_after_noun(seg, k, nouns)):
                k -= 1
            if k > 0 and _letter(seg.words[k].text) and nouns.features(seg.words[k - 1].text) is not None:
                k -= 1  # « les lymphocytes B de la moelle »: the letter names the noun before it
            if k < 0:
                break
            if seg.low(k) in _PRONOUN_HEADS or (seg.low(k) in _COLLECTIVE and not _singular_collective(seg, k)):
                return None
            head = _head_at(seg, k, nouns)
            if head is None:
                break  # a verb or adverb: the chain ends (« souffrir de douleurs »)
            heads.append(head[0])
            start = head[1]
            i = k
            continue
        break
    if seg.low(start - 1) in coordination or (seg.low(start - 1), seg.low(start - 2)) == ("que", "ainsi"):
        return None  # « le concept ainsi que les alternatives sont détaillés »
    if start > 0 and determiner_features(seg.words[start].text) is None and _numeral(seg.words[start].text) is None \
            and _quantity_at(seg, start) is None and not (len(heads) == 1 and heads[0].number == "p" and seg.low(start - 1) in ("de", "d’", "d'")
                     and (start < 2 or not (_may_be_noun(seg.words[start - 2].text)
                                            or seg.low(start - 2) in _COORDINATION))):
        # A bare noun after a verb or in a set phrase (« est d’abord faite »); but a plural
        # after « de » has the plural indefinite article's features (« souffrir de douleurs »,
        # « de groupes sanguins »; « beaucoup de », « peu de » ended the chain above), unless
        # the word before « de » may be the noun it complements (« la première classe
        # d’immunoglobulines libérée »: « classe » is a verb too, and ended the chain) or
        # joins it to another complement (« liste d’hôtes et d’utilisateurs valable »).
        return None
    return heads, start


def _adjective_after_noun(seg: _Segment, k: int, nouns: _Nouns) -> bool:
    """The word at ``k``, a noun and an adjective alike (« croissant », « malade »), is the
    adjective of the noun before it, which has its determiner (« un nombre croissant de »):
    it has none of its own and agrees with that noun."""
    if k < 1 or not _plain(seg.words[k].text) or not _plain(seg.words[k - 1].text):
        return False
    # Any adjective reading of Lexique's, however rarer than the noun (« total »).
    adjectives = [e for e in lexicon.analyses(seg.words[k].text) if e.cgram == lexicon.ADJ]
    before = _head_at(seg, k - 1, nouns)
    if not adjectives or before is None or _noun_phrase_start(seg, k - 1, nouns)[1] is None:
        return False
    head = before[0]
    return head.gender is not None and head.number is not None and any(
        e.agrees_with(head.gender, head.number) for e in adjectives)


def _compound_colour(seg: _Segment, j: int) -> bool:
    """The word at ``j`` is part of a compound adjective of colour, invariable (Grevisse, Le Bon
    Usage § 555: « des yeux bleu clair », « des taches rouge bleuâtre »): a colour followed or
    preceded by another colour or a shade."""
    def colour(i: int) -> bool:
        return seg.low(i) in _COLOURS or seg.low(i).endswith(("âtre", "âtres"))

    def shade(i: int) -> bool:
        return colour(i) or seg.low(i) in _SHADES
    return (colour(j) and shade(j + 1)) or (colour(j - 1) and shade(j))


def _letter(word: str) -> bool:
    """A capital letter that names a noun's kind (« lymphocytes B », « hépatite C »)."""
    return len(word) == 1 and word.isupper()


def _singular_collective(seg: _Segment, k: int) -> bool:
    """The collective at ``k`` rules its verb in the singular: « le nombre de globules
    blancs est compté », not « un grand nombre de patients sont traités » (either number)."""
    return seg.low(k) in _SINGULAR_COLLECTIVES and k > 0 and seg.low(k - 1) in _DEFINITE_SINGULAR


def _collective_heads(seg: _Segment, heads: Sequence["_Head"]) -> bool:
    """A head of the chain is a collective or group noun whose complement may rule the verb's
    number (« la plupart des enfants sont », « un groupe de cellules meurent »); the subject
    (the chain's first noun) being « le nombre » does not count, and makes the verb singular."""
    return any((seg.low(h.index) in _COLLECTIVE or seg.low(h.index) in _GROUPS)
               and not (h is heads[-1] and _singular_collective(seg, h.index)) for h in heads)


def _complements_only(seg: _Segment, start: int, end: int) -> bool:
    """True if no noun of the phrase ``start``–``end`` is joined to the first by « avec »,
    « sans » or « comme », which French may read as a coordination (« le médecin avec son
    infirmière examinent »): through « de », « à », « contre »… the first noun is the subject."""
    return not any(seg.low(j) in _COMITATIVE for j in range(start, end + 1))


def _may_be_noun(word: str) -> bool:
    """True if Lexique has any noun reading of ``word``, however rare, or does not know it."""
    readings = lexicon.analyses(word)
    return not readings or any(e.cgram == lexicon.NOUN for e in readings)


def _agrees(reading: AdjectiveReading, heads: Sequence[_Head]) -> bool:
    for head in heads:
        gender = None if head.person else head.gender
        if reading.allows(gender, head.number):
            return True
    return False


def _target(reading: AdjectiveReading, head: _Head) -> tuple[str, str] | None:
    """The gender and number the adjective must take to agree with ``head``."""
    own = _single(set(reading.features))
    gender = head.gender or own[0]
    number = head.number or own[1]
    if gender is None or number is None:
        return None
    return gender, number


def _distributed(seg: _Segment, j: int) -> bool:
    """« les langues française et anglaise »: adjectives joined by a coordination, each of
    which may qualify one of the things the plural noun counts."""
    nxt, prev = seg.low(j + 1), seg.low(j - 1)
    # At the end of the stretch, what follows the coordination is unknown (« inné et/ou adaptatif »).
    after = nxt in _COORDINATION and (j + 2 >= len(seg.words) or may_be_adjective(seg.words[j + 2].text))
    before = prev in _COORDINATION
    return after or before


def _prenominal(seg: _Segment, j: int, reading: AdjectiveReading, nouns: _Nouns) -> bool:
    """The adjective at ``j`` goes with the noun after it (« un traitement nouvelle génération »)."""
    if j + 1 >= len(seg.words):
        return False
    read = nouns.features(seg.words[j + 1].text)
    return read is not None and any(reading.allows(g, n) for g, n in read[0])


def _mostly_adverb(word: str) -> bool:
    """An adverb ten times as frequent as all its other readings (« surtout », a rare noun)."""
    readings = lexicon.analyses(word)
    adverb = sum(e.freq for e in readings if e.cgram == "ADV")
    return _plain(word) and adverb > 0 and adverb >= 10 * sum(e.freq for e in readings if e.cgram != "ADV")


def _attribute_ok(seg: _Segment, j: int) -> AdjectiveReading | None:
    """The word at ``j`` as the attribute or passive participle after « être », where a
    participle that is also a preposition elsewhere (« passé », « vu ») is a participle, and
    an adjective that is also an adverb (« bas », « fort ») is an adjective where nothing
    it could modify follows (« la tension doit rester bas. »)."""
    word = seg.words[j].text
    low = word.lower()
    if not _plain(word) or word in english_only():
        return None
    adverbial = low in _ADVERBIAL_ADJECTIVES and (j + 1 >= len(seg.words) or seg.low(j + 1) in _AFTER_ATTRIBUTE)
    if low in _ADVERBIAL and low not in _PARTICIPLES_AFTER_ETRE and not adverbial:
        return None
    return attribute_reading(word, adverb=adverbial)


def _adjective_ok(seg: _Segment, j: int, attribute: bool = False, after_noun: bool = False) -> AdjectiveReading | None:
    word = seg.words[j].text
    if not _plain(word) or word.lower() in _ADVERBIAL or word in english_only():
        return None
    return adjective_reading(word, attribute, after_noun=after_noun)


def _finding(path: str, start: int, end: int, found: str, replacement: str | None, word: str, noun: str,
             safe: bool, elision: bool = False) -> Finding:
    code = CODES["MG114"]
    if elision:
        reason = _("« {word} » before « {next} » must be elided").format(word=word, next=noun)
    else:
        reason = _("« {word} » does not agree with « {noun} »").format(word=word, noun=noun)
    if replacement is not None:
        message = _("{summary}: « {found} » → {proposal}").format(
            summary=_(code.summary), found=found, proposal=f"« {replacement} »") + f" ({reason})"
        fix = Fix((Edit(start, end - start, replacement),), safe=safe, title=f"Replace with « {replacement} »")
        replacements = [replacement]
    else:
        message = _("{summary}: {reason}").format(summary=_(code.summary), reason=reason)
        fix = None
        replacements = []
    finding = Finding(path=path, offset=start, length=end - start, rule=code.code, concept="",
                      severity=code.severity, message=message, found=found, replacements=replacements,
                      name=code.name, fix=fix, certain=replacement is not None and safe,
                      provenance="Lexique383")
    # The corrected word is an adjective or determiner, not a noun to agree again.
    finding.agreement = (None, None)
    return finding


# A coordination whose head nouns are not clear (:meth:`_Detector._coordination`).
_UNCLEAR: tuple[list["_Head"], int, list[str]] = ([], -1, [])


class _Detector:
    def __init__(self, text: str, path: str, nouns: _Nouns, apostrophe: str) -> None:
        self.text, self.path, self.nouns, self.apostrophe = text, path, nouns, apostrophe
        self.findings: list[Finding] = []
        self.phrases: dict[int, tuple[int, int]] = {}  # id(finding) → the noun phrase judged

    def add(self, finding: Finding, phrase_start: int, phrase_end: int) -> None:
        self.findings.append(finding)
        self.phrases[id(finding)] = (min(phrase_start, finding.offset), max(phrase_end, finding.end))

    # -- determiner and noun ---------------------------------------------------------------

    def determiners(self, seg: _Segment) -> None:
        words = seg.words
        for i in range(len(words) - 1):
            det_word, noun = words[i], words[i + 1]
            det = determiner_features(det_word.text) or self._counted(seg, i)
            if det_word.low in _PLURAL_QUANTITIES and self._plural_quantity(seg, i):
                continue
            if det is None and det_word.low == "de" and i + 2 < len(words):
                # « de nombreux infections »: « de » before an adjective and its noun.
                self._prenominal_adjective(seg, i, ("de", None, None))
                continue
            if det is None or (i > 0 and seg.low(i - 1) in ("l’", "d’")):
                continue  # « l’un », « d’un »: « un » is a pronoun or numeral there
            if det_word.low in ("un", "une") and i > 1 and seg.low(i - 1) == "et" and _numeral(words[i - 2].text):
                continue  # « vingt et un jours »
            if i + 2 < len(words) and det[0] != "num":
                self._prenominal_adjective(seg, i, det)
            if not _plain(noun.text):
                continue  # acronyms: « la DIP » and « le DIP » are both written
            read = self.nouns.features(noun.text, after_determiner=True)
            if read is None or noun.text.lower() in _COLLECTIVE:
                continue
            features, verb = read
            low = det_word.low
            if verb and low in _CLITICS and (verb == "inf" or not _noun_after(seg, i)):
                continue  # « on le limite », « ce doit »
            kind, gender, number = det
            person = noun.text.lower() in _PERSONS
            wrong_gender = gender is not None and not person and not _fits(features, gender, None)
            if low in ("mon", "ton", "son") and _VOWEL_START.match(noun.text):
                wrong_gender = False  # « son infection »
            wrong_number = number is not None and (not _fits(features, None, number) or (
                number == "p" and _singular_form(noun.text, features)))
            elision = (low in _NOUN_ELIDABLE_DETS or low in ("ma", "ta", "sa", "ce")) and bool(
                _VOWEL_START.match(noun.text)) and noun.text.lower() not in _NO_ELISION and _plain(noun.text)
            if not (wrong_gender or wrong_number or elision):
                continue
            if wrong_number and number == "p" and any(seg.low(k) in ("et", "ou") for k in range(i + 2, i + 5)):
                continue  # « les premier et second étages », « les sortie standard et sortie d’erreur »
            if noun.text.lower() in _FIXED_NOUNS:
                continue
            if i + 2 < len(words) and any(e.cgram == lexicon.ADJ for e in lexicon.analyses(noun.text)) and \
                    self.nouns.features(words[i + 2].text, after_determiner=True) is not None:
                continue  # « une grand partie »: the adjective before the noun, judged above
            self._determiner_finding(seg, i, det, features, wrong_gender, wrong_number)

    def _plural_quantity(self, seg: _Segment, i: int) -> bool:
        """« de multiples infection », « les nombreuses analyse », « Divers traitement »: a
        plural-only adjective of quantity before a noun Lexique gives in the singular only, of a
        gender the adjective allows; the noun takes the plural (the adjective cannot take the
        singular).  True if reported."""
        words = seg.words
        if i + 1 >= len(words):
            return False
        quantity, noun = words[i], words[i + 1]
        if not _plain(noun.text) or noun.low in _PERSONS or noun.low in _FIXED_NOUNS or noun.low in _COLLECTIVE:
            return False
        read = self.nouns.features(noun.text, after_determiner=True)
        if read is None:
            return False
        features, verb = read
        if not (seg.low(i - 1) in _BEFORE_QUANTITY or (self._clause_start(seg, i) and quantity.text[:1].isupper())):
            # After a verb (« reçoivent différents traitement »), not after a noun or adjective
            # it would follow (« des infections multiples reste… »), nor before a verb.
            before = words[i - 1].text if i > 0 else ""
            if i == 0 or verb or not _plain(before) or self.nouns.features(before) is not None or \
                    may_be_adjective(before) or finite_verb(before) is None or before.lower() in COPULAS:
                return False  # « ils étaient nombreux samedi »: an attribute, then a noun of time
        gender = _PLURAL_QUANTITIES[quantity.low]
        # A number Lexique leaves open for want of a plural (« thrombose »): singular, unless
        # the form would be the plural's too (« virus »).
        if any(n != "s" and (n is not None or noun.low.endswith(("s", "x", "z"))
                             or not (_lexique_singular(noun.low) or not lexicon.analyses(noun.low))) for _g, n in features) \
                or not _fits(features, gender, None):
            return False  # « divers cas », « de nombreux infections » (the gender: judged as an adjective)
        if i + 2 < len(words) and (seg.low(i + 2) in ("et", "ou") or (
                any(e.cgram == lexicon.ADJ for e in lexicon.analyses(noun.text))
                and self.nouns.features(words[i + 2].text, after_determiner=True) is not None)):
            return False  # « de nombreux petit et grand… », « de multiples grand … »: not the noun
        lemmas = {e.lemma for e in lexicon.analyses(noun.text) if e.cgram == lexicon.NOUN}
        gender = _single(features)[0]
        plural = lexicon.inflect(lemmas.pop(), lexicon.NOUN, gender, "p") if len(lemmas) == 1 else None
        if plural is None and noun.low.endswith(("e", "é")) and not lexicon.analyses(noun.low + "s"):
            # A noun in « -e » or « -é » takes « -s »: the plural Lexique lacks (« thromboses »).
            plural = noun.low + "s"
        if plural is None or plural == noun.low:
            return False
        if noun.text[:1].isupper():
            plural = plural[:1].upper() + plural[1:]
        end, adjectives = self._plural_adjectives(seg, i + 2, gender)
        found = self.text[quantity.start:end]
        replacement = " ".join([quantity.text, plural, *adjectives])
        self.add(_finding(self.path, quantity.start, end, found, replacement, quantity.text, noun.text, False),
                 quantity.start, end)
        return True

    def _plural_adjectives(self, seg: _Segment, j: int, gender: str | None) -> tuple[int, list[str]]:
        """The adjectives right after a singular noun of :meth:`_plural_quantity` (« de
        multiples thrombose veineuse profonde »), agreed with it, in the plural, so that the fix
        leaves the phrase agreed: where the phrase ends, and their plurals.  Stops at a word
        that is no such adjective, or whose plural Lexique does not give."""
        words = seg.words
        end = words[j - 1].end
        found: list[str] = []
        while j < len(words) and len(found) < 2 and self.text[end:words[j].start] == " ":
            reading = _adjective_ok(seg, j)
            if reading is None or not reading.allows(gender, "s") or reading.allows(gender, "p") \
                    or self.nouns.features(words[j].text) is not None:
                break
            target = _target(reading, _Head(j, gender, "p", False))
            plural = reinflect(words[j].text, reading, *target) if target is not None else None
            if plural is None:
                break
            found.append(plural)
            end = words[j].end
            j += 1
        return end, found

    @staticmethod
    def _clause_start(seg: _Segment, i: int) -> bool:
        return i == 0 or seg.low(i - 1) in _CLAUSE_STARTS

    @staticmethod
    def _counted(seg: _Segment, i: int) -> tuple[str, str | None, str | None] | None:
        """« trois jour »: a cardinal number before a noun, not in a date (« le deux mars »)."""
        numeral = _numeral(seg.words[i].text)
        if numeral is None or seg.low(i - 1) in ("le", "du", "au", "l’", "les", "des", "aux"):
            return None
        if seg.low(i + 1) in _MONTHS:
            return None
        return numeral

    def _prenominal_adjective(self, seg: _Segment, i: int, det: tuple[str, str | None, str | None]) -> None:
        """« une grand partie », « les principaux causes »: determiner, adjective, noun."""
        adjective, noun = seg.words[i + 1], seg.words[i + 2]
        if not _plain(adjective.text) or adjective.text.lower() in _INVARIABLE_BEFORE or adjective.text in english_only():
            return
        reading = adjective_reading(adjective.text, prenominal=True)
        if reading is None or self.nouns.features(adjective.text) is not None:
            return
        # After « de », which may be a preposition, the noun must be a noun by itself.
        read = self.nouns.features(noun.text, after_determiner=det[0] != "de")
        if read is None or not _plain(noun.text) or noun.text.lower() in _PERSONS:
            return
        features, verb = read
        if verb and det[0] == "def" and not _noun_after(seg, i):
            return
        _kind, det_gender, det_number = det
        if not _fits(features, det_gender, det_number):
            return  # the determiner disagrees too: which word is wrong is not clear
        gender, number = _single(features)
        gender = gender or det_gender
        number = number or det_number
        if (gender is None and number is None) or reading.allows(gender, number):
            return
        if adjective.low in _PLURAL_QUANTITIES and _fits(features, _PLURAL_QUANTITIES[adjective.low], None):
            return  # « de multiples infection »: the noun is wrong (:meth:`_plural_quantity`)
        if seg.low(i + 3) in _COORDINATION:
            return  # « les premier et second »
        target = _target(reading, _Head(i + 2, gender, number, False))
        replacement = reinflect(adjective.text, reading, *target) if target is not None else None
        self.add(_finding(self.path, adjective.start, adjective.end, adjective.text, replacement, adjective.text,
                          noun.text, replacement is not None), seg.words[i].start, noun.end)

    def _determiner_finding(self, seg: _Segment, i: int, det: tuple[str, str | None, str | None], features: set,
                            wrong_gender: bool, wrong_number: bool) -> None:
        det_word, noun = seg.words[i], seg.words[i + 1]
        start, end = det_word.start, noun.end
        found = self.text[start:end]
        noun_gender, noun_number = _single(features)
        kind = det[0]
        gender = noun_gender or det[1]
        number = det[2] if not wrong_number else None
        replacement = None
        safe = False
        if wrong_number and det[2] == "p" and not wrong_gender:
            # « des traitement »: the plural noun is likelier than another determiner, but not sure.
            lemmas = {e.lemma for e in lexicon.analyses(noun.text) if e.cgram == lexicon.NOUN}
            plural = lexicon.inflect(lemmas.pop(), lexicon.NOUN, noun_gender, "p") if len(lemmas) == 1 else None
            if plural is None and noun.low.endswith(("e", "é")) and not lexicon.analyses(noun.low + "s"):
                plural = noun.low + "s"  # the plural Lexique lacks (« plusieurs thromboses »)
            if plural is not None and plural != noun.text.lower():
                end, adjectives = self._plural_adjectives(seg, i + 2, noun_gender)
                found = self.text[start:end]
                replacement = " ".join([det_word.text, plural, *adjectives])
        if gender is not None and number is not None and not wrong_number:
            from ..french.phrase import Dependent

            dep = Dependent("det", det_word, det_word.low, "DET")
            form = determiner_form(dep, gender, number, noun.text, self.apostrophe)
            joiner = "" if form.endswith(("’", "'")) else " "
            replacement = f"{form}{joiner}{noun.text}"
            safe = kind in ("def", "ind", "dem", "pos1", "pos2", "pos3", "quel", "aucun", "certain", "tout")
            if replacement == found:
                return
        self.add(_finding(self.path, start, end, found, replacement, det_word.text, noun.text, safe,
                          elision=not (wrong_gender or wrong_number)), start, end)

    # -- noun and adjective -----------------------------------------------------------------

    def adjectives(self, seg: _Segment) -> None:
        words = seg.words
        for i in range(len(words) - 1):
            if words[i].text.lower() in _FIXED_NOUNS or words[i].text.lower() in _COLLECTIVE:
                continue
            if self.nouns.features(words[i].text, suffix=_after_determiner(seg, i)) is None:
                continue
            j = i + 1
            # « une grippe mal soignée »: up to two adverbs before the first adjective.
            while j < len(words) and j - i <= 2 and self._adverb(words[j].text) and words[j].low != "tout":
                j += 1
            if j > i + 1 and words[i].low in _TIME_NOUNS:
                continue  # « elles sont tous les jours plus nombreuses »: an adverbial of time, then the attribute
            if j == i + 1 and seg.low(j) in ("le", "la", "les") and seg.low(j + 1) in ("plus", "moins"):
                # « les symptômes les plus souvent observés »: a superlative, and its adverbs.
                j += 2
                while j < len(words) and j - i <= 5 and self._adverb(words[j].text) and words[j].low != "tout":
                    j += 1
            first = j
            agent = self._before_agent(seg, first, head=i)
            if agent is not None:
                # « des protéines produits par le foie »: a participle that is also a noun,
                # before its agent, is the participle.
                self._judge(seg, i, first, agent, attribute=False)
                continue
            if first + 1 < len(words) and _adjective_ok(seg, first, after_noun=True) is None and self._agreeing_adjective(seg, i, first):
                # « les cellules sanguines produits par », « les cellules souches
                # hématopoïétiques prélevés »: an adjective that is also a noun, or one Lexique
                # lacks, agreeing with the noun, and the participle after it, which MT left
                # in the English-neutral masculine.
                participle = self._participle_at(seg, i, first + 1)
                if participle is not None:
                    self._judge(seg, i, first + 1, participle, attribute=False)
                    continue
            if first < len(words) and _adjective_ok(seg, first, after_noun=True) is None and _plain(words[first].text) \
                    and words[first].low not in _ADVERBIAL:
                participle = singular_participle(words[first].text)
                if participle is not None and not _distributed(seg, first):
                    self._judge(seg, i, first, participle, attribute=False, plural_heads=True)
                continue
            while j < len(words) and j - first <= 2:
                if words[j].low.endswith("ant") and j + 1 < len(words) and determiner_features(words[j + 1].text) is not None:
                    break  # « des comportements compromettant la santé »: a present participle and its object, invariable
                reading = _adjective_ok(seg, j, after_noun=True)
                if reading is None:
                    participle = self._before_agent(seg, j, head=i) if j > first else None
                    if participle is not None and not _distributed(seg, j):
                        self._judge(seg, i, j, participle, attribute=False)  # « maladies rares associés à »
                    break
                if not _prenominal(seg, j, reading, self.nouns) and self._marked(seg, i, j, reading, attribute=False):
                    self._judge_coordinated(seg, i, j, attribute=False)  # « des cellules prélevées puis congelés »
                elif not _distributed(seg, j) and not _prenominal(seg, j, reading, self.nouns):
                    self._judge_adjective(seg, i, j, reading)
                j += 1

    def _agreeing_adjective(self, seg: _Segment, i: int, k: int) -> bool:
        """The word at ``k``, right after the noun at ``i``, is an adjective that agrees with it
        though :func:`_adjective_ok` leaves it alone: Lexique reads it as a noun too
        (« sanguines », « malades ») but as an adjective of the noun's gender and number; or
        Lexique lacks it and it ends in « -iques », a plural of either gender, after a plural
        (« hématopoïétiques »)."""
        word = seg.words[k].text
        if not _plain(word) or word in english_only() or seg.low(k) in _ADVERBIAL:
            return False
        noun = self.nouns.features(seg.words[i].text, suffix=_after_determiner(seg, i))
        if noun is None:
            return False
        if not lexicon.analyses(word):
            return word.islower() and word.endswith("iques") and all(n == "p" for _g, n in noun[0])
        reading = attribute_reading(word)
        return reading is not None and reading.cgram == lexicon.ADJ and any(
            reading.allows(g, n) for g, n in noun[0])

    def _participle_at(self, seg: _Segment, i: int, j: int) -> AdjectiveReading | None:
        """The word at ``j`` as a past participle qualifying the noun at ``i`` across one
        adjective: a participle of Lexique whose ending shows its gender and number
        (« prélevés », not « prélevé », also a noun's singular), not one of noun phrases set
        side by side (:func:`_distributed`) nor before a noun it agrees with."""
        word = seg.words[j].text
        if not _plain(word) or _distributed(seg, j):
            return None
        reading = _adjective_ok(seg, j) or self._before_agent(seg, j, head=i)
        if reading is None or reading.cgram != lexicon.VERB or _prenominal(seg, j, reading, self.nouns):
            return None
        if not word.lower().endswith(_MARKED_PARTICIPLE_ENDINGS):
            return None
        return reading

    def _judge_adjective(self, seg: _Segment, i: int, j: int, reading: AdjectiveReading) -> None:
        """An adjective after the noun at ``i``; after noun phrases joined by « et » or « ou »
        that open the clause (« la toux et la fièvre persistants »), it may agree with the
        nearer noun (its complement included), any one head, or take the plural of the coordination, feminine
        if every head is (:meth:`_coordination`); after « ou », only heads of one gender are
        judged.  Elsewhere, as :meth:`_judge`."""
        if _compound_colour(seg, j):
            return  # « des taches rouge bleuâtre »: a compound colour, invariable
        if not any(seg.low(n) in ("et", "ou") for n in range(max(0, i - 8), i)):
            self._judge(seg, i, j, reading, attribute=False)
            return
        found = self._coordination(seg, i)
        if found is None:
            self._judge(seg, i, j, reading, attribute=False)
            return
        if found is _UNCLEAR:
            return
        heads, start, joiners = found
        if any(h.gender is None or h.number is None or h.person or seg.low(h.index) in _COLLECTIVE
               or seg.low(h.index) in _GROUPS for h in heads):
            return
        if "ou" in joiners and len({h.gender for h in heads}) != 1:
            return
        nearest = _head_at(seg, i, self.nouns, subject=True)
        near = [heads[0]] + ([nearest[0]] if nearest is not None else [])
        gender = "f" if all(h.gender == "f" for h in heads) else "m"
        plural = _Head(heads[0].index, gender, "p", False)
        # Any head alone too: « le traitement de la toux et la fièvre prolongé » may qualify
        # « traitement », the fever and cough being its complement.
        if _agrees(reading, near + heads + [plural]) or any(h.gender is None or h.number is None for h in near):
            return
        target = _target(reading, plural if reading.allows(None, "p") else heads[0])
        word = seg.words[j]
        replacement = reinflect(word.text, reading, *target) if target is not None else None
        self.add(_finding(self.path, word.start, word.end, word.text, replacement, word.text,
                          seg.words[heads[0].index].text, False), seg.words[start].start, word.end)

    def appositions(self, seg: _Segment) -> None:
        """« Les plaquettes, aussi appelés thrombocytes, arrêtent… »: a past participle after a
        comma that follows the subject noun phrase opening the sentence or clause, qualifying
        it.  Silent where any noun of the phrase agrees (« les douleurs du dos, causé… »), on a
        phrase that may be a list item (a comma before it) and on an adjective, which may
        qualify the subject of the verb to come (« inquiet, le patient… » reads alike)."""
        words = seg.words
        for c in range(1, len(words) - 1):
            if words[c].low != ",":
                continue
            k = self._subject_noun(seg, c - 1)
            if k < 0:
                continue
            chain = _chain(seg, k, self.nouns, attribute=True)
            if chain is None:
                continue
            heads, start = chain
            if start > 0 and (seg.low(start - 1) not in _CLAUSE_STARTS or seg.low(start - 1) == ","):
                continue
            if start == 0 and not self._opens_sentence(words[0]):
                continue
            if any(words[h.index].low in _COLLECTIVE or words[h.index].low in _GROUPS for h in heads):
                continue
            a = self._skip_adverbs(seg, c + 1)
            if a >= len(words) or not _plain(words[a].text) or words[a].low in _PARTICIPLES_AFTER_ETRE \
                    or words[a].low in _ADVERBIAL or words[a].low in ("donné", "entendu"):
                continue
            reading = attribute_reading(words[a].text)
            participles = frozenset((e.gender, e.number) for e in lexicon.analyses(words[a].text) if e.is_past_participle)
            if reading is None or reading.cgram != lexicon.VERB or not participles:
                continue
            reading = AdjectiveReading(reading.lemma, reading.cgram, participles)
            if all(h.gender is None and h.number is None for h in heads) or _agrees(reading, heads):
                continue
            main = heads[-1]
            target = _target(reading, main)
            replacement = reinflect(words[a].text, reading, *target) if target is not None else None
            safe = replacement is not None and len({(h.gender, h.number) for h in heads}) == 1
            self.add(_finding(self.path, words[a].start, words[a].end, words[a].text, replacement, words[a].text,
                              words[main.index].text, safe), words[start].start, words[a].end)

    @staticmethod
    def _earlier_noun_agrees(seg: _Segment, head: int, word: str) -> bool:
        """True if a noun before the one at ``head`` in the stretch may be of the gender and
        number the participle ``word`` shows: the participle may qualify it instead."""
        features = participle_ending(word)
        if features is None:
            return True
        return any(e.cgram == lexicon.NOUN and e.agrees_with(*features)
                   for w in seg.words[:head] for e in lexicon.analyses(w.text))

    def _before_complement(self, seg: _Segment, j: int) -> bool:
        """The word at ``j`` is a participle of the first conjugation whose ending shows its
        gender and number (« administrés », « greffées »), before what only a participle could
        take there: a preposition that opens its complement (« administrés par voie
        sous-cutanée », « associés à un déficit ») or the verb of the clause (« les IST non
        traités peuvent »).  A noun in apposition (« des mots clés ») ends in no such way, or
        before a noun of its own."""
        word = seg.words[j].text
        if not _plain(word) or participle_ending(word) is None or not word.lower().endswith(("és", "ée", "ées")):
            return False  # « -é » alone is also the noun's singular (« un associé »)
        nxt = seg.words[j + 1].text
        if seg.low(j + 1) in _PARTICIPLE_COMPLEMENTS:
            return True
        verb = finite_verb(nxt) if _plain(nxt) else None
        return verb is not None and seg.low(j + 1) not in COPULAS

    def _before_agent(self, seg: _Segment, j: int, head: int | None = None) -> AdjectiveReading | None:
        """The word at ``j`` as a past participle before « par » and a determiner (its agent:
        « produits par le foie ») or, with an ending that shows it, before another complement
        or the clause's verb (:meth:`_before_complement`), where Lexique also reads it as a noun (« produits »,
        « traités ») that :func:`_adjective_ok` leaves alone; ``None`` otherwise."""
        if j + 1 >= len(seg.words):
            return None
        agent = j + 2 < len(seg.words) and seg.low(j + 1) == "par" and determiner_features(seg.words[j + 2].text) is not None
        if not agent and not self._before_complement(seg, j):
            return None
        if not agent and head is not None and self._earlier_noun_agrees(seg, head, seg.words[j].text):
            return None  # « Radiothérapie de tout le corps parfois associée à »: the head is further left
        word = seg.words[j].text
        if not _plain(word) or _adjective_ok(seg, j) is not None or word in english_only():
            return None
        reading = attribute_reading(word)
        if reading is None or reading.cgram != lexicon.VERB:
            return None
        # Only the participle's own genders and numbers (the noun's are not the word's here).
        participles = {(e.gender, e.number) for e in lexicon.analyses(word) if e.is_past_participle}
        if not participles:
            return None
        return AdjectiveReading(reading.lemma, reading.cgram, frozenset(participles))

    def _judge(self, seg: _Segment, i: int, j: int, reading: AdjectiveReading, attribute: bool,
               plural_heads: bool = False) -> None:
        if _compound_colour(seg, j):
            return  # « des taches rouge bleuâtre »: a compound colour, invariable
        chain = _chain(seg, i, self.nouns, attribute)
        if chain is None:
            return
        heads, start = chain
        if plural_heads and not all(h.number == "p" for h in heads):
            return  # « la maladie atteint les reins »: a verb after its singular subject
        if attribute and not _opens_clause(seg, start):
            return  # the noun may be the object of another verb (« qui traite la maladie est »)
        if attribute and (_collective_heads(seg, heads) or (
                len(heads) == 1 and seg.words[heads[0].index].text.lower() in _COLLECTIVE)):
            return  # « un nombre croissant de patients sont traités »: either number is written
        if attribute:
            # The subject is the first noun: « la greffe de rein est réussie » (quantities,
            # whose complement may rule, ended the chain above).
            heads = heads[-1:]
        if all(h.gender is None and h.number is None for h in heads) or _agrees(reading, heads):
            return
        if not attribute and start <= 1 and self._unseen_head_agrees(seg, start, reading):
            return
        word = seg.words[j]
        # The adjective goes with the nearest noun; an attribute with the subject, the first noun.
        main = heads[-1] if attribute else heads[0]
        number = _single(set(reading.features))[1]
        if not attribute and number is not None and main.number not in (None, number):
            # « les doses de médicament recommandés »: the plural shows the participle
            # qualifies a plural noun of the chain, the nearest one, not the singular before it.
            main = next((h for h in heads if h.number == number), main)
        target = _target(reading, main)
        replacement = reinflect(word.text, reading, *target) if target is not None else None
        features = {(h.gender, h.number) for h in heads}
        safe = replacement is not None and len(features) == 1
        noun = seg.words[main.index].text
        self.add(_finding(self.path, word.start, word.end, word.text, replacement, word.text, noun, safe),
                 seg.words[min(h.index for h in heads)].start, seg.words[max(h.index for h in heads)].end)

    def _unseen_head_agrees(self, seg: _Segment, start: int, reading: AdjectiveReading) -> bool:
        """True if the phrase at ``start`` complements a noun the stretch does not hold and the
        adjective may agree with it: one joined by a slash before the stretch (« les couples de
        donneur/receveur internationaux »), or a capitalised noun opening a definition without
        its article (« Protéine du sérum sanguin sécrétée par… »)."""
        before = self.text[: seg.words[0].start].rstrip(" \u00a0")
        if start == 0 and before.endswith("/"):
            return True
        if start == 1 and seg.low(1) in _CONTRACTED | _PREPOSITIONS:
            first = seg.words[0].text
            if first[:1].isupper() and first[1:].islower():
                read = self.nouns.features(first.lower())
                return read is not None and any(reading.allows(g, n) for g, n in read[0])
        return False

    # -- subject and verb -------------------------------------------------------------------

    def verbs(self, seg: _Segment) -> None:
        """« les symptômes de la grippe est », « les enfants qui est atteints »: a verb of the
        third person whose number the form decides, right after its subject noun phrase (at
        the start of a clause) or after « qui » and its antecedent."""
        words = seg.words
        for v, word in enumerate(words):
            if not _plain(word.text) or v == 0 or word.low in _VERB_CLITICS or word.low in _OBJECT_CLITICS:
                continue
            left = v - 1
            while left >= 0 and (seg.low(left) in _VERB_CLITICS or seg.low(left) in _OBJECT_CLITICS):
                left -= 1
            relative = seg.low(left) == "qui"
            # Right after « qui », a form that is also an adjective or a noun is the verb.
            reading = finite_verb(word.text, after_qui=relative and left == v - 1)
            if reading is None:
                continue
            if relative:
                left -= 1
            elif any(seg.low(j) in _OBJECT_CLITICS for j in range(left + 1, v)):
                continue  # « le, la, les » may be the determiner of another noun phrase
            k = self._subject_noun(seg, left, relative)
            if k < 0 or words[k].low in _FIXED_NOUNS:
                continue
            self._judge_verb(seg, k, v, reading, relative)

    def _subject_noun(self, seg: _Segment, left: int, relative: bool = False) -> int:
        """The noun of the phrase that ends at ``left``, through an adjective after it (« la
        greffe osseuse », « les vaccins vivants », « le traitement antibiotique »: a word that
        is a noun and an adjective, without a determiner, after a noun that has one), a letter
        that names it (« la vitamine D »), or, unless the phrase is the antecedent of a
        relative, a complement Lexique does not know (« atteints de bronchiolite »: the
        subject is before it); -1 if the phrase ends in no noun."""
        words = seg.words
        if left > 0 and len(words[left].text) == 1 and words[left].text.isupper() and \
                self.nouns.features(words[left - 1].text) is not None:
            left -= 1  # « la vitamine D », « l’hépatite B »
        if not relative and left > 1 and _plain(words[left].text) and not lexicon.analyses(words[left].text) \
                and self.nouns.features(words[left].text) is None and seg.low(left - 1) in ("de", "d’", "d'"):
            left -= 2
            while left >= 0 and self._adverb(words[left].text):
                left -= 1
            if left < 0 or (self.nouns.features(words[left].text) is None and _adjective_ok(seg, left) is None):
                return -1
        k = left
        while k >= 0 and k > left - 2 and self.nouns.features(words[k].text, suffix=_after_determiner(seg, k)) is None and (
                _adjective_ok(seg, k) is not None or (_plain(words[k].text) and adjective_or_noun(words[k].text))
                or _unknown_epicene(words[k].text)):
            k -= 1  # « vivants », an adjective and a noun alike
        if k < 0 or self.nouns.features(words[k].text, suffix=_after_determiner(seg, k)) is None:
            return -1
        if k == left and k > 0 and _noun_phrase_start(seg, k, self.nouns)[1] is None and _plain(words[k].text) \
                and seg.low(k - 1) not in _PREPOSITIONS and seg.low(k - 1) not in _CONTRACTED \
                and adjective_or_noun(words[k].text) \
                and self.nouns.features(words[k - 1].text) is not None \
                and _noun_phrase_start(seg, k - 1, self.nouns)[1] is not None:
            return k - 1
        return k

    def _opens_sentence(self, word: Token) -> bool:
        """True if ``word`` is capitalised and starts the text, a line or a sentence."""
        if not word.text[:1].isupper():
            return False
        # Read back from the word, not a copy of all the text before it: on a large document
        # that copy made this test cost milliseconds per call (issue 19).
        text = self.text
        i = word.start
        while i > 0 and text[i - 1] in " \t\u00a0":
            i -= 1
        return i == 0 or text[i - 1] in ".!?:;\n"

    def _judge_verb(self, seg: _Segment, k: int, v: int, reading: VerbReading, relative: bool) -> None:
        chain = _chain(seg, k, self.nouns, attribute=True)
        if chain is None:
            return
        heads, start = chain
        words = seg.words
        if start == 0 and not self._opens_sentence(words[0]):
            return  # the stretch was cut by a slash, code or a stray byte: the phrase may go on before it
        if seg.low(start) in _CONTRACTED or seg.low(start - 1) in _PREPOSITIONS or seg.low(start - 1) in _CONTRACTED:
            return  # « … spécifiques du site qui sont »: the noun the complement hangs on is not known
        if _collective_heads(seg, heads):
            return  # « un groupe de cellules meurent »: either number is written
        if seg.low(start - 1) == "," and reading.number == "p":
            return  # « une fièvre, un manque de tonus sont des signes »: a list without « et »
        if relative:
            # The antecedent of « qui » may be any noun of the chain.
            judged = heads
        else:
            if start > 0 and seg.low(start - 1) not in _VERB_CLAUSE_STARTS and not words[start].text[:1].isupper():
                return  # the noun may be the object of another verb (« qui traite la maladie est »)
            if self._example_of(seg, start):
                return
            # The subject is the first noun; through « avec » (« le médecin avec son infirmière
            # examinent »: « avec » as « et »), no judgement.
            if not _complements_only(seg, start, k):
                return
            judged = heads[-1:]
        if any(h.number is None or h.number == reading.number for h in judged):
            return
        numbers = {h.number for h in judged if h.number is not None}
        replacement = None
        if len(numbers) == 1:
            replacement = third_person(words[v].text, numbers.pop(), lemma=reading.lemma,
                                       subjunctive=seg.low(start - 1) in ("que", "qu’", "qu'"))
        word = words[v]
        main = judged[-1] if not relative else judged[0]
        safe = replacement is not None and len(heads) == 1 and reading.lemma in _SAFE_VERBS
        noun = words[main.index].text
        self.add(_finding(self.path, word.start, word.end, word.text, replacement, word.text, noun, safe),
                 words[start].start, word.end)

    # -- a pronoun resuming a feminine plural ----------------------------------------------

    def resumed_pronouns(self, seg: _Segment, paragraph: int) -> None:
        """« Les immunoglobulines sont injectées sous la peau, et ils sont bien tolérés » →
        *elles sont bien tolérées*: English « they » rendered « ils » where the only possible
        antecedents are feminine plurals.  A subject « ils » that opens its clause, before a
        plural verb, in a paragraph (from ``paragraph`` on) whose words before it hold a
        feminine plural noun after its determiner and no noun that may be a masculine plural
        or of unknown gender (:meth:`_feminine_antecedents`).  The fix writes « elles » and,
        after a copula, the attribute in the feminine plural; a warning where the antecedent
        is in the same sentence, an info where it is in an earlier one."""
        words = seg.words
        for p, word in enumerate(words):
            if word.low != "ils":
                continue
            if p == 0 and not self._opens_sentence(word):
                continue
            if p > 0 and not (seg.low(p - 1) in _PRONOUN_CLAUSE_STARTS or (
                    seg.low(p - 1) in ("et", "mais", "puis") and seg.low(p - 2) == ",")):
                continue
            v = p + 1
            while v < len(words) and seg.low(v) in _VERB_CLITICS:
                v += 1
            verb = finite_verb(words[v].text) if v < len(words) and _plain(words[v].text) else None
            if verb is None or verb.number != "p":
                continue
            same_sentence = self._feminine_antecedents(paragraph, words[0].start, word.start)
            if same_sentence is None:
                continue
            end = word.end
            pronoun = ("E" if word.text[0].isupper() else "e") + "lles"
            replacement: str | None = pronoun
            a = self._skip_adverbs(seg, v + 1)
            if words[v].low in COPULAS and a < len(words) and words[a].low == "été":
                a = self._skip_adverbs(seg, a + 1)
            reading = _attribute_ok(seg, a) if words[v].low in COPULAS and a < len(words) else None
            if reading is not None and not _prenominal(seg, a, reading, self.nouns) \
                    and words[a].low not in _PARTICIPLES_AFTER_ETRE and not _distributed(seg, a):
                if not reading.allows("f", "p"):
                    agreed = reinflect(words[a].text, reading, "f", "p")
                    # Without the attribute's feminine, no fix: « elles » alone would not agree.
                    replacement = None if agreed is None else pronoun + self.text[word.end:words[a].start] + agreed
                    end = words[a].end
            found = self.text[word.start:end]
            finding = _finding(self.path, word.start, end, found, replacement, word.text, "elles", False)
            reason = _("« ils » resumes a feminine plural: no masculine noun is before it")
            finding.message = (_("{summary}: « {found} » → {proposal}").format(
                summary=_(CODES["MG114"].summary), found=found, proposal=f"« {replacement} »")
                if replacement is not None else _("{summary}: {reason}").format(
                    summary=_(CODES["MG114"].summary), reason=reason)) + (f" ({reason})" if replacement else "")
            if not same_sentence:
                finding.severity = "info"
            self.add(finding, word.start, end)

    def _feminine_antecedents(self, paragraph: int, sentence: int, pronoun: int) -> bool | None:
        """Whether the words of the paragraph before ``pronoun`` may give « ils » only
        feminine plural antecedents: ``True`` if a feminine plural noun after a plural
        determiner is in the pronoun's sentence (from ``sentence``, the start of its stretch),
        ``False`` if only in an earlier one, ``None`` where any word may be a masculine plural
        or a noun of unknown gender (a noun Lexique gives a masculine or no gender, a word it
        does not know, an acronym, a capitalised word inside a sentence, another « ils »), a
        noun of persons the pronoun may resume by sense (« les personnes… ils »), or no
        feminine plural noun is there."""
        found: bool | None = None
        previous = ""
        for token in iter_tokens(self.text, paragraph, pronoun):
            low = token.low
            text = token.text.lower() if self._opens_sentence(token) else token.text
            if low in ("ils", "eux") or low in _PERSON_COLLECTIVES:
                return None
            hyphenated = "-" in text and text.replace("-", "").isalpha() and text.islower()
            if not hyphenated and (not text.isalpha() or not _plain(text)):
                if text[:1].isupper() or any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
                    return None  # a name or an acronym: its gender is not known here
                previous = low
                continue
            det = determiner_features(previous)
            # The word as a noun where the lexicon (or the glossary) makes it one (not « sous »).
            read = self.nouns.features(text, after_determiner=det is not None)
            features = read[0] if read is not None else set()
            if read is None and not lexicon.analyses(text) and text.endswith(("s", "x")) and not text.endswith("ées"):
                return None  # a word nothing reads may be a masculine plural (« anti-inflammatoires »)
            if any(n in ("p", None) and g in ("m", None) for g, n in features):
                return None
            if features and det is not None and det[2] == "p" and all(g == "f" for g, _n in features) \
                    and any(n in ("p", None) for _g, n in features):
                found = found or token.start >= sentence
            previous = low
        return found

    # -- être + attribute -------------------------------------------------------------------

    def attributes(self, seg: _Segment) -> None:
        words = seg.words
        for c, word in enumerate(words):
            if word.low not in COPULAS and word.low not in ("été", "étant") and word.low not in COPULA_INFINITIVES \
                    and word.low not in _REFLEXIVE_COPULAS:
                continue
            left = self._skip_back(seg, c - 1)
            # « ayant été traités », « étant atteints »: the participle qualifies the noun before.
            participial = word.low == "étant"
            if word.low in _REFLEXIVE_COPULAS:
                if seg.low(left) not in ("se", "s’", "s'"):
                    continue
                left = self._skip_back(seg, left - 1)
            if word.low == "été":
                if seg.low(left) not in AVOIR and seg.low(left) != "ayant":
                    continue
                participial = seg.low(left) == "ayant"
                left = self._skip_back(seg, left - 1)
            elif word.low in COPULA_INFINITIVES or word.low in _REFLEXIVE_INFINITIVES:
                if seg.low(left) not in MODALS:
                    continue
                left = self._skip_back(seg, left - 1)
            relative = seg.low(left) == "qui" or participial
            if seg.low(left) == "qui":
                left -= 1
                if seg.low(left) == ",":
                    left -= 1  # « les perfusions, qui sont administrées »: the antecedent before the comma
            if not relative and seg.low(left) in _SUBJECT_PRONOUNS:
                self._pronoun_attribute(seg, left, c)
                continue
            if not relative and seg.low(left) in _SHARED_SUBJECT_JOINERS:
                k = self._shared_subject(seg, left)  # « … circulent dans le sang et sont recueilli »
            else:
                k = self._subject_noun(seg, left, relative)
            if k < 0:
                continue
            if not relative and self._coordinated_subject(seg, k, c):
                continue
            if _head_at(seg, k, self.nouns) is None or (_noun_phrase_start(seg, k, self.nouns)[1] is None and not (
                    seg.low(k - 1) in _PREPOSITIONS or seg.low(k - 1) in _CONTRACTED) and not self._compound(seg, k)):
                continue  # a subject is a noun phrase with its determiner, or complements one
            if self._example_of(seg, _noun_phrase_start(seg, k, self.nouns)[0]):
                continue  # « les réactions graves comme l’anaphylaxie sont rares »: the subject is before
            a = self._skip_adverbs(seg, c + 1)
            if a < len(words) and words[a].low == "été" and word.low in COPULAS | {"être"}:
                a = self._skip_adverbs(seg, a + 1)
            if a >= len(words):
                continue
            reading = _attribute_ok(seg, a)
            if reading is None or _prenominal(seg, a, reading, self.nouns):
                continue
            if participial and words[a].low in ("donné", "entendu"):
                continue  # « étant donné »: a preposition
            marked = self._marked(seg, k, a, reading, attribute=not relative)
            if marked:
                # « sont prélevées puis congelés »: the first participle shows the head's
                # gender and number, and those coordinated with it must show them too.
                self._judge_coordinated(seg, k, a, attribute=not relative)
                continue
            if _distributed(seg, a) and seg.low(a + 1) in _COORDINATION and not self._both_wrong(seg, k, a):
                continue  # « les langues sont française et anglaise »: each may qualify one
            if relative and word.low in COPULAS and self._copula_disowns(seg, k, word.text):
                continue  # « les semaines suivant l’infection, qui sont marquées »: « sont » is not « infection »’s verb
            if relative:
                self._judge_relative(seg, k, a, reading)
            else:
                self._judge(seg, k, a, reading, attribute=True)

    def _shared_subject(self, seg: _Segment, joiner: int) -> int:
        """The subject noun of a verb coordinated with the clause's first verb, without a
        subject of its own (« les cellules souches circulent dans le sang et sont recueillies
        par aphérèse »): the noun phrase that opens the sentence, before the first finite verb
        of the stretch, of that verb's number and the number of the verb after the ``joiner``
        (« et », « puis », « mais »).  Between the first verb and the joiner, no coordination,
        comma, relative or conjunction (« et les patients… », « qui… », « lorsque… ») may bring
        in another subject, nor any other finite verb; -1 where any of this fails."""
        words = seg.words
        v = joiner + 1
        while v < len(words) and seg.low(v) in _VERB_CLITICS:
            v += 1
        second = finite_verb(words[v].text) if v < len(words) and _plain(words[v].text) else None
        if second is None:
            return -1
        first_verb = next((j for j in range(1, joiner) if _plain(words[j].text) and finite_verb(words[j].text) is not None
                           and self.nouns.features(words[j].text) is None), None)
        if first_verb is None or first_verb + 1 >= joiner:
            return -1
        if any(seg.low(j) in _COORDINATION or seg.low(j) in _SHARED_SUBJECT_BREAKS
               or (_plain(words[j].text) and finite_verb(words[j].text) is not None
                   and self.nouns.features(words[j].text) is None)
               for j in range(first_verb + 1, joiner)):
            return -1
        first = finite_verb(words[first_verb].text)
        left = first_verb - 1
        while left >= 0 and seg.low(left) in _VERB_CLITICS:
            left -= 1
        k = self._subject_noun(seg, left)
        if k < 0 or first is None or first.number != second.number:
            return -1
        chain = _chain(seg, k, self.nouns, attribute=True)
        if chain is None or chain[1] != 0 or not self._opens_sentence(words[0]):
            return -1
        head = chain[0][-1]
        return k if head.number == first.number else -1

    def _compound(self, seg: _Segment, k: int) -> bool:
        """The noun at ``k`` is the second noun of a compound whose first has the determiner
        (« les cellules souches », « les mots clés »): both plain nouns of one number, the
        second neither a verb nor after a preposition; the first noun is the head."""
        if k < 1 or not _plain(seg.words[k - 1].text):
            return False
        first = _head_at(seg, k - 1, self.nouns)
        second = _head_at(seg, k, self.nouns)
        if first is None or second is None or _noun_phrase_start(seg, k - 1, self.nouns)[1] is None:
            return False
        return first[0].number is not None and first[0].number == second[0].number

    def _copula_disowns(self, seg: _Segment, k: int, copula: str) -> bool:
        """True if the conjugated ``copula`` after « qui » has another number than the noun at
        ``k``: the relative's antecedent is then an earlier noun, which the attribute may agree with."""
        verb = finite_verb(copula)
        head = _head_at(seg, k, self.nouns)
        return verb is not None and head is not None and head[0].number is not None and verb.number != head[0].number

    def _coordinated_subject(self, seg: _Segment, k: int, c: int) -> bool:
        """« La fièvre et la toux sont fréquents », « les analyses de sang et les mesures
        répétées sont remboursés », « les prises de sang ou les biopsies sont mal tolérés »: a
        subject of noun phrases joined by « et » or « ou » (and commas before it), opening the
        clause, before a plural copula (see :meth:`_coordination`): the attribute takes the
        plural, feminine if every head noun is; after « ou », only where every head is of one
        gender (else it may agree with the nearer one).  No noun of a person or quantity.  True
        if the subject was such a coordination (judged here)."""
        words = seg.words
        found = self._coordination(seg, k)
        if found is None:
            return False
        heads, _start, joiners = found
        if found is _UNCLEAR:
            return True
        if "ou" in joiners and len({h.gender for h in heads}) != 1:
            return True  # « la fièvre ou le rhume est / sont… »: the nearer noun may rule
        if any(h.gender is None or h.number is None or h.person or words[h.index].low in _COLLECTIVE
               or words[h.index].low in _GROUPS for h in heads):
            return True
        verb = finite_verb(words[c].text) if words[c].low in COPULAS else None
        v = c
        while verb is None and v > k + 1:
            v -= 1
            verb = finite_verb(words[v].text) if words[v].low in MODALS | COPULAS | AVOIR else None
        # « ou » before a singular verb: the attribute agrees with one noun at a time, of the
        # heads' one gender (« l’échographie ou la radiographie est suffisant »).
        number = "s" if verb is not None and verb.number == "s" and "ou" in joiners else "p"
        if verb is None or verb.number != number:
            return True
        a = self._skip_adverbs(seg, c + 1)
        if a < len(words) and words[a].low == "été":
            a = self._skip_adverbs(seg, a + 1)
        if a >= len(words):
            return True
        reading = _attribute_ok(seg, a)
        if reading is None or _prenominal(seg, a, reading, self.nouns) or _distributed(seg, a):
            return True
        gender = "f" if all(h.gender == "f" for h in heads) else "m"
        if reading.allows(gender, number) or (number == "s" and reading.allows(gender, None)):
            return True
        subject = _Head(heads[-1].index, gender, number, False)
        target = _target(reading, subject)
        replacement = reinflect(words[a].text, reading, *target) if target is not None else None
        self.add(_finding(self.path, words[a].start, words[a].end, words[a].text, replacement, words[a].text,
                          words[heads[-1].index].text, replacement is not None),
                 words[heads[-1].index].start, words[a].end)
        return True

    def _coordination(self, seg: _Segment, k: int) -> tuple[list[_Head], int, list[str]] | None:
        """The noun phrases of a coordinated subject whose last noun is at ``k``, from the last
        back: their head nouns, where the first starts, and the joiners (« et » or « ou » last,
        commas before).  Each phrase is a determiner, its noun and adjectives, and may have
        one complement (« les analyses de sang », « la greffe de la moelle »), whose noun is
        not a head.  ``None`` when the phrase is no such coordination (one noun phrase, or
        one without a determiner), :data:`_UNCLEAR` when it is one whose heads are not clear:
        complements joined to each other (« le traitement de la fièvre et de la toux », « …
        de la fièvre et des frissons »), « et » and « ou » mixed, a phrase that does not open
        the clause."""
        words = seg.words
        heads: list[_Head] = []
        joiners: list[str] = []
        complemented = contracted = False
        i = k
        while True:
            phrase = self._coordinated_phrase(seg, i)
            # Commas alone join no subject (« …, leur hémophilie est »): not a coordination.
            unclear = _UNCLEAR if "et" in joiners or "ou" in joiners else None
            if phrase is None:
                return unclear
            head, start, complement = phrase
            complemented = complemented or complement
            contracted = contracted or seg.low(start) in ("du", "des")
            heads.append(head)
            before = seg.low(start - 1)
            if before in ("et", "ou", ","):
                joiners.append(before)
                # The previous noun phrase ends before the joiner, through adjectives after its noun.
                j = start - 2
                while j >= 0 and self.nouns.features(words[j].text) is None and _adjective_ok(seg, j) is not None:
                    j -= 1
                if j < 0:
                    return _UNCLEAR if before != "," or unclear else None
                i = j
                continue
            if start > 0 and (before not in _CLAUSE_STARTS or before == ","):
                return unclear
            if start == 0 and not self._opens_sentence(words[0]):
                return unclear
            break
        if len(heads) < 2:
            return None
        if joiners[0] not in ("et", "ou") or any(j != "," for j in joiners[1:]) or (complemented and contracted):
            return _UNCLEAR
        return heads, start, joiners

    def _coordinated_phrase(self, seg: _Segment, i: int) -> tuple[_Head, int, bool] | None:
        """The noun phrase whose last noun is at ``i``, in a coordinated subject: its head (the
        noun a complement « de … » at ``i`` hangs on, if any), where it starts, and whether it
        has a complement; ``None`` without a determiner or with adjectives that are not sure."""
        words = seg.words
        found = _head_at(seg, i, self.nouns, subject=True)
        if found is None:
            return None
        head, start = found
        complement = False
        before = seg.low(start - 1)
        if before in ("de", "d’", "d'") or (start < i and seg.low(start) in ("du", "des") and start > 0
                                            and self.nouns.features(words[start - 1].text) is not None):
            # « analyses de sang », « greffe de la moelle », « taux des plaquettes »: the noun
            # before the complement is the head, with a determiner of its own.
            j = start - 2 if before in ("de", "d’", "d'") else start - 1
            while j >= 0 and self.nouns.features(words[j].text) is None and _adjective_ok(seg, j) is not None:
                j -= 1
            if j < 0 or seg.low(j) in _COORDINATION:
                return None
            found = _head_at(seg, j, self.nouns, subject=True)
            if found is None:
                return None
            head, start = found
            i = j
            complement = True
        if start == i or determiner_features(words[start].text) is None:
            return None  # each noun phrase with its determiner
        if i - start > 1 and any(_adjective_ok(seg, j) is None for j in range(start + 1, i)):
            return None
        return head, start, complement

    def _pronoun_attribute(self, seg: _Segment, p: int, c: int) -> None:
        """« elles sont souvent sévère », « ils peuvent devenir grave »: the attribute of a
        subject pronoun, which gives its gender and number itself.  Only a pronoun that opens
        a clause (not « chacune d’entre elles est », « mon frère et elle sont »), before a
        verb of its own number (« il est nécessaire »: the impersonal « il » is masculine
        singular, as its attribute)."""
        words = seg.words
        # After « et », « ou » without a comma the pronoun may be the last of coordinated
        # subjects (« son frère et elles sont guéris »): only the plural is then sure.
        number_only = p > 1 and seg.low(p - 1) in ("et", "ou") and seg.low(p - 2) != "," \
            and seg.low(p) in ("ils", "elles")
        if p > 0 and not number_only and not (seg.low(p - 1) in _PRONOUN_CLAUSE_STARTS or (
                seg.low(p - 1) in ("et", "mais", "puis") and seg.low(p - 2) == ",")):
            return
        gender, number = _SUBJECT_PRONOUNS[seg.low(p)]
        v = p + 1
        while v < c and seg.low(v) in _VERB_CLITICS:
            v += 1
        verb = finite_verb(words[v].text) if v <= c else None
        if verb is None or verb.number != number:
            return
        a = self._skip_adverbs(seg, c + 1)
        if a < len(words) and words[a].low == "été" and words[c].low in COPULAS | {"être"}:
            a = self._skip_adverbs(seg, a + 1)
        if a >= len(words):
            return
        reading = _attribute_ok(seg, a)
        if reading is None or _prenominal(seg, a, reading, self.nouns) or words[a].low in _PARTICIPLES_AFTER_ETRE:
            return
        if words[a].low in _ADVERBIAL or words[a].low in ("tout", "toute", "tous", "toutes"):
            return
        if number_only and reading.allows(None, number):
            return  # « et elles sont guéris »: a masculine subject may be coordinated with « elles »
        if reading.allows(gender, number):
            head = _Head(p, gender, number, False)
            other = ("m" if gender == "f" else "f", "s" if number == "p" else "p")
            if not reading.allows(other[0], number) and not reading.allows(gender, other[1]):
                for j, coordinated in self._coordinated(seg, a):
                    if not coordinated.allows(gender, number):
                        self._pronoun_finding(seg, p, j, coordinated, head)
            return
        if _distributed(seg, a):
            return  # « elles sont française et anglaise »
        # After « et elles » the gender may be another subject's: the number is sure, not the fix.
        self._pronoun_finding(seg, p, a, reading, head=_Head(p, gender, number, False), safe=not number_only)

    def _pronoun_finding(self, seg: _Segment, p: int, a: int, reading: AdjectiveReading, head: _Head,
                         safe: bool = True) -> None:
        word = seg.words[a]
        target = _target(reading, head)
        replacement = reinflect(word.text, reading, *target) if target is not None else None
        self.add(_finding(self.path, word.start, word.end, word.text, replacement, word.text, seg.words[p].text,
                          safe and replacement is not None), seg.words[p].start, word.end)

    def _marked(self, seg: _Segment, k: int, a: int, reading: AdjectiveReading, attribute: bool) -> bool:
        """True if the word at ``a`` agrees with the head noun at ``k`` by a form of that
        gender and number only (« prélevées » with « les cellules »), the head's features being
        known: the writer agreed it, so what is coordinated with it must agree alike."""
        chain = _chain(seg, k, self.nouns, attribute)
        if chain is None:
            return False
        heads = chain[0]
        head = heads[-1] if attribute else heads[0]
        if attribute and not (chain[1] == 0 or seg.low(chain[1] - 1) in _CLAUSE_STARTS
                              or seg.words[chain[1]].text[:1].isupper()):
            return False
        if head.gender is None or head.number is None or head.person:
            return False
        other_gender = "m" if head.gender == "f" else "f"
        other_number = "s" if head.number == "p" else "p"
        return reading.allows(head.gender, head.number) and not reading.allows(other_gender, head.number) \
            and not reading.allows(head.gender, other_number)

    def _coordinated(self, seg: _Segment, a: int) -> list[tuple[int, AdjectiveReading]]:
        """The participles and adjectives coordinated after the one at ``a`` (« collectées,
        filtrées et conservés », « prélevées puis congelés »), each right after its « et »,
        « ou », « puis », « mais » or comma (and adverbs), none before a noun it would qualify."""
        found: list[tuple[int, AdjectiveReading]] = []
        j = a + 1
        while j < len(seg.words) and seg.low(j) in _COORDINATED:
            j += 1
            while j < len(seg.words) and seg.low(j) in _COORDINATED and seg.low(j) != ",":
                j += 1  # « et puis », « , puis »
            j = self._skip_adverbs(seg, j)
            if j >= len(seg.words):
                break
            reading = _attribute_ok(seg, j)
            if reading is None or _prenominal(seg, j, reading, self.nouns) or seg.words[j].low in _PARTICIPLES_AFTER_ETRE:
                break
            found.append((j, reading))
            j += 1
        return found

    def _judge_coordinated(self, seg: _Segment, k: int, a: int, attribute: bool) -> None:
        for j, reading in self._coordinated(seg, a):
            # The participle may qualify a noun before the head instead, after a comma
            # (« Anomalies des globules blancs, non classées ailleurs ») or coordinated with an
            # earlier participle (« les cellules sont prélevées dans la moelle osseuse puis
            # congelées »): silent if one agrees with it.
            if ("," in (w.low for w in seg.words[a + 1 : j]) or not attribute) and any(
                    e.cgram == lexicon.NOUN and reading.allows(e.gender, e.number)
                    for w in seg.words[:k] for e in lexicon.analyses(w.text)):
                continue
            self._judge(seg, k, j, reading, attribute=attribute)

    def _both_wrong(self, seg: _Segment, k: int, a: int) -> bool:
        """« les ganglions peuvent devenir gonflé et douloureux »: the first of two coordinated
        attributes does not agree with the subject's gender and number, and the second is not
        a singular of the same gender (each qualifying one of the things the subject counts)."""
        if a + 2 >= len(seg.words):
            return False
        chain = _chain(seg, k, self.nouns, attribute=True)
        if chain is None:
            return False
        head = chain[0][-1]
        if head.gender is None or head.number is None or head.person:
            return False
        second = _attribute_ok(seg, a + 2)
        first = _attribute_ok(seg, a)
        if first is None or second is None or first.allows(head.gender, head.number):
            return False
        # Distributed attributes are singular each (« inné et adaptatif »); a second one in the
        # subject's number, or in another gender too, shows that the first is wrong.
        return second.allows(head.gender, head.number) or not second.allows(head.gender, None)

    def _judge_relative(self, seg: _Segment, k: int, a: int, reading: AdjectiveReading) -> None:
        self._judge(seg, k, a, reading, attribute=False)

    @staticmethod
    def _example_of(seg: _Segment, start: int) -> bool:
        """True if the noun phrase starting at ``start`` follows « comme » (« such as ») after a
        word of the sentence: an example inside the subject, not the subject.  A « comme » that
        opens the sentence or a clause (« Comme la greffe est réussie ») is a conjunction."""
        return start >= 2 and seg.low(start - 1) == "comme" and seg.low(start - 2) not in _CLAUSE_STARTS

    @staticmethod
    def _adverb(word: str) -> bool:
        low = word.lower()
        if low in ("ne", "n’", "pas", "plus", "jamais", "point", "guère", "très", "si", "trop", "assez", "aussi", "mal", "non",
                   "bien", "peu", "moins", "tout", "toujours", "souvent", "parfois", "déjà", "encore"):
            return True
        readings = [e for e in lexicon.analyses(word) if e.freq >= 0.05]
        return bool(readings) and all(e.cgram == "ADV" for e in readings)

    def _skip_adverbs(self, seg: _Segment, a: int) -> int:
        """The first word from ``a`` on that is no adverb nor adverbial phrase (« en général »),
        an adverb whose other readings are ten times rarer included (« surtout »)."""
        while a < len(seg.words):
            if self._adverb(seg.words[a].text) or _mostly_adverb(seg.words[a].text):
                a += 1
                continue
            phrase = next((p for p in _ADVERBIAL_PHRASES
                           if all(seg.low(a + n) == w for n, w in enumerate(p))), None)
            if phrase is None:
                break
            a += len(phrase)
        return a

    def _skip_back(self, seg: _Segment, i: int) -> int:
        while i >= 0 and self._adverb(seg.words[i].text) and seg.low(i) not in ("tout",):
            i -= 1
        return i


def _health_stretch(text: str, terms: Sequence[Hit], starts: list[int], seg: _Segment) -> bool:
    """The stretch holds a medical term of the glossary: several words, or a word everyday
    French uses little (« infection », not « sortie »)."""
    lo, hi = seg.words[0].start, seg.words[-1].end
    inside = terms[bisect_left(starts, lo):bisect_left(starts, hi)]
    if not inside:
        return False
    return any(is_medical_term(text[h.start:h.end]) for h in inside)


def _stretches_with_terms(text: str, cuts: list[int], terms: Sequence[Hit], starts: list[int],
                          medical: "Callable[[int], bool]") -> Iterator[_Segment]:
    """The stretches of the paragraphs (cut at ``cuts``, the ends of blank lines) that may be
    judged, in order: a ``medical`` one, or one where a medical term starts (``terms``, by
    their ``starts``).  Any other paragraph is neither medical nor holds a health stretch:
    its words need not be read.  Most of a long document's paragraphs are so; reading only
    the others is most of this check's speed."""
    i, count = 0, len(starts)
    while i < count:
        paragraph = bisect_right(cuts, starts[i])
        lo, hi = (cuts[paragraph - 1] if paragraph else 0), (cuts[paragraph] if paragraph < len(cuts) else len(text))
        j = bisect_left(starts, hi, i)
        if medical(lo) or any(is_medical_term(text[h.start:h.end]) for h in terms[i:j]):
            yield from _segments(text, lo, hi)
        i = j


def agreement_findings(checker: "Checker", text: str, path: str, hits: Sequence[Hit],
                       covered: Sequence[tuple[int, int]], apostrophe: str) -> list[Finding]:
    """MG114 findings of ``text`` outside the spans ``covered`` by other findings, in the
    stretches of health writing: a paragraph (cut at blank lines) with three medical terms at
    least, as densely as :func:`medical_anchors` asks, or a stretch of words that holds one.  A
    manual's prose is not judged, and a file checked in chunks gets the same findings."""
    terms = [h for h in hits if any(e.kind == TERM for e in h.entries)]
    if not terms or not lexicon.available():  # a text without a term never opens the lexicon
        return []
    terms.sort(key=lambda h: h.start)
    starts = [h.start for h in terms]
    cuts = [m.end() for m in _BLANK_LINE.finditer(text)]
    judged: dict[int, bool] = {}

    def medical(position: int) -> bool:
        """The paragraph holds medical terms, as densely as the English check asks."""
        i = bisect_right(cuts, position)
        lo, hi = (cuts[i - 1] if i else 0), (cuts[i] if i < len(cuts) else len(text))
        if lo not in judged:
            # The paragraph's terms by bisection: a scan of all of them per paragraph was
            # quadratic in a catalog (39,000 paragraphs, 32 s of a 48k-entry PO's check).
            first, last = bisect_left(starts, lo), bisect_left(starts, hi)
            inside = [Hit(h.start - lo, h.end - lo, h.entries) for h in terms[first:last]]
            # Three medical terms at least: one rare word (« éliminer ») makes no health text.
            judged[lo] = len(medical_anchors(text[lo:hi], inside)) >= _MEDICAL_PARAGRAPH
        return judged[lo]

    detector = _Detector(text, path, _Nouns(checker.compiled), apostrophe)
    for seg in _stretches_with_terms(text, cuts, terms, starts, medical):
        if len(seg.words) < 2:
            continue
        if not (medical(seg.words[0].start) or _health_stretch(text, terms, starts, seg)):
            continue
        detector.determiners(seg)
        detector.adjectives(seg)
        detector.attributes(seg)
        detector.appositions(seg)
        detector.verbs(seg)
        paragraph = bisect_right(cuts, seg.words[0].start)
        detector.resumed_pronouns(seg, cuts[paragraph - 1] if paragraph else 0)
    spans = SpanSet(covered)
    found: dict[tuple[int, int], Finding] = {}
    for finding in sorted(detector.findings, key=lambda f: (f.offset, f.length)):
        if spans.overlaps(finding.offset, finding.end) or any(
                f.offset < finding.end and finding.offset < f.end for f in found.values()):
            continue
        found[(finding.offset, finding.length)] = finding
    return list(found.values())


__all__ = ["agreement_findings"]
