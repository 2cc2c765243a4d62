"""Generated wrong verb–object collocations (MG105 from ``collocations:`` lists, issue 16).

The sentences are written for these tests; none comes from the development or held-out sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import medgloss
from medgloss.errors import GlossaryError
from medgloss.french.forms import term_forms
from medgloss.french.objects import object_after, object_before, subject_before
from medgloss.french.verbs import UnknownVerbError, conjugate
from medgloss.glossary.collocations import NEUTRAL_VERBS, subject_translations, translations
from medgloss.glossary.loader import glossary_from_data
from medgloss.text.fold import fold

_GLOSSARY = medgloss.default_glossary()


def _words(text: str) -> list[str]:
    return fold(text).key.split()


# -- is the noun the verb's object? -------------------------------------------------------

@pytest.mark.parametrize("after", ["une infection", "des infections graves", "facilement une grave infection",
                                   "l’infection", "pas d’infection", "plusieurs infections"])
def test_noun_after_the_verb_is_its_object(after: str) -> None:
    assert object_after(_words(after), ["infection", "infections"], 4)


@pytest.mark.parametrize("after", ["d’une infection", "à soigner une infection", "rendez-vous pour une infection",
                                   "de infection", "le médecin et une infection"])
def test_a_preposition_or_another_noun_is_not_an_object(after: str) -> None:
    assert not object_after(_words(after), ["infection", "infections"], 4)


def test_a_quantity_adverb_and_de_open_an_object() -> None:
    assert object_after(_words("suffisamment de sommeil"), ["sommeil"], 4)
    assert object_after(_words("beaucoup d’infections"), ["infections"], 4)
    assert not object_after(_words("besoin de sommeil"), ["sommeil"], 4)


@pytest.mark.parametrize("before", ["le médicament", "si le traitement ne", "les antibiotiques qui",
                                    "heureusement le traitement", "le traitement de ma mère", "les vaccins peuvent",
                                    "la plupart des traitements"])
def test_noun_before_an_intransitive_verb_is_its_subject(before: str) -> None:
    assert subject_before(_words(before), ["medicament", "traitement", "traitements", "antibiotiques", "vaccins"], 4)


@pytest.mark.parametrize("before", ["le patient qui prend le médicament", "il prend son traitement et",
                                    "le traitement des patients qui", "pour le traitement"])
def test_object_of_another_verb_or_a_complement_is_no_subject(before: str) -> None:
    assert not subject_before(_words(before), ["medicament", "traitement"], 4)


def test_the_complement_of_the_subject_may_be_the_noun() -> None:
    assert subject_before(_words("quand l’effet de l’anesthésie"), ["anesthesie"], 4)
    assert not subject_before(_words("il mesure l’effet de l’anesthésie"), ["anesthesie"], 4)
    assert not subject_before(_words("l’effet de surprise"), ["anesthesie"], 4)


def test_pronominal_verbs_conjugate_in_the_third_persons_after_se() -> None:
    forms = {f.text for f in term_forms("s'éclaircir", "verb")}
    assert {"s'éclaircit", "s'éclaircissent", "s'éclaircira", "s'éclaircir"} <= forms
    assert not any("éclaircissons" in f for f in forms)
    assert "se dissipent" in {f.text for f in term_forms("se dissiper", "verb")}


def test_a_phrasal_verb_said_of_a_subject_is_rendered_by_its_base_bare_and_pronominal() -> None:
    found = subject_translations("clear up")
    assert "s'éclaircir" in found  # the literal equivalent of the phrasal verb
    assert {"dégager", "se dégager", "s'effacer"} <= set(found)  # its base verb's, with « se »
    assert not any(v.startswith(("se ", "s'")) and v.split(" ")[-1].lstrip("s'") in NEUTRAL_VERBS for v in found)


@pytest.mark.parametrize("before", ["un diagnostic est", "le diagnostic n’a pas été", "le diagnostic a été",
                                    "un diagnostic", "le diagnostic est rapidement"])
def test_subject_of_a_passive_stands_before_it(before: str) -> None:
    assert object_before(_words(before), ["diagnostic"], 6)


@pytest.mark.parametrize("before", ["le diagnostic a", "le diagnostic de la maladie", "le diagnostic que le médecin"])
def test_active_past_or_a_complement_is_not_a_passive_subject(before: str) -> None:
    assert not object_before(_words(before), ["diagnostic"], 6)


# -- generation -----------------------------------------------------------------------------

def _data(**overrides: object) -> dict:
    data = {
        "domain": "test",
        "sources": {"src": "A source"},
        "concepts": [{"id": "infection", "source": "src", "en": ["infection"],
                      "fr": [{"term": "infection", "status": "preferred", "pos": "noun", "gender": "f"}]}],
        "collocations": [{
            "id": "coll-x",
            "concept": "infection",
            "source": "src",
            "attested_from": "a reference",
            "object": ["infection"],
            "en_object": "an infection",
            "attested": ["contracter", "saisir"],
            "verbs": [{"en": ["catch"], "use": ["contracter"]}],
            "message": "« {english} » : {use}, pas « {verb} ».",
            "template": "Il peut {verb} une infection.",
            "examples": [{"wrong": "Il attrape une infection.", "fixed": "Il contracte une infection."},
                         {"right": "Il attrape un rhume."}],
        }],
    }
    data["collocations"][0].update(overrides)
    return data


def test_every_literal_verb_not_attested_becomes_a_rule() -> None:
    glossary = glossary_from_data(_data(), "test.yaml")
    verbs = {r.match[0].text for r in glossary.rules.values()}
    assert "attraper" in verbs  # the literal equivalent of « catch »
    assert not verbs & {"contracter", "saisir"}  # attested with the noun
    assert not verbs & NEUTRAL_VERBS
    assert verbs <= set(translations("catch"))
    rule = glossary.rules["coll-x-attraper"]
    assert rule.kind == "collocation" and [t.text for t in rule.replace] == ["contracter"]
    assert rule.context.require[0].side == "object"
    assert "«\u00a0contracter\u00a0»" in rule.message and "attraper" in rule.message
    # Its own example from the template, the list's wrong example with its verb, the right one.
    assert [e.text for e in rule.examples] == ["Il attrape une infection.", "Il peut attraper une infection.",
                                                "Il attrape un rhume."]


def test_a_list_without_a_right_example_is_refused_with_its_file() -> None:
    data = _data(examples=[{"wrong": "Il attrape une infection.", "fixed": "Il contracte une infection."},
                           {"wrong": "Elle attrape une infection.", "fixed": "Elle contracte une infection."}])
    with pytest.raises(GlossaryError, match="right") as info:
        glossary_from_data(data, "mine.yaml")
    assert "mine.yaml" in str(info.value)


def test_a_template_citing_an_unknown_field_is_refused() -> None:
    with pytest.raises(GlossaryError, match="template"):
        glossary_from_data(_data(template="Il peut {verbe} une infection {verb}."), "mine.yaml")


def test_every_bundled_list_generates_rules_with_examples() -> None:
    generated = [r for r in _GLOSSARY.rules.values() if r.context.require and r.context.require[0].side == "object"]
    assert len(generated) >= 40
    assert len({r.id.rsplit("-", 1)[0] for r in generated}) >= 10
    for rule in generated:
        assert any(e.is_wrong for e in rule.examples) and any(not e.is_wrong for e in rule.examples), rule.id


def test_hand_rule_saying_the_same_is_not_duplicated() -> None:
    # « humidifier le système immunitaire » is primary-immunodeficiencies.yaml's rule.
    assert "coll-immune-system-humidifier" not in _GLOSSARY.rules
    assert "humidifier-dampen" in _GLOSSARY.rules


# -- findings and fixes ---------------------------------------------------------------------

def _mg105(text: str) -> list[medgloss.Finding]:
    return [f for f in medgloss.check_text(text) if f.rule == "MG105"]


@pytest.mark.parametrize(("wrong", "fixed"), [
    ("Les nourrissons attrapaient des infections à répétition.",
     "Les nourrissons contractaient des infections à répétition."),
    ("Cette infection a été attrapée pendant le voyage.", "Cette infection a été contractée pendant le voyage."),
    ("Votre médecin vous demandera de prendre un examen de la vue.",
     "Votre médecin vous demandera de passer un examen de la vue."),
    ("Après avoir pris le vaccin, certaines personnes ont mal au bras.",
     "Après avoir reçu le vaccin, certaines personnes ont mal au bras."),
    ("Les adolescents gagnent parfois du poids à la puberté.", "Les adolescents prennent parfois du poids à la puberté."),
    ("Habillez la brûlure avec une compresse stérile.", "Pansez la brûlure avec une compresse stérile."),
    ("Sous traitement, certains patients gagnent 3 ou 4 kg.", "Sous traitement, certains patients prennent 3 ou 4 kg."),
    ("Le pharmacien a rempli deux ordonnances ce matin.", "Le pharmacien a exécuté deux ordonnances ce matin."),
])
def test_wrong_verb_is_reported_and_fixed_in_its_own_form(wrong: str, fixed: str) -> None:
    findings = _mg105(wrong)
    assert len(findings) == 1, findings
    assert findings[0].severity == "warning"
    assert medgloss.fix_text(wrong, unsafe=True) == fixed


@pytest.mark.parametrize("right", [
    "Les enfants attrapent souvent un rhume en hiver.",
    "Les personnes atteintes d’une infection chronique sont suivies à l’hôpital.",
    "Prenez rendez-vous pour un examen de contrôle.",
    "Le pharmacien remplit le formulaire de l’assurance.",
    "Il a gagné du temps grâce à un diagnostic précoce.",
    "L’infection est passée inaperçue.",
    "Une petite plaie peut devenir une infection grave.",
    "Les chercheurs ont obtenu un vaccin efficace.",
    "Il faut prendre le médicament une heure avant le test.",
    "Le technicien court, les analyses attendent depuis une heure.",
    "Résultats radiologiques anormaux au cours de l’examen prénatal systématique.",
    "Le vaccin, l’infirmière le prend dans le réfrigérateur.",
])
def test_right_french_is_not_reported(right: str) -> None:
    assert _mg105(right) == []


@pytest.mark.parametrize(("wrong", "fixed"), [
    ("Le sirop travaillait en quelques minutes.", "Le sirop agissait en quelques minutes."),
    ("Les symptômes du rhume s’éclaircissent en une semaine.", "Les symptômes du rhume disparaissent en une semaine."),
    ("Quand l’effet de l’anesthésie s’use, la douleur revient.",
     "Quand l’effet de l’anesthésie se dissipe, la douleur revient."),
    ("Si le traitement ne travaille pas, revenez nous voir.", "Si le traitement n’agit pas, revenez nous voir."),
])
def test_intransitive_verb_of_a_subject_is_reported_and_fixed(wrong: str, fixed: str) -> None:
    findings = _mg105(wrong)
    assert len(findings) == 1 and findings[0].severity == "warning", findings
    assert medgloss.fix_text(wrong, unsafe=True) == fixed


@pytest.mark.parametrize("right", [
    "Le traitement des patients qui travaillent de nuit est adapté.",
    "La fièvre a brisé son élan.",
    "Le médecin qui suit le traitement travaille à l’hôpital.",
    "L’effet porte surtout sur la douleur.",
    "Le ciel s’éclaircit, les symptômes aussi.",
    "L’effet de surprise s’use vite.",
    "Les délégués du laboratoire visitent les médecins de la région.",
])
def test_subject_rules_stay_silent_on_right_french(right: str) -> None:
    assert [f for f in _mg105(right) if f.severity != "info"] == []


def test_subject_rules_say_their_side() -> None:
    rule = _GLOSSARY.rules["coll-medicine-works-travailler"]
    assert rule.context.require[0].side == "subject"
    assert [t.text for t in rule.replace] == ["agir"]


def _devset() -> dict:
    import yaml

    return yaml.safe_load((Path(__file__).parent / "data" / "collocations" / "verbs_devset.yaml").read_text("utf-8"))


@pytest.mark.parametrize("item", _devset()["wrong"], ids=lambda i: i["verb"])
def test_devset_wrong_collocation_is_found_and_fixed(item: dict) -> None:
    findings = [f for f in medgloss.check_text(item["sentence"])
                if f.rule in ("MG104", "MG105") and f.severity in ("warning", "error")]
    assert [f.found for f in findings] == [item["verb"]]
    assert medgloss.fix_text(item["sentence"], unsafe=True) == item["fixed"]


@pytest.mark.parametrize("sentence", _devset()["right"])
def test_devset_right_french_stays_silent(sentence: str) -> None:
    assert [f for f in medgloss.check_text(sentence) if f.severity in ("warning", "error")] == []


def test_booster_is_only_a_register_note() -> None:
    # « Booster son immunité » is common in French health journalism: info, not a warning.
    text = "Certains sportifs boostent leur système immunitaire avec des vitamines."
    (finding,) = _mg105(text)
    assert finding.severity == "info"
    assert medgloss.fix_text(text, unsafe=True) == "Certains sportifs renforcent leur système immunitaire avec des vitamines."


def test_the_message_names_the_english_verb_and_the_attested_one() -> None:
    (finding,) = _mg105("L’aspirine éclaircit le sang.")
    assert "«\u00a0thin\u00a0»" in finding.message and "«\u00a0fluidifier\u00a0»" in finding.message
    assert finding.replacements[0] == "fluidifie"


# -- conjugation of first-group verbs the tables lack ---------------------------------------

def test_a_regular_er_verb_lexique_knows_is_conjugated_like_aimer() -> None:
    forms = {form for form, _ in conjugate("booster")}
    assert {"booste", "boostent", "boostait", "boostée", "boostés", "boostons"} <= forms


def test_a_made_up_verb_stays_unknown() -> None:
    with pytest.raises(UnknownVerbError):
        conjugate("zorglubifier")


def test_bundled_file_is_where_the_lists_are() -> None:
    path = Path(_GLOSSARY.rules["coll-infection-attraper"].path or "")
    assert path.name == "verb-collocations.yaml"


# -- quotations of real pages ---------------------------------------------------------------

def _quotations() -> dict:
    import yaml

    return yaml.safe_load((Path(__file__).parent / "data" / "collocations" / "quotations.yaml").read_text("utf-8"))


@pytest.mark.parametrize("quote", _quotations()["mt"], ids=lambda q: q["verb"])
def test_machine_translated_collocation_is_found(quote: dict) -> None:
    findings = [f for f in _mg105(quote["sentence"]) if f.severity in ("warning", "error")]
    assert [f.found.lower() for f in findings] == [quote["verb"]]
    assert medgloss.fix_text(quote["sentence"], unsafe=True) == quote["fixed"]


@pytest.mark.parametrize("quote", _quotations()["professional"], ids=lambda q: q["url"].split("/")[2])
def test_professional_french_stays_silent(quote: dict) -> None:
    assert [f for f in _mg105(quote["sentence"]) if f.severity in ("warning", "error")] == []


def test_quotations_are_short_and_sourced() -> None:
    data = _quotations()
    for quote in [*data["mt"], *data["professional"]]:
        assert quote["url"].startswith("https://") and len(quote["sentence"]) <= 300
