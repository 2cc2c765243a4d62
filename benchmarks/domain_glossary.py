"""Recall of the domain concepts of round 7 (issue 16, item 5: laboratory-panels.yaml,
haematology.yaml, organ-transplantation.yaml in glossaries/en-fr/) on their own development
set, tests/data/domain_glossary_devset.yaml, at warning or above (what ``medgloss check`` shows
by default).

    python benchmarks/domain_glossary.py            # figures per group, then what is missed
    python benchmarks/domain_glossary.py --quiet    # figures only

Groups are reported apart: ``real`` (quotations of machine-translated pages), ``before``
(sentences written before the concepts) and ``after`` (written after them, which may echo the
concepts).  An item with a ``found`` span is an error, found when a warning or error overlaps
it; an item without one is a correct sentence, which must get no warning or error.

Uses only medgloss's public API (``medgloss.check_text``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import everyday_health  # noqa: E402  (the same devset format and report)
from everyday_health import evaluate as _evaluate  # noqa: E402

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "data" / "domain_glossary_devset.yaml"


def evaluate(devset: Path = DEVSET) -> dict[str, dict[str, list]]:
    """Per group: the errors found and missed, and the correct sentences flagged."""
    return _evaluate(devset)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="figures only")
    args = parser.parse_args(argv)
    results = evaluate(DEVSET)
    everyday_health.report(results, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
