"""The frame the verb and adjective collocation generators share (glossary/collocation_lists.py).

Both kinds of list are read by the same code (the glossary loader's ``_list_fields``) into the
same fields, refused with the same errors, and make their rules through
:meth:`CollocationListBase.rule`: the list's source, severity, safe flag, varieties and line
reach every rule it generates, whichever kind it is.
"""

from __future__ import annotations

import pytest

from medgloss.errors import GlossaryError
from medgloss.glossary.collocation_lists import renderings
from medgloss.glossary.loader import glossary_from_data

_OPTIONS = {"severity": "info", "safe": False, "admitted_in": ["fr-CA"], "window": 3}


def _verbs(**overrides: object) -> dict:
    item = {
        "id": "coll-x", "concept": "infection", "source": "src", "attested_from": "a reference",
        "object": ["infection"], "en_object": "an infection", "attested": ["contracter"],
        "verbs": [{"en": ["catch"], "use": ["contracter"]}],
        "message": "« {english} » : {use}, pas « {verb} ».", "template": "Il peut {verb} une infection.",
        "examples": [{"wrong": "Il attrape une infection.", "fixed": "Il contracte une infection."},
                     {"right": "Il attrape un rhume."}],
        **overrides,
    }
    return {"domain": "test", "sources": {"src": "A source"}, "collocations": [item], "concepts": [
        {"id": "infection", "source": "src", "en": ["infection"],
         "fr": [{"term": "infection", "status": "preferred", "pos": "noun", "gender": "f"}]}]}


def _adjectives(**overrides: object) -> dict:
    item = {
        "id": "adj-x", "concept": "bleeding", "source": "src", "attested_from": "a reference",
        "noun": ["saignement"], "en_noun": "bleeding", "attested": ["abondant"],
        "adjectives": [{"en": ["heavy"], "use": ["abondant"]}],
        "message": "« {english} » : {use}, pas « {adjective} ».", "template": "Il a des saignements {adjective}.",
        "agrees": "mp",
        "examples": [{"wrong": "Les saignements sont lourds.", "fixed": "Les saignements sont abondants."},
                     {"right": "Les sacs sont lourds."}],
        **overrides,
    }
    return {"domain": "test", "sources": {"src": "A source"}, "adjective_collocations": [item], "concepts": [
        {"id": "bleeding", "source": "src", "en": ["bleeding"],
         "fr": [{"term": "saignement", "status": "preferred", "pos": "noun", "gender": "m"}]}]}


@pytest.mark.parametrize("data", [_verbs(**_OPTIONS), _adjectives(**_OPTIONS)], ids=["verbs", "adjectives"])
def test_a_list_s_options_reach_every_rule_it_generates(data: dict) -> None:
    rules = list(glossary_from_data(data, "lists.yaml").rules.values())
    assert rules
    for rule in rules:
        assert (rule.kind, rule.source, rule.severity, rule.safe, rule.admitted_in) == (
            "collocation", "src", "info", False, ("fr-CA",))
        assert rule.path == "lists.yaml" and rule.context.require[0].window == 3
        assert "\u00a0»" in (rule.message or "")  # French typography of the message


@pytest.mark.parametrize(("data", "cited"), [
    (_verbs(template="Il peut {verb} une {infection}."), "{verb}, {english}, {use}"),
    (_adjectives(message="« {anglais} » : {use}."), "{adjective}, {english}, {use}"),
], ids=["verbs", "adjectives"])
def test_both_kinds_refuse_a_template_citing_an_unknown_field_alike(data: dict, cited: str) -> None:
    with pytest.raises(GlossaryError, match="may only cite") as info:
        glossary_from_data(data, "mine.yaml")
    assert cited in str(info.value) and "mine.yaml" in str(info.value)


@pytest.mark.parametrize("data", [_verbs(examples=[{"right": "Il attrape un rhume."}] * 2),
                                  _adjectives(examples=[{"right": "Les sacs sont lourds."}] * 2)],
                         ids=["verbs", "adjectives"])
def test_both_kinds_need_a_wrong_and_a_right_example(data: dict) -> None:
    with pytest.raises(GlossaryError, match="one 'wrong' and one 'right' example"):
        glossary_from_data(data, "mine.yaml")


def test_renderings_are_freedict_s_then_the_literal_ones_each_once_as_kept() -> None:
    found = renderings("heavy", ["lourd", "pesant", "lourd"], lambda word: word.isalpha())
    assert len(found) == len(set(found)) and {"lourd", "pesant"} <= set(found)
    assert renderings("heavy", ["lourd"], lambda word: False) == ()
