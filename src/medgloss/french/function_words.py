"""The closed classes of French words that a tool glues to the next word, and what each may precede.

Machine translation and copy-paste lose the space or the apostrophe after a short function
word (« unenzyme », « lesanticorps », « lorganisme », « quil », « il ya »).  Whether a token
is such a fusion depends on the grammar of its first part: an elided form comes only before a
vowel or a mute h, « le », « la », « du », « au » and « de » never come before a vowel (French
elides or contracts them there), a plural determiner comes before a plural.  This module holds
those facts, as tables of the language, and the one question they answer
(:func:`may_precede`).

It also holds the endings of derivation that are words by themselves (:data:`SUFFIX_WORDS`),
for telling a word split before its ending (« traite ment ») from two words.

It knows French grammar only: never the glossary, Lexique383 or the checks.  It lists no
content word: which word may follow is decided by the lexicon, by the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœh")

# Elided forms, written with an apostrophe before a vowel or a mute h.
ELIDED = frozenset("l d qu n s j m t c lorsqu puisqu jusqu quoiqu".split())

# Determiners: before a noun or an adjective.  Plural ones before a plural form (in -s, -x, -z).
SINGULAR_DETERMINERS = frozenset("le la un une du au ce cet cette sa son ma mon ta ton leur notre votre chaque".split())
PLURAL_DETERMINERS = frozenset("les des aux ces ses mes tes leurs nos vos plusieurs".split())
# Prepositions and conjunctions glued before any word.  « en », « sur », « sous », « contre »,
# « entre », « par » are left out: they are prefixes too, and prefix + word is a derivation that
# the lexicon may lack (« surinfection », « sousdosage » is no better than « surdosage »).
PREPOSITIONS = frozenset("de à dans pour avec sans chez vers après avant depuis pendant selon".split())
CONJUNCTIONS = frozenset("et ou mais donc car que qui si comme quand lorsque puisque dont".split())
# Subject pronouns, glued before their verb (« ilest »).
PRONOUNS = frozenset("il elle ils elles on nous vous".split())
# Every closed-class word of these tables and the prepositions that are prefixes too: a word
# that starts a split of two words (« de main », « en fin », « sur tout ») is a function word.
FUNCTION_WORDS = (ELIDED | SINGULAR_DETERMINERS | PLURAL_DETERMINERS | PREPOSITIONS | CONJUNCTIONS | PRONOUNS
                  | frozenset("en sur sous contre entre par ne se me te je ni pas plus bien tout très non".split()))

# Before a vowel these forms do not occur: French writes l’, d’, de l’, à l’, cet, s’il, qu’.
NOT_BEFORE_VOWEL = frozenset("le la du au de ce sa ma ta que si".split())
ONLY_BEFORE_VOWEL = frozenset({"cet"})

# The determiners and pronouns that may follow a preposition or a conjunction inside a fused
# token (« etla », « dansla », « pourles »).
FOLLOWERS = frozenset("le la les un une des du au aux ce ces cette cet son sa ses leur leurs il ils elle elles on".split())

# The short words (three letters at most) that may follow each elided form: its grammar, not a
# list of nouns (« lun », « dun », « quil », « ny », « cest », « jai »; « s’an », « d’as » are no
# French).  A longer word after an elided form is judged by the lexicon.
_AFTER_QU = "il ils elle on un une en y au aux à".split()
AFTER_ELIDED: dict[str, frozenset[str]] = {
    "l": frozenset("un une on en y".split()),
    "d": frozenset("un une en y eux où ici".split()),
    "n": frozenset("y en a ai as ont est es eut".split()),
    "s": frozenset("il ils en y est".split()),
    "j": frozenset("ai en y".split()),
    "m": frozenset("en y a ai as est".split()),
    "t": frozenset("en y a ai as est".split()),
    "c": frozenset("en est".split()),
    **{w: frozenset(_AFTER_QU) for w in ("qu", "lorsqu", "puisqu", "quoiqu", "jusqu")},
}
# The elided pronouns, before a verb only (not before a noun: « n’euro » is no French).
VERBAL_ELIDED = frozenset("n s j m t".split())

# The forms of « avoir » that « il y » takes (« il ya » for « il y a », « il yavait »).
AVOIR_AFTER_Y = frozenset("a avait aura aurait ait eut".split())

# Endings of derivation that are words by themselves (« ment », « aire », « eux »): a word cut
# before one leaves two words (« traite ment », « immuni taire » has a non-word anyway), and
# the split is told from two real words by the ending, not by the lexicon.
SUFFIX_WORDS = frozenset("ment ments aire aires eux euse elle elles ion ions ose oses ère ères ite".split())


@dataclass(frozen=True)
class Glue:
    """A function word that may start a fused token, and its class."""

    word: str
    kind: str  # "elided", "determiner", "plural", "preposition", "conjunction", "pronoun"


def _glues() -> tuple[Glue, ...]:
    found = [Glue(w, "elided") for w in ELIDED]
    found += [Glue(w, "determiner") for w in SINGULAR_DETERMINERS]
    found += [Glue(w, "plural") for w in PLURAL_DETERMINERS]
    found += [Glue(w, "preposition") for w in PREPOSITIONS]
    found += [Glue(w, "conjunction") for w in CONJUNCTIONS]
    found += [Glue(w, "pronoun") for w in PRONOUNS]
    # Longest first: « lorsqu » before « l », « une » before « un ».
    return tuple(sorted(found, key=lambda g: -len(g.word)))


GLUES = _glues()


def may_precede(glue: Glue, rest: str) -> bool:
    """True if French may write ``glue.word`` before the word ``rest`` (lower case, accents kept),
    by the form alone: elision before a vowel, no « le »/« du »/« de » before one, a plural
    determiner before a plural."""
    if not rest:
        return False
    initial_vowel = rest[0] in VOWELS
    if glue.kind == "elided":
        if glue.word == "c":
            return rest[0] in "eé"  # c’est, c’était
        return initial_vowel
    if glue.word in ONLY_BEFORE_VOWEL:
        return initial_vowel
    # A mute or aspirated h: « la hanche », « l’hôpital » — only the vowels decide.
    if glue.word in NOT_BEFORE_VOWEL and initial_vowel and rest[0] != "h":
        return False
    if glue.kind == "plural":
        return rest[-1] in "sxz"
    return True


def looks_plural(word: str, is_lemma: "Callable[[str], bool]") -> bool:
    """True if ``word`` is the plural in -s or -x of a lemma (« aires »; not « corps », « virus »)."""
    return word[-1] in "sx" and is_lemma(word[:-1])


def elided_surface(glue: Glue) -> str:
    """How ``glue`` is written before the next word: with the typographic apostrophe when elided."""
    return glue.word + "’" if glue.kind == "elided" else glue.word + " "
