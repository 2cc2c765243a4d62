"""Wrong single words of everyday health writing (issue 16, round 3), rules of
glossaries/en-fr/rules/health-false-friends.yaml, on sentences other than the rules' own
examples: other inflections, persons and constructions of the same machine-translation errors,
which must be reported at warning (and fixed into grammatical French), and the correct uses of
the same French words, which must stay silent at any severity.  The sentences are written for
the project in the manner of MT pages of patient sites (no third-party text); the bilingual
cases show that the English side only fires with the health sense.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medgloss import check_file, check_text, fix_text

_FILE = Path(__file__).resolve().parents[1] / "glossaries/en-fr/rules/health-false-friends.yaml"
_RULES = {rule["id"] for rule in yaml.safe_load(_FILE.read_text(encoding="utf-8"))["rules"]}


def _rules(text: str, severity: str = "warning") -> set[str]:
    order = ("info", "warning", "error")
    return {f.rule_id for f in check_text(text) if order.index(f.severity) >= order.index(severity)}


WRONG = [
    ("tabouret-selle", "Un tabouret liquide et pâle après un voyage doit faire penser à une infection.",
     "Une selle liquide et pâle après un voyage doit faire penser à une infection."),
    ("tabouret-selle", "Apportez un échantillon de tabourets frais au laboratoire pour la recherche de sang occulte.", None),
    ("taupe-grain-de-beaute", "Le dermatologue retire la taupe sous anesthésie locale et l’envoie en biopsie.",
     "Le dermatologue retire le grain de beauté sous anesthésie locale et l’envoie en biopsie."),
    ("ruche-urticaire", "Les antihistaminiques soulagent les ruches en quelques heures.",
     "Les antihistaminiques soulagent les urticaires en quelques heures."),
    ("saisie-crise", "Un enfant qui fait une saisie peut perdre connaissance quelques minutes.", None),
    ("saisie-crise", "Les médicaments antiépileptiques réduisent le nombre de saisies.",
     "Les médicaments antiépileptiques réduisent le nombre de crises."),
    ("eleve-pupille", "Des élèves qui ne réagissent plus à la lumière après un choc à la tête imposent un scanner.", None),
    ("veau-mollet", "Les crampes du veau la nuit sont fréquentes pendant la grossesse.",
     "Les crampes du mollet la nuit sont fréquentes pendant la grossesse."),
    ("temple-tempe", "La douleur de la céphalée de tension serre le front et les temples.",
     "La douleur de la céphalée de tension serre le front et les tempes."),
    ("tendresse-sensibilite", "Le médecin recherche une tendresse des articulations à la palpation.",
     "Le médecin recherche une sensibilité des articulations à la palpation."),
    ("tendre-sensible", "Les ganglions du cou sont gonflés et tendres.",
     "Les ganglions du cou sont gonflés et sensibles."),
    ("flegme-glaire", "Crachez le flegme au lieu de l’avaler quand vous toussez.",
     "Crachez la glaire au lieu de l’avaler quand vous toussez."),
    ("joint-articulation", "La polyarthrite rhumatoïde touche d’abord les petits joints des mains.",
     "La polyarthrite rhumatoïde touche d’abord les petites articulations des mains."),
    ("livraison-accouchement", "La plupart des femmes quittent la maternité deux jours après une livraison sans complication.",
     "La plupart des femmes quittent la maternité deux jours après un accouchement sans complication."),
    ("decharge-ecoulement", "Une décharge de l’oreille après une otite doit faire consulter.",
     "Un écoulement de l’oreille après une otite doit faire consulter."),
    ("glandes-enflees-ganglions", "Les glandes gonflées sous la mâchoire disparaissent après le rhume.",
     "Les ganglions gonflés sous la mâchoire disparaissent après le rhume."),
    ("drogue-sur-ordonnance-medicament", "Une drogue anti-inflammatoire est donnée contre la douleur.",
     "Un médicament anti-inflammatoire est donné contre la douleur."),
    # The fix is offered but not applied by --fix: « fluidifie » is unknown to the verifier.
    ("drogue-sur-ordonnance-medicament", "Cette drogue anticoagulante fluidifie le sang.", None),
    ("large-quantite-grande-quantite", "Le corps perd une large quantité de liquide pendant la diarrhée.",
     "Le corps perd une grande quantité de liquide pendant la diarrhée."),
    ("resumer-reprendre", "Les patients peuvent résumer le sport deux semaines après l’opération.",
     "Les patients peuvent reprendre le sport deux semaines après l’opération."),
    ("sensible-raisonnable", "Il semble sensible de limiter le sel si la tension est élevée.",
     "Il semble raisonnable de limiter le sel si la tension est élevée."),
    ("dramatiquement-considerablement", "Le nombre de cas a chuté dramatiquement depuis la vaccination.",
     "Le nombre de cas a chuté considérablement depuis la vaccination."),
    ("evidence-aucune-preuve", "Il y a peu d’évidence que la vitamine C prévienne le rhume.",
     "Il y a peu de preuve que la vitamine C prévienne le rhume."),
    ("support-soutien", "Les parents reçoivent un support moral de l’association.",
     "Les parents reçoivent un soutien moral de l’association."),
    ("sentir-confortable-a-l-aise", "Beaucoup de patients ne se sentent pas confortables pour parler de leurs selles.",
     "Beaucoup de patients ne se sentent pas à l’aise pour parler de leurs selles."),
    ("sur-base-quotidienne", "Mesurez votre glycémie sur une base journalière.", "Mesurez votre glycémie quotidiennement."),
    ("plaie-froide-bouton-de-fievre", "Une plaie froide est contagieuse pendant dix jours.",
     "Un bouton de fièvre est contagieux pendant dix jours."),
    # Not applied by --fix: the verifier cannot tell that « dure » agrees with « toucher ».
    ("examen-rectal-digital-toucher-rectal", "L’examen digital rectal dure moins d’une minute.", None),
]

RIGHT = [
    # The same French words in their own senses, in health pages.
    "Pour aller à la selle, surélevez les pieds avec un tabouret physiologique.",
    "L’infirmière s’assoit sur un tabouret pour faire la prise de sang.",
    "La taupe est un petit mammifère qui creuse des galeries dans le jardin.",
    "Un pull couleur taupe ne protège pas la peau du soleil.",
    "L’apiculteur allergique aux piqûres ouvre les ruches avec une combinaison.",
    "La saisie des données du patient épileptique est faite sur l’ordinateur du service.",
    "La douane a annoncé la saisie de médicaments contrefaits contre l’épilepsie.",
    "Les élèves de la classe passent un dépistage de la vue avec l’infirmière scolaire.",
    "Le foie de veau est riche en fer, utile en cas d’anémie et de crampes.",
    "Le temple protestant accueille une conférence sur la migraine.",
    "Les parents entourent de tendresse leur enfant qui a mal au ventre.",
    "Le muscle du mollet peut se tendre brusquement pendant l’effort.",
    "La peau du nourrisson est tendre et fragile.",
    "Il a écouté le diagnostic avec flegme, sans montrer d’inquiétude.",
    "Le joint de la pompe à perfusion doit être changé si elle fuit.",
    "Le formulaire ci-joint décrit la douleur à signaler.",
    "La livraison du lait maternisé à domicile est possible pour les bébés prématurés.",
    "Une décharge électrique anormale des neurones provoque la crise d’épilepsie.",
    "Le patient signe une décharge s’il quitte l’hôpital contre avis médical.",
    "Dans les oreillons, les glandes salivaires gonflées rendent la mastication douloureuse.",
    "La consommation de drogues dures aggrave la dépression.",
    "Un antibiotique à large spectre est prescrit en urgence.",
    "Une large part des infections urinaires guérit sans traitement.",
    "Pour résumer, la fièvre de l’enfant est le plus souvent bénigne.",
    "Ce test est sensible à 95 % pour le diagnostic de la grippe.",
    "La zone reste sensible au toucher pendant quelques jours.",
    "La situation sanitaire du pays est dramatique.",
    "L’étude a mis en évidence un lien entre le tabac et le cancer du poumon.",
    "À l’évidence, le repos ne suffit pas.",
    "Un support transfusionnel est parfois nécessaire pendant la chimiothérapie.",
    "Portez des chaussures confortables pour marcher après l’opération.",
    "La cicatrisation d’une plaie du lit de l’ongle prend une semaine.",
    "L’examen rectal se fait en position allongée sur le côté.",
]


@pytest.mark.parametrize(("rule", "wrong", "fixed"), WRONG)
def test_wrong_uses_are_reported_and_fixed(rule: str, wrong: str, fixed: str | None) -> None:
    assert rule in _rules(wrong)
    if fixed is not None:
        assert fix_text(wrong) == fixed


@pytest.mark.parametrize("text", RIGHT)
def test_correct_uses_stay_silent(text: str) -> None:
    assert not _rules(text, "info") & _RULES, text


def test_every_rule_of_the_file_has_a_case_here_or_in_its_examples() -> None:
    # The file is the rules' list: nothing in WRONG names a rule that is not in it.
    assert {rule for rule, _, _ in WRONG} <= _RULES


_PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: fr\\n"

msgid "Febrile seizures are common in young children."
msgstr "Les saisies fébriles sont fréquentes chez les jeunes enfants."

msgid "Hives are itchy red welts on the skin."
msgstr "Les ruches sont des plaques rouges qui démangent sur la peau."

msgid "Bee hives need care in winter."
msgstr "Les ruches demandent des soins en hiver."

msgid "Students must bring a pupil card."
msgstr "Les élèves doivent apporter une carte."

msgid "The temple was built in 1200."
msgstr "Le temple a été construit en 1200."

msgid "Joint account"
msgstr "Compte joint"

msgid "The calf was born on the farm."
msgstr "Le veau est né à la ferme."
'''


def test_catalog_entries_are_judged_by_their_english(tmp_path: Path) -> None:
    path = tmp_path / "health.po"
    path.write_text(_PO, encoding="utf-8")
    mine = [f for f in check_file(path) if f.rule_id in _RULES]
    assert sorted((f.line, f.rule_id) for f in mine) == [(7, "saisie-crise"), (10, "ruche-urticaire")]
