"""French cognates of English words, by orthographic correspondences checked against Lexique383.

Machine translation writes the French cognate of a learned English word constantly (bacterial →
bactérien, memory → mémoire, hepatitis → hépatite, leukocyte → leucocyte), also where the
dictionary has no entry for the word.  This module proposes, for one English word, the French
lemmas that are that word with a French suffix in place of the English one (-ial → -iel/-ien,
-ity → -ité, -ive → -if, -ous → -eux, -ic → -ique, -y → -ie, -itis → -ite, -osis → -ose…) and
the stem in French spelling (ae → é, k → c, a prefix hyphenated: autoimmune → auto-immun),
and keeps only those Lexique383 lists as a noun or an adjective; an English past participle
(-ated, -ed) gets the French participle (disseminated → disséminé) that Lexique lists.

What it must not do: read documents, or keep a candidate Lexique does not know (the
correspondences overgenerate; the lexicon is the judge), or a word the suffix makes by accent alone
(history → « historié »).  An English loan Lexique lists (« full ») is returned: the caller keeps
it only where the word has no other rendering (:func:`is_loan`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..french.english_words import word_language
from ..french.lexicon_words import Lexicon
from ..text.fold import fold_term

# English suffix → French suffix, longest first; every matching pair is tried.  The French
# suffix is matched with its accents against the lemma (« ie » is not « ié »).
COGNATE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ological", "ologique"), ("genic", "gène"), ("ical", "ique"), ("logy", "logie"),
    ("itis", "ite"), ("osis", "ose"), ("ial", "iel"), ("ial", "ien"), ("ual", "uel"),
    ("ency", "ence"), ("ancy", "ance"), ("ory", "oire"), ("ian", "ien"), ("ity", "ité"),
    ("ism", "isme"), ("ist", "iste"), ("oid", "oïde"), ("ive", "if"), ("ous", "eux"),
    ("ary", "aire"), ("ics", "ique"), ("ine", "in"), ("ar", "aire"), ("an", "ain"), ("ic", "ique"),
    ("al", "ique"), ("cy", "cie"), ("y", "ie"), ("in", "ine"), ("or", "eur"), ("er", "re"),
    ("al", "al"), ("", ""), ("", "e"), ("e", ""),
)
# The correspondences of the first generator (round 3), which MG118's index of content words
# keeps (:mod:`medgloss.glossary.literal_index`): it matches words in any order, so a new
# rendering of a word reaches every concept that has it, a calque or not.
BASIC_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ological", "ologique"), ("ical", "ique"), ("logy", "logie"), ("ity", "ité"), ("ism", "isme"),
    ("ist", "iste"), ("ive", "if"), ("ous", "eux"), ("ary", "aire"), ("ar", "aire"), ("ic", "ique"),
    ("cy", "cie"), ("y", "ie"), ("in", "ine"), ("or", "eur"), ("er", "re"), ("al", "al"), ("", ""), ("", "e"),
)
# English participle endings → the French participle of the same verb.
_PARTICIPLE_SUFFIXES = (("ated", "é"), ("ized", "isé"), ("ised", "isé"), ("ed", "é"))
# Prefixes French writes with a hyphen before a vowel or in learned compounds (auto-immun,
# intra-utérin, haplo-identique).
_PREFIXES = ("auto", "intra", "extra", "haplo", "anti", "post", "pré", "pre", "non", "sous", "néo", "neo")


def is_loan(english: str, lemma: str) -> bool:
    """True if ``lemma`` is the English word ``english`` itself and English rather than French
    (« full », « stem »): machine translation keeps it only when it has nothing else."""
    return fold_term(lemma) == fold_term(english) and word_language(lemma) == "en"


def _stems(stem: str) -> list[str]:
    """``stem`` in the spellings French gives English learned words: ae/oe → e, k → c."""
    variants = [stem]
    for english, french in (("ae", "e"), ("oe", "e"), ("k", "c")):
        variants += [v.replace(english, french) for v in variants if english in v]
    return list(dict.fromkeys(variants))


class Cognates:
    """English word → French cognate lemmas of Lexique383 (nouns, adjectives, participles)."""

    def __init__(self, lex: Lexicon, key_to_lemma: dict[str, str]) -> None:
        self.lex = lex
        self._key_to_lemma = key_to_lemma
        # Lemmas written with a hyphen, by their key without it (« autoimmun » → auto-immun).
        self._joined: dict[str, str] = {}
        for key, lemma in key_to_lemma.items():
            if " " in key and "-" in lemma:
                self._joined.setdefault(key.replace(" ", ""), lemma)
        self._participles: dict[str, str] | None = None

    def _lookup(self, candidate: str) -> str | None:
        key = fold_term(candidate)
        return self._key_to_lemma.get(key) or self._joined.get(key.replace(" ", ""))

    def _participle(self, candidate: str) -> str | None:
        """The spelt form of Lexique that is the participle ``candidate`` (accents as given)."""
        if self._participles is None:
            self._participles = {fold_term(w): w for w in self.lex.spelt if w.endswith("é") and " " not in w}
        found = self._participles.get(fold_term(candidate))
        return found if found is not None and found.endswith(candidate[-1]) else None

    def lemmas(self, english: str, extended: bool = True) -> list[str]:
        """French cognate lemmas of the English word ``english`` that Lexique lists; with
        ``extended`` False, only by :data:`BASIC_SUFFIXES` and the English stem as it is."""
        found: list[str] = []
        if " " in english or not english.isalpha():
            return found
        for en_suffix, fr_suffix in COGNATE_SUFFIXES if extended else BASIC_SUFFIXES:
            if not english.endswith(en_suffix) or len(english) - len(en_suffix) < 3:
                continue
            if (en_suffix, fr_suffix) == ("e", "") and len(english) < 7:
                continue  # rate → « rat »: a short word cut is another word
            stem = english[: len(english) - len(en_suffix)]
            for stem in _stems(stem) if extended else [stem]:
                lemma = self._lookup(stem + fr_suffix) if extended else self._key_to_lemma.get(fold_term(stem + fr_suffix))
                if lemma is None or lemma in found:
                    continue
                if fr_suffix and not lemma.endswith(fr_suffix) and not (fr_suffix == "e" and lemma.endswith("é")):
                    continue  # an accent the suffix does not write (history → « historié »)
                found.append(lemma)
        return found

    def participles(self, english: str, is_adjective: Callable[[str], bool]) -> list[str]:
        """French past participles (or adjectives) cognate with the English participle ``english``."""
        found: list[str] = []
        if not english.isalpha() or len(english) < 6:
            return found
        for en_suffix, fr_suffix in _PARTICIPLE_SUFFIXES:
            if not english.endswith(en_suffix):
                continue
            for stem in _stems(english[: len(english) - len(en_suffix)]):
                for candidate in (stem + fr_suffix, stem[:-1] + fr_suffix if stem[-1:] == stem[-2:-1] else ""):
                    if not candidate:
                        continue
                    lemma = self._participle(candidate) or (self._lookup(candidate) if is_adjective(candidate) else None)
                    if lemma is not None and lemma not in found:
                        found.append(lemma)
            break
        return found
