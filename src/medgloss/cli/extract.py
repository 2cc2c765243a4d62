"""``medgloss extract``: list the glossary terms of documents, normalised and linked."""

from __future__ import annotations

import argparse
import csv
import io
import sys

from ..api import extract_document
from ..documents import BinaryFileError, load_document
from ..documents.registry import READERS
from ..errors import MedglossError
from ..findings import TermOccurrence
from ..i18n import _
from ..paths import iter_files
from ..report.json import render_terms
from .options import add_file_options, add_glossary_options, file_filter, glossary_from_args, project_config

_CSV_FIELDS = ["path", "line", "column", "offset", "length", "found", "canonical", "concept", "status"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``extract`` sub-command."""
    parser = subparsers.add_parser(
        "extract",
        help=_("list the medical terms of documents"),
        description=_("List every glossary term found in the documents, with its concept and canonical form."),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_("file, folder, or - for standard input"))
    parser.add_argument("--format", default="text", choices=["text", "json", "csv"], help=_("output format"))
    parser.add_argument("--stdin-filename", metavar="NAME", help=_("file name to report for standard input"))
    parser.add_argument("--encoding", metavar="NAME", help=_("encoding of files without a byte-order mark"))
    add_glossary_options(parser)
    add_file_options(parser)
    parser.set_defaults(func=run)


def render(terms: list[TermOccurrence], fmt: str) -> str:
    """Terms in the requested format."""
    if fmt == "json":
        return render_terms(terms)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for term in terms:
            writer.writerow(term.to_dict())
        return buffer.getvalue()
    return "".join(
        f"{t.path}:{t.line}:{t.column}: {t.found} → {t.canonical} [{t.concept}]"
        + (f" ({t.status})" if t.status not in ("preferred", "admitted") else "")
        + "\n"
        for t in terms
    )


def run(args: argparse.Namespace) -> int:
    """Extract terms from every path and print them."""
    config = project_config(args)
    glossary = glossary_from_args(args, config)
    terms: list[TermOccurrence] = []
    errors = 0
    for source in iter_files(args.paths, READERS.keys(), rules=file_filter(config, READERS.keys())):
        name = (args.stdin_filename or "-") if source == "-" else source
        try:
            terms.extend(extract_document(load_document(source, display_name=name, encoding=args.encoding), glossary=glossary))
        except BinaryFileError as notice:
            print(f"medgloss: {notice}", file=sys.stderr)
        except MedglossError as error:
            print(f"medgloss: error: {error}", file=sys.stderr)
            errors += 1
    sys.stdout.write(render(terms, args.format))
    return 2 if errors else 0
