"""wordfreq's Zipf frequencies of English and French words, from a compact table in the cache.

Asked about one word, wordfreq turns its whole list for the language into a dict of 300,000
words to floats: 35 MiB a language, 70 MiB of a large check's peak, for a few thousand
look-ups.  Its data are quantised (a word's frequency is one of 800 centibel bins), so the
same answers fit in a table per language: the words as UTF-8, sorted and concatenated, with a
32-bit offset and a 16-bit bin per word (under 5 MB), built once from the installed wordfreq
and kept in medgloss's cache folder (in memory for the process when caching is off).  A
look-up is a bisection over it.

:func:`zipf_frequency` gives exactly wordfreq's ``zipf_frequency(word, lang)`` (tested on a
sample of both lists and of awkward words): it combines the tokens of a phrase and the bins of
digit sequences by wordfreq's own formula, on the tokens of wordfreq's own tokenizer.  A word
of Latin letters and hyphens (nearly every word the checks ask about) is tokenised here, in
lower case and cut at its hyphens, which is what that tokenizer makes of such a word; only
other strings (apostrophes, digits, other scripts) import it, and never its word lists.

It knows word frequencies only: what counts as English or French is decided by its callers
(:mod:`medgloss.french.english_words`).
"""

from __future__ import annotations

import importlib.util
import math
import os
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path

from ..cache.codec import Codec
from ..cache.store import cached_value, source_digest

LANGUAGES = ("en", "fr")

# Letters whose lower case is their case fold and which NFC leaves alone (no ß: it folds to
# « ss »), in runs joined by hyphens: wordfreq's tokenizer cuts such a word at each hyphen and
# nowhere else (tests/test_word_frequencies.py compares the two).
_PLAIN = re.compile(r"[A-Za-zÀ-ÖØ-Þà-öø-ÿŒœ]+(?:-[A-Za-zÀ-ÖØ-Þà-öø-ÿŒœ]+)*")

# wordfreq.zipf_to_freq(0.0), the default minimum of its zipf_frequency (written as wordfreq
# computes it, so that the float is the same).
_MINIMUM = 10**0.0 / 1e9


class _Table:
    """One language's words (sorted UTF-8, concatenated) with their offsets and bins."""

    __slots__ = ("words", "offsets", "bins", "size")

    def __init__(self, words: bytes, offsets: bytes, bins: bytes) -> None:
        self.words = words
        # Views, not copies: the table stays the bytes it was read as.
        self.offsets = memoryview(offsets).cast("I")
        self.bins = memoryview(bins).cast("H")
        self.size = len(self.bins)
        if len(self.offsets) != self.size + 1 or (self.size and self.offsets[-1] != len(words)):
            raise ValueError("inconsistent word frequency table")

    def bin(self, token: str) -> int | None:
        """The centibel bin of ``token`` (its frequency is 10 ** (-bin / 100)), or ``None``."""
        key = token.encode("utf-8", "surrogatepass")
        words, offsets = self.words, self.offsets
        lo, hi = 0, self.size
        while lo < hi:
            mid = (lo + hi) // 2
            if words[offsets[mid] : offsets[mid + 1]] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < self.size and words[offsets[lo] : offsets[lo + 1]] == key:
            return self.bins[lo]
        return None


def _empty() -> _Table:
    return _Table(b"", array("I", [0]).tobytes(), b"")


def build_table(lang: str) -> tuple[bytes, bytes, bytes]:
    """The table of ``lang`` from the installed wordfreq: (words, offsets, bins) as bytes."""
    from wordfreq import get_frequency_list

    bins: dict[bytes, int] = {}
    for index, bucket in enumerate(get_frequency_list(lang)):
        for token in bucket:
            bins[token.encode("utf-8", "surrogatepass")] = index  # a later bin wins, as in wordfreq's dict
    ordered = sorted(bins)
    offsets = array("I", [0])
    total = 0
    for word in ordered:
        total += len(word)
        offsets.append(total)
    return b"".join(ordered), offsets.tobytes(), array("H", (bins[w] for w in ordered)).tobytes()


def _data_stamp(lang: str) -> bytes:
    """What identifies the installed wordfreq's lists of ``lang``: a new wordfreq, a new table."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return b"none"
    data = Path(list(spec.submodule_search_locations)[0]) / "data"
    stamp = [str(data)]
    for size in ("large", "small"):
        try:
            info = os.stat(data / f"{size}_{lang}.msgpack.gz")
        except OSError:
            continue
        stamp.append(f"{size}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(stamp).encode("utf-8", "surrogateescape")


@lru_cache(maxsize=None)
def _table(lang: str) -> _Table:
    if importlib.util.find_spec("wordfreq") is None:
        return _empty()
    digest = source_digest(["french/word_frequencies.py", "cache/codec.py"])
    digest.update(_data_stamp(lang) + sys.byteorder.encode())
    name = f"wordfreq-{lang}-{digest.hexdigest()[:16]}.msgpack"
    parts = cached_value(name, Codec([]), lambda: build_table(lang), tuple)
    try:
        return _Table(*parts)
    except (TypeError, ValueError):
        return _Table(*build_table(lang))


def _tokens(word: str, lang: str) -> list[str]:
    """wordfreq's ``lossy_tokenize(word, lang)``."""
    if _PLAIN.fullmatch(word):
        return word.lower().split("-")
    from wordfreq.tokens import lossy_tokenize

    return lossy_tokenize(word, lang)


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's ``zipf_frequency(word, lang)`` for ``lang`` in :data:`LANGUAGES` (0 without
    wordfreq): how common ``word`` is, from 0 (never seen) to about 8 (« the », « de »)."""
    if lang not in LANGUAGES:
        raise ValueError(f"no word frequency table for {lang!r}")
    table = _table(lang)
    if not table.size:
        return 0.0
    return round(math.log(_frequency(_tokens(word, lang), table), 10) + 9, 2)


def _frequency(tokens: list[str], table: _Table) -> float:
    """wordfreq's ``_word_frequency`` with the default minimum, step by step (same floats)."""
    if not tokens:
        return _MINIMUM
    one_over_result = 0.0
    for token in tokens:
        smashed = token
        if any(c.isdigit() for c in token):
            from wordfreq.numbers import smash_numbers

            smashed = smash_numbers(token)
        index = table.bin(smashed)
        if index is None:
            return _MINIMUM
        freq = 10 ** (-index / 100)  # wordfreq's cB_to_freq(-index)
        if smashed != token:
            from wordfreq.numbers import digit_freq

            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, _MINIMUM)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


__all__ = ["LANGUAGES", "build_table", "zipf_frequency"]
