"""Recall of each detector on the development set of real MT errors, and its false alarms.

    python benchmarks/detectors.py [--devset benchmarks/devset/mt-errors.yaml] [--man 2000]

For every annotated error of the development set (short quotations of machine-translated
French pages, ``benchmarks/devset/``), the error counts as caught by a detector when one of
its findings overlaps the error's span.  Printed per detector: recall on the errors annotated
for it, then how many findings it makes on correct text (professional French quotations of
the development set, and paragraphs of the French man pages, where medical findings are
false alarms by construction).  The baseline, in the same run, is medgloss without the
generated detectors (``--ignore MG110,MG111,MG112,MG113,MG114,MG115,MG116,MG117,MG118``): what the glossary's own entries
catch.  A development set made by h22data under tests/data/evidence/ is used as well when
present (same format).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

import medgloss
from medgloss.api import check_text

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GENERATED = ["MG110", "MG111", "MG112", "MG113", "MG114", "MG115", "MG116", "MG117", "MG118"]
# What counts as the detector of an annotated error.
DETECTORS = {
    "generated-calque": {"MG110", "MG104", "MG118"},
    "literal-rendering": {"MG118", "MG110", "MG104"},
    "english": {"MG111", "MG112", "MG106"},
    "broken-word": {"MG113"},
    "agreement": {"MG114"},
    "wrong-sense": {"MG115"},
    "body-part": {"MG116"},
    "american-unit": {"MG117"},
    "neighbour": {"MG119"},
    "rule": {"MG101", "MG102", "MG103", "MG104", "MG105", "MG106", "MG108"},
}


def _sets(explicit: list[Path]) -> list[Path]:
    found = list(explicit) or [HERE / "devset" / "mt-errors.yaml"]
    evidence = ROOT / "tests" / "data" / "evidence"
    if not explicit and evidence.is_dir():
        found += sorted(p for p in evidence.glob("*.yaml") if "errors" in (yaml.safe_load(p.read_text("utf-8")) or {}))
    return found


def _caught(text: str, found: str, findings: list) -> set[str]:
    start = text.find(found)
    if start < 0:
        raise SystemExit(f"devset: {found!r} is not in {text[:60]!r}")
    end = start + len(found)
    return {f.rule for f in findings if f.offset < end and start < f.end}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, action="append", default=[])
    parser.add_argument("--man", type=int, default=1500, help="man-page paragraphs for false alarms (0: none)")
    args = parser.parse_args(argv)
    glossary = medgloss.default_glossary()
    totals: Counter[str] = Counter()
    caught: dict[str, Counter[str]] = defaultdict(Counter)
    any_caught: Counter[str] = Counter()
    correct: list[str] = []
    for path in _sets(args.devset):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        correct += [c["text"] for c in data.get("correct", [])]
        for case in data["errors"]:
            for ignore, label in ((GENERATED, "baseline"), ([], "medgloss")):
                findings = check_text(case["text"], glossary=glossary, ignore=ignore)
                for error in case["errors"]:
                    rules = _caught(case["text"], error["found"], findings)
                    detector = error["detector"]
                    if label == "medgloss":
                        totals[detector] += 1
                    if rules & DETECTORS.get(detector, set()):
                        caught[label][detector] += 1
                    elif label == "medgloss":
                        print(f"  missed ({detector}): « {error['found']} » {sorted(rules) or ''}", file=sys.stderr)
                    if rules:
                        any_caught[label] += 1
    n = sum(totals.values())
    print(f"development set: {n} annotated errors in {len(_sets(args.devset))} file(s)")
    print(f"{'detector':<18}{'errors':>7}{'baseline':>10}{'medgloss':>10}")
    for detector in sorted(totals):
        t = totals[detector]
        print(f"{detector:<18}{t:>7}{caught['baseline'][detector] / t:>10.2f}{caught['medgloss'][detector] / t:>10.2f}")
    print(f"{'any finding':<18}{n:>7}{any_caught['baseline'] / n:>10.2f}{any_caught['medgloss'] / n:>10.2f}")

    alarms: Counter[str] = Counter()
    for text in correct:
        for finding in check_text(text, glossary=glossary):
            alarms[finding.rule] += 1
            print(f"  false alarm on correct French: {finding.rule} « {finding.found} »", file=sys.stderr)
    words = sum(len(t.split()) for t in correct)
    print(f"correct professional French: {len(correct)} quotations, {words} words, findings: "
          + (", ".join(f"{k} {v}" for k, v in sorted(alarms.items())) or "none"))
    if args.man:
        sys.path.insert(0, str(HERE))
        import corpus  # noqa: PLC0415 - the benchmark's own module, optional

        paragraphs = [p for p in corpus.french_paragraphs() if p not in corpus.MEDICAL][: args.man]
        generated: Counter[str] = Counter()
        text = "\n\n".join(paragraphs)
        for finding in check_text(text, glossary=glossary, select=GENERATED):
            generated[finding.rule] += 1
            print(f"  man pages: {finding.rule} « {finding.found} »", file=sys.stderr)
        print(f"man pages: {len(paragraphs)} paragraphs, {len(text.split())} words, generated findings: "
              + (", ".join(f"{k} {v}" for k, v in sorted(generated.items())) or "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
