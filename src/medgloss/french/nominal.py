"""Number and gender inflection of French nouns and adjectives.

Lexique383 (:mod:`medgloss.french.lexicon`) gives the form where it knows the word; the
regular formation below (with the closed lists of exceptions of every grammar: ``-al``,
``-ail``, ``-ou``) serves for the words it lacks, and anything neither can be sure of is given
in the glossary as an explicit form (``forms:``).
"""

from __future__ import annotations

import re

# Words that join a head to its complement: words after them do not agree with the head.
LINK_WORDS = frozenset(
    "de d' d’ du des en à au aux contre par pour sur sans avec dans chez entre sous l' l’ la le les et ou".split()
)

_AL_S = frozenset("bal carnaval chacal festival récital régal cal banal fatal final natal naval bancal chacal".split())
_AIL_AUX = {"bail": "baux", "corail": "coraux", "émail": "émaux", "soupirail": "soupiraux",
            "travail": "travaux", "vantail": "vantaux", "vitrail": "vitraux"}
_OU_X = frozenset("bijou caillou chou genou hibou joujou pou".split())
_EAU_S = frozenset("bleu pneu émeu landau sarrau".split())
_IRREGULAR_PLURAL = {"œil": "yeux", "ciel": "cieux", "aïeul": "aïeux", "monsieur": "messieurs",
                     "madame": "mesdames", "mademoiselle": "mesdemoiselles"}

_IRREGULAR_FEMININE = {
    "beau": "belle", "nouveau": "nouvelle", "vieux": "vieille", "fou": "folle", "mou": "molle",
    "blanc": "blanche", "franc": "franche", "sec": "sèche", "frais": "fraîche", "long": "longue",
    "faux": "fausse", "roux": "rousse", "doux": "douce", "bas": "basse", "gros": "grosse",
    "épais": "épaisse", "gentil": "gentille", "nul": "nulle", "favori": "favorite", "malin": "maligne",
    "bénin": "bénigne", "complet": "complète", "incomplet": "incomplète", "concret": "concrète",
    "discret": "discrète", "inquiet": "inquiète", "secret": "secrète", "grec": "grecque",
    "public": "publique", "caduc": "caduque", "turc": "turque", "aigu": "aiguë", "ambigu": "ambiguë",
    "exigu": "exiguë", "antérieur": "antérieure", "postérieur": "postérieure", "supérieur": "supérieure",
    "inférieur": "inférieure", "extérieur": "extérieure", "intérieur": "intérieure", "majeur": "majeure",
    "mineur": "mineure", "meilleur": "meilleure", "précurseur": "précurseure",
}

_FEMININE_SUFFIXES = (
    ("eux", "euse"), ("eur", "euse"), ("if", "ive"), ("ier", "ière"), ("er", "ère"), ("el", "elle"),
    ("eil", "eille"), ("ien", "ienne"), ("éen", "éenne"), ("on", "onne"), ("et", "ette"), ("ul", "ule"),
    ("é", "ée"), ("i", "ie"), ("u", "ue"),
)

_WORD = re.compile(r"[^\W\d_]", re.UNICODE)


def _is_inflectable(word: str) -> bool:
    """Lower-case words only: acronyms (HLA, NEMO) and numbers never inflect."""
    # Capitals (IgG, CSH, the B of « cellule B », the X of « rayon X ») never take a plural -s.
    return bool(_WORD.search(word)) and not word.isupper() and not any(c.isdigit() for c in word)


def pluralise_word(word: str) -> str:
    """Plural of one French noun or adjective."""
    if "-" in word:
        # Compounds of a prefix and a word (sous-cutané, auto-immun) inflect their last part;
        # those of two nouns inflect both (« enfant-bulle » → « enfants-bulles »).
        head, _, last = word.rpartition("-")
        if _two_nouns(head, last):
            return f"{pluralise_word(head)}-{pluralise_word(last)}"
        return f"{head}-{pluralise_word(last)}"
    if not _is_inflectable(word):
        return word
    known = _from_lexicon(word, None, "p")
    if known is not None:
        return known
    low = word.lower()
    if low in _IRREGULAR_PLURAL:
        return _match_case(word, _IRREGULAR_PLURAL[low])
    if low in _AIL_AUX:
        return _match_case(word, _AIL_AUX[low])
    if low.endswith(("s", "x", "z")):
        return word
    if low.endswith("al") and low not in _AL_S:
        return word[:-2] + "aux"
    if low.endswith(("eau", "au", "eu")) and low not in _EAU_S:
        return word + "x"
    if low in _OU_X:
        return word + "x"
    return word + "s"


# Nouns that are prefixes in a compound (« vice-président », « inter-orteils », « patch-test »).
_NOUN_PREFIXES = frozenset("vice inter intra extra super ultra hyper hypo anti auto contre semi demi ex non "
                           "quasi arrière avant après sous patch cross".split())


