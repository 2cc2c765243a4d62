"""Rendering cost of each output format, on the sample's findings repeated over many files.

    python benchmarks/reporters.py [--copies 2000]

Prints milliseconds per format (best of three) and the ratio to ``json``, the baseline.
"""

from __future__ import annotations

import argparse
import copy
import time
from pathlib import Path

from medgloss.api import check_text
from medgloss.report import RENDERERS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "seeds" / "000_1927d8f9a20f693b.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=2000, help="how many files of findings to render")
    args = parser.parse_args()
    text = SAMPLE.read_text(encoding="utf-8") if SAMPLE.exists() else (ROOT / "examples" / "nemo-leaflet.txt").read_text(encoding="utf-8")
    base = check_text(text, path="sample.txt")
    findings, documents = [], {}
    for i in range(args.copies):
        path = f"docs/{i:05d}.txt"
        documents[path] = text
        for f in base:
            clone = copy.copy(f)
            clone.path = path
            findings.append(clone)
    print(f"{len(findings)} findings in {args.copies} files of {len(text)} characters")
    timings = {}
    for name, render in RENDERERS.items():
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            out = render(findings, args.copies, documents=documents)
            best = min(best, time.perf_counter() - start)
        timings[name] = (best, len(out))
    baseline = timings["json"][0]
    for name, (seconds, size) in timings.items():
        print(f"{name:>7}: {seconds * 1000:8.1f} ms  {seconds / baseline:5.2f}× json  {size / 1e6:7.1f} MB")


if __name__ == "__main__":
    main()
