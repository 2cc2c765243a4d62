"""``medgloss check``: find (and fix) terminology errors in files."""

from __future__ import annotations

import argparse
import difflib
import sys

from ..api import check_document
from ..documents import BinaryFileError, Document, load_document, write_atomic
from ..documents.io import encode
from ..documents.registry import READERS
from ..errors import MedglossError, UsageError
from ..findings import Finding
from ..fix import apply_fixes
from ..i18n import _
from ..paths import iter_files
from ..report import RENDERERS
from .options import add_glossary_options, comma_list, glossary_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``check`` sub-command."""
    parser = subparsers.add_parser(
        "check",
        help=_("check files for terminology errors"),
        description=_("Check documents against the glossary; exit 1 if findings are left."),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_("file, folder, or - for standard input"))
    parser.add_argument("--format", default="text", choices=sorted(RENDERERS), help=_("output format"))
    parser.add_argument("--fix", action="store_true", help=_("apply the fixes to the files"))
    parser.add_argument("--diff", action="store_true", help=_("print the fixes as a unified diff, write nothing"))
    parser.add_argument("--unsafe-fixes", action="store_true", help=_("also apply fixes marked unsafe"))
    parser.add_argument("--select", type=comma_list, default=[], metavar="ID,...", help=_("only these codes, names or rule ids"))
    parser.add_argument("--ignore", type=comma_list, default=[], metavar="ID,...", help=_("skip these codes, names or rule ids"))
    parser.add_argument("--config", metavar="FILE", help=_("configuration file (pyproject.toml or .medgloss.toml)"))
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help=_("number of worker processes"))
    parser.add_argument("--stdin-filename", metavar="NAME", help=_("file name to report (and choose the format) for standard input"))
    parser.add_argument("--encoding", metavar="NAME", help=_("encoding of files without a byte-order mark (default UTF-8)"))
    parser.add_argument("--exit-zero", action="store_true", help=_("exit 0 even when findings are left"))
    parser.add_argument("--output-file", metavar="FILE", help=_("write the report to FILE instead of standard output"))
    add_glossary_options(parser)
    parser.set_defaults(func=run)


def _diff(document: Document, new_text: str) -> str:
    old = document.text.splitlines(keepends=True)
    new = new_text.splitlines(keepends=True)
    return "".join(difflib.unified_diff(old, new, fromfile=f"a/{document.path}", tofile=f"b/{document.path}"))


def _fix_document(document: Document, findings: list[Finding], args: argparse.Namespace, source: str) -> list[Finding]:
    """Apply fixes (or print their diff); return the findings left."""
    result = apply_fixes(document.text, findings, unsafe=args.unsafe_fixes, escape=document.escape)
    if not result.changed:
        return findings
    new_text = document.after_fix(result.text, result.fixed)
    if args.diff:
        sys.stdout.write(_diff(document, new_text))
        return findings
    if source == "-":
        sys.stdout.write(new_text)
    else:
        write_atomic(source, encode(new_text, document.encoding, document.bom))
    return result.remaining


def run(args: argparse.Namespace) -> int:
    """Check every path; print the report; return the exit status."""
    if args.fix and args.diff:
        raise UsageError("--fix and --diff cannot be used together")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    glossary = glossary_from_args(args)
    findings: list[Finding] = []
    errors = 0
    files = 0
    for source in iter_files(args.paths, READERS.keys()):
        name = (args.stdin_filename or "-") if source == "-" else source
        try:
            document = load_document(source, display_name=name, encoding=args.encoding)
            found = check_document(document, glossary=glossary, select=args.select, ignore=args.ignore)
            if args.fix or args.diff:
                found = _fix_document(document, found, args, source)
        except BinaryFileError as notice:
            print(f"medgloss: {notice}", file=sys.stderr)
            continue
        except MedglossError as error:
            print(f"medgloss: error: {error}", file=sys.stderr)
            errors += 1
            continue
        files += 1
        findings.extend(found)
    report = RENDERERS[args.format](findings, files)
    if args.fix and source_is_stdin(args):
        print(report, end="", file=sys.stderr)
    elif args.output_file:
        write_atomic(args.output_file, report.encode("utf-8"))
    else:
        sys.stdout.write(report)
    if errors:
        return 2
    if findings and not args.exit_zero:
        return 1
    return 0


def source_is_stdin(args: argparse.Namespace) -> bool:
    """True when the only input is standard input (fixed text goes to stdout)."""
    return list(args.paths) == ["-"]


__all__ = ["register", "run"]
