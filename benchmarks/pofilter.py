"""medgloss against translate-toolkit's ``pofilter`` on a real 48,000-entry French catalog.

    pip install -e '.[bench]'           # translate-toolkit (benchmark only)
    python benchmarks/pofilter.py [--entries 48000] [--mirror /work/.mirror] [--rounds 3]

The catalog is real: every French catalog of GNU Health's Tryton modules (GPL-3.0-or-later),
read from a git snapshot of its public mirror (``fetch github:alwindoss/gnuhealth``) at the
commit of ``catalogs_mirrors.py``; without the mirror, the GNU Health catalogs committed under
tests/data/evidence/catalogs/gnuhealth.  Their translated entries are repeated (each copy with
its own ``msgctxt``, so that every entry stays unique) up to ``--entries``, and errors are
injected, one entry in 97 of each kind, deterministically:

- *left in English*: the msgstr is the msgid (pofilter ``unchanged``, medgloss MG204);
- *an English word of the source left in the French*: a one-word English term of the bundled
  glossary that the msgid holds is put back in the msgstr (pofilter ``musttranslatewords``
  with the glossary's one-word English terms as its list, medgloss MG111 or MG204);
- *a terminology error*: the msgstr is one of the benchmark corpus's wrong medical sentences
  (medgloss MG1xx; pofilter has no test for a wrong target term, so none of its tests counts).

pofilter's « same rules » are the tests that correspond to medgloss's catalog checks:
``-t unchanged -t untranslated -t musttranslatewords``, and medgloss's codes for them are
``--select MG204,MG111``:

- ``unchanged`` (the msgstr is the msgid) and ``untranslated`` (an empty msgstr) ask « was this
  entry translated at all? »: MG204 untranslated-entry (the msgstr is the English source, or
  English words).  An empty msgstr is not in medgloss's view at all (nothing to check, nothing
  reported), so ``untranslated`` has no finding to match, and no work either;
- ``musttranslatewords`` (a word of the list, in the source, left as it is in the target) is
  MG111 english-in-french (English words of the glossary, or English-only words, left in the
  French).

With ``--select``, medgloss runs only the detectors those codes need (:mod:`medgloss.checks.selection`):
MG204 reads nothing of the French checks; MG111 is silent where a glossary finding is, so the
glossary's terms and rules still run for it, while agreement, calques, broken words, MG112 and
MG201–MG203 do not, and only the selected findings' fixes are verified.  The findings are those
of a full run for these codes (tests/test_selection.py).

Both commands run cold in a subprocess (start-up included, medgloss's result cache off),
medians of ``--rounds`` taken in turns, each from its bytecode: translate-toolkit's was compiled when pip
installed it, and medgloss's is compiled here first (``compileall``, as a non-editable install
does), since a ``PYTHONDONTWRITEBYTECODE`` environment would otherwise make every medgloss run
compile its 100-odd modules from source again (about 0.1 s of CPU) while pofilter's never do.
The ratio is pofilter's time over medgloss's.  Two medgloss figures: every check it has (its
default), and only the corresponding codes.  pofilter with all its
default tests is printed for reference.  Ratios are given on the wall clock and on the CPU time of each command
(user + system): on cores shared with other work, the CPU time is the fair comparison.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402

CACHE = HERE / ".cache" / "pofilter"
GNUHEALTH = ("alwindoss/gnuhealth", "6b4955a8388a69d596d1b25518cfbbe408febfb0")
COMMITTED = ROOT / "tests" / "data" / "evidence" / "catalogs" / "gnuhealth"
EVERY = 97
# The benchmark corpus's medical sentences that carry an error the bundled glossary knows.
WRONG = [s for s in corpus_mod.MEDICAL if re.search(r"humidifi|atteint\.|intra-veineuse|carence en NEMO|canule|type de tissu", s)]


def real_catalogs(mirror: Path) -> list[tuple[str, str]]:
    """(name, text) of GNU Health's French catalogs: from the mirror, else those committed."""
    git_dir = mirror / GNUHEALTH[0].replace("/", "+") / "repo"
    if git_dir.is_dir():
        listed = subprocess.run(["git", "-C", str(git_dir), "ls-tree", "-r", "--name-only", GNUHEALTH[1]],
                                capture_output=True, text=True)
        paths = [p for p in listed.stdout.splitlines() if p.endswith("/locale/fr.po")]
        catalogs = []
        for path in paths:
            shown = subprocess.run(["git", "-C", str(git_dir), "show", f"{GNUHEALTH[1]}:{path}"], capture_output=True)
            if shown.returncode == 0:
                catalogs.append((path, shown.stdout.decode("utf-8")))
        if catalogs:
            return catalogs
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(COMMITTED.glob("*.po"))]


def must_translate_words() -> list[str]:
    """The bundled glossary's one-word English terms (pofilter's ``--musttranslatefile``)."""
    from medgloss.glossary import default_glossary

    words = {e.lower() for c in default_glossary().concepts.values() for e in c.en
             if " " not in e and e.isalpha() and not e.isupper() and len(e) > 3}
    return sorted(words)


