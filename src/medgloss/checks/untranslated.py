"""MG204: entries of a French catalog left in English.

An entry whose translation is its English source, or whose words are English rather than
French, was not translated (a copied msgid, a machine translation that gave up).  Many
interface words are the same in both languages (« Date », « Patient », « Total »,
« Description »), so an entry counts as English only when at least two of its words are
clearly English — much more frequent in English than in French, by the test that English
words in prose use too (:func:`medgloss.french.english_words.word_language`, wordfreq's bundled
data, nothing downloaded) — they make most of its words, and none of its words is clearly French.

This module decides about one string; the bilingual check reports.
"""

from __future__ import annotations

import re

from ..french.english_words import word_language as _language_of

MIN_ENGLISH_WORDS = 2
MIN_ENGLISH_SHARE = 0.6

_CODE = re.compile(r"%(?:\(\w+\))?[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]|\{[^}]*\}|<[^>]*>|&\w+;|https?://\S+|\S+@\S+")
_WORD = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)?")


def _elided(word: str) -> bool:
    return "'" in word or "’" in word


# Without « % », « { », « < », « @ » or « http », no alternative of _CODE can match (« & » is removed
# first): most entries have none of them, and the pattern's last alternative (« \S+@\S+ ») was
# tried from every character of the others.  Without an apostrophe, the words need no sort.
def looks_english(target: str) -> bool:
    """True if the French target of an entry is English text."""
    target = target.replace("&", "")
    if "%" in target or "{" in target or "<" in target or "@" in target or "http" in target:
        target = _CODE.sub(" ", target)
    words = [w.lower() for w in _WORD.findall(target)]
    if len(words) < MIN_ENGLISH_WORDS:
        return False
    # Word by word, stopping as soon as the answer is known (a French word, or too few words
    # left to reach the English count or share): a French entry usually settles it with its
    # first word, and the words never asked about cost no frequency lookup.  The answer is
    # that of judging every word.
    # Words with an apostrophe last: only wordfreq's own tokenizer (an import of 70 ms) cuts
    # them, and the other words usually decide first.  The order changes no answer.
    if "'" in target or "’" in target:
        words.sort(key=_elided)
    total, english = len(words), 0
    for index, word in enumerate(words):
        language = _language_of(word)
        if language == "fr":
            return False
        if language == "en":
            english += 1
        reachable = english + total - index - 1
        if reachable < MIN_ENGLISH_WORDS or reachable / total < MIN_ENGLISH_SHARE:
            return False
    return english >= MIN_ENGLISH_WORDS and english / total >= MIN_ENGLISH_SHARE


__all__ = ["looks_english"]
