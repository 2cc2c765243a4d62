"""Mining a corpus for medical terms the glossary does not know yet (``extract --candidates``).

As TermSuite and poterminology do: part-of-speech patterns give the candidate noun phrases
(NOUN ADJ*, optionally followed by « de/d’/en/à » and another NOUN ADJ*), candidates are
grouped by their lemmas with the surface variants seen, kept only when one of their words
has medical morphology (-ite, -émie, -pathie, immuno-, hémato-, -cyte, -thérapie…), and
ranked by C-value (Frantzi et al. 2000), which rewards frequent longer terms and discounts a
phrase that only occurs nested in longer ones.  Phrases the glossary already covers as a
whole are left out.  Full parsing is fine here: this is a batch command, not the linter.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..glossary.model import Glossary

# Affixes of Graeco-Latin medical word formation, matched on the lower-cased word.
_MEDICAL_SUFFIXES = (
    "ite", "ites", "ose", "oses", "émie", "émies", "pathie", "pathies", "cyte", "cytes", "thérapie",
    "thérapies", "ome", "omes", "algie", "algies", "ectomie", "ectomies", "plasie", "plasies",
    "pénie", "pénies", "globuline", "globulines", "gène", "gènes", "logie", "logique", "logiques",
    "émique", "émiques", "itique", "itiques", "cytaire", "cytaires", "oïde", "oïdes", "ique", "iques",
)
_MEDICAL_PREFIXES = (
    "immuno", "immun", "hémato", "hémo", "lympho", "leuco", "myélo", "cyto", "auto-immun", "anti",
    "gastro", "neuro", "cardio", "pneumo", "derm", "ostéo", "néphro", "hépat", "thrombo", "granulo",
    "bactéri", "vir", "fong", "chimio", "radio", "intra", "sous-cutan", "agammaglobulin", "hypo", "hyper",
)
# « -ique » alone is too common in general language (« pratique », « unique »): it needs a stem
# long enough to be learned vocabulary.
_WEAK_SUFFIXES = ("ique", "iques")
_LINKS = {"de", "d’", "d'", "en", "à"}
_MAX_WORDS = 6


@dataclass
class Candidate:
    """A candidate term: its lemma key, surface variants with counts, and its score."""

    lemma: str
    words: int
    frequency: int = 0
    variants: Counter[str] = field(default_factory=Counter)
    score: float = 0.0

    @property
    def preferred(self) -> str:
        """The most frequent surface variant."""
        return self.variants.most_common(1)[0][0]

    def to_dict(self) -> dict[str, object]:
        """Row for CSV/JSON output."""
        return {
            "lemma": self.lemma,
            "preferred": self.preferred,
            "frequency": self.frequency,
            "words": self.words,
            "cvalue": round(self.score, 3),
            "variants": " | ".join(v for v, _ in self.variants.most_common()),
        }


def is_medical_word(word: str) -> bool:
    """True if ``word`` shows medical word formation (« lymphopénie », « immunomodulateur »)."""
    low = word.lower()
    if len(low) < 5:
        return False
    for suffix in _MEDICAL_SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            if suffix in _WEAK_SUFFIXES and len(low) < 9:
                continue
            return True
    return any(low.startswith(p) and len(low) > len(p) + 2 for p in _MEDICAL_PREFIXES)


def _phrases(tokens: list[object]) -> Iterable[list[object]]:
    """Maximal NOUN ADJ* ((de|en|à) DET? NOUN ADJ*)* sequences of a parsed sentence."""
    i = 0
    n = len(tokens)
    while i < n:
        if tokens[i].pos_ != "NOUN":  # type: ignore[attr-defined]
            i += 1
            continue
        j = i + 1
        while True:
            while j < n and tokens[j].pos_ == "ADJ":  # type: ignore[attr-defined]
                j += 1
            k = j
            if k < n and tokens[k].lower_ in _LINKS:  # type: ignore[attr-defined]
                k += 1
                if k < n and tokens[k].pos_ == "DET" and tokens[k].lower_ in ("la", "l’", "l'"):  # type: ignore[attr-defined]
                    k += 1
                if k < n and tokens[k].pos_ == "NOUN":  # type: ignore[attr-defined]
                    j = k + 1
                    continue
            break
        yield list(tokens[i:j])
        i = j


def _subphrases(phrase: list[object]) -> Iterable[list[object]]:
    """Every prefix of ``phrase`` that ends on a noun or adjective (the nested candidates)."""
    for end in range(1, min(len(phrase), _MAX_WORDS) + 1):
        if phrase[end - 1].pos_ in ("NOUN", "ADJ"):  # type: ignore[attr-defined]
            yield phrase[:end]


def _surface(tokens: list[object]) -> str:
    text = ""
    for token in tokens:
        text += token.text + token.whitespace_  # type: ignore[attr-defined]
    return text.strip()


def _lemma_key(tokens: list[object]) -> str:
    # Adjectives too go to their lemma so that « lymphopénies profondes » joins « lymphopénie profonde ».
    return " ".join(t.lemma_.lower() if t.pos_ in ("NOUN", "ADJ") else t.lower_ for t in tokens)  # type: ignore[attr-defined]


def _known(glossary: Glossary | None, surface: str) -> bool:
    """True if the glossary has a term covering the whole phrase."""
    from ..api import extract_terms

    return any(t.offset == 0 and t.length == len(surface) for t in extract_terms(surface, glossary=glossary))


def mine_candidates(texts: Iterable[str], *, glossary: Glossary | None = None, min_frequency: int = 1) -> list[Candidate]:
    """Candidate terms of ``texts`` not in ``glossary``, best C-value first."""
    from ..french.parse import load_nlp

    nlp = load_nlp()
    found: dict[str, Candidate] = {}
    for doc in nlp.pipe(re.sub(r"[\x00\u00ad\u200b]", "", t) for t in texts):
        for phrase in _phrases(list(doc)):
            for sub in _subphrases(phrase):
                if not any(is_medical_word(t.text) for t in sub):  # type: ignore[attr-defined]
                    continue
                key = _lemma_key(sub)
                candidate = found.setdefault(key, Candidate(key, len(sub)))
                candidate.frequency += 1
                candidate.variants[_surface(sub)] += 1
    _score(found)
    ranked = [
        c
        for c in found.values()
        # C-value 0: the phrase only occurs inside longer candidates, it is not a term of its own.
        if c.score > 0 and c.frequency >= min_frequency and not _known(glossary, c.preferred)
    ]
    ranked.sort(key=lambda c: (-c.score, -c.frequency, c.lemma))
    return ranked


def _score(found: dict[str, Candidate]) -> None:
    """C-value: log2(|a|+1)·(f(a) − mean frequency of the longer candidates containing a).

    The +1 lets one-word terms score (as in poterminology's adaptation); a candidate seen only
    inside longer ones scores 0.
    """
    keys = list(found)
    for key, candidate in found.items():
        nesting = [found[k].frequency for k in keys if k != key and k.startswith(key + " ")]
        frequency = float(candidate.frequency)
        if nesting:
            frequency -= sum(nesting) / len(nesting)
        candidate.score = math.log2(candidate.words + 1) * frequency
