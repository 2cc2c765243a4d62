"""Recall and false alarms of MG105 (and MG104's nominalisations) at warning and above on the verb-collocation development set.

Reads tests/data/collocations/verbs_devset.yaml (sentences written in the style of machine-
translated patient pages, issue 16, round 4) and prints, for the wrong sentences, how many
have their verb found and fixed as annotated, and, for the right ones, how many draw a
warning.  Run it before and after a change to the collocation lists.
"""

from __future__ import annotations

from pathlib import Path

import yaml

import medgloss

_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "collocations" / "verbs_devset.yaml"


def false_alarms(sentences: list[str]) -> int:
    """How many correct ``sentences`` draw a warning or error; each is printed with its findings."""
    alarms = 0
    for sentence in sentences:
        hits = [f for f in medgloss.check_text(sentence) if f.severity in ("warning", "error")]
        if hits:
            alarms += 1
            print(f"  false alarm: {[(f.rule, f.found) for f in hits]} in {sentence!r}")
    return alarms


def main() -> None:
    data = yaml.safe_load(_DATA.read_text("utf-8"))
    found = fixed = 0
    for item in data["wrong"]:
        hits = [f for f in medgloss.check_text(item["sentence"]) if f.rule in ("MG104", "MG105") and f.severity in ("warning", "error")]
        if any(f.found == item["verb"] for f in hits):
            found += 1
            fixed += medgloss.fix_text(item["sentence"], unsafe=True) == item["fixed"]
        else:
            print(f"  missed: {item['verb']!r} in {item['sentence']!r}")
    alarms = false_alarms(data["right"])
    n = len(data["wrong"])
    print(f"wrong sentences: {n}, found {found} (recall {found / n:.2f}), fixed as annotated {fixed}")
    print(f"right sentences: {len(data['right'])}, with a warning or error: {alarms}")


if __name__ == "__main__":
    main()
