"""The classic English→French false friends of medical prose (issue 16, round 2), rules of
glossaries/en-fr/rules/classic-false-friends.yaml, on sentences other than the rules' own
examples: other inflections, persons and tenses of the same machine-translation errors, which
must be reported at warning, and the correct uses of the same French words, which must stay
silent.  The sentences are written for the project in the manner of MT pages (no third-party
text).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medgloss import check_text, fix_text


def _rules(text: str, severity: str = "warning") -> set[str]:
    order = ("info", "warning", "error")
    return {f.rule_id for f in check_text(text) if order.index(f.severity) >= order.index(severity)}


WRONG = [
    ("physicien-medecin", "Consultez un physicien si les symptômes persistent.",
     "Consultez un médecin si les symptômes persistent."),
    ("physicien-medecin", "Votre physicien traitant adaptera la dose d’immunoglobulines.",
     "Votre médecin traitant adaptera la dose d’immunoglobulines."),
    ("definitivement-certainement", "Vous devriez définitivement parler de ces infections à votre pédiatre.",
     "Vous devriez certainement parler de ces infections à votre pédiatre."),
    ("rapporter-signaler", "Rapportez immédiatement toute fièvre à l’équipe soignante.",
     "Signalez immédiatement toute fièvre à l’équipe soignante."),
    ("rapporter-signaler", "Vous devez rapporter tout saignement inhabituel à votre médecin.",
     "Vous devez signaler tout saignement inhabituel à votre médecin."),
    ("injure-blessure", "Les injures de la moelle osseuse sont rares après une chute.",
     "Les blessures de la moelle osseuse sont rares après une chute."),
    ("comprehensif-complet", "Le centre propose des soins compréhensifs aux enfants atteints de DICS.",
     "Le centre propose des soins complets aux enfants atteints de DICS."),
    ("comprehensif-complet", "Une analyse compréhensive du génome est proposée aux familles.",
     "Une analyse complète du génome est proposée aux familles."),
    ("consistant-avec-compatible", "L’image radiologique est consistante avec une pneumonie.",
     "L’image radiologique est compatible avec une pneumonie."),
    ("consistant-constant", "Lavez-vous les mains de façon consistante avant chaque perfusion.",
     "Lavez-vous les mains de façon constante avant chaque perfusion."),
    ("diagnostique-avec-un-atteint-d-un", "Mon fils a été diagnostiqué avec un déficit immunitaire commun variable à six ans.",
     "Mon fils a été atteint d’un déficit immunitaire commun variable à six ans."),
    ("diagnostique-avec-une-atteint-d-une", "Les adultes diagnostiqués avec une granulomatose septique chronique reçoivent un antifongique.",
     "Les adultes atteints d’une granulomatose septique chronique reçoivent un antifongique."),
    ("tester-positif-test-positif", "Elle a testé positive au cytomégalovirus après la greffe.",
     None),
    ("monitorer-surveiller", "Le pédiatre va monitorer la croissance de votre enfant.",
     "Le pédiatre va surveiller la croissance de votre enfant."),
    ("librairie-bibliotheque", "Téléchargez les fiches de notre librairie en ligne pour les patients.",
     "Téléchargez les fiches de notre bibliothèque en ligne pour les patients."),
    ("appointement-rendez-vous", "Votre prochain appointement à la consultation d’immunologie est en mars.",
     "Votre prochain rendez-vous à la consultation d’immunologie est en mars."),
    ("disposer-de-eliminer", "Disposez de la seringue usagée dans le collecteur fourni.",
     "Éliminez la seringue usagée dans le collecteur fourni."),
    ("formule-preparation", "Les nourrissons nourris à la formule reçoivent aussi de la vitamine D.",
     "Les nourrissons nourris à la préparation reçoivent aussi de la vitamine D."),
    ("delivrer-bebe-accoucher", "Les femmes atteintes de DICV peuvent délivrer leur bébé sans risque particulier.",
     "Les femmes atteintes de DICV peuvent accoucher sans risque particulier."),
]

RIGHT = [
    "Le physicien médical contrôle l’appareil de radiothérapie chaque matin.",
    "Le traitement a été définitivement arrêté après la greffe.",
    "Vous devriez définitivement être protégé après la deuxième dose.",
    "Rapportez les médicaments non utilisés à votre pharmacien.",
    "Les symptômes rapportés par les parents orientent le médecin vers un déficit immunitaire.",
    "Des réactions allergiques ont été rapportées chez quelques patients ; parlez-en à votre médecin.",
    "Il a proféré des injures contre l’infirmière, qui a porté plainte.",
    "Les parents ont trouvé l’équipe très compréhensive pendant l’hospitalisation.",
    "Une alimentation consistante aide l’enfant à reprendre du poids.",
    "Les résultats sont compatibles avec un déficit immunitaire commun variable.",
    "Vous trouverez ce livre sur la maladie en librairie.",
    "La lecture des résultats se fait avec le médecin.",
    "Le médecin a donné lecture du compte rendu aux parents.",
    "Le déficit a été diagnostiqué avec retard chez la plupart des adultes.",
    "Le plasma est testé pour les virus avant le fractionnement.",
    "Le pharmacien délivre les immunoglobulines sur ordonnance hospitalière.",
    "Les appointements du personnel de l’hôpital sont versés le 28 du mois.",
    "Le service dispose d’aiguilles et de seringues pour les injections sous-cutanées.",
    "Chaque hôpital dispose des médicaments nécessaires en cas de réaction à la perfusion.",
    "La formule leucocytaire du nourrisson est normale.",
    "Le scope permet de monitorer la fréquence cardiaque en continu.",
]


@pytest.mark.parametrize(("rule", "wrong", "fixed"), WRONG)
def test_wrong_uses_are_reported_and_fixed(rule: str, wrong: str, fixed: str | None) -> None:
    assert rule in _rules(wrong)
    if fixed is not None:
        assert fix_text(wrong) == fixed


@pytest.mark.parametrize("text", RIGHT)
def test_correct_uses_stay_silent(text: str) -> None:
    # Any severity: the correct sense must not even be suggested.
    assert not _rules(text, "info") & _CLASSIC, text


def _classic_ids() -> set[str]:
    path = Path(__file__).resolve().parents[1] / "glossaries/en-fr/rules/classic-false-friends.yaml"
    return {rule["id"] for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]}


_CLASSIC = _classic_ids()


def test_passive_tested_positive_is_only_a_preference() -> None:
    findings = [f for f in check_text("Le donneur a été testé positif au cytomégalovirus.") if f.rule_id in _CLASSIC]
    assert [(f.rule_id, f.severity) for f in findings] == [("teste-positif-declare-positif", "info")]
