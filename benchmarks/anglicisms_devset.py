"""Recall at warning and above on the everyday-anglicism development set, with and without its rules.

    python benchmarks/anglicisms_devset.py            # figures, then what was missed
    python benchmarks/anglicisms_devset.py --quiet    # figures only

Reads benchmarks/devset/everyday-anglicisms.yaml (issue 16, round 5): sentences written before
the rules of glossaries/en-fr/rules/everyday-anglicisms.yaml, short quotations of real machine-
translated pages, and sentences written after the rules, each with the span of its error; and
correct French that must stay silent.  An error counts as found when a finding at warning or
error (what ``medgloss check`` shows by default) overlaps its span.  The baseline, in the same
run, is medgloss with the rules of that file ignored (``ignore=`` their ids): what the rest of
the glossary and the generated detectors already catch.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

import medgloss

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "benchmarks" / "devset" / "everyday-anglicisms.yaml"
RULES = ROOT / "glossaries" / "en-fr" / "rules" / "everyday-anglicisms.yaml"
SERIOUS = ("warning", "error")


def _rule_ids() -> list[str]:
    """Ids of the rules under measure (none before the file exists)."""
    if not RULES.exists():
        return []
    data = yaml.safe_load(RULES.read_text("utf-8")) or {}
    return [r["id"] for r in data.get("rules", [])]


def _found(text: str, span: str, ignore: list[str], glossary: medgloss.Glossary) -> list[medgloss.Finding]:
    start = text.find(span)
    if start < 0:
        raise SystemExit(f"devset: {span!r} is not in {text!r}")
    end = start + len(span)
    return [f for f in medgloss.check_text(text, glossary=glossary, ignore=ignore)
            if f.severity in SERIOUS and f.offset < end and start < f.offset + f.length]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--man", type=int, default=3000, help="man-page paragraphs checked with the rules alone (0: none)")
    args = parser.parse_args(argv)
    data = yaml.safe_load(DEVSET.read_text("utf-8"))
    glossary = medgloss.default_glossary()
    ours = _rule_ids()
    print(f"rules under measure: {len(ours)}")
    print(f"{'part':<16}{'errors':>7}{'baseline':>10}{'medgloss':>10}")
    for part in ("written_before", "quoted", "written_after"):
        cases = data.get(part) or []
        if not cases:
            print(f"{part:<16}{0:>7}{'-':>10}{'-':>10}")
            continue
        base = now = 0
        for case in cases:
            base += bool(_found(case["text"], case["found"], ours, glossary))
            hits = _found(case["text"], case["found"], [], glossary)
            now += bool(hits)
            if not hits and not args.quiet:
                print(f"  missed ({part}): « {case['found']} » in {case['text']!r}")
        n = len(cases)
        print(f"{part:<16}{n:>7}{base / n:>10.2f}{now / n:>10.2f}")
    alarms = 0
    for case in data.get("correct") or []:
        hits = [f for f in medgloss.check_text(case["text"], glossary=glossary) if f.severity in SERIOUS]
        alarms += bool(hits)
        for f in hits:
            print(f"  false alarm on correct French: {f.rule} {f.severity} « {f.found} » in {case['text']!r}")
    print(f"correct sentences: {len(data.get('correct') or [])}, with a warning or error: {alarms}")
    if args.man and ours:
        # French technical prose (Debian's manual pages): every finding of these rules there is
        # a false alarm by construction.
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import corpus  # noqa: PLC0415 - the benchmarks' own module

        paragraphs = [p for p in corpus.french_paragraphs() if p not in corpus.MEDICAL][: args.man]
        text = "\n\n".join(paragraphs)
        found = medgloss.check_text(text, glossary=glossary, select=ours)
        for f in found:
            print(f"  man pages: {f.rule_id} « {f.found} »")
        print(f"man pages: {len(paragraphs)} paragraphs, {len(text.split())} words, findings of these rules: {len(found)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
