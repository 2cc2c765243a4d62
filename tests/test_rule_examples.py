"""Every example sentence of every rule of the bundled glossary, as its own test."""

from __future__ import annotations

import pytest

import medgloss
from medgloss.terminology.examples import run_examples

_GLOSSARY = medgloss.default_glossary()
_CASES = [
    pytest.param(rule.id, i, id=f"{rule.id}-{i}-{'wrong' if ex.is_wrong else 'right'}")
    for rule in _GLOSSARY.rules.values()
    for i, ex in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule_id", "index"), _CASES)
def test_rule_example(rule_id: str, index: int) -> None:
    results = [r for r in run_examples(_GLOSSARY, {rule_id}) if r.example is _GLOSSARY.rules[rule_id].examples[index]]
    assert len(results) == 1
    assert results[0].passed, str(results[0])


def test_every_rule_has_wrong_and_right_examples() -> None:
    for rule in _GLOSSARY.rules.values():
        assert any(e.is_wrong for e in rule.examples), rule.id
        assert any(not e.is_wrong for e in rule.examples), rule.id
