"""The gender of a French noun that Lexique383 lacks, from a suffix of medical word-formation.

Health writing is full of nouns Lexique383 does not list (« mastocytose »,
« agammaglobulinémie », « cholangite »), or lists with a frequency so low that the agreement
check takes it for noise (« drépanocytose », 0.01 per million).  Their gender follows from the
suffix: « -émie », « -pathie », « -ectomie » are feminine, « -isme », « -ome » after some
letters masculine.  Each suffix of :data:`SUFFIXES` was kept because, measured on Lexique's own
singular nouns that end in it (:func:`measure`), it gives the right gender to 98 % of them at
least, over four nouns at least; wider suffixes that fall short are not used (« -ose » 0.91:
« glucose », « lactose » are masculine; « -ite » 0.71: « granite », « hypocrite »).
tests/test_noun_suffixes.py re-measures every one.

This module answers for one word; it does not decide whether a word is a noun, and it is only
to be asked about a word that Lexique does not know, where the sentence shows it is a noun (after
a determiner: see :meth:`medgloss.checks.agreement_errors._Nouns.features`).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon

# Suffix → gender, measured on Lexique383 (accuracy, nouns): see the module docstring.
SUFFIXES: dict[str, str] = {
    # Feminine: blood and organ states, diseases, operations, examinations, treatments.
    "émie": "f", "énie": "f", "pathie": "f", "plasie": "f", "asie": "f", "algie": "f", "ectomie": "f",
    "tomie": "f", "thérapie": "f", "logie": "f", "scopie": "f", "graphie": "f", "phie": "f", "urie": "f",
    "psie": "f", "ésie": "f", "égie": "f", "agie": "f", "axie": "f", "oxie": "f", "exie": "f", "rrhée": "f",
    "lyse": "f", "philie": "f", "phobie": "f", "cytose": "f", "lose": "f", "dose": "f", "chose": "f",
    "mose": "f", "nose": "f", "atose": "f", "atite": "f", "hrite": "f", "inite": "f", "ngite": "f",
    "rdite": "f", "stite": "f", "globine": "f", "uline": "f", "mycine": "f", "icine": "f", "inase": "f",
    "stase": "f", "tion": "f", "sion": "f", "ence": "f", "ance": "f",
    # Masculine: tumours, doctrines, cells, instruments.  Not « -ement » (1.00 on Lexique's
    # nouns): a word Lexique lacks in « -ement » is an adverb or a fragment (« palement ») more often.
    "inome": "m", "come": "m", "iome": "m", "tome": "m", "lome": "m", "isme": "m", "cyte": "m",
    "scope": "m",
}
THRESHOLD = 0.98
MIN_NOUNS = 4
# The stem a suffix must leave (« dose » itself is no « -dose » noun).
_MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class Measure:
    """A suffix's accuracy on Lexique383: how many of its singular nouns end in the suffix
    (``nouns``), and how many have the suffix's gender only (``right``)."""

    suffix: str
    gender: str
    nouns: int
    right: int

    @property
    def accuracy(self) -> float:
        return self.right / self.nouns if self.nouns else 0.0


def measure(suffix: str, gender: str) -> Measure:
    """The accuracy of ``suffix`` → ``gender`` on Lexique383's singular nouns: those of one
    word (no hyphen) with a stem of two letters at least before the suffix; a noun of both
    genders counts as wrong."""
    connection = lexicon._connection()
    if connection is None:
        return Measure(suffix, gender, 0, 0)
    rows = connection.execute(
        "SELECT lemma, genre FROM forms WHERE cgram = ? AND nombre = 's' AND lemma LIKE ?",
        (lexicon.NOUN, "%" + suffix),
    ).fetchall()
    genders: dict[str, set[str]] = {}
    for lemma, genre in rows:
        if lemma.endswith(suffix) and len(lemma) >= len(suffix) + _MIN_STEM and "-" not in lemma and " " not in lemma:
            genders.setdefault(lemma, set()).add(genre)
    right = sum(1 for found in genders.values() if found == {gender})
    return Measure(suffix, gender, len(genders), right)


def suffix_gender(word: str) -> tuple[str, str] | None:
    """(gender, number) of ``word`` as a noun of a suffix of :data:`SUFFIXES`, the longest that
    ends it (before a plural « s »), or ``None``.  Only lower-case words of letters."""
    if not (word.isalpha() and word.islower()):
        return None
    number = "s"
    stem = word
    if word.endswith("s") and not word.endswith("ss"):
        stem, number = word[:-1], "p"
    for length in range(min(len(stem) - _MIN_STEM, 8), 2, -1):
        gender = SUFFIXES.get(stem[-length:])
        if gender is not None:
            return gender, number
    return None


__all__ = ["MIN_NOUNS", "Measure", "SUFFIXES", "THRESHOLD", "measure", "suffix_gender"]
