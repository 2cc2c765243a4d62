"""Words that are English and not French: for finding English left in French prose.

A word is English-only when Lexique383 does not have it (or has it below 0.5 per million), wordfreq finds it common in English
(Zipf ≥ 3) and much rarer in French (at most 3.5, and 1.5 below its English frequency), so
loanwords French uses (« stress », « week-end », « e-mail », « check-up ») are not in it.
The set is built once from wordfreq's English list and kept in medgloss's cache folder; at
check time it is a set lookup.  Frequencies come from :mod:`medgloss.french.word_frequencies`
(wordfreq's values from a compact cached table: wordfreq's own dicts would hold 70 MiB).

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

from ..cache.codec import Codec
from ..cache.store import cached_value, source_digest
from .lexicon_words import lexicon
from .word_frequencies import zipf_frequency

_LIST_SIZE = 60000
MIN_ENGLISH = 3.0
MAX_FRENCH = 3.5
MARGIN = 1.5
# A word alone (no other English word beside it) must be clearly English: absent from
# Lexique, common in English, rare in French.
STRONG_ENGLISH = 3.0
STRONG_FRENCH = 2.5


@lru_cache(maxsize=1)
def _has_wordfreq() -> bool:
    # Once per process: wordfreq is not imported on the common path, so each find_spec was a
    # search of sys.path (a quarter of MG204's time on a 48k-entry catalog).
    return importlib.util.find_spec("wordfreq") is not None


@lru_cache(maxsize=65536)
def word_language(word: str) -> str:
    """``"en"``, ``"fr"`` or ``""`` (either, or neither) for one lower-case word, by wordfreq:
    a word is of the language where it is :data:`MARGIN` (Zipf, a factor of about 30) more
    frequent.  The one « is this English? » test of medgloss: catalog entries (MG204) use it
    as it is; prose (MG111, :func:`build_english_only`) also asks Lexique383 and a minimum
    English frequency, since one word of a sentence needs more evidence than a short entry."""
    if not _has_wordfreq():
        return ""
    english, french = zipf_frequency(word, "en"), zipf_frequency(word, "fr")
    if english - french >= MARGIN:
        return "en"
    if french - english >= MARGIN:
        return "fr"
    return ""


def build_english_only() -> frozenset[str]:
    """The English-only words (lower case), or an empty set without wordfreq or Lexique; the
    clearest are also present with a leading ``+`` (see :func:`is_strongly_english`)."""
    if importlib.util.find_spec("wordfreq") is None:
        return frozenset()
    from wordfreq import top_n_list

    lex = lexicon()
    if not lex.spelt:
        return frozenset()
    found = set()
    for word in top_n_list("en", _LIST_SIZE):
        if len(word) < 3 or not word.replace("-", "").isalpha() or not word.isascii():
            continue
        if lex.has_spelling(word) and lex.freq(word) >= 0.5:
            continue  # French, or a loanword French uses (Lexique's rarest forms are English)
        english, french = zipf_frequency(word, "en"), zipf_frequency(word, "fr")
        if english >= MIN_ENGLISH and french <= MAX_FRENCH and word_language(word) == "en":
            found.add(word)
            if english >= STRONG_ENGLISH and french <= STRONG_FRENCH and not lex.has_spelling(word) and len(word) >= 5:
                found.add("+" + word)  # marks a word clear enough to be reported alone
    return frozenset(found)


def is_strongly_english(word: str) -> bool:
    """True if ``word`` alone, in French prose, is certainly English (« caregiver », « screening »)."""
    return "+" + word in english_only()


@lru_cache(maxsize=1)
def english_only() -> frozenset[str]:
    """:func:`build_english_only`, from medgloss's cache folder when it was built before."""
    digest = source_digest(["french/english_words.py", "french/lexicon_words.py", "french/word_frequencies.py", "cache/codec.py"])
    spec = importlib.util.find_spec("wordfreq")
    digest.update(str(spec.origin if spec else None).encode())
    name = f"english-only-{digest.hexdigest()[:16]}.msgpack"
    return cached_value(name, Codec([]), build_english_only, frozenset)


@lru_cache(maxsize=4096)
def english_frequency(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in English (0 without wordfreq): how common it is."""
    return zipf_frequency(word, "en")


@lru_cache(maxsize=4096)
def french_frequency(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in French (0 without wordfreq)."""
    return zipf_frequency(word, "fr")
