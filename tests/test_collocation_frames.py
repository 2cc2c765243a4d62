"""Collocation frames calqued from English (h16colloc): each class on sentences other than the
rules' own examples, wrong and right, and the grammar of the fixes (agreement, contraction,
elision, plural after « des »)."""

from __future__ import annotations

import pytest

from medgloss import check_text, fix_text
from medgloss.french.nominal import pluralise


def _shown(text: str) -> set[str | None]:
    return {f.rule_id for f in check_text(text) if f.severity in ("warning", "error")}


# -- « enfant-bulle » (OQLF) ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fixed"), [
    ("Les enfants à bulles vivent dans un isolateur stérile.", "Les enfants-bulles vivent dans un isolateur stérile."),
    ("Un bébé à bulle a été greffé à Necker.", "Un enfant-bulle a été greffé à Necker."),
    ("Les bébés bulles attendent un donneur.", "Les enfants-bulles attendent un donneur."),
])
def test_bubble_child(text: str, fixed: str) -> None:
    assert fix_text(text) == fixed


def test_bubble_child_right() -> None:
    assert not check_text("L’enfant-bulle a reçu une greffe ; la boisson à bulles est gazeuse.")


def test_compounds_of_two_nouns_take_two_plurals() -> None:
    assert pluralise("enfant-bulle") == "enfants-bulles"
    assert pluralise("cellule-souche") == "cellules-souches"
    assert pluralise("porte-greffe") == "porte-greffes"  # a verb stays invariable
    assert pluralise("vice-président") == "vice-présidents"
    assert pluralise("gastro-intestinal") == "gastro-intestinaux"


# -- « développer la/le » + disease ------------------------------------------------------------

@pytest.mark.parametrize(("text", "fixed"), [
    ("Certains patients greffés vont développer la lymphoproliférative.", None),  # no disease term
    ("Les adultes peuvent développer la leucémie myéloïde chronique après 50 ans.",
     "Les adultes peuvent développer une leucémie myéloïde chronique après 50 ans."),
    ("Après une infection, il a développé le lymphome de Hodgkin.",
     "Après une infection, il a développé un lymphome de Hodgkin."),
])
def test_develop_the_disease(text: str, fixed: str | None) -> None:
    assert fix_text(text, unsafe=True) == (fixed or text)


@pytest.mark.parametrize("text", [
    "Le risque de développer la maladie est faible chez les porteurs.",
    "Le service développe la prise en charge de la leucémie.",
    "Les patients qui développent une neutropénie sont hospitalisés.",
    "Elle a développé le syndrome quelques mois après.",
])
def test_develop_right(text: str) -> None:
    assert not {"developper-la-maladie", "developper-le-maladie"} & _shown(text)


# -- verb of taking + bare treatment -----------------------------------------------------------

@pytest.mark.parametrize(("text", "fixed"), [
    ("Les enfants reçoivent IgSC chaque semaine à domicile.", "Les enfants reçoivent des IgSC chaque semaine à domicile."),
    ("Il faut prendre antibiotique pendant sept jours.", "Il faut prendre des antibiotiques pendant sept jours."),
    ("Elle a reçu immunoglobuline intraveineuse à l’hôpital.",
     "Elle a reçu des immunoglobulines intraveineuses à l’hôpital."),
])
def test_bare_treatment(text: str, fixed: str) -> None:
    assert fix_text(text, unsafe=True) == fixed


@pytest.mark.parametrize("text", [
    "Les enfants reçoivent leurs immunoglobulines chaque semaine.",
    "Il faut prendre un antibiotique pendant sept jours.",
    "Les antibiotiques reçus à l’hôpital sont notés dans le carnet.",
    "Il faut prendre rendez-vous avant la perfusion.",
    "Elle doit recevoir de l’oxygène à domicile.",
])
def test_bare_treatment_right(text: str) -> None:
    assert not {"recevoir-traitement-sans-article", "prendre-traitement-sans-article"} & _shown(text)


# -- « des » + adjective + plural noun of quantity -----------------------------------------------

@pytest.mark.parametrize(("text", "fixed"), [
    ("Le corps fabrique des faibles taux d’anticorps.", "Le corps produit de faibles taux d’anticorps."),
    ("On observe des hauts niveaux de ferritine.", "On observe de hauts niveaux de ferritine."),
    ("Le patient reçoit des fortes doses de corticoïdes.", "Le patient reçoit de fortes doses de corticoïdes."),
])
def test_des_before_an_adjective(text: str, fixed: str) -> None:
    assert fix_text(text, unsafe=True) == fixed


@pytest.mark.parametrize("text", [
    "L’efficacité des fortes doses est démontrée.",
    "Le patient reçoit de fortes doses de corticoïdes.",
    "Le laboratoire mesure des taux faibles d’anticorps.",
])
def test_des_before_an_adjective_right(text: str) -> None:
    assert "des-faibles-taux" not in _shown(text)


# -- property calques ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fixed"), [
    ("Les urines avec une mauvaise odeur font penser à une infection.",
     "Les urines malodorantes font penser à une infection."),
    ("Des vomissements avec du sang imposent une consultation.", "Des vomissements sanglants imposent une consultation."),
    ("Une plaie avec du pus doit être montrée à l’infirmière.", "Une plaie purulente doit être montrée à l’infirmière."),
    ("Des selles liquides avec des glaires évoquent une colite.", "Des selles liquides glaireuses évoquent une colite."),
])
def test_property_calques(text: str, fixed: str) -> None:
    assert fix_text(text, unsafe=True) == fixed


@pytest.mark.parametrize("text", [
    "Le flacon est rempli avec du sang du donneur.",
    "Des selles avec du sang noir évoquent un saignement digestif haut.",
    "La chambre avec une mauvaise odeur doit être aérée.",
])
def test_property_calques_right(text: str) -> None:
    assert not {"avec-du-sang", "avec-une-mauvaise-odeur"} & _shown(text)
