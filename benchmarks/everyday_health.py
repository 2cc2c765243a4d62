"""Recall of the everyday health concepts (glossaries/en-fr/everyday-health.yaml) on their own
development set, tests/data/everyday_health_devset.yaml, at warning or above (what ``medgloss
check`` shows by default); ``--batch 2``: batch 2 (everyday-health-2.yaml and the lay English
names added to the other files) on tests/data/everyday_health_2_devset.yaml.

    python benchmarks/everyday_health.py            # figures per group, then what is missed
    python benchmarks/everyday_health.py --quiet    # figures only
    python benchmarks/everyday_health.py --batch 2  # batch 2's development set

Groups are reported apart: ``real`` (quotations of machine-translated pages), ``before``
(sentences written before the concepts) and ``after`` (written after them, which may echo the
rules).  An item with a ``found`` span is an error, found when a warning or error overlaps it;
an item without one is a correct sentence, which must get no warning or error.

Uses only medgloss's public API (``medgloss.check_text``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

import medgloss

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "data" / "everyday_health_devset.yaml"
DEVSET_2 = DEVSET.with_name("everyday_health_2_devset.yaml")
_FLAGGED = ("warning", "error")


def evaluate(devset: Path = DEVSET) -> dict[str, dict[str, list]]:
    """Per group: the errors found and missed, and the correct sentences flagged."""
    data = yaml.safe_load(devset.read_text(encoding="utf-8"))
    results: dict[str, dict[str, list]] = {}
    for group in ("real", "before", "after"):
        found, missed, false_alarms, silent = [], [], [], []
        for item in data.get(group) or []:
            text = item["text"]
            flagged = [f for f in medgloss.check_text(text) if f.severity in _FLAGGED]
            span = item.get("found") or ""
            if not span:
                (false_alarms if flagged else silent).append((text, [(f.rule, f.found) for f in flagged]))
                continue
            start = text.find(span)
            if start < 0:
                raise SystemExit(f"{devset}: « {span} » is not in « {text} »")
            end = start + len(span)
            hits = [f for f in flagged if f.offset < end and start < f.offset + f.length]
            (found if hits else missed).append((text, span, [(f.rule, f.found) for f in hits]))
        results[group] = {"found": found, "missed": missed, "false_alarms": false_alarms, "silent": silent}
    return results


def report(results: dict[str, dict[str, list]], quiet: bool = False) -> None:
    """Print each group's recall at warning+ and flagged correct sentences, then (unless
    ``quiet``) what was missed and the false alarms: the shape every class dev set shares."""
    for group, r in results.items():
        errors = len(r["found"]) + len(r["missed"])
        correct = len(r["false_alarms"]) + len(r["silent"])
        if not errors and not correct:
            continue
        ratio = f"{len(r['found']) / errors:.2f}" if errors else "-"
        print(f"{group:7} recall at warning+ {len(r['found'])}/{errors} = {ratio};"
              f" correct sentences flagged {len(r['false_alarms'])}/{correct}")
    if not quiet:
        for group, r in results.items():
            for text, span, _ in r["missed"]:
                print(f"  missed ({group}): « {span} » in {text}")
            for text, flagged in r["false_alarms"]:
                print(f"  false alarm ({group}): {flagged} in {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--batch", type=int, choices=(1, 2), default=1, help="which batch's development set")
    args = parser.parse_args(argv)
    results = evaluate(DEVSET_2 if args.batch == 2 else DEVSET)
    report(results, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