def build(entries: int, mirror: Path) -> tuple[Path, Path, Counter[str], int]:
    """The scaled catalog with its injected errors, pofilter's word list, what was injected,
    and how many real entries it was made from."""
    import polib

    CACHE.mkdir(parents=True, exist_ok=True)
    words = must_translate_words()
    word_file = CACHE / "musttranslate.txt"
    word_file.write_text("\n".join(words) + "\n", encoding="utf-8")
    word_re = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    real = []
    header = None
    for name, text in real_catalogs(mirror):
        catalog = polib.pofile(text)
        header = header or catalog
        real.extend((name, e) for e in catalog if e.translated() and not e.obsolete and e.msgid and not e.msgid_plural)
    out = polib.POFile(wrapwidth=78)
    out.metadata = dict(header.metadata) if header is not None else {}
    out.metadata["Language"] = "fr"
    injected: Counter[str] = Counter()
    n = 0
    copy = 0
    while n < entries:
        copy += 1
        for name, entry in real:
            if n >= entries:
                break
            msgstr = entry.msgstr
            if n % EVERY == 11:
                msgstr = entry.msgid
                injected["left in English (unchanged)"] += 1
            elif n % EVERY == 44 and (found := word_re.search(entry.msgid)) is not None and found.group(1) not in msgstr:
                msgstr = f"{msgstr} {found.group(1)}"
                injected["English word of the source left (musttranslatewords)"] += 1
            elif n % EVERY == 77:
                msgstr = WRONG[n % len(WRONG)]
                injected["terminology error (no pofilter test)"] += 1
            context = f"{entry.msgctxt or name}#{copy}"
            out.append(polib.POEntry(msgctxt=context, msgid=entry.msgid, msgstr=msgstr,
                                     occurrences=entry.occurrences, flags=list(entry.flags)))
            n += 1
    path = CACHE / f"gnuhealth-{entries}.fr.po"
    out.save(str(path))
    return path, word_file, injected, len(real)


def timed(commands: dict[str, list[str]], rounds: int) -> dict[str, tuple[float, float, subprocess.CompletedProcess[str]]]:
    """For each command: median wall-clock seconds, median CPU seconds (user + system of the
    child) and its last run.  The commands take turns, round by round, so that a change of the
    machine's load during the run falls on all of them alike (the ratios are what is read).
    On shared cores the CPU time is the fair figure: the wall clock also counts others' work."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    cpu: dict[str, list[float]] = {label: [] for label in commands}
    last: dict[str, subprocess.CompletedProcess[str]] = {}
    for _ in range(rounds):
        for label, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            last[label] = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
            times[label].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[label].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {label: (statistics.median(times[label]), statistics.median(cpu[label]), last[label]) for label in commands}


def pofilter_failures(output: Path) -> Counter[str]:
    """Failures per test in pofilter's output (one ``(pofilter) test:`` note each)."""
    found: Counter[str] = Counter()
    for line in output.read_text(encoding="utf-8").splitlines():
        match = re.match(r"# \(pofilter\) (\w+):", line)
        if match:
            found[match.group(1)] += 1
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=48_000)
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    pofilter = shutil.which("pofilter", path=str(Path(sys.executable).parent)) or shutil.which("pofilter")
    if pofilter is None:
        print("pofilter is not installed: pip install -e '.[bench]' (translate-toolkit)")
        return 2
    path, word_file, injected, real = build(options.entries, options.mirror)
    print(f"catalog: {path} — {options.entries:,} entries made from {real:,} real translated entries of "
          f"GNU Health, {path.stat().st_size / 1e6:.1f} MB; injected: "
          + ", ".join(f"{k} {v}" for k, v in injected.items()))

    import medgloss as package

    # Both tools from their bytecode (see above): writes medgloss's __pycache__ (ignored by git).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(package.__file__).parent)],
                   capture_output=True)
    medgloss = [sys.executable, "-m", "medgloss", "check", "--no-cache", "--format", "json", "--exit-zero"]
    subprocess.run([*medgloss, str(path)], capture_output=True)  # compiled glossary into the cache
    same = ["-t", "unchanged", "-t", "untranslated", "-t", "musttranslatewords", f"--musttranslatefile={word_file}"]
    output = CACHE / "pofilter-out.po"
    pofilter_cmd = [pofilter, "--progress=none", "--language=fr"]
    commands = {
        "medgloss check (every check)": [*medgloss, str(path)],
        "medgloss check --select MG204,MG111": [*medgloss, "--select", "MG204,MG111", str(path)],
        "pofilter -t unchanged -t untranslated -t musttranslatewords": [*pofilter_cmd, *same, "-i", str(path), "-o", str(output)],
        "pofilter, all its default tests": [*pofilter_cmd, "-i", str(path), "-o", str(output)],
    }
    results = timed(commands, options.rounds)
    figures = {label: r[0] for label, r in results.items()}
    cpus = {label: r[1] for label, r in results.items()}
    for label, (seconds, cpu, done) in results.items():
        if done.returncode != 0:
            raise SystemExit(f"{label} failed: {done.stderr[-2000:]}")
        if label.startswith("medgloss"):
            codes = Counter(f["rule"] for f in json.loads(done.stdout)["findings"])
            print(f"{label}: {seconds:.2f} s ({cpu:.2f} s CPU), findings at warning and above: "
                  + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
        else:
            # The output file holds the last pofilter command's failures: run it again alone.
            subprocess.run(commands[label], capture_output=True)
            failures = pofilter_failures(output)
            top = ", ".join(f"{t} {n}" for t, n in failures.most_common(6))
            print(f"{label}: {seconds:.2f} s ({cpu:.2f} s CPU), {sum(failures.values()):,} failures ({top})")
    same_rules = "pofilter -t unchanged -t untranslated -t musttranslatewords"
    for name, table in (("wall clock", figures), ("CPU time", cpus)):
        peer = table[same_rules]
        print(f"ratio ({name}), pofilter with the same rules / medgloss: every check "
              f"{peer / table['medgloss check (every check)']:.2f}×, same codes "
              f"{peer / table['medgloss check --select MG204,MG111']:.2f}×; pofilter's default tests / medgloss, "
              f"every check {table['pofilter, all its default tests'] / table['medgloss check (every check)']:.2f}× "
              "(goal: > 1, medgloss faster)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
