"""Infections named by their site (glossary/site_infections.py) and the clinical calques of
rules/clinical-calques.yaml: sentences of our own, beyond the rules' examples."""

from __future__ import annotations

import pytest

import medgloss
from medgloss.errors import GlossaryError
from medgloss.glossary.loader import glossary_from_data
from medgloss.glossary.site_infections import Site, site_phrases


def _calques(text: str) -> list[tuple[str, str, str]]:
    return [(f.found, f.severity, f.replacements[0] if f.replacements else "")
            for f in medgloss.check_text(text) if f.rule == "MG104"]


def test_site_phrases_link_infection_to_the_organ_every_way() -> None:
    assert site_phrases(Site("oreille", "oreilles", "f")) == [
        "de l’oreille", "des oreilles", "d’oreille", "à l’oreille", "aux oreilles", "d’oreilles"]
    assert site_phrases(Site("rein", "reins", "m")) == ["du rein", "des reins", "de rein", "au rein", "aux reins"]
    assert site_phrases(Site("vessie", "vessies", "f"))[:3] == ["de la vessie", "des vessies", "de vessie"]
    # An invariable plural is listed once.
    assert site_phrases(Site("sinus", "sinus", "m")) == ["du sinus", "des sinus", "de sinus", "au sinus", "aux sinus"]


def test_the_table_generates_one_calque_rule_per_organ() -> None:
    rules = medgloss.default_glossary().rules
    for organ, disease in (("oreille", "otite"), ("sinus", "sinusite"), ("vessie", "cystite"),
                           ("poumons", "pneumonie"), ("rein", "pyélonéphrite")):
        rule = rules[f"infection-{organ}"]
        assert rule.kind == "calque" and rule.replace[0].text == disease and rule.source
        # Never the relational adjective, which is French.
        assert not any(t.text.endswith(("pulmonaire", "urinaire", "rénale")) for t in rule.match)


@pytest.mark.parametrize(("text", "found", "fix"), [
    ("Mon fils a fait trois infections des oreilles cet hiver.", "infections des oreilles", "otites"),
    ("En cas d’infection d’oreille, le médecin examine le tympan.", "infection d’oreille", "otite"),
    ("Des infections des sinus à répétition doivent faire chercher un déficit immunitaire.",
     "infections des sinus", "sinusites"),
    ("Buvez beaucoup d’eau pour prévenir une infection de la vessie.", "infection de la vessie", "cystite"),
    ("Le patient a été hospitalisé pour une infection aux poumons.", "infection aux poumons", "pneumonie"),
])
def test_an_infection_named_by_its_site_is_reported(text: str, found: str, fix: str) -> None:
    assert [(f, r) for f, _s, r in _calques(text)] == [(found, fix)]


@pytest.mark.parametrize("text", [
    # French's own words: the disease, the relational adjective, the definition of the disease.
    "Mon fils a fait trois otites cet hiver.",
    "Une infection pulmonaire grave impose une hospitalisation.",
    "Les infections urinaires sont plus fréquentes chez la femme.",
    "La cystite est une infection de la vessie due le plus souvent à E. coli.",
    "La sinusite chronique est une infection des sinus qui dure plus de trois mois.",
    "On parle d’otite externe quand l’infection touche le conduit auditif.",
    # Other sites and other links.
    "Les infections de la peau guérissent le plus souvent sans cicatrice.",
    "La transmission d’infections aux patients est évitée par le lavage des mains.",
    "Le risque d’infection du greffon est élevé le premier mois.",
    # Two sites coordinated: the disease would name the first only.
    "Une infection des os et des articulations demande une hospitalisation.",
    "Les infections des oreilles ou des sinus reviennent chaque hiver.",
])
def test_french_that_names_the_disease_or_another_site_stays_silent(text: str) -> None:
    assert not [f for f in _calques(text) if f[0].startswith("infection")]


def test_lung_infection_is_info_where_professionals_write_it_too() -> None:
    ((found, severity, fix),) = _calques("Une infection des poumons peut être grave.")
    assert (found, severity, fix) == ("infection des poumons", "info", "pneumonie")


def test_the_fix_keeps_elision_and_number() -> None:
    assert medgloss.fix_text("Le risque d’infection des sinus augmente.") == "Le risque de sinusite augmente."
    assert medgloss.fix_text("Les enfants ont souvent des infections de l’oreille.") == \
        "Les enfants ont souvent des otites."


def test_a_pair_without_a_right_example_is_refused() -> None:
    data = {"site_infections": [{
        "id": "oreille", "concept": "otitis", "en": ["ear infection"],
        "site": {"singular": "oreille", "plural": "oreilles", "gender": "f"},
        "disease": {"term": "otite", "gender": "f"}, "source": "mesh-fr",
        "examples": [{"wrong": "Une infection de l’oreille.", "fixed": "Une otite."},
                     {"wrong": "Des infections de l’oreille.", "fixed": "Des otites."}],
    }]}
    with pytest.raises(GlossaryError, match="right"):
        glossary_from_data(data, "site.yaml")


@pytest.mark.parametrize(("text", "found"), [
    ("Une croissance sous la peau qui grossit doit être montrée au médecin.", "croissance"),
    ("Il a remarqué une croissance dans la bouche, près de la langue.", "croissance"),
    ("Un élargissement des amygdales peut gêner la respiration de l’enfant.", "élargissement"),
    ("Le médecin a noté un élargissement de la rate à l’échographie.", "élargissement"),
    ("Tout changement de la vue doit être signalé à l’ophtalmologiste.", "changement de la vue"),
    ("Un typage de tissu est réalisé chez le donneur.", "typage de tissu"),
    ("La déshydratation vient d’une perte de fluides par les selles.", "fluides"),
    ("La numération sanguine totale est normale.", "numération sanguine totale"),
    ("Le spray peut être utilisé aussi souvent que toutes les deux heures.", "aussi souvent que"),
])
def test_clinical_calques_are_reported(text: str, found: str) -> None:
    assert found in [f[0] for f in _calques(text)]


@pytest.mark.parametrize("text", [
    "La croissance de l’enfant est suivie sur le carnet de santé.",
    "Une croissance sur le long terme des dépenses de santé est attendue.",
    "L’hormone de croissance est injectée le soir.",
    "L’élargissement de l’accès aux soins primaires est un objectif national.",
    "L’élargissement du médiastin est visible sur la radiographie.",
    "L’élargissement des critères de dépistage a augmenté le nombre de cas.",
    "La formule sanguine montre une lymphocytose.",
    "Un changement de vision du monde accompagne souvent la maladie grave.",
    "Le typage tissulaire du donneur est fait au laboratoire d’histocompatibilité.",
    "Les fluides frigorigènes sont stockés à part.",
    "Prenez ce médicament aussi souvent que nécessaire, sans dépasser six doses par jour.",
])
def test_their_french_senses_stay_silent(text: str) -> None:
    assert _calques(text) == []
