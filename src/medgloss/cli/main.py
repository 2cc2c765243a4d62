"""Entry point of the command line: sub-commands, error handling and exit statuses.

Exit status 0: nothing left to report; 1: findings left; 2: bad usage or input (one line
per problem on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import MedglossError
from ..i18n import _, translate_argparse
from . import catalog, check, extract, glossary_cmd, lookup, rule_cmd
from . import exchange_cmd  # noqa: F401 - adds ``glossary import|export`` through glossary_cmd.EXTRA_ACTIONS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# Sub-command modules; each has ``register(subparsers)`` setting ``func`` on its parser.
COMMANDS = [check, extract, lookup, rule_cmd, glossary_cmd, catalog]


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_ERROR, _("{prog}: error: {message} (see {prog} --help)").format(prog=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The full command-line parser."""
    translate_argparse()
    parser = _Parser(
        prog="medgloss",
        description=_("Medical translation quality for French: terminology checks, fixes and catalogs."),
    )
    parser.add_argument("--version", action="version", version=f"medgloss {__version__}",
                        help=_("show the version number and exit"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def report_error(error: BaseException) -> None:
    """Print one error line on stderr."""
    print(f"medgloss: error: {error}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except MedglossError as error:
        report_error(error)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("medgloss: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:
        # A last guard: any file the commands did not wrap is still one line, not a traceback.
        where = f"{error.filename}: " if error.filename else ""
        print(f"medgloss: error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
