"""Recall of the clinical false friends of issue 16 item 4, round 7 — « condition » in the
definitional and descriptive frames of machine translation (« X est une condition qui… »,
« la condition d’avoir… », what one treats or has), « ordonner » an examination, « infusion »,
« membranes », « investigations », « décharge », « procédure », « référence » — on their
development set, tests/data/clinical_false_friends_devset.yaml, at warning or above (what
``medgloss check`` shows by default), and the correct sentences flagged.

    python benchmarks/clinical_false_friends.py           # figures per group, then what is missed
    python benchmarks/clinical_false_friends.py --quiet   # figures only

The groups (``real`` quotations, sentences written ``before`` the rules, ``after`` them) and
the counting are benchmarks/everyday_health.py's, as in benchmarks/false_friend_classes.py.
Uses only medgloss's public API.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import false_friend_classes  # noqa: E402

DEVSET = HERE.parent / "tests" / "data" / "clinical_false_friends_devset.yaml"


if __name__ == "__main__":
    false_friend_classes.DEVSET = DEVSET
    sys.exit(false_friend_classes.main())
