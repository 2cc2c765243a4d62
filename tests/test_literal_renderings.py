"""MG118: literal renderings of a known concept, whatever their articles, possessives and order.

The wrong sentences are machine-translation style renderings that MG110's generated strings do
not hold (a possessive or a preposition of place between the words, the adjective after the
complement); the right ones are correct French on the same concepts, or everyday French that
shares their words.
"""

from __future__ import annotations

import pytest

from medgloss import check_text, default_glossary
from medgloss.checks.selection import STAGES
from medgloss.fixing.apply import apply_fixes
from medgloss.glossary.literal_index import LINKS, NOUN, OWN, build_index, literal_index
from medgloss.text.fold import fold_term

# (wrong sentence, the span reported, the preferred term proposed, the corrected sentence)
WRONG = [
    ("Le niveau de sucre dans votre sang doit être surveillé après la greffe.",
     "niveau de sucre dans votre sang", "glycémie", "La glycémie doit être surveillée après la greffe."),
    ("La pression de votre sang est trop haute depuis la greffe.",
     "pression de votre sang", "tension artérielle", "La tension artérielle est trop haute depuis la greffe."),
    ("Les dommages à votre foie sont fréquents après la chimiothérapie.",
     "dommages à votre foie", "atteintes hépatiques", None),
    ("Le compte de vos plaquettes est bas après la chimiothérapie.",
     "compte de vos plaquettes", "numération plaquettaire", None),
    ("Le taux de votre cœur augmente pendant la fièvre.",
     "taux de votre cœur", "fréquence cardiaque", None),
    ("Les cellules de votre sang blanches sont basses après la chimiothérapie.",
     "cellules de votre sang blanches", "globules blancs", None),
]

RIGHT = [
    # the concepts' own French, in its order or another one
    "La glycémie doit être surveillée après la greffe.",
    "La numération des plaquettes est basse après la chimiothérapie.",
    "Le nombre de plaquettes est bas après la chimiothérapie.",
    "Les antécédents médicaux du patient sont notés avant la greffe.",
    "La fréquence cardiaque augmente pendant la fièvre.",
    "La moelle osseuse produit les cellules du sang après la greffe.",
    # French that says it the same way: a preposition of place between two words
    "Le taux de sucre dans le sang est mesuré à jeun avant la greffe.",
    # a fixed phrase of French joined by « en »
    "Pour que la numération soit prise en compte, le prélèvement doit être frais.",
    # a verb or punctuation between the words: no noun phrase
    "Le compte est bon : les plaquettes remontent après la greffe.",
    "La pression monte dans le sang après la greffe.",
    # a first noun that renders a modifier (count recovery: « compte », then « prise »)
    "Le médecin ajuste la dose sans tenir compte de la prise de poids après la greffe.",
    # an article right after a noun opens another noun phrase (platelet count)
    "Le médecin porte sur le compte les plaquettes transfusées après la greffe.",
    # a modifier's word that is an adjective too, read as one (normal values: « standard »)
    "Le laboratoire affiche les valeurs standard de la glycémie après la greffe.",
    # only some of the English words (« blood » of « blood sugar level » missing)
    "Le niveau de sucre a baissé après la greffe.",
    # English left as it is: MG111's finding, not a rendering
    "La expiration date est imprimée sur la boîte après la greffe.",
]


@pytest.mark.parametrize(("text", "span", "preferred", "fixed"), WRONG)
def test_literal_renderings_are_reported_with_the_preferred_term(text: str, span: str, preferred: str,
                                                                  fixed: str | None) -> None:
    (finding,) = [f for f in check_text(text) if f.rule == "MG118"]
    assert finding.found == span and finding.severity == "warning"
    assert finding.replacements[0] == preferred and not finding.fix.safe
    assert "rendu littéral de « " in finding.message
    corrected = apply_fixes(text, [finding], unsafe=True).text
    assert span not in corrected and preferred in corrected
    if fixed is not None:
        # the article and the agreeing words follow the new head's gender
        assert corrected == fixed


@pytest.mark.parametrize("text", RIGHT)
def test_french_of_the_same_concepts_stays_silent(text: str) -> None:
    assert not [f for f in check_text(text) if f.rule == "MG118"]


def test_a_text_without_a_glossary_term_does_not_load_the_index() -> None:
    # « compte » and « plaquettes » alone are no term: the detector stays out of non-medical text
    assert not [f for f in check_text("Le compte de vos plaquettes est bas.") if f.rule == "MG118"]


def test_the_index_maps_each_english_word_to_its_french_lemmas() -> None:
    glossary = default_glossary()
    index = literal_index(glossary)
    by_english = {(p.concept, p.english): i for i, p in enumerate(index.patterns)}
    platelet_count = next(i for (concept, english), i in by_english.items() if english == "platelet count")
    pattern = index.patterns[platelet_count]
    assert pattern.slots == 2 and pattern.head == 1

    def slots(form: str) -> dict[int, int]:
        flat = index.slots_of(fold_term(form))
        return {flat[k + 1]: flat[k + 2] for k in range(0, len(flat), 3) if flat[k] == platelet_count}

    # « compte » (count) is the dictionary's word, not the concept's French: a foreign noun
    assert slots("compte") == {1: NOUN}
    # « plaquettes » is the concept's own (numération plaquettaire: its relational adjective)
    assert slots("plaquettes")[0] & OWN and slots("plaquettes")[0] & NOUN
    assert slots("plaquettaire")[0] & OWN
    # links are never indexed words
    assert not any(index.slots_of(link) for link in LINKS)


def test_the_index_keeps_attested_french_made_of_its_words() -> None:
    index = literal_index(default_glossary())
    # a correct term of the glossary whose words are all indexed
    assert "numeration plaquettaire" in index.attested


def test_the_cached_index_is_the_built_one() -> None:
    glossary = default_glossary()
    built = build_index(glossary)
    cached = literal_index(glossary)
    assert built.patterns == cached.patterns and built.forms == cached.forms and built.attested == cached.attested


def test_the_stage_reads_the_findings_of_the_detectors_before_it() -> None:
    gives, reads = STAGES["literal"]
    assert gives == {"MG118"} and "calques" in reads and "terms" in reads
    # and the detectors that keep off other findings read it
    for stage in ("agreement", "body_parts", "acronyms", "escalation", "clinical"):
        assert "literal" in STAGES[stage][1]


def test_selecting_mg118_gives_the_findings_of_a_full_run() -> None:
    text = "\n\n".join(t for t, *_ in WRONG) + "\n\n" + "\n\n".join(RIGHT)
    full = [(f.offset, f.found, f.replacements) for f in check_text(text) if f.rule == "MG118"]
    selected = [(f.offset, f.found, f.replacements) for f in check_text(text, select=["MG118"])]
    assert full == selected and len(full) == len(WRONG)


def test_the_exhaustive_path_gives_the_same_findings() -> None:
    text = " ".join(t for t, *_ in WRONG[:3]) + " " + RIGHT[0]
    fast = [(f.rule, f.offset, f.found, f.replacements) for f in check_text(text)]
    assert [r for r in fast if r[0] == "MG118"]
    assert fast == [(f.rule, f.offset, f.found, f.replacements) for f in check_text(text, exhaustive=True)]

