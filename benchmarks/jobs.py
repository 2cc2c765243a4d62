"""``--jobs``: wall and CPU time of checking the benchmark corpus as four files, 1 and 2 processes.

    python benchmarks/jobs.py            # 3 rounds, medians
    python benchmarks/jobs.py --rounds 5

The corpus (benchmarks/corpus.py) is cut into four quarters of different sizes, so that how
the work is shared matters.  Each round runs ``medgloss check --no-cache --format json`` with
``--jobs 1`` and with ``--jobs 2`` in a subprocess, alternating, and takes the wall time and the
CPU time of the command and its workers (``RUSAGE_CHILDREN``).  The ratio is wall(1) /
wall(2): on a machine whose two cores other processes share it cannot reach 2, so the CPU
figures say whether the workers did more work in all than one process (re-loading, pickling)
and the run-queue line says how much CPU the machine gave.  The outputs must be identical.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402

CACHE = HERE / ".cache"


def quarters(corpus_path: Path) -> list[str]:
    """Four files of whole paragraphs, of unequal sizes (as a real batch)."""
    folder = CACHE / "jobs"
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = corpus_path.read_text(encoding="utf-8").split("\n\n")
    quarter = -(-len(paragraphs) // 4)
    paths = []
    for i in range(4):
        target = folder / f"quarter{i}.txt"
        text = "\n\n".join(paragraphs[i * quarter:(i + 1) * quarter]) + "\n"
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
        paths.append(str(target))
    return paths


def timed(paths: list[str], jobs: int) -> tuple[float, float, bytes]:
    """(wall, CPU of the command and its workers, stdout) of one check."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "medgloss", "check", "--no-cache", "--format", "json",
                           "--jobs", str(jobs), *paths], capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"medgloss check failed: {done.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def run(corpus_path: Path, rounds: int = 3) -> tuple[float, float, float, float, bool]:
    """Medians of (wall 1, wall 2, CPU 1, CPU 2) and whether every output was the same."""
    paths = quarters(corpus_path)
    walls: dict[int, list[float]] = {1: [], 2: []}
    cpus: dict[int, list[float]] = {1: [], 2: []}
    outputs = set()
    timed(paths, 1)  # the compiled glossary and word lists are in the cache from here on
    for _ in range(rounds):
        for jobs in (1, 2):
            wall, cpu, out = timed(paths, jobs)
            walls[jobs].append(wall)
            cpus[jobs].append(cpu)
            outputs.add(out)
    med = statistics.median
    return med(walls[1]), med(walls[2]), med(cpus[1]), med(cpus[2]), len(outputs) == 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    corpus_path = corpus_mod.build(CACHE / "corpus.txt")
    sizes = [os.path.getsize(p) / 1e6 for p in quarters(corpus_path)]
    load_before = os.getloadavg()[0]
    one, two, cpu1, cpu2, same = run(corpus_path, options.rounds)
    print(f"--jobs on 4 files ({', '.join(f'{s:.1f}' for s in sizes)} MB), {os.cpu_count()} CPUs, "
          f"load average {load_before:.1f} → {os.getloadavg()[0]:.1f}, medians of {options.rounds} rounds:")
    print(f"  --jobs 1: {one:.2f} s wall, {cpu1:.2f} s CPU")
    print(f"  --jobs 2: {two:.2f} s wall, {cpu2:.2f} s CPU (all processes)")
    print(f"  ratio wall(1)/wall(2) = {one / two:.2f}× (goal ≥ 1.6×); CPU(2)/CPU(1) = {cpu2 / cpu1:.2f} "
          f"(1.00 = no work repeated by the workers); with 2 whole cores and even shares at most "
          f"{min(2.0, cpu1 / max(cpu2 / 2, 1e-9)):.2f}×; same output: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
