"""Recall and false alarms at warning and above on the collocation-class development set.

Reads tests/data/collocations/classes_devset.yaml (issue 16, round 7: person noun + « avec » +
a disease, « développer » + a sign, « prendre » + a treatment a carer gives) and prints, per
class and per `written` (before / after the rules were written), how many wrong sentences have
a warning or error over their span, and how many right sentences draw a warning or error.
Run it before and after a change to the collocation rules.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

import medgloss

sys.path.insert(0, str(Path(__file__).resolve().parent))
from collocations_devset import false_alarms  # noqa: E402  (the same right-sentence count)

_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "collocations" / "classes_devset.yaml"


def _found(sentence: str, span: str) -> bool:
    at = sentence.find(span)
    return any(f.severity in ("warning", "error") and f.offset < at + len(span) and f.end > at
               for f in medgloss.check_text(sentence))


def main() -> None:
    data = yaml.safe_load(_DATA.read_text("utf-8"))
    total: Counter[tuple[str, str]] = Counter()
    found: Counter[tuple[str, str]] = Counter()
    for item in data["wrong"]:
        key = (item["class"], item["written"])
        total[key] += 1
        if _found(item["sentence"], item["span"]):
            found[key] += 1
        else:
            print(f"  missed: {item['sentence']!r}")
    alarms = false_alarms(data["right"])
    for key in sorted(total):
        print(f"{key[0]:12} written {key[1]:6}: {found[key]}/{total[key]}")
    for written in ("before", "after"):
        n = sum(v for k, v in total.items() if k[1] == written)
        if n:
            f = sum(v for k, v in found.items() if k[1] == written)
            print(f"all written {written}: {f}/{n} (recall {f / n:.2f})")
    print(f"right sentences: {len(data['right'])}, with a warning or error: {alarms}")


if __name__ == "__main__":
    main()
