"""Recall and precision on MT-style leaflets: four patient leaflets written by the project in
the style of machine translation from English, with planted errors (benchmarks/leaflets/).

    python benchmarks/leaflets.py            # figures, then what was missed and false alarms
    python benchmarks/leaflets.py --no-missed
    python benchmarks/leaflets.py --set sentences   # single MT-style sentences (leaflets/sentences.py)

They imitate the issue-16 test set "MT-style leaflets" (planted errors): calques, English
acronyms, false friends, wrong words.  They were written before, and apart from, the detectors
of that work, so they measure generalisation rather than the detectors' own examples; being our
own text, they are a weaker witness than the real MT pages of benchmarks/recall.py.

Recall counts an error found when a finding at warning or above (what `medgloss check` shows by
default) overlaps its span; precision counts those findings on annotated spans against all
findings at warning or above.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import evidence  # noqa: E402
import recall  # noqa: E402

SETS = {"leaflets": HERE / "leaflets" / "leaflets.jsonl", "sentences": HERE / "leaflets" / "sentences.jsonl"}
TITLES = {"leaflets": "MT-style leaflets", "sentences": "MT-style sentences"}
SHOWN = ("warning", "error")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-missed", action="store_true")
    parser.add_argument("--set", choices=sorted(SETS), default="leaflets")
    parser.add_argument("--as-documents", action="store_true",
                        help="check each leaflet as one document (as a user checks a file), not sentence by sentence")
    args = parser.parse_args(argv)
    sentences = evidence.mt_devset(SETS[args.set])
    errors, findings, spent = recall.run(sentences, args.as_documents)
    shown = lambda e: any(s in SHOWN for s in e["severities"])  # noqa: E731
    total, found_any, found = len(errors), sum(e["found"] for e in errors), sum(shown(e) for e in errors)
    print(f"{TITLES[args.set]}: {len(sentences)} sentences, {total} planted errors; medgloss {spent:.2f} s")
    print(f"recall at warning+: {found}/{total} = {found / total:.2f}   any severity: {found_any}/{total} = {found_any / total:.2f}")
    visible = [f for f in findings if f["severity"] in SHOWN]
    on = sum(f["where"] == "annotated" for f in visible)
    print(f"precision at warning+: {on}/{len(visible)} = {on / max(len(visible), 1):.2f}")
    by_class: dict[str, list[int]] = {}
    for e in errors:
        row = by_class.setdefault(e["class"], [0, 0])
        row[0] += shown(e)
        row[1] += 1
    for cls, (hit, n) in sorted(by_class.items(), key=lambda kv: -kv[1][1]):
        print(f"  {cls:<14} {hit:>2}/{n:<2} {hit / n:.2f}")
    print("rules:", dict(Counter(f["rule"] for f in visible if f["where"] == "annotated")))
    if not args.no_missed:
        print("\nmissed (at warning+):")
        for e in errors:
            if not shown(e):
                print(f"  {e['id']} [{e['class']}] {e['span']!r} → {e['correct']!r}")
        print("\nfindings at warning+ outside the planted errors:")
        for f in visible:
            if f["where"] != "annotated":
                print(f"  {f['id']} {f['rule']} {f['found']!r} → {f['replacements'][:1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
