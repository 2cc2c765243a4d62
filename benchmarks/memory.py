"""Peak memory of ``medgloss check`` on the benchmark corpus, next to baselines from the same run.

    python benchmarks/memory.py              # the 7.9M-character corpus of benchmarks/run.py
    python benchmarks/memory.py --against /path/to/other/src   # also an older medgloss tree

Each case is the whole command in a subprocess (``python -m medgloss check --format json``),
and its peak RSS is the ``ru_maxrss`` that ``os.wait4`` reports for that child.  (A child
starts with the RSS high-water mark of the process that forked it, so this script imports
nothing heavy: its own peak, printed, stays far below what it measures.)  Cases:

- ``--no-cache``: the result cache off, the compiled glossary and word tables from medgloss's
  cache folder, as in any run after the first (the goal of issue 19: ≤ 300 MB);
- the same with wordfreq's own tables (its ``zipf_frequency``, which turns a language's
  list into a dict of floats), the baseline of the compact table;
- the cached run (the result cache of a folder of its own, filled by a first run);
- a one-line file, the floor every run pays;
- with ``--against``, the ``--no-cache`` case on another medgloss source tree (``PYTHONPATH``):
  for instance ``git archive`` of an older commit, to measure a change; its JSON report is
  compared byte for byte with the shipped run's (an older tree that reads the corpus whole is
  the oracle of the windows the shipped run checks it in).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402

CACHE = HERE / ".cache"
GOAL_MB = 300

# wordfreq's own zipf_frequency in place of the compact table: the baseline.
_WORDFREQ_TABLES = (
    "import sys, wordfreq\nimport medgloss.french.english_words as words\n"
    "words.zipf_frequency = wordfreq.zipf_frequency\n"
    "from medgloss.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"
)


def peak(args: list[str], env: dict[str, str], output: Path | None = None) -> tuple[float, float]:
    """Peak RSS (MiB) and wall time of ``python args`` in a child process (its standard output
    kept in ``output`` if given)."""
    with tempfile.TemporaryFile() as errors, open(output or os.devnull, "wb") as out:
        # Files, not pipes: a full pipe would block the child.
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], stdout=out, stderr=errors, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in (0, 1):
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"benchmark step failed ({child.returncode}): {' '.join(args)}\n{message}")
    return usage.ru_maxrss / 1024, elapsed  # kilobytes on Linux


def best_of(runs: int, args: list[str], env: dict[str, str], output: Path | None = None) -> tuple[float, float]:
    """The lowest peak of ``runs`` runs (the least disturbed by the machine) and its time."""
    return min(peak(args, env, output) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=2, help="runs per case (the lowest peak is kept)")
    parser.add_argument("--against", metavar="SRC", help="also measure the medgloss package under SRC")
    options = parser.parse_args()

    corpus_path = corpus_mod.build(CACHE / "corpus.txt")
    small = CACHE / "memory-one-line.txt"
    small.write_text("Le fichier de configuration est lu au démarrage du service.\n", encoding="utf-8")
    size = corpus_path.stat().st_size
    print(f"medgloss peak memory — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"Python {sys.version.split()[0]}; corpus {corpus_path} ({size / 1e6:.1f} MB)")

    env = dict(os.environ)
    check = ["-m", "medgloss", "check", "--format", "json"]
    peak([*check, "--no-cache", str(corpus_path)], env)  # builds whatever the cache folder lacks
    rows: list[tuple[str, float, float]] = []
    report = Path(tempfile.mkdtemp()) / "shipped.json"
    shipped = best_of(options.runs, [*check, "--no-cache", str(corpus_path)], env, report)
    rows.append(("check --no-cache (compact word tables)", *shipped))
    peak(["-c", _WORDFREQ_TABLES, "check", "--format", "json", "--no-cache", str(corpus_path)], env)
    rows.append(("check --no-cache with wordfreq's own tables (baseline)",
                 *best_of(options.runs, ["-c", _WORDFREQ_TABLES, "check", "--format", "json", "--no-cache",
                                         str(corpus_path)], env)))
    with tempfile.TemporaryDirectory() as folder:
        warm = dict(env, MEDGLOSS_CACHE_DIR=folder)
        peak([*check, str(corpus_path)], warm)  # fills this folder: compiled glossary, tables, results
        rows.append(("check, result cache warm", *best_of(options.runs, [*check, str(corpus_path)], warm)))
    rows.append(("check --no-cache, one-line file", *best_of(options.runs, [*check, "--no-cache", str(small)], env)))
    if options.against:
        other = dict(env, PYTHONPATH=os.pathsep.join(filter(None, [options.against, env.get("PYTHONPATH")])))
        peak([*check, "--no-cache", str(corpus_path)], other)
        theirs = report.with_name("against.json")
        rows.append((f"check --no-cache, medgloss of {options.against}",
                     *best_of(options.runs, [*check, "--no-cache", str(corpus_path)], other, theirs)))
        # A large file is checked in windows: its report must be the one of the whole text.
        same = report.read_bytes() == theirs.read_bytes()
        print(f"report of {options.against}: {'byte for byte the same' if same else 'DIFFERENT'}")

    width = max(len(label) for label, _, _ in rows)
    for label, rss, elapsed in rows:
        print(f"  {label:<{width}}  peak RSS {rss:6.0f} MiB = {rss * 1.048576:4.0f} MB  "
              f"({rss / shipped[0]:.2f}× the shipped run)  {elapsed:5.1f} s")
    mb = shipped[0] * 1.048576
    print(f"goal: ≤ {GOAL_MB} MB on the corpus — {mb:.0f} MB, {'met' if mb <= GOAL_MB else 'NOT met'}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this script's own peak, which every child starts from: {own:.0f} MiB)")
    return 0 if mb <= GOAL_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
