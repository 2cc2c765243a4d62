"""Replacements agree with what they replace: tense, number, gender, elision."""

from __future__ import annotations

import pytest

import medgloss


def _fix(text: str) -> str:
    return medgloss.fix_text(text, unsafe=True)


@pytest.mark.parametrize(
    ("wrong", "fixed"),
    [
        ("Ce traitement humidifie le système immunitaire.", "Ce traitement atténue le système immunitaire."),
        ("Ce traitement humidifiait le système immunitaire.", "Ce traitement atténuait le système immunitaire."),
        ("Ces traitements humidifieront la réponse immunitaire.", "Ces traitements atténueront la réponse immunitaire."),
        ("En humidifiant la réponse immunitaire, on soulage.", "En atténuant la réponse immunitaire, on soulage."),
        ("Nous humidifions la réponse inflammatoire.", "Nous atténuons la réponse inflammatoire."),
        ("Le médicament humidifiait la réponse inflammatoire.", "Le médicament atténuait la réponse inflammatoire."),
        ("En humidifiant le système immunitaire, on soulage.", "En atténuant le système immunitaire, on soulage."),
    ],
)
def test_verbs_keep_tense_person_and_number(wrong: str, fixed: str) -> None:
    assert _fix(wrong) == fixed


def test_participle_is_chosen_by_the_parse() -> None:
    assert _fix("Le traitement débute dès que le diagnostic est atteint.") == "Le traitement débute dès que le diagnostic est posé."


def test_nouns_keep_number() -> None:
    assert _fix("Les syndromes de carence en NEMO sont rares.") == "Les déficits en NEMO sont rares."
    assert _fix("Une greffe de cellules souches sanguines.") == "Une greffe de cellules souches hématopoïétiques."
    assert _fix("Des greffes de cellules souches sanguines.") == "Des greffes de cellules souches hématopoïétiques."
    assert _fix("Une cellule souche sanguine.") == "Une cellule souche hématopoïétique."


def test_gender_change_carries_to_the_determiner() -> None:
    assert _fix("On pose une canule dans une veine du bras.") == "On pose un cathéter dans une veine du bras."


def test_capitalisation_is_kept() -> None:
    assert _fix("Humidifier le système immunitaire reste délicat.") == "Atténuer le système immunitaire reste délicat."


@pytest.mark.parametrize(
    ("wrong", "fixed"),
    [
        # determiner, adjective and attribute follow the new gender
        ("Il faut nettoyer la canule veineuse avant la perfusion.", "Il faut nettoyer le cathéter veineux avant la perfusion."),
        ("La canule est posée dans une veine.", "Le cathéter est posé dans une veine."),
        ("Les canules veineuses sont changées tous les jours en perfusion.",
         "Les cathéters veineux sont changés tous les jours en perfusion."),
        ("On a posé une canule veineuse.", "On a posé un cathéter veineux."),
        ("La canule est posée dans la veine.", "Le cathéter est posé dans la veine."),
        ("Les canules veineuses sont posées.", "Les cathéters veineux sont posés."),
        ("On retire les canules veineuses après la perfusion.", "On retire les cathéters veineux après la perfusion."),
        ("Le débit de la canule veineuse est réglé pour la perfusion.", "Le débit du cathéter veineux est réglé pour la perfusion."),
        ("La surveillance permet d’attraper les infections tôt.", "La surveillance permet de détecter les infections tôt."),
        # contraction: « de le » and « à le » never appear
        ("Le tube passe par l’aiguille de la canule dans la veine.", "Le tube passe par l’aiguille du cathéter dans la veine."),
        ("On fixe le pansement à la canule de la veine.", "On fixe le pansement au cathéter de la veine."),
        # elision follows the new first letter
        ("Une surveillance permet d’attraper les infections tôt.", "Une surveillance permet de détecter les infections tôt."),
        # an article elided by the new gender loses its space (« la gamme » → « l’intervalle »)
        ("Le taux est revenu dans la gamme normale.", "Le taux est revenu dans l’intervalle de référence."),
        # a noun of the other gender with its determiner and attribute
        ("La carence en NEMO est grave.", "Le déficit en NEMO est grave."),
    ],
)
def test_agreement_around_a_replaced_noun(wrong: str, fixed: str) -> None:
    assert _fix(wrong) == fixed


def test_participle_in_compound_tense() -> None:
    assert _fix("Le diagnostic a été atteint tardivement.") == "Le diagnostic a été posé tardivement."


def test_acronym_expansion_keeps_its_own_case() -> None:
    # The capitals of HSCT are those of an acronym, not of the sentence.
    assert _fix("Avant la HSCT, un conditionnement est nécessaire.") == "Avant la greffe de CSH, un conditionnement est nécessaire."
    assert _fix("HSCT : le donneur est prélevé le matin.") == "Greffe de CSH : le donneur est prélevé le matin."
    assert _fix("Les IVIG sont perfusées chaque mois.") == "Les IgIV sont perfusées chaque mois."


def test_the_accented_form_decides_the_tense() -> None:
    # « donné » and « donne » fold alike; the participle must give « fait », not « faire ».
    assert _fix("L’infirmière lui a donné une piqûre dans la cuisse.") == "L’infirmière lui a fait une piqûre dans la cuisse."
    assert _fix("Elle donne une injection chaque jour.") == "Elle fait une injection chaque jour."


def test_attribute_mistagged_as_participle_is_agreed_as_an_adjective() -> None:
    # spaCy's small model reads « fréquentes » as a participle of « fréquenter ».
    assert _fix("Les carences partielles en IgA sont fréquentes.") == "Les déficits partiels en IgA sont fréquents."
    assert _fix("Il présente une carence sévère en NEMO.") == "Il présente un déficit sévère en NEMO."


@pytest.mark.parametrize(
    ("surface", "hint", "agreed_with", "lemma"),
    [
        ("fréquentes", "fréquenter", ("f", "p"), "fréquent"),
        ("veineuses", "", ("f", "p"), "veineux"),
        ("partielles", "", None, "partiel"),
        ("normaux", "", ("m", "p"), "normal"),
        ("sévère", "sévère", ("f", "s"), "sévère"),
        ("posée", "poser", ("f", "s"), "posé"),
    ],
)
def test_adjective_lemma_is_checked_by_regenerating_the_form(surface, hint, agreed_with, lemma) -> None:
    from medgloss.french.inflect import adjective_lemma

    assert adjective_lemma(surface, hint, agreed_with) == lemma



@pytest.mark.parametrize(
    ("wrong", "fixed"),
    [
        # the passive: the object the rule's context looks for stands before the participle,
        # and the replacement participle agrees with the subject
        ("Le système immunitaire a été humidifié par le traitement.", "Le système immunitaire a été atténué par le traitement."),
        ("Les réponses immunitaires sont humidifiées.", "Les réponses immunitaires sont atténuées."),
        # a participle used as an adjective
        ("Une réponse inflammatoire humidifiée par les corticoïdes.", "Une réponse inflammatoire atténuée par les corticoïdes."),
    ],
)
def test_verb_rules_fire_in_the_passive_and_on_participles(wrong: str, fixed: str) -> None:
    assert _fix(wrong) == fixed
