"""Putting a replacement in the form of the word it replaces, and keeping the sentence agreed.

* The replacement takes the analyses of the matched form (tense, mood, person, number,
  gender) from the conjugation and inflection tables; when the form is ambiguous
  (« atteint »: present or participle?) spaCy's morphology of the token decides; when
  nothing decides, the lemma is proposed and the finding says the form is uncertain.
* When the replacement has another gender (« une canule » → « un cathéter »), the
  determiners, adjectives and attributes that agree with it are re-inflected too.
* Elision and contraction follow the new first letter (« le » ↔ « l’ », « de le » → « du »).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..findings.model import Edit
from .forms import ADJ, INVARIABLE, NOUN, Form
from .nominal import adjective_forms
from .verbs import Analysis, UnknownVerbError, conjugate

_VOWELS = "aeiouyàâäéèêëîïôöùûüœæh"
# Words whose h is aspirated: no elision before them.
_H_ASPIRE = frozenset(
    "haine handicap hanche hasard haut hauteur hernie héros hibou hiérarchie honte hoquet hors hurler".split()
)


@dataclass(frozen=True, slots=True)
class Inflected:
    """A replacement put in form, and whether that form is certain."""

    text: str
    certain: bool


def starts_with_vowel_sound(word: str) -> bool:
    """True if ``word`` takes elision (« l’immunoglobuline », « l’hôpital »)."""
    low = word.lower()
    if not low or low[0] not in _VOWELS:
        return False
    if low[0] == "h":
        return not any(low.startswith(h) for h in _H_ASPIRE)
    return True


def match_case(model: str, text: str) -> str:
    """Give ``text`` the capitalisation of ``model`` (Capitalised, UPPER or as is)."""
    # A mixed-case abbreviation (IgIV) keeps its case even where the model is in capitals (IVIG).
    if len(model) > 1 and model.isupper() and not text.isupper() and not any(c.isupper() for c in text[1:]):
        return text.upper()
    if model[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


def _comparable(analysis: Analysis, target_category: str) -> Analysis:
    """Reduce a nominal analysis to what carries over to a target of another category."""
    category, tense, person, number, gender = analysis
    if category in (NOUN, ADJ) and target_category == NOUN:
        return (NOUN, "", None, number, None)
    if category in (NOUN, ADJ) and target_category == ADJ:
        return (ADJ, "", None, number, gender or "m")
    return analysis


def _category(forms_analyses: Iterable[Analysis]) -> str:
    for analysis in forms_analyses:
        return analysis[0]
    return INVARIABLE[0]


def inflect_like(
    analyses: Iterable[Analysis],
    target: str,
    forms: Iterable[Form],
    *,
    narrowed: set[Analysis] | None = None,
) -> Inflected:
    """``target`` in the form matching ``analyses`` (those of the matched word).

    ``forms`` are the inflected forms of ``target``; ``narrowed`` are the analyses spaCy
    allows for the matched token in its sentence, and break ties.
    """
    by_analysis: dict[Analysis, str] = {}
    for form in forms:
        for analysis in form.analyses:
            by_analysis.setdefault(analysis, form.text)
    target_category = _category(by_analysis)
    if target_category == INVARIABLE[0]:
        return Inflected(target, True)
    wanted = set(analyses)
    if narrowed:
        narrowed_match = {a for a in wanted if _loosely_in(a, narrowed)}
        if narrowed_match:
            wanted = narrowed_match
    candidates = {by_analysis[c] for c in (_comparable(a, target_category) for a in wanted) if c in by_analysis}
    if len(candidates) == 1:
        return Inflected(candidates.pop(), True)
    if not candidates and all(a[0] == INVARIABLE[0] for a in wanted):
        return Inflected(target, True)
    return Inflected(target, False)


def _loosely_in(analysis: Analysis, allowed: set[Analysis]) -> bool:
    """``analysis`` agrees with one of ``allowed`` on every feature the latter states."""
    for other in allowed:
        if all(o is None or o == a for a, o in zip(analysis, other)):
            return True
    return False


# ---------------------------------------------------------------------------------------
# Agreement of the words around a noun whose gender changes

_DET_TO_MASC = {
    "la": "le", "une": "un", "cette": "ce", "ma": "mon", "ta": "ton", "sa": "son", "quelle": "quel",
    "aucune": "aucun", "toute": "tout", "certaine": "certain", "nulle": "nul", "telle": "tel",
}
_DET_TO_FEM = {v: k for k, v in _DET_TO_MASC.items()} | {"cet": "cette", "du": "de la", "au": "à la"}
_ELIDABLE = {"le", "la"}
_APOSTROPHES = "’'"


def determiner_for(det: str, gender: str, next_word: str, apostrophe: str) -> str:
    """The determiner ``det`` put in ``gender`` before ``next_word`` (elision, cet/ce)."""
    low = det.lower()
    elided = low.rstrip(_APOSTROPHES) in ("l",) and low[-1:] in _APOSTROPHES
    vowel = starts_with_vowel_sound(next_word)
    if elided:
        new = ("le" if gender == "m" else "la") if not vowel else "l" + apostrophe
    elif gender == "m":
        new = _DET_TO_MASC.get(low, low)
        if new == "ce" and vowel:
            new = "cet"
        if new == "de la":
            new = "du"
        if new in _ELIDABLE and vowel:
            new = "l" + apostrophe
    else:
        new = _DET_TO_FEM.get(low, low)
        if new in _ELIDABLE and vowel:
            new = "l" + apostrophe
        if low == "du" and vowel:
            new = "de l" + apostrophe
        if low == "au" and vowel:
            new = "à l" + apostrophe
        if new in ("ma", "ta", "sa") and vowel:
            new = {"ma": "mon", "ta": "ton", "sa": "son"}[new]
    return match_case(det, new)


def adjective_in(lemma: str, gender: str, number: str) -> str | None:
    """An adjective lemma in the given gender and number."""
    if not lemma or not lemma.isalpha() and "-" not in lemma:
        return None
    return adjective_forms(lemma.lower()).get((gender, number))


# Feminine endings back to the masculine, tried on a form without its plural mark.
_MASCULINE_OF = (("euse", "eux"), ("ive", "if"), ("elle", "el"), ("enne", "en"), ("onne", "on"), ("ette", "et"),
                 ("ère", "er"), ("trice", "teur"), ("e", ""))


def adjective_lemma(surface: str, hint: str = "", agreed_with: tuple[str, str] | None = None) -> str | None:
    """The masculine singular of the adjective spelt ``surface``, checked by regenerating it:
    ``hint`` (spaCy's lemma) first, then the lemmas that the usual endings give, the word itself
    last. With ``agreed_with`` (gender, number of its noun), the regenerated form must be that
    one. ``None`` when no candidate gives ``surface`` back (« fréquentes » is no form of
    « fréquenter »)."""
    word = surface.lower()
    stems = [word[: -len(mark)] + back for mark, back in (("aux", "al"), ("s", ""), ("x", "")) if word.endswith(mark)]
    candidates = [hint.lower()] if hint else []
    for stem in [*stems, word]:
        candidates.extend(stem[: -len(fem)] + masc for fem, masc in _MASCULINE_OF if stem.endswith(fem) and len(stem) > len(fem) + 1)
        candidates.append(stem)
    for candidate in candidates:
        if not candidate or not (candidate.isalpha() or "-" in candidate):
            continue
        forms = adjective_forms(candidate)
        if (forms.get(agreed_with) == word) if agreed_with else (word in forms.values()):
            return candidate
    return None


def is_participle_of(surface: str, lemma: str) -> bool:
    """Whether ``surface`` is a past participle of the verb ``lemma``."""
    try:
        forms = conjugate(lemma.lower())
    except UnknownVerbError:
        return False
    return any(text == surface.lower() and a[0] == "participe" and a[1] == "participe-passé" for text, a in forms)


def participle_in(lemma: str, gender: str, number: str) -> str | None:
    """The past participle of ``lemma`` in the given gender and number."""
    try:
        forms = conjugate(lemma.lower())
    except UnknownVerbError:
        return None
    for text, analysis in forms:
        if analysis[0] == "participe" and analysis[1] == "participe-passé" and analysis[3] == number and analysis[4] == gender:
            return text
    return None


def in_document_style(replacement: str, apostrophe: str, document: str = "") -> str:
    """A glossary replacement typeset as the document is: its apostrophe (’ or '), and French
    no-break spaces before ; : ! ? and inside « » when the document uses them."""
    if "\u00a0" in document or "\u202f" in document:
        from ..text.typography import french

        replacement = french(replacement)
    return replacement.replace("’", apostrophe).replace("'", apostrophe)


def apostrophe_style(text: str) -> str:
    """The apostrophe the document uses most (typographic ’ unless ' dominates)."""
    return "'" if text.count("'") > text.count("’") else "’"


_ELIDED_BEFORE = re.compile(r"(?<=[\s(«\"“])(l|d|qu|j|n|s|m|t|c)([’'])$", re.IGNORECASE)
_FULL_BEFORE = re.compile(r"(?<=[\s(«\"“])(le|la|de|que|je|ne|se|me|te)(\s+)$", re.IGNORECASE)
_UNELIDED = {"l": None, "d": "de", "qu": "que", "j": "je", "n": "ne", "s": "se", "m": "me", "t": "te", "c": "ce"}


def elision_edit(text: str, start: int, replacement: str, gender: str | None, apostrophe: str) -> Edit | None:
    """Edit of the word just before ``start`` so that elision fits the new first letter."""
    window_start = max(0, start - 8)
    # A space stands for the start of the text, so that the word before must be a whole word.
    before = (" " if window_start == 0 else "") + text[window_start:start]
    vowel = starts_with_vowel_sound(replacement)
    elided = _ELIDED_BEFORE.search(before)
    if elided and not vowel:
        word = elided.group(1)
        full = _UNELIDED[word.lower()] or ("la" if gender == "f" else "le")
        offset = start - len(elided.group(0))
        return Edit(offset, len(elided.group(0)), match_case(word, full) + " ")
    full_match = _FULL_BEFORE.search(before)
    if full_match and vowel:
        word = full_match.group(1)
        offset = start - len(full_match.group(0))
        return Edit(offset, len(full_match.group(0)), match_case(word, word[0] if word.lower() != "que" else "qu") + apostrophe)
    return None
