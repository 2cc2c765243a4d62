"""MG119, neighbour concepts: pairs and domain contexts generated from the glossary, and the
check on real sentences (tests/data/neighbour_concepts_devset.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import medgloss
from medgloss.glossary.loader import default_glossary
from medgloss.glossary.neighbours import EXCEPTIONS, _english_heads, build_neighbours, neighbour_index

DEVSET = Path(__file__).parent / "data" / "neighbour_concepts_devset.yaml"
SENTENCES = yaml.safe_load(DEVSET.read_text(encoding="utf-8"))["sentences"]
WRONG = [s for s in SENTENCES if "wrong" in s]
RIGHT = [s for s in SENTENCES if "right" in s]


@pytest.fixture(scope="module")
def index():
    return neighbour_index(default_glossary())


def _mg119(text: str) -> list[medgloss.Finding]:
    return [f for f in medgloss.check_text(text) if f.rule == "MG119"]


def test_pairs_are_generated_with_their_reasons(index):
    glossary = default_glossary()
    pairs = [p for group in index.by_found.values() for p in group]
    assert ("moelle épinière", "moelle osseuse") in {(p.term, p.intended_term) for p in pairs}
    for pair in pairs:
        found, intended = glossary.concepts[pair.found], glossary.concepts[pair.intended]
        assert found.domain != intended.domain
        assert pair.term.split()[0] == pair.intended_term.split()[0]
        # kinds of one thing that English names with one head are never pairs
        assert not _english_heads(found) & _english_heads(intended)
        assert (pair.term, pair.intended_term) not in EXCEPTIONS
    # a generic head with many kinds (« lésion », « examen ») makes no pair
    assert not any(p.head in ("lesion", "examen", "bilan", "soins") for p in pairs)


def test_every_exception_is_a_pair_the_generator_would_make_and_has_a_reason(monkeypatch):
    import medgloss.glossary.neighbours as neighbours

    monkeypatch.setattr(neighbours, "EXCEPTIONS", {})
    generated = {(p.term, p.intended_term) for group in build_neighbours(default_glossary()).by_found.values()
                 for p in group}
    for key, reason in EXCEPTIONS.items():
        assert key in generated, f"exception {key} is no longer generated: drop it"
        assert len(reason) > 10


def test_domain_context_weighs_specific_words_above_shared_ones(index):
    marrow = index.context["bone-marrow"]
    cord = index.context["spinal-cord"]
    # the words of transplantation prove bone marrow, those of the nervous system the spinal cord
    assert marrow.get("donneur", 0) > 3 and marrow.get("myelogramme", 0) > 3
    assert cord.get("vertebral", 0) > 3 and "myelogramme" not in cord
    # a word of many concepts (« cellule ») weighs less than one of the domain only
    assert marrow.get("cellule", 0) < marrow["myelogramme"]


@pytest.mark.parametrize("case", RIGHT, ids=lambda s: s["right"][:50])
def test_right_sentences_stay_clean(case):
    # what ``check`` shows by default; an info finding (below high evidence) is reported apart
    # by benchmarks/neighbour_concepts.py (« la leucémie … envahir le cerveau et la moelle
    # épinière »: the nervous system's words are few in the glossary)
    assert [f for f in _mg119(case["right"]) if f.severity != "info"] == []


def test_most_right_sentences_have_no_finding_at_all():
    alarms = [s["right"] for s in RIGHT if _mg119(s["right"])]
    assert len(alarms) <= len(RIGHT) // 10, alarms


def test_wrong_sentences_are_found_with_the_neighbour_term():
    found = 0
    for case in WRONG:
        findings = _mg119(case["wrong"])
        for finding in findings:
            assert finding.found == case["span"]
            assert finding.replacements[0] == case["correct"]
            assert finding.severity in ("warning", "info")
        found += bool(findings)
    assert found / len(WRONG) >= 0.6


def test_the_fix_agrees_with_the_sentence():
    text = "Avant la greffe, une chimiothérapie détruit la moelle épinière malade du receveur."
    assert medgloss.fix_text(text, unsafe=True) == \
        "Avant la greffe, une chimiothérapie détruit la moelle osseuse malade du receveur."
    finding = _mg119(text)[0]
    assert finding.severity == "warning" and not finding.fix.safe
    assert "moelle osseuse" in finding.message and finding.provenance


def test_a_text_about_both_stays_clean():
    text = ("Le don de moelle osseuse se fait dans l’os du bassin, chez un donneur compatible. "
            "La moelle épinière, elle, est dans la colonne vertébrale.")
    assert _mg119(text) == []


def test_own_domain_words_keep_the_term():
    # transplant words, but also a word of the nervous system: the term may mean itself
    text = "Après la greffe, le receveur a eu une lésion de la moelle épinière lors d’une chute."
    assert _mg119(text) == []


def test_selection_runs_the_check_alone():
    text = "Le fichier des donneurs de moelle épinière recherche un donneur compatible HLA."
    from medgloss.api import checker_for
    from medgloss.checks.selection import selection

    result = checker_for().check(text, selection=selection(["MG119"], None))
    assert [f.rule for f in result.findings if f.rule == "MG119"] == ["MG119"]


def test_frames_are_the_intended_terms_compounds(index):
    pair = index.by_found["spinal-cord"][0]
    # « greffe de moelle osseuse » is a term of the glossary, « greffe de moelle épinière » is not
    assert (("greffe", "de"), ()) in pair.frames
    # a frame is never one where the found term makes a correct term too
    assert all(f[0] != ("lesion", "de") for f in pair.frames)


@pytest.mark.parametrize("text", [
    "On cherche dans la fratrie un donneur de moelle épinière compatible.",
    "La transplantation de moelle épinière a lieu après la chimiothérapie de conditionnement.",
])
def test_the_term_inside_a_compound_of_its_neighbour_is_a_warning_alone(text):
    # a single word of the domain, no window evidence: the compound decides
    finding = _mg119(text)[0]
    assert finding.severity == "warning" and finding.replacements[0] == "moelle osseuse"
    assert "jamais" in finding.message and "de moelle osseuse" in finding.message


def test_a_compound_whose_sentence_denies_the_confusion_stays_clean():
    text = "Le don de moelle épinière, ça n’existe pas : on parle de moelle osseuse, rien à voir."
    assert _mg119(text) == []


def test_a_compound_in_the_terms_own_domain_stays_clean():
    text = "La ponction de la moelle épinière est contre-indiquée en cas de lésion vertébrale."
    assert _mg119(text) == []
