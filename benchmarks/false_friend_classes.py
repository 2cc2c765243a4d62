"""Recall of the false friends decided by the class of their collocates (issue 16, round 6:
« condition » with a disease-domain adjective or a disease verb, « membranes » of the body,
« infusion » of a drug) on their development set, tests/data/false_friend_classes_devset.yaml,
at warning or above (what ``medgloss check`` shows by default).

    python benchmarks/false_friend_classes.py           # figures per group, then what is missed
    python benchmarks/false_friend_classes.py --quiet   # figures only

The groups (``real`` quotations, sentences written ``before`` the rules, ``after`` them) and
the counting are benchmarks/everyday_health.py's.  Uses only medgloss's public API.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import everyday_health  # noqa: E402

DEVSET = HERE.parent / "tests" / "data" / "false_friend_classes_devset.yaml"


def main(argv: list[str] | None = None) -> int:
    quiet = "--quiet" in (argv if argv is not None else sys.argv[1:])
    results = everyday_health.evaluate(DEVSET)
    everyday_health.report(results, quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
