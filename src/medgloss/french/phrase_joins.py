"""How a replaced phrase joins the words around it: agreement before, contraction after.

A rule that replaces a preposition by a participle phrase (« les femmes avec une lupus » →
« atteintes d’un lupus ») or a property phrase by an adjective (« une urine avec une mauvaise
odeur » → « malodorante ») writes its replacement once, in the glossary, as « atteints de » or
« malodorant ».  In the sentence, the phrase's first word agrees with the noun it follows
(« les femmes atteintes », « une urine malodorante »), and the « de » or « à » it ends with
contracts with the article after it (« de le » → « du », « de les » → « des », « de des » → « de »,
« de un » → « d’un »; Grevisse, *Le Bon Usage*, § 580) or elides before a vowel (« d’asthme »).

This module computes those two joins from Lexique383 and the words of the sentence; it knows
nothing of rules or findings beyond the edits it returns.
"""

from __future__ import annotations

import re

from ..findings.model import Edit
from . import lexicon
from .inflect import starts_with_vowel_sound
from .nominal import adjective_forms

# « de » + article → what French writes (the partitive and indefinite plural « des » lose
# their article after « de »: « atteints de formes sévères »).
_DE = {"le": "du", "les": "des", "des": "de", "du": "du", "un": "d’un", "une": "d’une", "la": "de la", "l’": "de l’"}
_A = {"le": "au", "les": "aux"}
_ARTICLE_AFTER = re.compile(r"\s+(le|la|les|des|du|une?|l['’])(?=\s|(?<=['’]))", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+$")


def _agreement_of(word: str) -> tuple[str, str] | None:
    """Gender and number of a noun, or of an adjective that follows one (« âgées »), from
    Lexique383; a noun of either gender (« enfants », « malades ») is masculine."""
    for cgram in (lexicon.NOUN, lexicon.ADJ):
        read = lexicon.gender_number(word, cgram) or lexicon.gender_number(word.lower(), cgram)
        if read is not None and read[1] is not None:
            # Lexique lists some nouns of either gender under one (« malades »): a word that is
            # also an adjective of both genders in this spelling is epicene, hence masculine.
            genders = {e.gender for e in lexicon.analyses(word.lower()) if e.cgram == lexicon.ADJ}
            epicene = None in genders or genders >= {"m", "f"}
            return ("m" if epicene else read[0] or "m", read[1])
    return None


def _adjective_lemma(word: str) -> str | None:
    """The masculine singular of ``word`` if Lexique383 reads it as an adjective."""
    lemmas = {e.lemma for e in lexicon.analyses(word.lower()) if e.cgram == lexicon.ADJ}
    return lemmas.pop() if len(lemmas) == 1 else None


def agree_first_word(text: str, start: int, bounds: tuple[int, int], replacement: str) -> str:
    """``replacement`` with its first word, an adjective or participle, agreed with the noun
    (or adjective) right before ``start``; unchanged when either is not one."""
    first, space, rest = replacement.partition(" ")
    lemma = _adjective_lemma(first)
    before = _WORD_BEFORE.search(text, bounds[0], start)
    if lemma is None or before is None:
        return replacement
    features = _agreement_of(before.group(1))
    if features is None:
        return replacement
    agreed = adjective_forms(lemma).get(features)
    if agreed is None:
        return replacement
    if first[:1].isupper():
        agreed = agreed[:1].upper() + agreed[1:]
    return agreed + space + rest


def article_join(text: str, start: int, end: int, bounds: tuple[int, int], replacement: str,
                 apostrophe: str) -> list[Edit] | None:
    """The edits that put ``replacement`` over ``[start, end)`` when it ends with « de » or
    « à » and an article (or a word starting with a vowel, after « de ») follows: the
    preposition contracts with the article (« atteints de » + « le VIH » → « atteints du
    VIH »).  ``None``: no join, the replacement stands as it is."""
    head, _, preposition = replacement.rpartition(" ")
    if preposition.lower() not in ("de", "à") or not head:
        return None
    article = _ARTICLE_AFTER.match(text, end, bounds[1])
    if article is not None:
        word = article.group(1).lower().replace("'", "’")
        table = _DE if preposition.lower() == "de" else _A
        joined = table.get(word)
        if joined is None:
            return None  # « à la », « à un »: the preposition stays as written
        joined = joined.replace("’", apostrophe)
        return [Edit(start, end - start, head), Edit(article.start(1), article.end(1) - article.start(1), joined)]
    after = _WORD_AFTER.match(text, end, bounds[1])
    if preposition.lower() == "de" and after is not None and starts_with_vowel_sound(after.group(1)):
        # « atteints de asthme » → « atteints d’asthme »: the space goes with the elision.
        return [Edit(start, after.start(1) - start, f"{head} d{apostrophe}")]
    return None


__all__ = ["agree_first_word", "article_join"]
