"""Everyday anglicisms of health prose (issue 16, round 5), rules of
glossaries/en-fr/rules/everyday-anglicisms.yaml, on sentences other than the rules' own examples:
other persons, tenses and word orders of the same calques, which must be reported at warning (what
``medgloss check`` shows by default) and fixed into the French of the references; and the French
senses of the same words, which must stay silent at warning and above.  The sentences are written
for the project in the manner of machine-translated patient pages (no third-party text).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medgloss import check_text, fix_text

_FILE = Path(__file__).resolve().parents[1] / "glossaries/en-fr/rules/everyday-anglicisms.yaml"
_RULES = {rule["id"] for rule in yaml.safe_load(_FILE.read_text(encoding="utf-8"))["rules"]}


def _serious(text: str) -> set[str]:
    return {f.rule_id for f in check_text(text) if f.severity in ("warning", "error")}


WRONG = [
    ("assumer-que-supposer", "Nous avons assumé que la toux venait d’un rhume.",
     "Nous avons supposé que la toux venait d’un rhume."),
    ("avoir-une-fievre-de-la-fievre", "Le bébé avait une fièvre ; il a été vu aux urgences.",
     "Le bébé avait de la fièvre ; il a été vu aux urgences."),
    ("chances-de-developper-risque", "L’obésité augmente la chance de développer un diabète.",
     "L’obésité augmente le risque de développer un diabète."),
    ("aussi-connu-comme-appele", "La roséole, également connue comme sixième maladie, donne une forte fièvre.",
     "La roséole, également appelée sixième maladie, donne une forte fièvre."),
    ("tourner-couleur-devenir", "Après la piqûre, la zone a tourné violette.",
     None),
    ("consulter-avec-consulter", "Les femmes enceintes doivent consulter avec leur sage-femme.", None),
    ("consulter-avec-consulter", "Consultez avec un médecin si la douleur persiste.",
     "Consultez un médecin si la douleur persiste."),
    ("en-autant-que-dans-la-mesure-ou", "Vous pouvez allaiter en autant qu’aucun médicament n’est contre-indiqué.",
     None),
    ("faire-une-decision-prendre", "Ils ont fait la décision d’arrêter le traitement.",
     "Ils ont pris une décision d’arrêter le traitement."),
    ("interieur-de-duree-delai", "Un rappel est nécessaire à l’intérieur de six mois.",
     "Un rappel est nécessaire dans un délai de six mois."),
    ("dans-l-ordre-de-infinitif-afin", "Lavez la plaie dans l’ordre de prévenir une infection.",
     "Lavez la plaie afin de prévenir une infection."),
    ("jusqu-a-date-jusqu-a-present", "Aucun cas n’a été signalé jusqu’à date dans la région.",
     "Aucun cas n’a été signalé jusqu’à présent dans la région."),
    ("issue-de-sante-probleme", "Cette issue de santé touche surtout les femmes.",
     "Ce problème de santé touche surtout les femmes."),
    ("operer-machines-utiliser", "Évitez d’opérer des machines dangereuses pendant le traitement.",
     "Évitez d’utiliser des machines dangereuses pendant le traitement."),
    ("payer-attention-faire-attention", "Les parents doivent payer attention à la température de l’enfant.",
     "Les parents doivent faire attention à la température de l’enfant."),
    ("prendre-avantage-profiter", "Les patients peuvent prendre avantage d’un bilan gratuit.",
     "Les patients peuvent profiter d’un bilan gratuit."),
    ("prendre-action-agir", "Les autorités ont pris action contre l’épidémie.",
     "Les autorités ont agi contre l’épidémie."),
    ("prendre-des-chances-risques", "Il ne faut pas prendre de chances avec une morsure de chien.",
     "Il ne faut pas prendre de risques avec une morsure de chien."),
    ("sur-antibiotiques-sous", "Les enfants mis sur oxygène sont surveillés de près.",
     "Les enfants mis sous oxygène sont surveillés de près."),
    ("etre-suppose-cense", "Le pansement est supposé rester sec pendant deux jours.",
     "Le pansement est censé rester sec pendant deux jours."),
    ("verifier-avec-aupres-de", "Il faut vérifier avec son pharmacien si le sirop convient.",
     "Il faut vérifier auprès de son pharmacien si le sirop convient."),
    ("courir-dans-les-familles-transmettre", "L’hypertension court dans certaines familles.", None),
    ("prestataire-soigne-professionnel", "Votre prestataire examinera la gorge et les oreilles.",
     "Votre professionnel de santé examinera la gorge et les oreilles."),
    ("prestataire-consulte-professionnel", "Appelez votre fournisseur si la fièvre dépasse trois jours.",
     "Appelez votre professionnel de santé si la fièvre dépasse trois jours."),
    ("oeil-rose-conjonctivite", "Les yeux roses et collés le matin font penser à une infection.", None),
    ("brulure-cardiaque-estomac", "Une brûlure cardiaque après le repas est fréquente pendant la grossesse.",
     "Une brûlure d’estomac après le repas est fréquente pendant la grossesse."),
    ("pilule-controle-naissances-contraceptive", "La pilule de contrôle des naissances se prend chaque jour.",
     "La pilule contraceptive se prend chaque jour."),
    ("muscle-tire-claquage", "Les muscles tirés sont fréquents chez les coureurs.",
     "Les claquages sont fréquents chez les coureurs."),
    ("tirer-muscle-froisser", "Elle a tiré un muscle de la cuisse pendant la course.",
     "Elle a froissé un muscle de la cuisse pendant la course."),
    ("prendre-medecine-medicament", "N’oubliez pas de prendre votre médecine au coucher.",
     "N’oubliez pas de prendre votre médicament au coucher."),
    ("medecine-contre-symptome-medicament", "Une médecine contre la fièvre peut masquer les symptômes.",
     "Un médicament contre la fièvre peut masquer les symptômes."),
    ("tomber-endormi-s-endormir", "Les enfants anxieux ont du mal à tomber endormi le soir.",
     "Les enfants anxieux ont du mal à s’endormir le soir."),
]

RIGHT = [
    # The French senses of the same words.
    "Chaque patient doit assumer ses choix de traitement.",
    "Les parents assument tout ce qu’implique une maladie chronique.",
    "Une fièvre élevée chez un nourrisson impose de consulter.",
    "Il a eu une fièvre de 40 °C pendant la nuit.",
    "Les chances de succès de la greffe sont bonnes.",
    "Les chances de survie ont beaucoup augmenté.",
    "Il est connu comme un excellent chirurgien.",
    "Ce chirurgien, aussi connu comme le meilleur de la région, opère demain.",
    "La situation a tourné au drame.",
    "Tournez la page pour lire la suite.",
    "Ce dossier se consulte avec l’accord du patient.",
    "Pour autant que l’on sache, ce traitement est sûr.",
    "L’addition de ces deux médicaments augmente le risque de saignement.",
    "Le médecin fait sa décision en connaissance de cause.",
    "Les résultats arrivent dans les 48 heures.",
    "Des taches blanches apparaissent à l’intérieur des joues.",
    "Les patients sont reçus dans l’ordre de leur arrivée.",
    "Le flacon se conserve jusqu’à la date de péremption.",
    "L’issue de la grossesse a été heureuse.",
    "Une issue favorable est attendue dans la plupart des cas.",
    "Le chirurgien va opérer votre enfant sous anesthésie générale.",
    "Le pansement a coûté cher ; il faut payer la facture.",
    "Il prend l’avantage sur la maladie grâce au traitement.",
    "Prenez des mesures si la tension reste élevée.",
    "Mettez toutes les chances de votre côté avant la greffe.",
    "Votre enfant est sous antibiotiques depuis trois jours.",
    "Le débat porte sur antibiotiques et résistances.",
    "L’homme est supposé avoir contracté la maladie en voyage.",
    "Le virus est supposé être transmis par les moustiques.",
    "Vérifiez avec attention la date de péremption.",
    "Les enfants courent dans la maison de leur famille.",
    "Le prestataire livre l’oxygène à domicile chaque semaine.",
    "Votre fournisseur d’accès à internet propose la téléconsultation.",
    "Contactez le prestataire si la pompe sonne.",
    "Il est tombé de son lit, endormi.",
    "La souris blanche a un œil rose.",
    "Les brûlures d’estomac sont soulagées par un antiacide.",
    "Le contrôle des naissances est un enjeu de santé publique.",
    "Le tendon tire sur le muscle à chaque pas.",
    "Il faut prendre la médecine du sommeil au sérieux.",
    "La médecine du travail vérifie les vaccins des soignants.",
    "Elle a choisi la médecine générale après son internat.",
]


def test_the_rules_under_test_exist() -> None:
    assert {rule for rule, _, _ in WRONG} <= _RULES


@pytest.mark.parametrize(("rule", "wrong", "fixed"), WRONG)
def test_calque_reported_at_warning_and_fixed(rule: str, wrong: str, fixed: str | None) -> None:
    assert rule in _serious(wrong)
    if fixed is not None:
        assert fix_text(wrong, unsafe=True) == fixed


@pytest.mark.parametrize("sentence", RIGHT)
def test_french_sense_is_silent(sentence: str) -> None:
    assert not (_serious(sentence) & _RULES), sentence
