"""Recall and precision of the generated adjective–noun collocations on their development set.

    python benchmarks/adjective_collocations.py

The set (tests/data/collocations/adjective_devset.yaml) holds machine-translated sentences with
one wrong adjective each and professional French where the literal adjective is right.  The
baseline, in the same run, is every other detector of medgloss (the rules that
glossaries/en-fr/rules/adjective-collocations.yaml generates left out): what was caught before
the adjective lists existed.  Recall and false alarms count findings at warning or error, what
``check`` shows by default; a sentence counts as corrected when ``fix --unsafe`` gives the
expected sentence.  Uses only medgloss's public API.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

import medgloss

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parent / "tests" / "data" / "collocations" / "adjective_devset.yaml"
SHOWN = ("warning", "error")


def _generated(finding: medgloss.Finding) -> bool:
    return bool(finding.rule_id and finding.rule_id.startswith("adj-"))


def main() -> int:
    data = yaml.safe_load(DEVSET.read_text("utf-8"))
    caught = {"baseline": 0, "medgloss": 0}
    fixed = 0
    for item in data["mt"]:
        findings = [f for f in medgloss.check_text(item["sentence"]) if f.severity in SHOWN]
        on_word = [f for f in findings if f.found.lower() == item["adjective"].lower()]
        caught["baseline"] += any(not _generated(f) for f in on_word)
        caught["medgloss"] += bool(on_word)
        if not on_word:
            print(f"  missed: « {item['adjective']} » in {item['sentence']}", file=sys.stderr)
        fixed += medgloss.fix_text(item["sentence"], unsafe=True) == item["fixed"]
    alarms = {"baseline": 0, "medgloss": 0}
    for item in data["professional"]:
        findings = [f for f in medgloss.check_text(item["sentence"]) if f.severity in SHOWN]
        alarms["baseline"] += sum(not _generated(f) for f in findings)
        alarms["medgloss"] += len(findings)
        for f in findings:
            print(f"  false alarm: {f.rule} {f.rule_id} « {f.found} » in {item['sentence']}", file=sys.stderr)
    n, m = len(data["mt"]), len(data["professional"])
    real = sum(1 for item in data["mt"] if "url" in item)
    print(f"adjective collocations: {n} wrong sentences ({real} quoted from MT pages), {m} professional sentences")
    print(f"{'':<22}{'baseline':>10}{'medgloss':>10}")
    print(f"{'recall (warning+)':<22}{caught['baseline'] / n:>10.2f}{caught['medgloss'] / n:>10.2f}")
    print(f"{'false alarms':<22}{alarms['baseline']:>10}{alarms['medgloss']:>10}")
    print(f"corrected as expected by fix --unsafe: {fixed}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
