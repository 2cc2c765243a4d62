"""Running the example sentences of the glossary's rules, as LanguageTool runs its rule tests.

A ``wrong`` example must be flagged by its rule and fixed into exactly its ``fixed`` text;
a ``right`` example must not be flagged by that rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..glossary.model import Example, Glossary, Rule


@dataclass(frozen=True, slots=True)
class ExampleResult:
    """Outcome of one example sentence."""

    rule: Rule
    example: Example
    passed: bool
    detail: str

    def __str__(self) -> str:
        status = "ok" if self.passed else "FAIL"
        return f"{self.rule.path}:{self.example.line}: {status} {self.rule.id}: {self.detail}"


def run_examples(glossary: Glossary, rule_ids: set[str] | None = None) -> Iterator[ExampleResult]:
    """Check every example of every rule (or of ``rule_ids``) against the glossary."""
    from ..api import check_text, fix_findings

    for rule in glossary.rules.values():
        if rule_ids and rule.id not in rule_ids:
            continue
        for example in rule.examples:
            findings = check_text(example.text, glossary=glossary)
            mine = [f for f in findings if f.rule_id == rule.id]
            if example.is_wrong:
                if not mine:
                    yield ExampleResult(rule, example, False, f"not flagged: {example.text!r}")
                    continue
                fixed = fix_findings(example.text, findings, unsafe=True).text
                if fixed != example.fixed:
                    yield ExampleResult(rule, example, False, f"fixed into {fixed!r}, expected {example.fixed!r}")
                else:
                    yield ExampleResult(rule, example, True, f"flagged and fixed: {example.text!r}")
            elif mine:
                yield ExampleResult(rule, example, False, f"wrongly flagged {mine[0].found!r} in {example.text!r}")
            else:
                yield ExampleResult(rule, example, True, f"not flagged: {example.text!r}")
