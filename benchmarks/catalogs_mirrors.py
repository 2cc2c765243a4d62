"""Findings per rule and time on real French catalogs of clinical software.

    python benchmarks/catalogs_mirrors.py [--dump findings.tsv] [--mirror /work/.mirror]

The catalogs are read from git snapshots (``fetch`` mirrors) of their public repositories,
at the commits recorded in :data:`CATALOGS`; nothing is downloaded here.  A catalog whose
mirror is absent is skipped with a note.  They are free software (GNU Health and GNUmed:
GPL; DHIS2 capture-app: BSD-3-Clause); only a curated sample of their entries is committed,
under ``tests/data/catalogs_real/``.

Every figure has its baseline measured in the same run: the same catalogs checked with the
bilingual checks as they were before issue 18 (:data:`LEGACY`: the per-document 10 % domain
gate, MG203 without the French context, MG201 without derived forms) would need the old
code, so the baseline printed is the French-only check of the same documents (the cost of
reading and checking the targets), and the finding counts of the pre-issue run are quoted
from ``benchmarks/catalogs_mirrors.baseline`` when present.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

from medgloss.api import check_document, checker_for  # noqa: E402
from medgloss.documents.registry import load_document  # noqa: E402

# (repository, commit, path in the repository, short name)
GNUHEALTH = ("alwindoss/gnuhealth", "6b4955a8388a69d596d1b25518cfbbe408febfb0")
CATALOGS: list[tuple[str, str, str, str]] = [
    *[(*GNUHEALTH, f"tryton/{module}/locale/fr.po", module) for module in (
        "health", "health_lab", "health_inpatient", "health_surgery", "health_icd10", "health_icd9procs",
        "health_nursing", "health_pediatrics", "health_gyneco")],
    ("ncqgm/gnumed", "8a85b32c78c8ee974ff80f0455d0159f398d9821", "gnumed/gnumed/client/po/fr.po", "gnumed"),
    ("dhis2/capture-app", "f8c04d3abf9b3a454286f923def874597d6f727c", "i18n/fr.po", "dhis2-capture"),
]


def read_catalog(mirror: Path, repo: str, commit: str, path: str) -> str | None:
    """The catalog's text at ``commit`` in the mirror of ``repo``, ``None`` without a mirror."""
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if not git_dir.is_dir():
        return None
    done = subprocess.run(["git", "-C", str(git_dir), "show", f"{commit}:{path}"], capture_output=True)
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--dump", type=Path, help="write every finding with its msgid and msgstr (TSV)")
    args = parser.parse_args(argv)

    import tempfile

    checker_for(None)  # load the glossary outside the timings
    rules: Counter[str] = Counter()
    total_entries = 0
    dump = []
    bilingual_time = french_time = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for repo, commit, path, name in CATALOGS:
            text = read_catalog(args.mirror, repo, commit, path)
            if text is None:
                print(f"{name}: no mirror of {repo} under {args.mirror}, skipped")
                continue
            file = Path(folder) / f"{name}.po"
            file.write_text(text, encoding="utf-8")
            document = load_document(str(file))
            total_entries += len(document.units)
            start = time.perf_counter()
            findings = check_document(document)
            bilingual_time += time.perf_counter() - start
            start = time.perf_counter()
            checker_for(None).check(document.view, document.path)
            french_time += time.perf_counter() - start
            counts = Counter(f.rule for f in findings)
            rules.update(counts)
            print(f"{name:20} {len(document.units):6} units {len(findings):5} findings  "
                  + " ".join(f"{r}:{n}" for r, n in sorted(counts.items())))
            for f in findings:
                context = dict(f.context or {})
                dump.append("\t".join(str(x).replace("\t", " ").replace("\n", "\\n") for x in (
                    name, f.rule, f.severity, f.concept, f.found, context.get("msgctxt", ""),
                    context.get("msgid", ""), document.text[f.offset - 0: f.offset + f.length], f.message)))
    print(f"total: {total_entries} units, {sum(rules.values())} findings: "
          + ", ".join(f"{r} {n}" for r, n in rules.most_common()))
    baseline = HERE / "catalogs_mirrors.baseline"
    if baseline.exists():
        print("before issue 18 (same catalogs): " + baseline.read_text(encoding="utf-8").strip())
    print(f"time: full check {bilingual_time:.2f} s, French-only check of the same views {french_time:.2f} s "
          f"(ratio {bilingual_time / max(french_time, 1e-9):.2f})")
    if args.dump:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
