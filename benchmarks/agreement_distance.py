"""Recall of agreement errors at a distance (MG114) on medgloss's own development set.

    python benchmarks/agreement_distance.py          # figures by construction
    python benchmarks/agreement_distance.py --show   # and the sentences missed
    python benchmarks/agreement_distance.py --data tests/data/agreement_heads.yaml   # another set

tests/data/agreement_distance.yaml holds wrong sentences (the word MG114 must report and its
agreed form) and right ones (where it must stay silent).  Each is checked alone, and inside a
health paragraph (after a sentence of medical terms), since MG114 judges only health writing
and a sentence alone may hold too few medical terms.  Counted: the errors found at warning or
above, those whose first proposal is the expected form, and the right sentences with an MG114
finding.  Uses only medgloss's public API.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

import medgloss

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "agreement_distance.yaml"
# A health paragraph's first sentence, itself without any MG114 finding.
CONTEXT = "Le médecin traite l’infection urinaire et la pneumonie par des antibiotiques. "


def _mg114(text: str) -> list[medgloss.Finding]:
    return [f for f in medgloss.check_text(text) if f.rule == "MG114" and f.severity in ("warning", "error")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the sentences missed and the false alarms")
    parser.add_argument("--data", type=Path, default=DATA, help=f"the set to measure (default: {DATA.name})")
    args = parser.parse_args(argv)
    data = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    # A right sentence is a string, or a mapping with its text and how it was ``written``.
    rights = [r if isinstance(r, str) else r["text"] for r in data["right"]]
    for label, prefix in (("alone", ""), ("in a health paragraph", CONTEXT)):
        found, right_fix, total = Counter(), Counter(), Counter()
        by_written, written_total = Counter(), Counter()
        for case in data["wrong"]:
            kind = case["construction"]
            total[kind] += 1
            hits = [f for f in _mg114(prefix + case["text"]) if f.found == case["found"]]
            found[kind] += bool(hits)
            written_total[case.get("written", "")] += 1
            by_written[case.get("written", "")] += bool(hits)
            right_fix[kind] += any(f.replacements[:1] == [case["fix"]] for f in hits) if case["fix"] else bool(hits)
            if args.show and not hits:
                print(f"  missed ({label}): {case['text']}")
        alarms = [t for t in rights if _mg114(prefix + t)]
        if args.show:
            for t in alarms:
                print(f"  false alarm ({label}): {t}")
        print(f"{label}: {sum(found.values())}/{sum(total.values())} errors found "
              f"({sum(right_fix.values())} with the right form), "
              f"false alarms on {len(alarms)}/{len(rights)} correct sentences")
        for kind in sorted(total):
            print(f"  {kind:12} {found[kind]:3}/{total[kind]:3}  right form {right_fix[kind]:3}")
        for written in sorted(w for w in written_total if w):
            print(f"  written {written:8} {by_written[written]:3}/{written_total[written]:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
