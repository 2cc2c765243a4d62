"""The collocate classes of round 7 (glossary/collocate_classes.py: « disease-noun »,
« medical-test », « care-professional ») and the clinical false friends that cite them
(glossaries/en-fr/rules/clinical-false-friends.yaml, issue 16 item 4).

The classes are derived from a glossary's English terms, so the tests build small glossaries and
check that each class follows them, not a list.  The sentences are written for medgloss the way
machine translation renders « X is a condition that… », « the condition of having… », « order a
test », « before your discharge »; the right ones are correct French uses of the same words
(requirements, circumstances, release forms, herbal teas), which must stay silent.
"""

from __future__ import annotations

import pytest

from medgloss import check_text
from medgloss.glossary.collocate_classes import care_professionals, disease_nouns, medical_tests
from medgloss.glossary.loader import glossary_from_data


def _glossary(concepts: list[tuple[list[str], list[str]]]):
    data = {
        "sources": {"s": "a source"},
        "concepts": [{"id": f"c{i}", "source": "s", "en": en,
                      "fr": [{"term": t, "status": "preferred" if j == 0 else "admitted", "pos": "noun"}
                             for j, t in enumerate(fr)]}
                     for i, (en, fr) in enumerate(concepts)],
    }
    return glossary_from_data(data, "g.yaml")


def test_a_disease_is_known_by_its_english_head_not_by_its_modifiers() -> None:
    glossary = _glossary([
        (["haemophilia"], ["hémophilie"]),                 # -philia
        (["appendicitis"], ["appendicite"]),               # -itis
        (["deficiency of C1 inhibitor"], ["déficit en C1 inhibiteur"]),  # head before « of »
        (["yellow fever vaccine"], ["vaccin antiamaril"]),  # « fever » only qualifies « vaccine »
        (["diabetes treatment"], ["traitement du diabète"]),
        (["diagnosis"], ["diagnostic"]),                   # -osis, but no disease
        (["bone marrow"], ["moelle osseuse"]),
    ])
    nouns = disease_nouns(glossary)
    assert {"hémophilie", "appendicite", "déficit en C1 inhibiteur"} <= set(nouns)
    assert not {"vaccin antiamaril", "traitement du diabète", "diagnostic", "moelle osseuse"} & set(nouns)


def test_a_french_disease_head_makes_a_disease_and_the_heads_are_in_the_class() -> None:
    glossary = _glossary([(["Bruton's"], ["maladie de Bruton"]), (["spleen"], ["rate"])])
    nouns = set(disease_nouns(glossary))
    assert "maladie de Bruton" in nouns and "rate" not in nouns
    assert {"maladie", "syndrome", "infection"} <= nouns


def test_short_abbreviations_are_left_out_of_the_disease_nouns() -> None:
    data = {
        "sources": {"s": "a source"},
        "concepts": [{"id": "c0", "source": "s", "en": ["common variable immunodeficiency"], "fr": [
            {"term": "déficit immunitaire commun variable", "status": "preferred", "pos": "noun"},
            {"term": "DICV", "status": "admitted", "pos": "noun", "abbreviation": True},
            {"term": "DIC", "status": "admitted", "pos": "noun", "abbreviation": True}]}],
    }
    nouns = disease_nouns(glossary_from_data(data, "g.yaml"))
    assert "DICV" in nouns and "DIC" not in nouns


def test_tests_and_professionals_follow_the_english_heads() -> None:
    glossary = _glossary([
        (["full blood count"], ["numération formule sanguine"]),
        (["colonoscopy"], ["coloscopie"]),
        (["haematologist"], ["hématologue"]),
        (["school nurse"], ["infirmière scolaire"]),
        (["blood"], ["sang"]),
    ])
    assert medical_tests(glossary) == ("coloscopie", "numération formule sanguine")
    assert care_professionals(glossary) == ("hématologue", "infirmière scolaire")


def _flagged(text: str) -> list[tuple[str, str]]:
    return [(f.rule_id, f.found) for f in check_text(text) if f.severity in ("warning", "error")]


@pytest.mark.parametrize("text,rule", [
    # The defined noun is a disease of the bundled glossary, whatever the frame after « condition ».
    ("La mucoviscidose est une condition qui épaissit le mucus dans les poumons.", "condition-definie"),
    ("Les MICI, des conditions qui enflamment l’intestin, évoluent par poussées.", "condition-definie"),
    ("La condition d’avoir un système immunitaire affaibli augmente le risque d’infection.", "condition-de-infinitif"),
    ("Cette condition est rare chez l’adulte.", "condition-attribut-maladie"),
    ("C’est une condition où l’organisme fabrique trop peu de plaquettes.", "condition-relative-corps"),
    ("Cette condition survient lorsque les anticorps attaquent les globules rouges.", "condition-evolution"),
    ("La condition du nourrisson est surveillée de près et reste stable.", "condition-etat-personne"),
    ("Le médecin peut commander une radiographie du thorax.", "commander-examen"),
    ("Après votre décharge, prenez rendez-vous avec votre médecin traitant pour le suivi.", "decharge-sortie-sejour"),
    ("Une infusion d’albumine est parfois nécessaire après la greffe.", "infusion-produit-perfusion"),
    ("Une référence à un hématologue est recommandée si le taux reste bas.", "reference-orientation-professionnel"),
    ("Des enquêtes biologiques ont montré une anémie.", "enquete-examens"),
])
def test_machine_translated_frames_are_flagged_by_their_rule(text: str, rule: str) -> None:
    assert rule in {r for r, _ in _flagged(text)}


@pytest.mark.parametrize("text", [
    "L’absence d’infection est une condition qui doit être remplie avant la greffe.",
    "Une hépatite B ancienne est une condition d’exclusion du don de sang.",
    "La compatibilité est une condition qui garantit la sécurité du sang transfusé.",
    "L’humidité est une condition qui favorise les infections de la peau.",
    "La condition humaine est au cœur de la réflexion du soignant.",
    "La condition d’être à jeun est vérifiée avant la prise de sang.",
    "La condition est remplie lorsque le taux de plaquettes dépasse 50 000.",
    "Les conditions dans lesquelles le sang est prélevé sont strictement contrôlées.",
    "Le traitement est remboursé à condition que le diagnostic soit confirmé par un spécialiste.",
    "Dans ces conditions, la personne est plus sujette aux infections.",
    "La condition des malades en prison s’est améliorée avec la loi.",
    "Si la condition se produit dans la boucle, le programme s’arrête.",
    "Vous pouvez commander un test de grossesse en ligne.",
    "Le patient a signé une décharge pour quitter l’hôpital contre avis médical.",
    "Une infusion d’ortie apporte un peu de fer.",
    "Ce chiffre fait référence aux pédiatres de la région.",
    "L’enquête épidémiologique a identifié la source de l’infection.",
    "Un anesthésiste viendra vous expliquer la procédure et convenir d’une pré-narcose selon le besoin.",
])
def test_correct_french_stays_silent(text: str) -> None:
    assert _flagged(text) == []


def test_the_fix_agrees_with_the_new_gender() -> None:
    (finding,) = [f for f in check_text("La condition d’avoir trop peu de plaquettes s’appelle thrombopénie.")
                  if f.rule_id == "condition-de-infinitif"]
    assert finding.corrected is not None and finding.corrected.text == "Le fait"
    (finding,) = [f for f in check_text("Dans cette condition, la personne est plus sujette aux infections.")
                  if f.rule_id == "condition-dans-cet-etat"]
    assert finding.corrected is not None and finding.corrected.text == "cet état"
