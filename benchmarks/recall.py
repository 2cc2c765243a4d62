"""Recall on real machine-translated French: which annotated errors medgloss finds, by class and detector.

    python benchmarks/recall.py              # figures, then the errors missed
    python benchmarks/recall.py --no-missed  # figures only
    python benchmarks/recall.py --json out.json
    python benchmarks/recall.py --set heldout       # the held-out set: figures only
    python benchmarks/recall.py --set professional  # false alarms on professional held-out text
    python benchmarks/recall.py --set fresh         # the lead's fresh set of round 5: figures only
    python benchmarks/recall.py --set heldout --show  # the lead only: also the sentences

``--set dev`` (the default) measures the development set.  ``--set heldout`` measures
tests/data/evidence/mt_heldout.jsonl, machine-translated pages of other sites than the
development set's, kept for the final, honest measurement; ``--set professional`` measures
tests/data/evidence/heldout_professional.jsonl, correct sentences of professional pages that
must stay silent.  For those two sets only figures are printed: the sentences, the spans
missed and the false alarms are shown with ``--show`` (and written with ``--json``), which
only the lead should use, so that nobody tunes a detector on them.

The MT development set (tests/data/evidence/mt_devset.jsonl, described in its README) holds
sentences of content-farm copies of English patient sites, each error annotated with its span,
character offset, class and the correct French; and correct sentences of the same pages
(negatives).  An annotated error counts as found when a finding overlaps its span.  Printed:
recall overall, by error class and by severity reached; for each detector (rule) the errors it
found and the findings it made elsewhere (outside every annotated span of an error sentence,
and on negatives); precision on the negatives.

Uses only medgloss's public API (``medgloss.check_text``).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import evidence  # noqa: E402

import medgloss  # noqa: E402


def _overlaps(f: medgloss.Finding, e: evidence.MTError) -> bool:
    return f.offset < e.end and e.offset < f.offset + f.length


def _checked(sentences: list[evidence.MTSentence], as_documents: bool) -> tuple[list[list[medgloss.Finding]], float]:
    """The findings of each sentence, checked alone or (``as_documents``) with the other
    sentences of its page, one per line, as a user checks a file: the whole-document decisions
    (an acronym glossed once, the signs of machine translation) then see the page."""
    pages: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        pages.setdefault(s.page if as_documents else s.id + f"#{i}", []).append(i)
    per_sentence: list[list[medgloss.Finding]] = [[] for _ in sentences]
    spent = 0.0
    for members in pages.values():
        bases, text = [], ""
        for i in members:
            bases.append(len(text))
            text += sentences[i].sentence + "\n"
        started = time.perf_counter()
        found = medgloss.check_text(text, path=sentences[members[0]].id)
        spent += time.perf_counter() - started
        for i, base in zip(members, bases):
            end = base + len(sentences[i].sentence)
            per_sentence[i] = [replace(f, offset=f.offset - base) for f in found if base <= f.offset < end]
    return per_sentence, spent


def run(sentences: list[evidence.MTSentence], as_documents: bool = False) -> tuple[list[dict], list[dict], float]:
    """(one record per annotated error, one record per finding, time spent in medgloss)."""
    errors: list[dict] = []
    findings: list[dict] = []
    per_sentence, spent = _checked(sentences, as_documents)
    for s, found in zip(sentences, per_sentence):
        for e in s.errors:
            hits = [f for f in found if _overlaps(f, e)]
            errors.append(
                {
                    "id": s.id,
                    "page": s.page,
                    "span": e.span,
                    "class": e.cls,
                    "correct": e.correct,
                    "found": bool(hits),
                    "rules": sorted({f.rule for f in hits}),
                    "severities": sorted({f.severity for f in hits}),
                    "proposals": sorted({f.replacements[0] for f in hits if f.replacements}),
                    "sentence": s.sentence,
                }
            )
        for f in found:
            on = [e for e in s.errors if _overlaps(f, e)]
            findings.append(
                {
                    "id": s.id,
                    "rule": f.rule,
                    "name": f.name,
                    "severity": f.severity,
                    "found": f.found,
                    "replacements": list(f.replacements),
                    "where": "annotated" if on else ("negative" if s.negative else "elsewhere"),
                    "sentence": s.sentence,
                }
            )
    return errors, findings, spent


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def _per_thousand(n: int, sentences: list[evidence.MTSentence]) -> str:
    words = sum(evidence.count_words(s.sentence) for s in sentences)
    return f"{1000 * n / words:.2f}" if words else "-"


SETS = {
    "dev": ("MT development set", evidence.mt_devset),
    "heldout": ("MT held-out set", evidence.mt_heldout),
    "fresh": ("MT fresh set (round 5)", evidence.mt_fresh),
    "professional": ("professional held-out set", evidence.heldout_professional),
}
SERIOUS = {"error", "warning"}


def report(
    sentences: list[evidence.MTSentence],
    errors: list[dict],
    findings: list[dict],
    spent: float,
    missed: bool,
    title: str = "MT development set",
    show: bool = True,
) -> None:
    """Print recall by class and detector, and precision on the negatives.

    With ``show`` false only figures are printed: no sentence, span or finding text."""
    caught = sum(e["found"] for e in errors)
    negatives = [s for s in sentences if s.negative]
    print(
        f"{title}: {len(sentences)} sentences from {len({s.page for s in sentences})} pages, "
        f"{len(errors)} annotated errors, {len(negatives)} correct sentences; medgloss {spent:.2f} s"
    )
    if errors:  # the professional set has none: only its false alarms mean something
        print(f"\nrecall: {caught}/{len(errors)} = {_ratio(caught, len(errors))}   (issue 16 goal on real MT pages: 0.60)")
        serious = sum(1 for e in errors if set(e["severities"]) & SERIOUS)
        print(f"recall at warning or error: {serious}/{len(errors)} = {_ratio(serious, len(errors))}")

        print("\nrecall by error class: any severity, then at warning or error")
        classes: dict[str, list[dict]] = defaultdict(list)
        for e in errors:
            classes[e["class"]].append(e)
        for cls, es in sorted(classes.items(), key=lambda kv: -len(kv[1])):
            n = sum(x["found"] for x in es)
            w = sum(1 for x in es if set(x["severities"]) & SERIOUS)
            print(f"  {cls:18} {n:3}/{len(es):3}  {_ratio(n, len(es))}   {w:3}/{len(es):3}  {_ratio(w, len(es))}")

    print("\nby detector: errors found / findings on other words of error sentences / findings on negatives")
    by_rule: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for f in findings:
        by_rule[(f["rule"], f["name"])][f["where"]] += 1
    caught_by: Counter = Counter(r for e in errors for r in e["rules"])
    for (rule, name), c in sorted(by_rule.items(), key=lambda kv: -caught_by[kv[0][0]]):
        print(f"  {rule:7} {name[:28]:28} {caught_by[rule]:4} {c['elsewhere']:5} {c['negative']:5}")

    on_negatives = [f for f in findings if f["where"] == "negative"]
    clean = sum(1 for s in negatives if not any(f["id"] == s.id for f in on_negatives))
    annotated = sum(1 for f in findings if f["where"] == "annotated")
    print(f"\nnegatives without any finding: {clean}/{len(negatives)} = {_ratio(clean, len(negatives))}")
    print(
        f"precision against the negatives: {annotated}/{annotated + len(on_negatives)} = "
        f"{_ratio(annotated, annotated + len(on_negatives))} "
        "(findings on annotated spans / those plus findings on correct sentences)"
    )
    serious_alarms = [f for f in on_negatives if f["severity"] in SERIOUS]
    alarmed = {f["id"] for f in serious_alarms}
    print(
        f"false alarms at warning or error: {len(serious_alarms)} on {len(alarmed)}/{len(negatives)} correct sentences "
        f"({_per_thousand(len(serious_alarms), negatives)} per 1,000 words)"
    )
    if not show:
        by_rule_alarms = Counter(f["rule"] for f in on_negatives)
        if by_rule_alarms:
            print("  false alarms by detector: " + ", ".join(f"{r} {n}" for r, n in by_rule_alarms.most_common()))
        elsewhere_n = sum(1 for f in findings if f["where"] == "elsewhere")
        print(f"findings outside the annotated spans of error sentences: {elsewhere_n} (shown with --show)")
        return
    for f in on_negatives:
        print(f"  false alarm {f['rule']} {f['severity']} {f['found']!r} in {f['id']}: {f['sentence']}")
    elsewhere = [f for f in findings if f["where"] == "elsewhere"]
    if elsewhere:
        print(f"\nfindings outside the annotated spans of error sentences ({len(elsewhere)}; unannotated, judge them)")
        for f in elsewhere:
            print(f"  {f['rule']} {f['severity']} {f['found']!r} in {f['id']}")

    if missed:
        print("\nerrors missed")
        for e in errors:
            if not e["found"]:
                print(f"  {e['id']} [{e['class']}] {e['span']!r} → {e['correct']!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-missed", action="store_true", help="do not list the errors missed")
    parser.add_argument("--json", type=Path, help="write the per-error and per-finding records to this file")
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="which set to measure (default: dev)")
    parser.add_argument("--as-documents", action="store_true",
                        help="check each page's sentences together, one per line, as one document")
    parser.add_argument(
        "--show", action="store_true", help="with --set heldout/professional/fresh: also print sentences (the lead only)"
    )
    args = parser.parse_args(argv)
    title, load = SETS[args.set]
    show = args.set == "dev" or args.show
    sentences = load()
    medgloss.check_text("Amorçage du glossaire.")  # load and compile the glossary outside the timing
    errors, findings, spent = run(sentences, args.as_documents)
    report(sentences, errors, findings, spent, show and not args.no_missed, title=title, show=show)
    if args.json:
        data = {"errors": errors, "findings": findings}
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
