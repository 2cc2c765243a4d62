"""Every inflected form of a glossary term, each with the grammatical analyses it carries.

A noun gives its singular and plural, an adjective its four gender/number forms, a verb every
simple tense from verbecc.  The analysis travels with the form, so that a match on
« humidifiait » knows it is an imperfect 3rd singular and the replacement can be put in the
same tense (« atténuait »).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .nominal import adjective_forms, pluralise
from .verbs import Analysis, UnknownVerbError, conjugate

# Nominal analyses share the verb analysis shape: (category, "", None, number, gender).
NOUN = "nom"
ADJ = "adjectif"
INVARIABLE = ("invariable", "", None, None, None)


def noun_analysis(number: str) -> Analysis:
    """Analysis of a noun form of the given number."""
    return (NOUN, "", None, number, None)


def adjective_analysis(gender: str, number: str) -> Analysis:
    """Analysis of an adjective form of the given gender and number."""
    return (ADJ, "", None, number, gender)


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form of a term and the analyses under which it is that form."""

    text: str
    analyses: frozenset[Analysis]

    def __reduce__(self) -> tuple:
        # Positional pickling: the default for slots dataclasses is slow on big glossaries.
        return (Form, (self.text, self.analyses))


def _merge(pairs: Iterable[tuple[str, Analysis]]) -> list[Form]:
    grouped: dict[str, set[Analysis]] = {}
    for text, analysis in pairs:
        grouped.setdefault(text, set()).add(analysis)
    return [Form(text, frozenset(analyses)) for text, analyses in grouped.items()]


_PRONOUN_PREFIXES = ("se ", "s'", "s’")


def _pronominal_forms(term: str) -> list[tuple[str, Analysis]]:
    """Forms of a pronominal verb (« s’éclaircir », « se dissiper ») said of a noun: the third
    persons, the infinitive and the present participle, each after « se » or « s’ » (compound
    tenses put « être » between, and no form of the verb alone says them)."""
    base = next(term[len(p):] for p in _PRONOUN_PREFIXES if term.startswith(p))
    pairs = []
    for form, analysis in _verb_forms(base):
        if analysis[2] == "3" or analysis[1] in ("infinitif-présent", "participe-présent"):
            prefix = "s'" if form[:1] in "aeiouyhéèêâîôûœ" else "se "
            pairs.append((prefix + form, analysis))
    return pairs


def _verb_forms(term: str) -> list[tuple[str, Analysis]]:
    if term.startswith(_PRONOUN_PREFIXES):
        return _pronominal_forms(term)
    # A verbal phrase (« prendre en charge ») conjugates its first word only.
    verb, _, rest = term.partition(" ")
    pairs = conjugate(verb.lower())
    suffix = f" {rest}" if rest else ""
    return [(form + suffix, analysis) for form, analysis in pairs]


def term_forms(
    term: str,
    pos: str | None,
    *,
    number: str | None = None,
    abbreviation: bool = False,
    extra: Iterable[str] = (),
) -> list[Form]:
    """All forms of ``term``.

    ``pos`` is ``noun``, ``adj``, ``verb``, ``adv`` or ``phrase`` (``None`` counts as noun);
    ``number`` pins a noun that has only one number.  ``extra`` forms from the glossary are
    added without analysis.  Raises :class:`~medgloss.french.verbs.UnknownVerbError` for
    a verb verbecc cannot conjugate.
    """
    pairs: list[tuple[str, Analysis]]
    if abbreviation or pos in ("adv", "phrase"):
        pairs = [(term, INVARIABLE)]
    elif pos == "verb":
        pairs = _verb_forms(term)
    elif pos == "adj":
        pairs = [(text, adjective_analysis(g, n)) for (g, n), text in adjective_forms(term).items()]
    elif number == "p":
        pairs = [(term, noun_analysis("p"))]
    elif number == "s":
        pairs = [(term, noun_analysis("s"))]
    else:
        pairs = [(term, noun_analysis("s")), (pluralise(term), noun_analysis("p"))]
    pairs.extend((text, INVARIABLE) for text in extra)
    return _merge(pairs)


def context_word_forms(word: str) -> set[str]:
    """Forms under which a context word is recognised: nominal inflections, and verb forms
    when the word is an infinitive verbecc knows."""
    forms = {f.text for f in term_forms(word, "adj")}
    if " " not in word and word.endswith(("er", "ir", "re")):
        try:
            forms.update(f.text for f in term_forms(word, "verb"))
        except UnknownVerbError:
            pass
    return forms


__all__ = ["Form", "UnknownVerbError", "context_word_forms", "term_forms", "noun_analysis", "adjective_analysis"]
