"""``medgloss extract``: list the glossary terms of documents, normalised and linked."""

from __future__ import annotations

from dataclasses import replace

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterator

from ..api import extract_document
from ..workspace.config import Config
from ..terminology.candidates import Candidate, mine_candidates
from ..documents import BinaryFileError, Document, load_document
from ..documents.registry import READERS
from ..errors import MedglossError, UsageError
from ..exchange import candidates_tbx
from ..findings.model import TermOccurrence
from ..glossary.model import Glossary
from ..i18n import _
from ..workspace.paths import iter_files
from ..report.json import render_terms
from .options import add_file_options, add_glossary_options, file_filter, glossary_from_args, project_config

_CANDIDATE_FIELDS = ["lemma", "preferred", "frequency", "words", "cvalue", "variants"]
_CSV_FIELDS = ["path", "line", "column", "offset", "length", "found", "canonical", "concept", "status", "alternatives"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``extract`` sub-command."""
    parser = subparsers.add_parser(
        "extract",
        help=_("list the medical terms of documents"),
        description=_("List every glossary term found in the documents, with its concept and canonical form."),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_("file, folder, or - for standard input"))
    parser.add_argument("--format", default="text", choices=["text", "json", "csv", "tbx"],
                        help=_("output format (tbx: with --candidates, TBX-Basic for review)"))
    parser.add_argument("--stdin-filename", metavar="NAME", help=_("file name to report for standard input"))
    parser.add_argument("--encoding", metavar="NAME", help=_("encoding of files without a byte-order mark"))
    parser.add_argument(
        "--candidates",
        action="store_true",
        help=_("list medical terms the glossary does not know yet, ranked by C-value, for review"),
    )
    parser.add_argument("--all-readings", action="store_true",
                        help=_("also list the other concepts an ambiguous span can be read as"))
    parser.add_argument(
        "--min-frequency", type=int, default=1, metavar="N", help=_("with --candidates: keep terms seen at least N times")
    )
    add_glossary_options(parser)
    add_file_options(parser)
    parser.set_defaults(func=run)


def with_alternatives(terms: list[TermOccurrence], glossary: Glossary) -> list[TermOccurrence]:
    """Each occurrence followed by its other readings, as occurrences of those concepts."""
    result = []
    for term in terms:
        result.append(term)
        for concept_id in term.alternatives:
            concept = glossary.concepts[concept_id]
            result.append(replace(term, concept=concept_id, canonical=concept.preferred.text, alternatives=()))
    return result


def render(terms: list[TermOccurrence], fmt: str) -> str:
    """Terms in the requested format."""
    if fmt == "json":
        return render_terms(terms)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for term in terms:
            # The other readings of the span, as concept ids separated by « | » (empty: none).
            writer.writerow({**term.to_dict(), "alternatives": "|".join(term.alternatives)})
        return buffer.getvalue()
    return "".join(
        f"{t.path}:{t.line}:{t.column}: {t.found} → {t.canonical} [{t.concept}]"
        + (f" ({t.status})" if t.status not in ("preferred", "admitted") else "")
        + "\n"
        for t in terms
    )


def render_candidates(candidates: list[Candidate], fmt: str) -> str:
    """Candidate terms in the requested format."""
    if fmt == "tbx":
        return candidates_tbx(candidates).decode("utf-8")
    rows = [c.to_dict() for c in candidates]
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_CANDIDATE_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    return "".join(f"{r['cvalue']:>8}  {r['frequency']:>4}  {r['preferred']}  [{r['variants']}]\n" for r in rows)


class _Documents:
    """The documents named on the command line, loaded one at a time; a file that cannot be
    read is reported on stderr and counted in ``errors``."""

    def __init__(self, args: argparse.Namespace, config: Config) -> None:
        self.args, self.config, self.errors = args, config, 0

    def __iter__(self) -> Iterator[Document]:
        args, kinds = self.args, READERS.keys()
        for source in iter_files(args.paths, kinds, rules=file_filter(self.config, kinds)):
            name = (args.stdin_filename or "-") if source == "-" else source
            try:
                yield load_document(source, display_name=name, encoding=args.encoding)
            except BinaryFileError as notice:
                print(f"medgloss: {notice}", file=sys.stderr)
            except MedglossError as error:
                print(f"medgloss: error: {error}", file=sys.stderr)
                self.errors += 1


def _run_candidates(args: argparse.Namespace, glossary: Glossary, config: Config) -> int:
    if args.min_frequency < 1:
        raise UsageError("--min-frequency must be at least 1")
    documents = _Documents(args, config)
    texts = [document.view for document in documents]
    candidates = mine_candidates(texts, glossary=glossary, min_frequency=args.min_frequency)
    sys.stdout.write(render_candidates(candidates, args.format))
    return 2 if documents.errors else 0


def run(args: argparse.Namespace) -> int:
    """Extract terms (or, with ``--candidates``, unknown candidate terms) and print them."""
    config = project_config(args)
    glossary = glossary_from_args(args, config)
    if args.candidates:
        return _run_candidates(args, glossary, config)
    if args.format == "tbx":
        raise UsageError(_("--format tbx lists candidate terms: add --candidates"))
    documents = _Documents(args, config)
    terms: list[TermOccurrence] = []
    for document in documents:
        found = extract_document(document, glossary=glossary)
        terms.extend(with_alternatives(found, glossary) if args.all_readings else found)
    sys.stdout.write(render(terms, args.format))
    return 2 if documents.errors else 0
