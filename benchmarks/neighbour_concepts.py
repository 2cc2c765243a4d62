"""Recall and false alarms of MG119 (neighbour concepts) on its development set.

    python benchmarks/neighbour_concepts.py

tests/data/neighbour_concepts_devset.yaml holds sentences written before the detector's code
(``before``), after it (``after``) and professional quotations (``quoted``), each set reported
apart: recall at any severity and at warning or error (what ``check`` shows by default) on the
wrong sentences, and MG119 findings on the right ones (false alarms).  Also printed: the pairs
the glossary generates, for review.  Uses only medgloss's public API, plus the pair index.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

import medgloss
from medgloss.glossary.loader import default_glossary
from medgloss.glossary.neighbours import neighbour_index

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "data" / "neighbour_concepts_devset.yaml"


def main() -> int:
    sentences = yaml.safe_load(DEVSET.read_text(encoding="utf-8"))["sentences"]
    by_set: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in sentences:
        text = case.get("wrong") or case["right"]
        found = [f for f in medgloss.check_text(text) if f.rule == "MG119"]
        counts = by_set[case["written"]]
        if "wrong" in case:
            hit = [f for f in found if f.found == case["span"]]
            counts["wrong"] += 1
            counts["any"] += bool(hit)
            counts["warning"] += any(f.severity in ("warning", "error") for f in hit)
            if not hit:
                print(f"  missed [{case['written']}]: {text}")
        else:
            counts["right"] += 1
            counts["alarms"] += bool(found)
            counts["alarms_warning"] += any(f.severity in ("warning", "error") for f in found)
            for f in found:
                print(f"  false alarm [{case['written']}] {f.severity} « {f.found} »: {text}")
    print(f"\n{'set':8} {'wrong':>5} {'any':>9} {'warning+':>9} {'right':>5} {'alarms':>6} {'warning+':>8}")
    for name, c in by_set.items():
        wrong = c["wrong"] or 1
        print(f"{name:8} {c['wrong']:5} {c['any']:3} {c['any'] / wrong:5.2f} {c['warning']:3} {c['warning'] / wrong:5.2f}"
              f" {c['right']:5} {c['alarms']:6} {c['alarms_warning']:8}")
    glossary = default_glossary()
    index = neighbour_index(glossary)
    print(f"\ngenerated pairs: {len(index)}")
    for pairs in index.by_found.values():
        for p in pairs:
            print(f"  « {p.term} » ({glossary.concepts[p.found].domain}) → « {p.intended_term} » "
                  f"({glossary.concepts[p.intended].domain})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
