"""Real French catalogs of clinical software, judged entry by entry (issue 18).

The sample (tests/data/catalogs_real/*.fr.po, written by benchmarks/catalogs_real_sample.py
from GNU Health, GNUmed and DHIS2 at recorded commits) holds entries where medgloss
reported something before or after issue 18, and entries that must stay quiet.  Each
judgement says whether a finding of one rule on one entry is true, and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medgloss.api import check_document
from medgloss.documents.registry import load_document

DATA = Path(__file__).parent / "data" / "catalogs_real"
JUDGED = yaml.safe_load((DATA / "judgements.yaml").read_text(encoding="utf-8"))["entries"]


@pytest.fixture(scope="module")
def reported() -> dict[tuple[str, str | None, str], set[str]]:
    """Rules reported on each sampled entry: (catalog, msgctxt, msgid) → codes."""
    rules: dict[tuple[str, str | None, str], set[str]] = {}
    for path in sorted(DATA.glob("*.fr.po")):
        catalog = path.name[: -len(".fr.po")]
        for finding in check_document(load_document(str(path))):
            key = (catalog, finding.context.get("msgctxt"), finding.context.get("msgid", ""))
            rules.setdefault(key, set()).add(finding.rule)
    return rules


def _verdicts():
    for item in JUDGED:
        for judgement in item["judged"]:
            yield (item["catalog"], item["msgctxt"], item["msgid"]), judgement


def test_every_judged_entry_is_in_the_sample(reported):
    keys = set()
    for path in DATA.glob("*.fr.po"):
        catalog = path.name[: -len(".fr.po")]
        document = load_document(str(path))
        keys |= {(catalog, dict(u.context).get("msgctxt"), dict(u.context)["msgid"]) for u in document.units}
    missing = [key for key, _ in _verdicts() if key not in keys]
    assert missing == []


def test_no_finding_judged_false(reported):
    false_alarms = [(key, j["rule"], j["reason"]) for key, j in _verdicts()
                    if not j["verdict"] and j["rule"] in reported.get(key, set())]
    # A handful of known false alarms is tolerated, each judged in the file; more is a regression.
    assert len(false_alarms) <= 8, false_alarms


def test_precision_and_recall_on_the_judged_sample(reported):
    true_found = false_found = true_missed = 0
    for key, judgement in _verdicts():
        found = judgement["rule"] in reported.get(key, set())
        if judgement["verdict"]:
            true_found += found
            true_missed += not found
        else:
            false_found += found
    precision = true_found / max(true_found + false_found, 1)
    recall = true_found / max(true_found + true_missed, 1)
    assert precision >= 0.8, (precision, true_found, false_found)
    assert recall >= 0.8, (recall, true_found, true_missed)


def test_unjudged_findings_are_few(reported):
    # Every rule reported in the sample was looked at by a human (judged true or false).
    judged = {(key, j["rule"]) for key, j in _verdicts()}
    unjudged = [(key, rule) for key, rules in reported.items() for rule in rules if (key, rule) not in judged]
    assert unjudged == []
