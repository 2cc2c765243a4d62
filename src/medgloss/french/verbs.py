"""French verb conjugation from verbecc's conjugation tables.

verbecc ships the conjugation models of French verbs (the Bescherelle-style templates) as
XML.  It can also guess a template for an unknown verb with a small model that it would
train and write into its own install folder at first use; medgloss turns that off, so an
unknown verb is an error rather than a silent guess.
"""

from __future__ import annotations

import re
import sys
import types
from functools import lru_cache
from typing import Any

# One analysis of a verb form, e.g. ("indicatif", "imparfait", "3", "s", None) or
# ("participe", "participe-passé", None, "p", "f").
Analysis = tuple[str, str, str | None, str | None, str | None]

_PRONOUN = re.compile(r"^(?:que |qu['’])?(?:je |j['’]|tu |il |elle |on |nous |vous |ils |elles )")
_SIMPLE_TENSES = {
    "infinitif": {"infinitif-présent"},
    "indicatif": {"présent", "imparfait", "futur-simple", "passé-simple"},
    "conditionnel": {"présent"},
    "subjonctif": {"présent", "imparfait"},
    "imperatif": {"imperatif-présent"},
    "participe": {"participe-présent", "participe-passé"},
}


class UnknownVerbError(LookupError):
    """verbecc has no conjugation model for this infinitive."""


def _no_predictor_module(name: str) -> types.ModuleType:
    module = types.ModuleType(name, "medgloss: verbecc's template predictor, deliberately not loaded")

    class TemplatePredictor:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("medgloss does not use verbecc's template prediction (ENABLE_ML_PREDICTION)")

    module.TemplatePredictor = TemplatePredictor  # type: ignore[attr-defined]
    module._medgloss_stand_in = True  # type: ignore[attr-defined]
    return module


@lru_cache(maxsize=1)
def _conjugator() -> Any:
    import logging.config

    # Importing verbecc and making its conjugator apply its logging configuration, which
    # adds a stdout handler to the root logger and writes verbecc.log into the current
    # directory.  Neither is acceptable in a library whose stdout may be JSON: the
    # configuration is skipped while verbecc sets itself up.
    real_dict_config = logging.config.dictConfig
    logging.config.dictConfig = lambda config: None
    # verbecc imports its template predictor (numpy, scikit-learn, scipy: seconds and 100 MB)
    # even when prediction is off; medgloss never predicts, so the predictor's module is a
    # stand-in that refuses to be used.
    predictor = "verbecc.src.mlconjug.predictor"
    stand_in = predictor not in sys.modules
    if stand_in:
        sys.modules[predictor] = _no_predictor_module(predictor)
    try:
        from verbecc import CompleteConjugator, LangCodeISO639_1, VerbNotFoundError
        from verbecc.src.defs.types.data import verbs as verbecc_verbs

        # No template guessing: it would train a model and write it into site-packages.
        verbecc_verbs.config.ENABLE_ML_PREDICTION = False
        conjugator = CompleteConjugator(lang=LangCodeISO639_1.fr)
    finally:
        logging.config.dictConfig = real_dict_config
        if stand_in and getattr(sys.modules.get(predictor), "_medgloss_stand_in", False):
            # Out of sys.modules again, so code that wants the real predictor can import it.
            del sys.modules[predictor]
    logging.getLogger("verbecc").setLevel(logging.ERROR)
    return conjugator, VerbNotFoundError


def _value(item: Any) -> str | None:
    return None if item is None else str(getattr(item, "value", item))


