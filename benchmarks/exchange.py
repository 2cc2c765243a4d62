"""Cost of terminology exchange: TBX and CSV export and import of a large synthetic glossary.

    python benchmarks/exchange.py [--concepts 20000]

Prints seconds (best of three) for each step, with loading the same glossary from its YAML
files (no cache) as the baseline: importing a TBX or CSV file costs about what loading a
glossary costs, plus parsing the format.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

from medgloss.exchange import export_glossary, import_glossary  # noqa: E402
from medgloss.glossary import load_glossary  # noqa: E402


def _best(step: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--concepts", type=int, default=20_000, help="size of the synthetic glossary")
    args = parser.parse_args()
    os.environ["MEDGLOSS_NO_CACHE"] = "1"  # measure parsing, not the pickle cache
    with tempfile.TemporaryDirectory() as tmp:
        folder = synthetic.write(Path(tmp) / "glossary", concepts=args.concepts)
        load = _best(lambda: load_glossary([folder], include_default=False))
        glossary = load_glossary([folder], include_default=False)
        print(f"{len(glossary.concepts)} concepts, {sum(len(c.terms) for c in glossary.concepts.values())} French terms")
        print(f"load from YAML (baseline)   {load:7.2f} s")
        for fmt in ("tbx", "csv"):
            target = Path(tmp) / f"glossary.{fmt}"
            export = _best(lambda: target.write_bytes(export_glossary(glossary, fmt)))
            imported = _best(lambda: import_glossary(str(target)))
            size = target.stat().st_size / 1e6
            print(f"{fmt} export                  {export:7.2f} s  ({size:.1f} MB, {export / load:.2f}× baseline)")
            print(f"{fmt} import (to YAML text)   {imported:7.2f} s  ({imported / load:.2f}× baseline)")


if __name__ == "__main__":
    main()
