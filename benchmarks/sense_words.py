"""One-word wrong senses (MG115, :mod:`medgloss.glossary.sense_words`): how many of the hand
rules' wrong examples the generated class catches without the hand rules, and what it says on
their right examples and on a development set of its own.

    python benchmarks/sense_words.py            # figures
    python benchmarks/sense_words.py --missed   # and the sentences missed / false alarms

The reference is glossaries/en-fr/rules/health-false-friends.yaml: its rules are removed from
the glossary (its concepts stay, with their English and French terms), then each wrong example
is checked with and without the one-word generator, in the same run; an example counts as
caught when a finding at warning or above falls on it.  The right examples must stay silent.
The own set, benchmarks/devset/sense-words.yaml, is checked with the whole glossary (real MT
quotations with their URL, sentences written before the rules and after, counted apart).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import yaml

import medgloss
import importlib
from medgloss.api import check_text

compiled_module = importlib.import_module("medgloss.matching.compiled")

HERE = Path(__file__).resolve().parent
REFERENCE = "health-false-friends"
SEVERE = ("warning", "error")


def _flagged(text: str, glossary: medgloss.Glossary, code: str | None = None) -> list[medgloss.Finding]:
    return [f for f in check_text(text, glossary=glossary) if f.severity in SEVERE and (code is None or f.rule == code)]


def _one_word(findings: list[medgloss.Finding], text: str) -> list[medgloss.Finding]:
    return [f for f in findings if f.rule == "MG115" and " " not in text[f.offset:f.offset + f.length]]


def _reference(glossary: medgloss.Glossary, label: str, missed: bool) -> None:
    reference = [r for r in glossary.rules.values() if REFERENCE in (r.path or "")]
    stripped = dataclasses.replace(glossary, rules={i: r for i, r in glossary.rules.items() if r not in reference},
                                   fingerprint="")
    caught = wrong = alarms = right = words = 0
    for rule in reference:
        for example in rule.examples:
            found = _flagged(example.text, stripped)
            if example.is_wrong:
                wrong += 1
                caught += bool(found)
                words += bool(_one_word(found, example.text))
                if missed and not found:
                    print(f"  missed [{rule.id}] {example.text}")
            else:
                right += 1
                alarms += bool(found)
                if missed and found:
                    print(f"  FALSE [{rule.id}] {example.text}: {[(f.rule, f.found) for f in found]}")
    print(f"{label}: hand rules of {REFERENCE}.yaml removed, wrong examples caught at warning+ {caught}/{wrong} "
          f"({words} by one-word MG115), right examples flagged {alarms}/{right}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missed", action="store_true", help="print the sentences missed and the false alarms")
    args = parser.parse_args()
    full = medgloss.load_glossary([], include_default=True)
    generator = compiled_module.generate_wrong_sense_words
    compiled_module.generate_wrong_sense_words = lambda glossary: []
    _reference(full, "baseline (no one-word senses)", False)
    _own(dataclasses.replace(full, fingerprint=""), "baseline (no one-word senses)", False)
    compiled_module.generate_wrong_sense_words = generator
    _reference(full, "with one-word senses", args.missed)
    _own(full, "with one-word senses", args.missed)
    return 0


def _own(full: medgloss.Glossary, label: str, missed: bool) -> None:
    print(label)
    devset = HERE / "devset" / "sense-words.yaml"
    if devset.exists():
        data = yaml.safe_load(devset.read_text(encoding="utf-8"))
        for group in ("quoted", "written_before", "written_after"):
            items = data.get(group) or []
            found = [bool(_one_word(_flagged(i["text"], full), i["text"])) for i in items]
            anything = [bool(_flagged(i["text"], full)) for i in items]
            print(f"own set, {group}: one-word MG115 {sum(found)}/{len(items)}, any warning+ {sum(anything)}/{len(items)}")
            if missed:
                for item, hit in zip(items, found):
                    if not hit:
                        print(f"  missed {item['text']}")
        negatives = data.get("correct") or []
        flagged = [i for i in negatives if _one_word(_flagged(i["text"], full), i["text"])]
        print(f"own set, correct French flagged by one-word MG115: {len(flagged)}/{len(negatives)}")
        for item in flagged:
            print(f"  FALSE {item['text']}")


if __name__ == "__main__":
    sys.exit(main())
