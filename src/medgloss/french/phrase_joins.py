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
from .nominal import adjective_forms, pluralise_word

# « de » + article → what French writes (the partitive and indefinite plural « des » lose
# their article after « de »: « atteints de formes sévères »).
_DE = {"le": "du", "les": "des", "des": "de", "du": "du", "un": "d’un", "une": "d’une", "la": "de la", "l’": "de l’"}
_A = {"le": "au", "les": "aux"}
_ARTICLE_AFTER = re.compile(r"\s+(le|la|les|des|du|une?|l['’])(?=\s|(?<=['’]))", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+$")


def _features_before(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Gender and number of the noun phrase ending at ``end``, from Lexique383: its noun, or
    an adjective after it that shows its gender (« âgées »; an adjective of either gender,
    « liquides », passes on to the noun before it).  A noun of either gender (« enfants »,
    « malades ») is masculine; one spelt alike in both numbers (« toux ») takes its
    determiner's."""
    position, number = end, None
    for _ in range(3):
        word = _WORD_BEFORE.search(text, start, position)
        if word is None:
            return None
        form = word.group(1)
        noun = lexicon.gender_number(form, lexicon.NOUN) or lexicon.gender_number(form.lower(), lexicon.NOUN)
        adjective = lexicon.gender_number(form.lower(), lexicon.ADJ)
        previous = _WORD_BEFORE.search(text, start, word.start())
        # « selles liquides »: a word of both classes after a noun is that noun's adjective.
        after_noun = previous is not None and lexicon.gender_number(previous.group(1).lower(), lexicon.NOUN) is not None
        if noun is not None and not (adjective is not None and after_noun):
            # Lexique lists some nouns of either gender under one (« malades »): a word that is
            # also an adjective of both genders in this spelling is epicene, hence masculine.
            genders = {e.gender for e in lexicon.analyses(form.lower()) if e.cgram == lexicon.ADJ}
            gender = "m" if None in genders or genders >= {"m", "f"} else noun[0] or "m"
            number = noun[1] or number
            if number is None:
                determiner = _WORD_BEFORE.search(text, start, word.start())
                number = _DETERMINER_NUMBER.get(determiner.group(1).lower()) if determiner else None
            return (gender, number) if number else None
        if adjective is None:
            return None
        number = number or adjective[1]
        if adjective[0] is not None and number is not None:
            return (adjective[0], number)
        position = word.start()
    return None


_DETERMINER_NUMBER = {**dict.fromkeys("un une le la cette ce cet mon ma ton ta son sa votre notre leur".split(), "s"),
                      **dict.fromkeys("les des ces mes tes ses vos nos leurs quelques plusieurs".split(), "p")}


def _adjective_lemma(word: str) -> str | None:
    """The masculine singular of ``word`` if Lexique383 reads it as an adjective."""
    lemmas = {e.lemma for e in lexicon.analyses(word.lower()) if e.cgram == lexicon.ADJ}
    return lemmas.pop() if len(lemmas) == 1 else None


def agree_first_word(text: str, start: int, bounds: tuple[int, int], replacement: str) -> str:
    """``replacement`` with its first word, an adjective or participle, agreed with the noun
    (or adjective) right before ``start``; unchanged when either is not one."""
    first, space, rest = replacement.partition(" ")
    lemma = _adjective_lemma(first)
    features = _features_before(text, bounds[0], start) if lemma is not None else None
    if lemma is None or features is None:
        return replacement
    gender, number = features
    agreed = adjective_forms(lemma).get((gender, number))
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
    if preposition.lower() not in ("de", "à"):
        return None
    if not head:
        # « de » alone (« des importantes doses » → « d’importantes doses »): only its elision.
        after = _WORD_AFTER.match(text, end, bounds[1])
        if preposition.lower() == "de" and after is not None and starts_with_vowel_sound(after.group(1)):
            return [Edit(start, after.start(1) - start, f"{preposition[0]}{apostrophe}")]
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


def plural_after(text: str, end: int, bounds: tuple[int, int]) -> list[Edit]:
    """After a replacement that ends with « des » (« recevoir des »), the edits that put the
    noun following ``end`` and the adjectives after it in the plural (« des immunoglobuline
    intraveineuse » → « immunoglobulines intraveineuses »); none for an acronym (« IgIV »)
    or a word already plural."""
    edits: list[Edit] = []
    position = end
    for index in range(4):
        word = _WORD_AFTER.match(text, position, bounds[1])
        if word is None or not word.group(1).islower():
            break
        form = word.group(1)
        readings = [e for e in lexicon.analyses(form) if e.cgram in (lexicon.NOUN, lexicon.ADJ)]
        if index and (not readings or max(lexicon.analyses(form), key=lambda e: e.freq).cgram != lexicon.ADJ):
            break  # the noun phrase ends: « immunoglobulines par voie… », « … pendant sept jours »
        if readings and all(e.number == "p" for e in readings):
            break
        plural = pluralise_word(form)
        if plural != form:
            edits.append(Edit(word.start(1), len(form), plural))
        position = word.end(1)
    return edits


__all__ = ["agree_first_word", "article_join", "plural_after"]
