"""``medgloss glossary validate|test|stats``: work on the glossary itself."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from ..terminology.examples import run_examples
from ..glossary.stats import glossary_stats
from ..glossary.validate import validate
from ..i18n import _
from .options import add_glossary_options, glossary_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``glossary`` sub-command group."""
    parser = subparsers.add_parser("glossary", help=_("validate, test and describe glossaries"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    actions.required = True

    validate_parser = actions.add_parser("validate", help=_("check a glossary's schema and consistency"))
    add_glossary_options(validate_parser)
    validate_parser.set_defaults(func=run_validate)

    test_parser = actions.add_parser("test", help=_("run the example sentences of the rules"))
    test_parser.add_argument("--rule", action="append", default=[], metavar="ID", help=_("only this rule (repeatable)"))
    test_parser.add_argument("-v", "--verbose", action="store_true", help=_("also list passing examples"))
    add_glossary_options(test_parser)
    test_parser.set_defaults(func=run_test)

    stats_parser = actions.add_parser("stats", help=_("count concepts, terms, rules and examples"))
    stats_parser.add_argument("--format", default="text", choices=["text", "json"], help=_("output format"))
    add_glossary_options(stats_parser)
    stats_parser.set_defaults(func=run_stats)

    calques_parser = actions.add_parser("calques", help=_("list the generated calques, for review"))
    calques_parser.add_argument("--concept", action="append", default=[], metavar="ID", help=_("only this concept (repeatable)"))
    calques_parser.add_argument("--format", default="text", choices=["text", "json"], help=_("output format"))
    add_glossary_options(calques_parser)
    calques_parser.set_defaults(func=run_calques)

    senses_parser = actions.add_parser("senses", help=_("list the generated wrong-sense renderings, for review"))
    senses_parser.add_argument("--concept", action="append", default=[], metavar="ID", help=_("only this concept (repeatable)"))
    senses_parser.add_argument("--format", default="text", choices=["text", "json"], help=_("output format"))
    add_glossary_options(senses_parser)
    senses_parser.set_defaults(func=run_senses, kind="wrong-sense")

    for registrar in EXTRA_ACTIONS:
        registrar(actions)


# Modules that add glossary actions (import, export) append their registrar here.
EXTRA_ACTIONS: list[Callable[[argparse._SubParsersAction], None]] = []


def run_validate(args: argparse.Namespace) -> int:
    """Load (schema errors exit 2) and report inconsistencies (exit 1)."""
    glossary = glossary_from_args(args)
    problems = validate(glossary)
    for problem in problems:
        print(problem)
    if problems:
        print(_("{n} problem(s) in {files} file(s).").format(n=len(problems), files=len(glossary.files)))
        return 1
    print(_("Glossary valid: {concepts} concepts, {rules} rules in {files} file(s).").format(
        concepts=len(glossary.concepts), rules=len(glossary.rules), files=len(glossary.files)))
    return 0


def run_test(args: argparse.Namespace) -> int:
    """Run rule examples; exit 1 if one fails."""
    glossary = glossary_from_args(args)
    failures = passes = 0
    for result in run_examples(glossary, set(args.rule) or None):
        if result.passed:
            passes += 1
            if args.verbose:
                print(result)
        else:
            failures += 1
            print(result)
    print(f"{passes} passed, {failures} failed")
    return 1 if failures else 0


def run_senses(args: argparse.Namespace) -> int:
    """Print the wrong-sense renderings of the glossary's French terms (MG115, as compiled)."""
    return run_calques(args)


def run_calques(args: argparse.Namespace) -> int:
    """Print the calques generated from the glossary's English terms (as compiled, so cached)."""
    from ..matching.cache import compiled

    glossary = glossary_from_args(args)
    unknown = [c for c in args.concept if c not in glossary.concepts]
    if unknown:
        print(_("medgloss: error: unknown concept {ids}").format(ids=", ".join(unknown)), file=sys.stderr)
        return 2
    wanted = set(args.concept)
    kind = getattr(args, "kind", "")
    # `glossary senses` lists the one-word wrong senses too (their context is tested on hits)
    kinds = {kind, "wrong-sense-word"} if kind else {kind}
    calques = [c for c in compiled(glossary).calques if c.kind in kinds and (not wanted or c.concept in wanted)]
    if args.format == "json":
        rows = [{"concept": c.concept, "english": c.english, "calque": c.text, "number": c.number,
                 "preferred": c.right or glossary.concepts[c.concept].preferred.text,
                 **({"context": sorted(c.context), "unless": sorted(c.unless)} if c.kind == "wrong-sense-word" else {})}
                for c in calques]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    for c in calques:
        if c.kind == "wrong-sense-word":
            print(f"{c.concept}\t{c.english}\t{c.text}\t→ {c.right}\t[{len(c.context)} / {len(c.unless)}]")
        else:
            print(f"{c.concept}\t{c.english}\t{c.text}\t→ {glossary.concepts[c.concept].preferred.text}")
    if kind:
        print(_("{n} generated wrong-sense rendering(s).").format(n=len(calques)))
    else:
        print(_("{n} generated calque(s).").format(n=len(calques)))
    return 0


def run_stats(args: argparse.Namespace) -> int:
    """Print the glossary's counts."""
    from ..matching.cache import compiled

    glossary = glossary_from_args(args)
    stats = glossary_stats(glossary)
    generated = compiled(glossary).calques
    stats["generated_calques"] = sum(1 for c in generated if not c.kind)
    stats["generated_wrong_senses"] = sum(1 for c in generated if c.kind == "wrong-sense")
    stats["generated_wrong_sense_words"] = sum(1 for c in generated if c.kind == "wrong-sense-word")
    if args.format == "json":
        sys.stdout.write(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
        return 0
    for key, value in stats.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for sub, count in value.items():
                print(f"  {sub}: {count}")
        else:
            print(f"{key}: {value}")
    return 0
