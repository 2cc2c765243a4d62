"""One-word wrong senses (MG115, :mod:`medgloss.glossary.sense_words`): how many of the hand
rules' wrong examples the generated class catches without the hand rules, and what it says on
their right examples and on a development set of its own.

    python benchmarks/sense_words.py            # figures
    python benchmarks/sense_words.py --missed   # and the sentences missed / false alarms

The reference is glossaries/en-fr/rules/health-false-friends.yaml: its rules are removed from
the glossary (its concepts stay, with their English and French terms), then each wrong example
is checked; an example counts as caught when a one-word MG115 finding falls on it.  The right
examples must stay silent.  The own set is benchmarks/devset/sense-words.yaml (real MT
quotations with their URL, and sentences written before and after the rules, counted apart).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import yaml

import medgloss
from medgloss.api import check_text

HERE = Path(__file__).resolve().parent
REFERENCE = "health-false-friends"


def _mg115_words(text: str, glossary: medgloss.Glossary) -> list[medgloss.Finding]:
    return [f for f in check_text(text, glossary=glossary) if f.rule == "MG115" and True]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missed", action="store_true", help="print the sentences missed and the false alarms")
    args = parser.parse_args()
    full = medgloss.load_glossary([], include_default=True)
    rules = {rid: r for rid, r in full.rules.items() if REFERENCE not in (r.path or "")}
    stripped = dataclasses.replace(full, rules=rules, fingerprint="")
    reference = [r for r in full.rules.values() if REFERENCE in (r.path or "")]
    caught = wrong = alarms = right = 0
    for rule in reference:
        for example in rule.examples:
            found = _mg115_words(example.text, stripped)
            if example.is_wrong:
                wrong += 1
                caught += bool(found)
                if args.missed and not found:
                    print(f"  missed [{rule.id}] {example.text}")
            else:
                right += 1
                alarms += bool(found)
                if args.missed and found:
                    print(f"  FALSE [{rule.id}] {example.text}")
    print(f"hand rules of {REFERENCE}.yaml removed: wrong examples caught {caught}/{wrong}, "
          f"right examples flagged {alarms}/{right}")
    devset = HERE / "devset" / "sense-words.yaml"
    if devset.exists():
        data = yaml.safe_load(devset.read_text(encoding="utf-8"))
        for group in ("quoted", "written_before", "written_after"):
            items = data.get(group, [])
            hits = sum(bool(_mg115_words(i["text"], full)) for i in items)
            print(f"own set, {group}: {hits}/{len(items)}")
            if args.missed:
                for i in items:
                    if not _mg115_words(i["text"], full):
                        print(f"  missed {i['text']}")
        negatives = data.get("correct", [])
        flagged = [i for i in negatives if _mg115_words(i["text"], full)]
        print(f"own set, correct French flagged: {len(flagged)}/{len(negatives)}")
        for i in flagged:
            print(f"  FALSE {i['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
