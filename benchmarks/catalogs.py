"""Benchmark of the gettext side: catalog build, pretranslate, bilingual checks.

    python benchmarks/catalogs.py [--concepts 20000] [--units 5000]

Every figure comes with a baseline measured in the same run on the same data:
  - ``catalog build`` of the bundled glossary and of a synthetic one (new, then update over
    the existing catalog) against GNU ``msgfmt`` compiling the very PO that was written,
    and ``msgfmt --check`` on it (the floor: a C tool that only parses and writes);
  - ``catalog pretranslate`` of a PO of untranslated glossary terms against polib loading
    and saving the same file unchanged (the floor of any polib-based rewrite);
  - checking a bilingual document (English sources, French targets) against checking the
    same French text without its sources (the cost of MG201–MG203).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import polib  # noqa: E402
import synthetic  # noqa: E402

import medgloss  # noqa: E402
from medgloss.api import check_document  # noqa: E402
from medgloss.catalog.build import build_catalogs  # noqa: E402
from medgloss.catalog.pretranslate import pretranslate_file  # noqa: E402
from medgloss.checks.bilingual import pairs_document  # noqa: E402
from medgloss.documents.model import Document  # noqa: E402

CACHE = HERE / ".cache"


def timed(function: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    """Best wall time of ``repeat`` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def msgfmt(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run(["msgfmt", *args], check=True, capture_output=True)
    return time.perf_counter() - start


def bench_build(name: str, glossary: medgloss.Glossary, folder: Path) -> None:
    out = folder / name
    fresh, result = timed(lambda: build_catalogs(glossary, out / f"run{time.perf_counter_ns()}"), repeat=1)
    result = build_catalogs(glossary, out / "main")
    update, _ = timed(lambda: build_catalogs(glossary, out / "main"))
    po = result.po_path
    print(f"catalog build, {name}: {result.messages} messages, {po.stat().st_size / 1024:.0f} KiB PO")
    print(f"  new catalog (PO + MO)          {fresh * 1000:8.0f} ms")
    print(f"  update over existing catalog   {update * 1000:8.0f} ms")
    if shutil.which("msgfmt"):
        print(f"  baseline msgfmt -o MO          {msgfmt('-o', str(folder / 'x.mo'), str(po)) * 1000:8.0f} ms")
        print(f"  baseline msgfmt --check        {msgfmt('--check', '-o', '/dev/null', str(po)) * 1000:8.0f} ms")


def bench_pretranslate(glossary: medgloss.Glossary, folder: Path, entries: int) -> None:
    english = [e for c in glossary.concepts.values() for e in c.en]
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr",
                   "Plural-Forms": "nplurals=2; plural=(n > 1);"}
    for i in range(entries):
        msgid = english[i % len(english)] if i % 2 == 0 else f"Interface message number {i}"
        po.append(polib.POEntry(msgid=msgid, msgctxt=f"m{i}", msgstr=""))
    source = folder / "pretranslate.po"
    po.save(str(source))
    work = folder / "work.po"

    def fill() -> object:
        shutil.copy(source, work)
        return pretranslate_file(work, glossary)

    def floor() -> object:
        shutil.copy(source, work)
        loaded = polib.pofile(str(work))
        loaded.save(str(work))
        return loaded

    seconds, result = timed(fill)
    base, _ = timed(floor)
    print(f"catalog pretranslate: {entries} entries, {len(result.filled)} filled")  # type: ignore[attr-defined]
    print(f"  pretranslate                   {seconds * 1000:8.0f} ms")
    print(f"  baseline polib load + save     {base * 1000:8.0f} ms")


PAIRS = [
    ("Intravenous immunoglobulin is given every four weeks.", "L’immunoglobuline intraveineuse est administrée toutes les quatre semaines."),
    ("A bone marrow transplant may be offered.", "Une intervention peut être proposée."),
    ("Anti-inflammatory medicines dampen the swelling.", "Les anti-inflammatoires humidifient le gonflement."),
    ("Please bring your appointment letter.", "Merci d’apporter votre convocation."),
    ("Intravenous immunoglobulin can cause headaches.", "Les IgIV peuvent provoquer des maux de tête."),
]


def bench_bilingual(units: int) -> None:
    with_units = pairs_document([PAIRS[i % len(PAIRS)] for i in range(units)], "bench.po")
    without = Document("bench.txt", with_units.text, with_units.view, format="text")
    check_document(without)  # warm the compiled glossary
    seconds, found = timed(lambda: check_document(with_units))
    base, plain = timed(lambda: check_document(without))
    print(f"bilingual check: {units} units, {len(found)} findings ({len(plain)} without the sources)")  # type: ignore[arg-type]
    print(f"  check with English sources     {seconds * 1000:8.0f} ms")
    print(f"  baseline: same French alone    {base * 1000:8.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=20_000)
    parser.add_argument("--units", type=int, default=5_000)
    args = parser.parse_args()
    bundled = medgloss.default_glossary()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_build("bundled glossary", bundled, folder)
        start = time.perf_counter()
        big = medgloss.load_glossary([synthetic.write(CACHE / f"synthetic-{args.concepts}", args.concepts)],
                                     include_default=False)
        print(f"(synthetic glossary of {len(big)} concepts loaded in {time.perf_counter() - start:.1f} s)")
        bench_build(f"synthetic {args.concepts}", big, folder)
        bench_pretranslate(bundled, folder, 10_000)
        bench_bilingual(args.units)


if __name__ == "__main__":
    main()
