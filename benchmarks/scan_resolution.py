"""The scan with rejected hits giving way (issue 16, round 6) against the scan it replaced.

    python benchmarks/scan_resolution.py [corpus.txt]

Times, in one process and one run, over the benchmark corpus (benchmarks/.cache/corpus.txt, as
benchmarks/run.py builds it; its paragraphs are scanned one by one, as the checker's windows
are): (1) the old scan, leftmost-longest over tuples, as :mod:`medgloss.matching.scanner` had it
until round 5; (2) :func:`scan_candidates` plus :meth:`Scan.resolve` with a judge that rejects
every hit of rules alone (the worst case: every contested rule hit is asked about).  Prints the
ratio (goal: within 5 % of the old scan) and checks that both give the same hits when nothing
is rejected.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import medgloss
from medgloss.api import checker_for
from medgloss.matching.compiled import TERM
from medgloss.matching.scanner import Hit, _inside_compound, _case_ok, scan_candidates
from medgloss.text.fold import extend_over_combining, fold

HERE = Path(__file__).resolve().parent


def old_scan(text, compiled, folded):
    """The scan of round 5 (leftmost-longest over tuples, Hit objects for the kept ones only)."""
    raw = [(end - length - 1, length, pattern) for end, (pattern, length) in compiled.automaton.iter(f" {folded.key} ")]
    candidates = []
    for key_start, key_length, pattern in raw:
        start, end = folded.span(key_start, key_start + key_length)
        end = extend_over_combining(text, end)
        if _inside_compound(text, start, end):
            continue
        entries = compiled.entries[pattern]
        if any(e.case_sensitive for e in entries):
            original = text[start:end]
            entries = tuple(e for e in entries if _case_ok(e, original))
            if not entries:
                continue
        candidates.append((start, end, entries))
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
    hits, last_end = [], -1
    for start, end, entries in candidates:
        if start >= last_end:
            hits.append(Hit(start, end, entries))
            last_end = end
    return hits


def new_scan(text, compiled, folded):
    return scan_candidates(text, compiled, folded).resolve(lambda hit: not any(e.kind == TERM for e in hit.entries))


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / ".cache" / "corpus.txt"
    if not path.exists():
        print(f"{path}: no corpus (python benchmarks/run.py builds it)")
        return 2
    paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    compiled = checker_for(medgloss.default_glossary()).compiled
    folded = [fold(p) for p in paragraphs]
    same = all(old_scan(p, compiled, f) == scan_candidates(p, compiled, f).hits for p, f in zip(paragraphs, folded))
    times: dict[str, list[float]] = {"old": [], "new": []}
    for round_ in range(5):
        for name, fn in ((("old", old_scan), ("new", new_scan)) if round_ % 2 == 0 else (("new", new_scan), ("old", old_scan))):
            started = time.perf_counter()
            for p, f in zip(paragraphs, folded):
                fn(p, compiled, f)
            times[name].append(time.perf_counter() - started)
    old, new = statistics.median(times["old"]), statistics.median(times["new"])
    print(f"{len(paragraphs):,} paragraphs of {path}: old scan {old:.3f} s, scan_candidates + resolve "
          f"{new:.3f} s (median of 5): ratio {new / old:.3f} (goal ≤ 1.05); same hits without rejection: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
