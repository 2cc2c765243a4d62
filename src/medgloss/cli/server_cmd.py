"""``medgloss server``: run the Language Server Protocol server on standard input and output."""

from __future__ import annotations

import argparse
import logging

from ..i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``server`` sub-command."""
    parser = subparsers.add_parser(
        "server",
        help=_("run the language server (LSP on standard input and output)"),
        description=_("Serve diagnostics, quick fixes and term hovers to an editor over the Language Server Protocol."),
    )
    parser.add_argument("--log-file", metavar="FILE", help=_("write the server's log to FILE"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Serve until the client asks the server to exit; 0 after ``shutdown`` then ``exit``."""
    if args.log_file:
        logging.basicConfig(filename=args.log_file, level=logging.INFO,
                            format="%(asctime)s %(name)s %(levelname)s %(message)s")
    # Imported here: ``medgloss check`` must not pay for loading pygls.
    from ..server import serve

    return serve()