@lru_cache(maxsize=4096)
def conjugate(infinitive: str) -> tuple[tuple[str, Analysis], ...]:
    """Every simple form of ``infinitive`` with its analysis (mood, tense, person, number, gender).

    Raises :class:`UnknownVerbError` when verbecc does not know the verb.
    """
    conjugator, verb_not_found = _conjugator()
    try:
        conjugation = conjugator.conjugate(infinitive)
    except verb_not_found as exc:
        if _regular_first_group(infinitive):
            return _like_aimer(infinitive)
        raise UnknownVerbError(infinitive) from exc
    data = conjugation.get_data() if hasattr(conjugation, "get_data") else conjugation
    forms: list[tuple[str, Analysis]] = []
    for mood, tenses in data["moods"].items():
        mood_name = _value(mood) or ""
        for tense, rows in tenses.items():
            tense_name = _value(tense) or ""
            if tense_name not in _SIMPLE_TENSES.get(mood_name, ()):
                continue
            for row in rows:
                person = _value(row.get("p"))
                number = _value(row.get("n"))
                gender = _value(row.get("g")) if mood_name == "participe" else None
                for text in row["c"]:
                    form = _PRONOUN.sub("", text).strip()
                    if form:
                        forms.append((form, (mood_name, tense_name, person, number, gender)))
    return tuple(dict.fromkeys(forms))


# First-group verbs whose stem changes (« placer », « manger », « payer », « peler », « céder »):
# their forms are not « aimer »'s with another stem.
_CHANGING_STEM = re.compile(r"(?:[cgy]|[eé][^aeiouyéèêëiïoôuû]{1,2})er$")


def _regular_first_group(infinitive: str) -> bool:
    """True for an « -er » verb that verbecc lacks (recent borrowings such as « booster »),
    which Lexique383 knows as a verb and whose stem does not change: it is conjugated like
    « aimer », as every such verb is."""
    if not infinitive.endswith("er") or len(infinitive) < 5 or not infinitive.isalpha() or \
            _CHANGING_STEM.search(infinitive):
        return False
    from . import lexicon

    return lexicon.available() and any(e.cgram == lexicon.VERB and e.lemma == infinitive
                                       for e in lexicon.analyses(infinitive))


def _like_aimer(infinitive: str) -> tuple[tuple[str, Analysis], ...]:
    stem = infinitive[:-2]
    forms = []
    for form, analysis in conjugate("aimer"):
        if form.startswith("aim"):
            forms.append((stem + form[3:], analysis))
    return tuple(forms)


def is_known_verb(infinitive: str) -> bool:
    """True if verbecc can conjugate ``infinitive``."""
    try:
        conjugate(infinitive)
    except UnknownVerbError:
        return False
    return True


# spaCy's Universal Dependencies values and the glossary's codes for them.
UD_NUMBER = {"Sing": "s", "Plur": "p"}
UD_GENDER = {"Masc": "m", "Fem": "f"}


def analysis_from_morph(morph: dict[str, str]) -> set[Analysis] | None:
    """Translate spaCy's Universal Dependencies features into the analyses they allow.

    Returns ``None`` when the features say nothing useful.
    """
    verb_form = morph.get("VerbForm")
    number = UD_NUMBER.get(morph.get("Number", ""))
    gender = UD_GENDER.get(morph.get("Gender", ""))
    person = morph.get("Person")
    if verb_form == "Inf":
        return {("infinitif", "infinitif-présent", None, None, None)}
    if verb_form == "Part":
        if morph.get("Tense") == "Pres":
            return {("participe", "participe-présent", None, None, None)}
        return {("participe", "participe-passé", None, number or "s", gender or "m")}
    if verb_form != "Fin":
        return None
    mood = {"Ind": "indicatif", "Sub": "subjonctif", "Cnd": "conditionnel", "Imp": "imperatif"}.get(
        morph.get("Mood", "Ind"), "indicatif"
    )
    tense = {"Pres": "présent", "Imp": "imparfait", "Fut": "futur-simple", "Past": "passé-simple"}.get(
        morph.get("Tense", "Pres"), "présent"
    )
    if mood == "conditionnel":
        tense = "présent"
    if mood == "imperatif":
        tense = "imperatif-présent"
    if mood == "subjonctif" and tense not in ("présent", "imparfait"):
        tense = "présent"
    return {(mood, tense, person, number, None)}
