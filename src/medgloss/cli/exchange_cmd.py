"""``medgloss glossary export|import``: the glossary's concepts as TBX-Basic or CSV, and back.

Registered through :data:`~medgloss.cli.glossary_cmd.EXTRA_ACTIONS`.  ``export`` writes to
standard output or, atomically, to ``-o FILE`` (a generated file, replaced like ``catalog
extract`` replaces its POT).  ``import`` writes a glossary YAML file, which people then edit
by hand: an existing one is only replaced with ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..documents.io import write_file
from ..errors import UsageError
from ..exchange import FORMATS, export_glossary, import_glossary
from ..exchange.records import DEFAULT_SOURCE
from ..glossary.validate import validate
from ..i18n import _
from . import glossary_cmd
from .options import add_glossary_options, glossary_from_args


def register_actions(actions: argparse._SubParsersAction) -> None:
    """Add ``glossary export`` and ``glossary import``."""
    export = actions.add_parser(
        "export",
        help=_("write the glossary's concepts as TBX-Basic or CSV"),
        description=_("Write the concepts of the glossary (terms, statuses, grammar, definitions, sources) as "
                      "TBX-Basic (ISO 30042) or CSV; mistranslation rules stay in the YAML files."),
    )
    export.add_argument("--format", required=True, choices=FORMATS, help=_("exchange format"))
    export.add_argument("-o", "--output", default="-", metavar="FILE",
                        help=_("file to write (default: standard output)"))
    add_glossary_options(export)
    export.set_defaults(func=run_export)

    imported = actions.add_parser(
        "import",
        help=_("turn a TBX or CSV glossary into a medgloss YAML file"),
        description=_("Read a TBX-Basic or CSV glossary and write it as a medgloss glossary file, checked as "
                      "the loader checks it."),
    )
    imported.add_argument("file", metavar="FILE.tbx|FILE.csv")
    imported.add_argument("-o", "--output", required=True, metavar="OUT.yaml", help=_("glossary file to write"))
    imported.add_argument("--format", choices=FORMATS, help=_("format of FILE (default: from its extension)"))
    imported.add_argument("--source", default=DEFAULT_SOURCE, metavar="KEY",
                          help=_("source to cite for concepts that name none (default: imported)"))
    imported.add_argument("--force", action="store_true", help=_("replace OUT.yaml if it exists"))
    imported.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    """Export the glossary's concepts."""
    glossary = glossary_from_args(args)
    data = export_glossary(glossary, args.format)
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    write_file(args.output, data)
    print(_("Wrote {path}: {concepts} concepts ({rules} rules stay in the YAML files).").format(
        path=args.output, concepts=len(glossary.concepts), rules=len(glossary.rules)))
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Import a TBX or CSV file as a glossary YAML file; exit 1 if the result has inconsistencies."""
    output = Path(args.output)
    if output.suffix not in (".yaml", ".yml"):
        raise UsageError(_("the output must be a .yaml or .yml file"), args.output)
    if output.exists() and not args.force:
        raise UsageError(_("already exists; give --force to replace it"), args.output)
    text, glossary = import_glossary(args.file, args.format, default_source=args.source)
    write_file(output, text.encode("utf-8"))
    print(_("Wrote {path}: {concepts} concepts from {source}.").format(
        path=args.output, concepts=len(glossary.concepts), source=args.file))
    problems = validate(glossary)
    for problem in problems:
        print(problem)  # located in the imported file, where the fix belongs
    return 1 if problems else 0


glossary_cmd.EXTRA_ACTIONS.append(register_actions)

__all__ = ["register_actions", "run_export", "run_import"]
