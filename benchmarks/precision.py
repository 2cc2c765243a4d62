"""Precision on professional French: what medgloss reports on text a medical translator would sign.

    python benchmarks/precision.py                  # the whole usage corpus
    python benchmarks/precision.py --free-only      # only the sources under a free licence
    python benchmarks/precision.py --list info      # list every finding, info included
    python benchmarks/precision.py --json out.json  # every finding, machine-readable
    python benchmarks/precision.py --as-fr-FR       # every source checked as fr-FR (the CLI's default)
    python benchmarks/precision.py --folder tests/data/precision   # any folder of correct French
                                                    # (quotations, trigger-word sentences): see precision_folders.py

The usage corpus (tests/data/evidence/usage/, described in its README) is professional medical
French from France, Belgium, Switzerland and Canada.  Every finding medgloss makes on it is
presumed a false alarm: the figures printed are findings per 1,000 words by severity, by rule
and by variety, then the warning and error findings themselves with their context, so that a
rule can be narrowed on the sentence that made it fire.  (A few passages may hold a genuine
slip; the listing is where a reviewer tells them apart.)

Each source is checked as its own variety would check it (``check --variety fr-BE`` for a
Belgian source): a term admitted in Belgium is no false alarm there.  ``--as-fr-FR`` checks
them all with the default variety instead, which is what a user who never sets one gets.

Uses only medgloss's public API (``medgloss.check_text``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import evidence  # noqa: E402

import medgloss  # noqa: E402
from medgloss.glossary.variety import DEFAULT_VARIETY, for_variety  # noqa: E402

SEVERITIES = ("error", "warning", "info")


def _rate(count: int, words: int) -> float:
    return 1000.0 * count / words if words else 0.0


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def run(sources: list[evidence.UsageSource], *, own_variety: bool = True) -> tuple[list[dict], float]:
    """Check every passage (as its source's variety, or all as fr-FR); one record per finding,
    and the time spent in medgloss."""
    records: list[dict] = []
    spent = 0.0
    glossaries: dict[str, medgloss.Glossary] = {}
    for source, number, passage in evidence.iter_passages(sources):
        variety = source.variety if own_variety else DEFAULT_VARIETY
        if variety not in glossaries:
            glossaries[variety] = for_variety(medgloss.default_glossary(), variety)
        started = time.perf_counter()
        findings = medgloss.check_text(passage, path=f"{source.id}#{number}", glossary=glossaries[variety])
        spent += time.perf_counter() - started
        for f in findings:
            records.append(
                {
                    "source": source.id,
                    "passage": number,
                    "variety": source.variety,
                    "free": source.free,
                    "rule": f.rule,
                    "name": f.name,
                    "rule_id": f.rule_id,
                    "concept": f.concept,
                    "severity": f.severity,
                    "found": f.found,
                    "replacements": list(f.replacements),
                    "message": f.message,
                    "offset": f.offset,
                    "length": f.length,
                    "context": _context(passage, f.offset, f.end),
                    "url": source.meta.get("url", ""),
                }
            )
    return records, spent


def report(sources: list[evidence.UsageSource], records: list[dict], spent: float, listed: set[str]) -> None:
    words = sum(s.words for s in sources)
    passages = sum(len(s.passages) for s in sources)
    print(f"usage corpus: {len(sources)} sources, {passages} passages, {words:,} words; medgloss {spent:.2f} s")

    by_severity = Counter(r["severity"] for r in records)
    print("\nfindings per 1,000 words, by severity")
    for sev in SEVERITIES:
        print(f"  {sev:8} {by_severity[sev]:5}  {_rate(by_severity[sev], words):6.2f}")
    serious = by_severity["error"] + by_severity["warning"]
    print(f"  {'warn+err':8} {serious:5}  {_rate(serious, words):6.2f}   (issue 22 goal: at most 0.50)")

    print("\nby rule (count, per 1,000 words, severities, sources it fired in)")
    rules: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in records:
        rules[(r["rule"], r["name"])].append(r)
    for (rule, name), rs in sorted(rules.items(), key=lambda kv: -len(kv[1])):
        sev = Counter(r["severity"] for r in rs)
        sev_text = " ".join(f"{s}={sev[s]}" for s in SEVERITIES if sev[s])
        print(f"  {rule:7} {name[:28]:28} {len(rs):5} {_rate(len(rs), words):6.2f}  {sev_text:28} {len({r['source'] for r in rs})}")

    print("\nwarning-or-error findings per 1,000 words, by variety")
    for variety in evidence.VARIETIES:
        vs = [s for s in sources if s.variety == variety]
        vw = sum(s.words for s in vs)
        n = sum(1 for r in records if r["variety"] == variety and r["severity"] in ("error", "warning"))
        print(f"  {variety}  {len(vs):3} sources {vw:6,} words  {n:4}  {_rate(n, vw):6.2f}")

    print("\nmost frequent (rule, found) at warning or error")
    pairs = Counter((r["rule"], r["found"].lower()) for r in records if r["severity"] in ("error", "warning"))
    for (rule, found), n in pairs.most_common(25):
        print(f"  {n:4}  {rule:7} {found}")

    shown = [r for r in records if r["severity"] in listed]
    if shown:
        print(f"\nfindings at {', '.join(s for s in SEVERITIES if s in listed)} ({len(shown)})")
    for r in sorted(shown, key=lambda r: (SEVERITIES.index(r["severity"]), r["rule"], r["source"], r["passage"])):
        proposal = f" → {r['replacements'][0]}" if r["replacements"] else ""
        print(f"  {r['severity']:7} {r['rule']:6} {r['found']}{proposal}   [{r['source']}#{r['passage']}, {r['variety']}]")
        print(f"          {r['context']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--free-only", action="store_true", help="only the sources under a free licence")
    parser.add_argument("--variety", choices=evidence.VARIETIES, help="only the sources of one variety")
    parser.add_argument(
        "--list",
        choices=SEVERITIES,
        default="warning",
        help="list the findings at this severity and above (default: warning)",
    )
    parser.add_argument("--as-fr-FR", dest="as_fr_fr", action="store_true",
                        help="check every source as fr-FR instead of its own variety")
    parser.add_argument("--json", type=Path, help="write every finding to this JSON file")
    parser.add_argument("--folder", type=Path, action="append", default=[],
                        help="measure this folder of correct French instead (repeatable; see precision_folders.py)")
    args = parser.parse_args(argv)
    if args.folder:
        import precision_folders

        folder_args = [str(f) for f in args.folder] + (["--variety", args.variety] if args.variety else [])
        return precision_folders.main(folder_args + (["--show"] if args.list == "info" else []))

    sources = evidence.usage_sources(free_only=args.free_only)
    if args.variety:
        sources = [s for s in sources if s.variety == args.variety]
    medgloss.check_text("Amorçage du glossaire.")  # load and compile the glossary outside the timing
    records, spent = run(sources, own_variety=not args.as_fr_fr)
    listed = set(SEVERITIES[: SEVERITIES.index(args.list) + 1])
    report(sources, records, spent, listed)
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {len(records)} findings to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
