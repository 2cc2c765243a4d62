"""``medgloss catalog build|extract|pretranslate``: gettext catalogs from the glossary and documents."""

from __future__ import annotations

import argparse
import sys

from ..documents.io import write_file
from ..i18n import _, ngettext
from .options import add_glossary_options, glossary_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``catalog`` sub-command group."""
    parser = subparsers.add_parser("catalog", help=_("build, extract and pre-translate gettext catalogs"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    actions.required = True

    build = actions.add_parser(
        "build",
        help=_("write the glossary as PO and MO catalogs"),
        description=_("Write <output-dir>/<locale>/LC_MESSAGES/<domain>.po and .mo from the glossary; "
                      "an existing catalog is updated, its hand translations kept."),
    )
    build.add_argument("--locale", default="fr", help=_("target locale (default: fr)"))
    build.add_argument("--domain", default="medgloss", help=_("gettext domain (default: medgloss)"))
    build.add_argument("--output-dir", default="locales", metavar="DIR", help=_("catalog folder (default: locales)"))
    build.add_argument("--plural-forms", metavar="FORMS",
                       help=_("Plural-Forms header: gnu (nplurals=2; plural=(n > 1);), cldr (three forms) or a "
                              "header value (default: the existing catalog's, else gnu)"))
    add_glossary_options(build)
    build.set_defaults(func=run_build)

    extract = actions.add_parser(
        "extract",
        help=_("turn documents into a POT, one message per paragraph"),
        description=_("Extract the paragraphs of Markdown and text documents into a POT file."),
    )
    extract.add_argument("documents", nargs="+", metavar="DOC")
    extract.add_argument("-o", "--output", default="messages.pot", metavar="FILE",
                         help=_("POT file to write (default: messages.pot; - for standard output)"))
    extract.set_defaults(func=run_extract)

    pretranslate = actions.add_parser(
        "pretranslate",
        help=_("fill untranslated glossary terms of a PO file, marked fuzzy"),
        description=_("Fill the untranslated entries whose source is a glossary term with the preferred "
                      "French term, marked fuzzy for review."),
    )
    pretranslate.add_argument("po", metavar="FILE.po")
    add_glossary_options(pretranslate)
    pretranslate.set_defaults(func=run_pretranslate)


def run_build(args: argparse.Namespace) -> int:
    """Build or update the glossary's catalogs."""
    from ..catalog.build import build_catalogs  # Babel: imported only by the commands that build

    result = build_catalogs(glossary_from_args(args), args.output_dir, locale=args.locale, domain=args.domain,
                            plural_forms=args.plural_forms)
    print(_("Wrote {po} and {mo}: {n} messages ({added} new, {updated} updated, {kept} hand translations kept, "
            "{obsolete} obsolete).").format(
        po=result.po_path, mo=result.mo_path, n=result.messages, added=len(result.added),
        updated=len(result.updated), kept=len(result.kept), obsolete=len(result.obsolete)))
    return 0


def run_extract(args: argparse.Namespace) -> int:
    """Write the POT of the documents."""
    from ..catalog.extract import documents_catalog, pot_bytes

    catalog = documents_catalog(args.documents)
    data = pot_bytes(catalog)
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    write_file(args.output, data)
    count = sum(1 for m in catalog if m.id)
    print(ngettext("Wrote {path}: {n} message.", "Wrote {path}: {n} messages.", count).format(path=args.output, n=count))
    return 0


def run_pretranslate(args: argparse.Namespace) -> int:
    """Fill a PO file's glossary terms."""
    from ..catalog.pretranslate import pretranslate_file

    result = pretranslate_file(args.po, glossary_from_args(args))
    for line, msgid, french in result.fills:
        print(f"{args.po}:{line}: « {msgid} » → « {french} »")
    for line, msgid, why in result.refused:
        print(_("{path}:{line}: « {msgid} » left untranslated: {why}").format(
            path=args.po, line=line, msgid=msgid, why=why), file=sys.stderr)
    print(ngettext("{path}: filled {n} entry of {total} untranslated (marked fuzzy).",
                   "{path}: filled {n} entries of {total} untranslated (marked fuzzy).",
                   len(result.filled)).format(path=args.po, n=len(result.filled), total=result.untranslated))
    if result.ambiguous:
        print(_("{n} entries left alone: their term belongs to several concepts and msgctxt does not say which.")
              .format(n=len(result.ambiguous)), file=sys.stderr)
    return 0


__all__ = ["register"]
