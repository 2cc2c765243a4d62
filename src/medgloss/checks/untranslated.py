"""MG204: entries of a French catalog left in English.

An entry whose translation is its English source, or whose words are English rather than
French, was not translated (a copied msgid, a machine translation that gave up).  Many
interface words are the same in both languages (« Date », « Patient », « Total »,
« Description »), so an entry counts as English only when at least two of its words are
clearly English — much more frequent in English than in French (word frequencies of the
``wordfreq`` package, bundled data, nothing downloaded) — they make most of its words, and
none of its words is clearly French.

This module decides about one string; the bilingual check reports.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

# How much more frequent (Zipf scale: log10 of occurrences per billion words) a word must
# be in one language to count as a word of that language: 1.5 is a factor of about 30.
MARGIN = 1.5
MIN_ENGLISH_WORDS = 2
MIN_ENGLISH_SHARE = 0.6

_CODE = re.compile(r"%(?:\(\w+\))?[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]|\{[^}]*\}|<[^>]*>|&\w+;|https?://\S+|\S+@\S+")
_WORD = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=65536)
def _language_of(word: str) -> str:
    """``"en"``, ``"fr"`` or ``""`` (either, or neither) for one lowercase word."""
    english = zipf_frequency(word, "en")
    french = zipf_frequency(word, "fr")
    if english - french >= MARGIN:
        return "en"
    if french - english >= MARGIN:
        return "fr"
    return ""


def looks_english(target: str) -> bool:
    """True if the French target of an entry is English text."""
    words = [w.lower() for w in _WORD.findall(_CODE.sub(" ", target.replace("&", "")))]
    if len(words) < MIN_ENGLISH_WORDS:
        return False
    languages = [_language_of(w) for w in words]
    if "fr" in languages:
        return False
    english = languages.count("en")
    return english >= MIN_ENGLISH_WORDS and english / len(words) >= MIN_ENGLISH_SHARE


__all__ = ["looks_english"]
