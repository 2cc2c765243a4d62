"""Clinical false friends and verb × object collocations (issue 16): the word classes rules cite
(« @symptom », « domain:infections ») and the rules on real machine-translated sentences.

The wrong sentences are quotations of machine-translated pages of tests/data/evidence/mt_devset.jsonl
and benchmarks/devset/mt-errors.yaml (URLs there) or sentences of the same make; the right ones
are the correct uses of the same words, which must stay silent.
"""

from __future__ import annotations

import pytest

from medgloss import check_text
from medgloss.errors import GlossaryError
from medgloss.glossary.loader import glossary_from_data, load_glossary


def _data(classes: dict, words: list[str], concepts: list | None = None) -> dict:
    return {
        "sources": {"s": "a source"},
        "word_classes": classes,
        "concepts": concepts or [{"id": "disease", "source": "s", "en": ["x"], "fr": [{"term": "maladie", "status": "preferred"}]}],
        "rules": [{
            "id": "rule-one", "type": "calque", "concept": "disease", "match": "expérimenter", "replace": "ressentir", "source": "s",
            "context": {"after": {"words": words, "window": 3}},
            "examples": [{"wrong": "a", "fixed": "b"}, {"right": "c"}],
        }],
    }


def test_a_rule_cites_word_classes_and_classes_cite_each_other() -> None:
    glossary = glossary_from_data(_data({"symptom": ["douleur", "fièvre"], "effect": ["effet", "@symptom"]},
                                        ["@effect", "réaction", "douleur"]), "g.yaml")
    (condition,) = glossary.rules["rule-one"].context.require
    assert condition.words == ("effet", "douleur", "fièvre", "réaction")


def test_a_domain_stands_for_the_terms_of_its_concepts() -> None:
    concepts = [
        {"id": "disease", "source": "s", "en": ["x"], "fr": [{"term": "maladie", "status": "preferred"}]},
        {"id": "otitis", "source": "s", "domain": "infections", "en": ["otitis"],
         "fr": [{"term": "otite", "status": "preferred"}, {"term": "OMA", "status": "admitted", "abbreviation": True}]},
    ]
    glossary = glossary_from_data(_data({"infection": ["infection", "domain:infections"]}, ["@infection"], concepts), "g.yaml")
    (condition,) = glossary.rules["rule-one"].context.require
    assert condition.words == ("infection", "otite")  # abbreviations are no objects of a verb


@pytest.mark.parametrize(("classes", "words", "message"), [
    ({}, ["@symptom"], "word class 'symptom' is not defined"),
    ({"a": ["@b"], "b": ["@a"]}, ["@a"], "cites itself"),
    ({"a": ["domain:nowhere"]}, ["@a"], "a domain without concepts"),
])
def test_a_class_that_does_not_resolve_is_a_glossary_error(classes: dict, words: list[str], message: str) -> None:
    with pytest.raises(GlossaryError, match=message):
        glossary_from_data(_data(classes, words), "g.yaml")


def test_the_bundled_infection_class_holds_the_infections_of_the_glossary() -> None:
    rule = load_glossary().rules["susceptible-a-infections"]
    words = {w for c in rule.context.require for w in c.words}
    assert {"infection", "maladie"} <= words
    assert len(words) > 20  # the terms of the infections domain came in
    assert not any(w.startswith(("@", "domain:")) for w in words)


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.found) for f in check_text(text) if f.severity in ("warning", "error")]


@pytest.mark.parametrize(("text", "found"), [
    ("La personne touchée est inhabituellement susceptible d'infections par des bactéries et parfois des virus.",
     "susceptible d'infections"),
    ("Les mutations qui causent cette condition conduisent à la production d'une version non fonctionnelle de la "
     "protéine BTK.", "condition"),
    ("Cette condition est généralement considérée comme l’une des formes les plus graves de DIP.", "Cette condition"),
    ("Immunodéficience variable commune : un groupe de conditions entraînant une diminution des fonctions du "
     "système immunitaire.", "conditions"),
    ("Une telle condition pathologique peut se développer dans le corps humain de manière asymptomatique.",
     "condition"),
    ("Bien qu’ils varient selon le type génétique, de certaines de leurs découvertes de laboratoire, ces nourrissons "
     "ont tous une absence de cellules T.", "découvertes"),
    ("Dans le premier cas, Pasteur a exposé des poulets à l’anthrax puis a trempé leurs pieds dans de l’eau froide.",
     "anthrax"),
    ("L'IgA est l'anticorps primaire dans les membranes du tractus respiratoire et gastro-intestinal.", "primaire"),
    ("L'IgA est l'anticorps primaire dans les membranes du tractus respiratoire et gastro-intestinal.", "membranes"),
    ("Avant une transplantation allogénique, le patient reçoit une chimiothérapie. Ce traitement de formation est "
     "administré pour anéantir toutes les cellules malignes restantes.", "traitement de formation"),
    ("Si vous expérimentez des effets secondaires après la perfusion, appelez l’infirmière.", "expérimentez"),
    ("Il a fallu trois ans pour atteindre un diagnostic de déficit immunitaire.", "atteindre"),
    ("Qu'est-ce qu'une carence en Btk ?", "carence"),
    ("Historiquement, les LNH étaient classés selon l'International Working Formulation (IWF) en grade faible, "
     "intermédiaire ou élevé sur la base de la morphologie.", "grade faible"),
    ("Les corticoïdes amortissent la réponse immunitaire chez ces patients.", "amortissent"),
    ("Ces médicaments suppriment le système immunitaire pour éviter le rejet du greffon.", "suppriment"),
])
def test_machine_translated_sentences_are_reported_at_warning_or_above(text: str, found: str) -> None:
    assert any(f.lower() in found.lower() or found.lower() in f.lower() for _, f in _rules(text)), _rules(text)


@pytest.mark.parametrize("text", [
    "Les patients atteints d’un déficit immunitaire reçoivent des immunoglobulines.",
    "Il faut atteindre une dose de 400 mg/kg par mois.",
    "Le laboratoire cherche à développer un vaccin contre le cytomégalovirus.",
    "Environ la moitié des receveurs développeront une infection à CMV après la greffe.",
    "Ce médicament est susceptible de provoquer des infections graves.",
    "Le remboursement est soumis à une condition : l’avis du centre de référence.",
    "Dans ces conditions, la greffe de moelle osseuse est possible chez l’enfant.",
    "La condition physique du patient s’améliore après la greffe.",
    "Un anthrax est un amas de furoncles dû au staphylocoque doré.",
    "L’anticorps primaire est incubé une nuit, puis l’anticorps secondaire est ajouté.",
    "La membrane basale de l’intestin est épaissie chez ces patients.",
    "Les chercheurs expérimentent un nouveau traitement du déficit immunitaire chez la souris.",
    "La découverte de la pénicilline a changé le traitement des infections.",
    "Une carence en B12 ou en fer fatigue beaucoup les patients greffés.",
    "Le conditionnement myéloablatif supprime le système immunitaire du receveur avant la greffe.",
    "Le grade de la tumeur est faible selon la biopsie.",
])
def test_correct_uses_of_the_same_words_stay_silent(text: str) -> None:
    assert _rules(text) == []