def _two_nouns(head: str, last: str) -> bool:
    """True if a hyphenated compound joins two nouns, each of which takes the plural (Grevisse,
    *Le Bon Usage*, § 527: « des enfants-bulles », « des cellules-souches »): both parts are
    nouns to Lexique383 and the first is never a verb (that of « porte-greffe » stays invariable), the
    first no combining form (« gastro- », « bêta- », « méta- »), prefix or name."""
    from . import lexicon

    if ("-" in head or len(head) < 4 or head.lower().endswith(("o", "a")) or not head.islower()
            or head.lower() in _NOUN_PREFIXES):
        return False
    for part in (head, last):
        readings = lexicon.analyses(part)
        if not readings or max(readings, key=lambda e: e.freq).cgram != lexicon.NOUN:
            return False
    return not any(e.cgram in (lexicon.VERB, lexicon.AUX) for e in lexicon.analyses(head))


def feminise_word(word: str) -> str:
    """Feminine of one French adjective (or of a noun of person, such as donneur)."""
    if "-" in word:
        head, _, last = word.rpartition("-")
        return f"{head}-{feminise_word(last)}"
    if not _is_inflectable(word):
        return word
    known = _from_lexicon(word, "f", None)
    if known is not None:
        return known
    low = word.lower()
    if low in _IRREGULAR_FEMININE:
        return _match_case(word, _IRREGULAR_FEMININE[low])
    if low.endswith("e") and not low.endswith("ée"):
        return word
    if low.endswith("ée"):
        return word
    if low.endswith("teur"):
        return word[:-4] + "trice"
    for suffix, replacement in _FEMININE_SUFFIXES:
        if low.endswith(suffix):
            return word[: len(word) - len(suffix)] + replacement
    if low.endswith("al"):
        return word + "e"
    return word + "e"


def _from_lexicon(word: str, gender: str | None, number: str | None) -> str | None:
    """``word`` (a masculine or singular form) put in ``gender`` / ``number`` by Lexique383:
    the plural keeps the word's gender, the feminine its number.  ``None`` when Lexique does
    not have that form of the word (rare adjectives are listed in one form only)."""
    from . import lexicon

    for entry in lexicon.analyses(word):
        if entry.cgram not in (lexicon.NOUN, lexicon.ADJ):
            continue
        if number == "p" and entry.number == "p":
            return None  # already plural (« taux », « fois »): as the rules would leave it
        if gender == "f" and entry.cgram == lexicon.ADJ and entry.gender == "f":
            return None
        wanted_gender = gender or entry.gender
        wanted_number = number or entry.number or "s"
        exact = [e for e in lexicon._lemma_rows(entry.lemma, entry.cgram)
                 if e.number == wanted_number and (wanted_gender is None or e.gender in (wanted_gender, None))]
        if not exact:
            return None
        form = max(exact, key=lambda e: e.freq).form
        # Lexique is Latin-1: it spells « œ » as « oe ».
        return _match_case(word, form.replace("oe", "œ") if "œ" in word.lower() else form)
    return None


def _match_case(model: str, word: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _split_head(phrase: str) -> tuple[list[str], list[str]]:
    """Split a noun phrase into the words that agree with its head and the complement."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        if i > 0 and (word.lower() in LINK_WORDS or word.lower().startswith(("d'", "d’", "l'", "l’"))):
            return words[:i], words[i:]
    return words, []


def pluralise(phrase: str) -> str:
    """Plural of a noun phrase: the head and the words that agree with it take the plural.

    >>> pluralise("cellule souche hématopoïétique")
    'cellules souches hématopoïétiques'
    >>> pluralise("greffe de moelle osseuse")
    'greffes de moelle osseuse'
    """
    head, rest = _split_head(phrase)
    return " ".join([w if _invariable(w) else pluralise_word(w) for w in head] + rest)


def feminise(phrase: str) -> str:
    """Feminine of an adjectival phrase (each agreeing word is put in the feminine)."""
    head, rest = _split_head(phrase)
    return " ".join([w if _invariable(w) else feminise_word(w) for w in head] + rest)


# Adverbs inside an adjectival phrase never agree (« non apparentés », « sexuellement liée »,
# « très actives »): « non » and its like, and the adverbs of manner made from an adjective in
# -uel, -iel, -nnel, -ique, -if (no French noun ends so; « renouvellement », « signalement »
# are nouns, and their endings are left out).
_INVARIABLE_WORDS = frozenset("non très peu trop".split())
_ADVERB_ENDINGS = ("uellement", "iellement", "nnellement", "iquement", "ivement")


def _invariable(word: str) -> bool:
    low = word.lower()
    return low in _INVARIABLE_WORDS or low.endswith(_ADVERB_ENDINGS)


def adjective_forms(lemma: str) -> dict[tuple[str, str], str]:
    """The four forms of an adjective, keyed by (gender, number)."""
    fem = feminise(lemma)
    return {("m", "s"): lemma, ("f", "s"): fem, ("m", "p"): pluralise(lemma), ("f", "p"): pluralise(fem)}
