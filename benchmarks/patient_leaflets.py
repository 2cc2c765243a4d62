"""Recall and false alarms of medgloss on the patient-leaflet development set, with and without
glossaries/en-fr/patient-leaflets.yaml.

    python benchmarks/patient_leaflets.py [--devset tests/data/patient_leaflets_dev.yaml] [--verbose]

An annotated error counts as caught when a finding at the default severity (warning and above,
what `medgloss check` shows) overlaps its span; any finding on a correct sentence is a false
alarm.  The baseline, in the same run, is the bundled glossary without patient-leaflets.yaml
(every other file, rules included, loaded from a temporary folder of links), so the figures
show what the file's concepts bring to the generated detectors (MG110 calques, MG111 English
acronyms) and what they cost.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

from medgloss.api import check_text
from medgloss.glossary.loader import bundled_glossary_dir, default_glossary, load_glossary
from medgloss.glossary.model import Glossary

ROOT = Path(__file__).resolve().parent.parent
FILE = "patient-leaflets.yaml"


def _without_file(folder: Path) -> Glossary:
    """The bundled glossary without :data:`FILE`, from links in ``folder``."""
    def link(source: Path, target: Path) -> None:
        target.mkdir(exist_ok=True)
        for entry in source.iterdir():
            if entry.is_dir() and any(entry.rglob(FILE)):
                link(entry, target / entry.name)
            elif entry.name != FILE:
                (target / entry.name).symlink_to(entry)

    link(bundled_glossary_dir(), folder)
    return load_glossary([folder], include_default=False)


def _caught(text: str, found: str, glossary: Glossary) -> list[str]:
    """Rules of the findings that overlap ``found`` in ``text``."""
    start = text.find(found)
    if start < 0:
        raise SystemExit(f"{found!r} is not in {text!r}")
    end = start + len(found)
    return [f.rule for f in check_text(text, glossary=glossary) if f.offset < end and start < f.offset + f.length]


def _measure(data: dict, glossary: Glossary, verbose: bool, label: str) -> tuple[Counter, Counter, int]:
    caught: Counter = Counter()
    total: Counter = Counter()
    for error in data["errors"]:
        rules = _caught(error["text"], error["found"], glossary)
        total[error["class"]] += 1
        if rules:
            caught[error["class"]] += 1
        elif verbose:
            print(f"  [{label}] missed ({error['class']}): « {error['found']} »")
    alarms = 0
    for text in data["correct"]:
        findings = check_text(text, glossary=glossary)
        alarms += len(findings)
        if verbose:
            for f in findings:
                print(f"  [{label}] false alarm {f.rule} « {f.found} » in: {text}")
    return caught, total, alarms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT / "tests" / "data" / "patient_leaflets_dev.yaml")
    parser.add_argument("--verbose", action="store_true", help="print each miss and false alarm")
    args = parser.parse_args()
    data = yaml.safe_load(args.devset.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        before = _measure(data, _without_file(Path(tmp)), args.verbose, "without")
    after = _measure(data, default_glossary(), args.verbose, "with")
    errors, correct = len(data["errors"]), len(data["correct"])
    print(f"patient-leaflet development set: {errors} errors, {correct} correct sentences (warning and above)")
    print(f"{'class':<12} {'errors':>6}  {'without':>8}  {'with':>8}")
    for cls in sorted(after[1]):
        n = after[1][cls]
        print(f"{cls:<12} {n:>6}  {before[0][cls] / n:>8.2f}  {after[0][cls] / n:>8.2f}")
    print(f"{'recall':<12} {errors:>6}  {sum(before[0].values()) / errors:>8.2f}  {sum(after[0].values()) / errors:>8.2f}")
    print(f"{'false alarms':<12} {correct:>6}  {before[2]:>8}  {after[2]:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
