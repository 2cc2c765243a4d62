"""One-line latency: ``medgloss check`` on a one-line file, whole command and phase by phase.

    python benchmarks/latency.py [--runs 10]

Two files: a clean line (no glossary term) and « Une carence en NEMO est traitée. », one
finding whose fix needs agreement.  The whole command runs in a subprocess (``--no-cache``:
the result cache off, the compiled glossary and word lists from medgloss's cache folder, as
in any run after the first), median and best of ``--runs``.  The phases are timed in one
fresh interpreter each, in the order the command meets them: importing the command line,
loading the glossary, the compiled glossary (its two automata restored, which the command does
on its first scan), the lexicon's word lists (which the command reads only for a text with a
glossary term), checking, reporting; wall time, as the command sees it.
Python's bytecode cache matters: with ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__``,
every import compiles medgloss's source again (about 0.1 s more).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
FILES = {
    "clean": "Le fichier de configuration est lu au démarrage du service.\n",
    "one finding (agreement)": "Une carence en NEMO est traitée.\n",
}
GOALS = {"clean": 0.3, "one finding (agreement)": 0.6}

_PHASES = r"""
import json, sys, time
t0 = time.perf_counter()
from medgloss.cli import main as cli_main
t1 = time.perf_counter()
from medgloss.glossary import default_glossary
g = default_glossary()
t2 = time.perf_counter()
from medgloss.api import checker_for
compiled = checker_for(g).compiled
compiled.automaton, compiled.calque_index  # restored from the cache on first use, as a scan does
compiled.calque_index and compiled.calque_index.automaton
t3 = time.perf_counter()
from medgloss.french.lexicon_words import lexicon
lexicon().words
t4 = time.perf_counter()
from medgloss.api import check_file
findings = check_file(sys.argv[1])
t5 = time.perf_counter()
from medgloss.report import RENDERERS
RENDERERS["text"](findings, 1, documents={})
t6 = time.perf_counter()
print(json.dumps({"import the command line": t1 - t0, "load the glossary": t2 - t1,
                  "compiled glossary": t3 - t2, "lexicon word lists": t4 - t3,
                  "check (detectors, fix, agreement)": t5 - t4, "report": t6 - t5,
                  "spaCy loaded": any(m.startswith("spacy") for m in sys.modules)}))
"""


def command(path: Path, runs: int) -> tuple[float, float, float]:
    """Median and best wall time, and median CPU time, of the command on ``path``."""
    times, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "medgloss", "check", "--no-cache", str(path)],
                       capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), min(times), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    options = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - start
    print(f"bare interpreter start-up: {bare:.3f} s")
    for label, text in FILES.items():
        path = CACHE / f"latency-{label.split()[0]}.txt"
        path.write_text(text, encoding="utf-8")
        command(path, 1)  # fill medgloss's cache folder
        median, best, cpu = command(path, options.runs)
        print(f"{label}: median {median:.3f} s, best {best:.3f} s over {options.runs} runs, CPU {cpu:.3f} s "
              f"(goal ≤ {GOALS[label]} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
        done = subprocess.run([sys.executable, "-c", _PHASES, str(path)], capture_output=True, text=True, check=True)
        phases = json.loads(done.stdout.splitlines()[-1])
        for phase, seconds in phases.items():
            print(f"    {phase:<36} {seconds:.3f} s" if isinstance(seconds, float) else f"    {phase:<36} {seconds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
