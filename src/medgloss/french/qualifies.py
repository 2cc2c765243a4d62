"""Does this adjective qualify this noun?  Read from the words around the adjective.

A wrong adjective–noun collocation (« des saignements lourds », « une douleur terne », « ses
règles sont devenues plus lourdes ») is an adjective and the noun it qualifies: the noun right
after it (« de lourds saignements »), the noun before it with only adverbs between (« des
saignements très lourds »), or the subject of « être », « devenir », « rester », « sembler »
whose attribute it is (« les règles sont devenues plus lourdes », « décrit ses règles comme
étant lourdes »).  Any other word between them (a verb, a preposition, another noun) makes the
adjective qualify something else (« le traitement de la douleur est lourd »), and the answer is
no: precision first.  The adjective must also agree with the noun in gender and number where
Lexique383 says what each can be (« la douleur » and « lourd » do not agree: « lourd » goes
with another noun).

Callers give the raw text of the clause before and after the adjective; the noun forms are
folded as :mod:`medgloss.text.fold` folds a sentence.  This module knows French word order
only: never the glossary or the checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text.fold import fold
from . import lexicon
from .agreement_lexicon import adjective_reading

_WORD = re.compile(r"\w+(?:[-‐]\w+)*")

# Words that may stand between a noun and the adjective qualifying it (folded): degree adverbs,
# the copulas and their auxiliaries, negations; any word in « -ment » counts as an adverb.
_BETWEEN = frozenset(
    "tres trop plus moins assez si aussi bien peu tout toute toutes tellement vraiment souvent parfois vite "
    "toujours encore deja ne n pas jamais etre est sont etait etaient sera seront serait seraient soit soient "
    "ete fut etant a ont avait avaient devenu devenue devenus devenues devient deviennent devenir reste "
    "restent rester reste restee restes restees semble semblent sembler parait paraissent paraitre peut "
    "peuvent pourrait pourraient doit doivent comme".split()
)
# Allowed only before the word given: « décrit comme étant lourd », « a été lourd » (« à » folds
# to « a », and « une douleur à type de brûlure » is no attribute).
_AUXILIARY_NEXT = frozenset("ete jamais pas toujours deja souvent".split())
_ONLY_BEFORE = {"comme": frozenset({"etant"}), "a": _AUXILIARY_NEXT, "ont": _AUXILIARY_NEXT,
                "avait": _AUXILIARY_NEXT, "avaient": _AUXILIARY_NEXT}
_MAX_WORDS = 6


def _tokens(raw: str) -> list[tuple[str, str]]:
    """(folded, raw) pairs of the words of ``raw``; a hyphenated word folds to several."""
    pairs: list[tuple[str, str]] = []
    for match in _WORD.finditer(raw):
        for piece in fold(match.group()).key.split():
            pairs.append((piece, match.group()))
    return pairs


def _features(word: str, noun: bool) -> set[tuple[str | None, str | None]]:
    readings = lexicon.analyses(word)
    if noun:
        return {(e.gender, e.number) for e in readings if e.cgram == lexicon.NOUN}
    return {(e.gender, e.number) for e in readings if e.cgram == lexicon.ADJ or e.is_past_participle}


def agree(adjective: str, noun: str) -> bool:
    """True unless Lexique383 reads both words and no reading of the adjective can agree with a
    reading of the noun (silence, not a guess, where it does not know one)."""
    if not lexicon.available():
        return True
    adjective_features, noun_features = _features(adjective, False), _features(noun, True)
    if not adjective_features or not noun_features:
        return True
    return any(_compatible(a, n) for a in adjective_features for n in noun_features)


def _form_at(words: list[str], start: int, forms: tuple[str, ...]) -> bool:
    joined = " ".join(words[start : start + _MAX_WORDS]) + " "
    return any(joined.startswith(form + " ") for form in forms)


def _form_ending(words: list[str], end: int, forms: tuple[str, ...]) -> int | None:
    """Index of the first word of a form of ``forms`` that ends at ``words[end - 1]``."""
    joined = " " + " ".join(words[max(0, end - _MAX_WORDS) : end])
    for form in sorted(forms, key=len, reverse=True):
        if joined.endswith(" " + form):
            return end - form.count(" ") - 1
    return None


def noun_after(adjective: str, after: str, forms: Iterable[str]) -> str | None:
    """The noun (as written) if the clause ``after`` the adjective opens with a noun of
    ``forms`` that agrees with it (« de lourds saignements »), else ``None``."""
    tokens = _tokens(after)
    words = [w for w, _raw in tokens]
    if tokens and _form_at(words, 0, tuple(forms)) and agree(adjective, tokens[0][1]):
        return tokens[0][1]
    return None


# Determiners whose number is certain, for a noun spelt alike in both (« les cas », « un cas »).
_PLURAL_DETERMINERS = frozenset("les des ces mes tes ses nos vos leurs plusieurs quelques certains certaines "
                                "aux deux trois".split())
_SINGULAR_DETERMINERS = frozenset("le la l un une ce cet cette mon ma ton ta son sa notre votre leur du au "
                                  "chaque".split())


def noun_before(adjective: str, before: str, forms: Iterable[str], window: int) -> str | None:
    """The noun (as written) if the clause ``before`` the adjective ends with a noun of
    ``forms`` that agrees with it, with at most ``window`` adverbs, copulas or negations between
    (« des saignements très lourds », « les règles sont devenues plus lourdes »), else ``None``.
    The first word of a form of several is its head (« maux de tête »)."""
    forms = tuple(forms)
    tokens = _tokens(before)
    words = [w for w, _raw in tokens]
    end = len(words)
    for k in range(min(window, end) + 1):
        if k:
            word = words[end - k]
            if word not in _BETWEEN and not (len(word) > 5 and word.endswith("ment")) and \
                    not _other_epithet(tokens[end - k][1], adjective):
                return None
            if word in _ONLY_BEFORE and (k == 1 or words[end - k + 1] not in _ONLY_BEFORE[word]):
                return None
        start = _form_ending(words, end - k, forms)
        if start is not None:
            if not agree(adjective, tokens[start][1]):
                return None
            # « les cas doux »: the determiner gives the number Lexique leaves open.
            return tokens[start][1] if start == 0 else f"{words[start - 1]} {tokens[start][1]}"
    return None


def _other_epithet(word: str, adjective: str) -> bool:
    """« et », « ou », or another adjective in the same gender and number as ``adjective``
    (« des saignements vaginaux lourds », « des saignements abondants et lourds »), as Lexique383
    reads it: the noun is then qualified by both.  Without Lexique, no adjective counts."""
    if word in ("et", "ou"):
        return True
    if not lexicon.available() or adjective_reading(word) is None:
        return False
    mine, other = _features(adjective, False), _features(word, False)
    return any(_compatible(a, b) for a in mine for b in other)


def _compatible(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    return all(x is None or y is None or x == y for x, y in zip(a, b))


def noun_features(noun: str) -> tuple[str | None, str | None] | None:
    """The gender and number of ``noun`` (as :func:`noun_before` or :func:`noun_after` return
    it, maybe after its determiner) as Lexique383 reads it, the number from the determiner when
    Lexique leaves it open (« les cas »); ``None`` where Lexique does not know the noun."""
    determiner, _, word = noun.rpartition(" ")
    features = lexicon.gender_number(word) if lexicon.available() else None
    if features is None or features[1] is not None:
        return features
    number = "p" if determiner in _PLURAL_DETERMINERS else "s" if determiner in _SINGULAR_DETERMINERS else None
    return (features[0], number)


__all__ = ["agree", "noun_after", "noun_before", "noun_features"]
