"""Entry point of the command line: sub-commands, error handling and exit statuses.

Exit status 0: nothing left to report; 1: findings left; 2: bad usage or input (one line
per problem on stderr, never a traceback; ``--debug`` shows it for an unexpected error).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
from collections.abc import Sequence

from .. import __version__
from ..errors import MedglossError, shown
from ..i18n import _, translate_argparse

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# Sub-command name → its module, which has ``register(subparsers)`` setting ``func`` on its
# parser.  A run imports its own command's module only (``--help`` and an unknown command import
# them all): the catalog, extraction and exchange modules were a sixth of a check's start-up.
COMMAND_MODULES = {"check": "check", "extract": "extract", "lookup": "lookup", "rule": "rule_cmd",
                   "glossary": "glossary_cmd", "catalog": "catalog", "server": "server_cmd"}


def _command_modules(names: Sequence[str]) -> list:
    import importlib

    if "glossary" in names:
        # Adds ``glossary import|export`` through glossary_cmd.EXTRA_ACTIONS before it registers.
        importlib.import_module(f"{__package__}.exchange_cmd")
    return [importlib.import_module(f"{__package__}.{COMMAND_MODULES[name]}") for name in names]


def _command_of(arguments: Sequence[str]) -> str | None:
    """The sub-command the arguments name (the first word that is no option), if medgloss has it."""
    first = next((a for a in arguments if not a.startswith("-")), None)
    return first if first in COMMAND_MODULES else None


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_ERROR, _("{prog}: error: {message} (see {prog} --help)").format(prog=self.prog, message=message) + "\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command-line parser: with every sub-command, or only ``command``'s."""
    translate_argparse()
    parser = _Parser(
        prog="medgloss",
        description=_("Medical translation quality for French: terminology checks, fixes and catalogs."),
    )
    parser.add_argument("--version", action="version", version=f"medgloss {__version__}",
                        help=_("show the version number and exit"))
    # Read by _split_debug before parsing (so it may also follow the sub-command); listed here for --help.
    parser.add_argument("--debug", action="store_true", help=_("show the traceback of an unexpected error"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    names = [command] if command in COMMAND_MODULES else list(COMMAND_MODULES)
    for module in _command_modules(names):
        module.register(subparsers)
    return parser


def report_error(error: BaseException) -> None:
    """Print one error line on stderr."""
    print(f"medgloss: error: {error}", file=sys.stderr)


REPORT_URL = "https://github.com/medgloss/medgloss/issues"


def _one_line(text: str, limit: int = 300) -> str:
    text = shown(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _split_debug(argv: list[str]) -> tuple[list[str], bool]:
    """``--debug`` anywhere before ``--`` (so ``medgloss check --debug x`` works too)."""
    end = argv.index("--") if "--" in argv else len(argv)
    debug = "--debug" in argv[:end] or bool(os.environ.get("MEDGLOSS_DEBUG"))
    return [a for i, a in enumerate(argv) if not (i < end and a == "--debug")], debug


class _ClosedStdout:
    """Standard output when the process was started with it closed (``>&-``): writing to it is
    a broken pipe, reported in one line, while a run that writes nothing still works."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise BrokenPipeError("standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _prepare_stdout() -> None:
    if sys.stdout is None:
        sys.stdout = _ClosedStdout()
        return
    try:
        # A file name that is not valid UTF-8, or a locale whose encoding lacks a character,
        # must not stop the report half-way: what cannot be encoded is written escaped.
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        pass


def _broken_pool(error: BaseException) -> bool:
    """True if ``error`` is a ``--jobs`` pool's lost worker (the pool is imported only by then)."""
    module = sys.modules.get("concurrent.futures.process")
    return module is not None and isinstance(error, module.BrokenProcessPool)


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; on a closed pipe that prints a second traceback.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Every failure ends as one line on stderr and exit status 2: a user's mistake names the file
    and line; anything unexpected says it is a bug and where to report it.  ``--debug`` (or
    ``MEDGLOSS_DEBUG=1``) adds the traceback.
    """
    arguments, debug = _split_debug(list(sys.argv[1:] if argv is None else argv))
    _prepare_stdout()
    _tune_gc()
    parser = build_parser(_command_of(arguments))
    args = parser.parse_args(arguments)
    try:
        status = int(args.func(args))
        _warn_cache_refused()
        return status
    except MedglossError as error:
        _traceback(debug)
        report_error(error)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("medgloss: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        print("medgloss: error: standard output was closed before the report was written", file=sys.stderr)
        return EXIT_ERROR
    except MemoryError:
        _traceback(debug)
        print("medgloss: error: out of memory; check fewer or smaller files at once (or fewer --jobs)", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        # A last guard: any file the commands did not wrap is still one line, not a traceback.
        _traceback(debug)
        where = f"{shown(str(error.filename))}: " if error.filename else ""
        print(f"medgloss: error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # noqa: BLE001 - the promise: one line and exit 2, never a traceback
        _traceback(debug)
        if _broken_pool(error):
            print("medgloss: error: a worker process stopped unexpectedly (killed, or out of memory); "
                  "the run is incomplete, run it again", file=sys.stderr)
            return EXIT_ERROR
        hint = "" if debug else " (run again with --debug for the traceback)"
        print(f"medgloss: internal error: {type(error).__name__}: {_one_line(str(error))}; this is a bug, "
              f"please report it at {REPORT_URL} with the command line{hint}", file=sys.stderr)
        return EXIT_ERROR


# The collector's first generation is collected every GC_YOUNG allocations instead of 700.
# A check holds millions of long-lived objects (the compiled glossary, Lexique383's words) and
# makes millions of small ones (a 48k-entry catalog's entries, units, hits): with the default,
# the collections that traverse the long-lived ones took a fifth of such a check.  medgloss
# makes few reference cycles, so garbage waits a little longer, and no longer.
GC_YOUNG = 100_000


def _tune_gc() -> None:
    gen0, gen1, gen2 = gc.get_threshold()
    if gen0:  # 0: the collector was switched off by the embedding program; leave it so
        gc.set_threshold(max(gen0, GC_YOUNG), max(gen1, 50), max(gen2, 100))


def _warn_cache_refused() -> None:
    # Said after the report, so that a refused folder (one others can write, say) is seen
    # without ever mixing into the findings on stdout.
    from ..cache.store import refusal

    why = refusal()
    if why is not None:
        print(f"medgloss: warning: {shown(why)}", file=sys.stderr)


def _traceback(debug: bool) -> None:
    if debug:
        traceback.print_exc(file=sys.stderr)


def console_main() -> None:
    """The ``medgloss`` command: :func:`main`, then a fast exit once the output is flushed.

    Tearing down the interpreter (spaCy's and the automaton's objects, freed one by one) takes
    longer than many checks; nothing is left to do once stdout and stderr are flushed, and
    every file medgloss writes is closed by then.  Only the command exits this way: code that
    calls :func:`main` keeps its interpreter.
    """
    code = main()
    if sys.gettrace() is not None or sys.getprofile() is not None:
        raise SystemExit(code)  # a profiler or coverage writes its data at exit
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    except BaseException:
        raise SystemExit(code)
    os._exit(code)


if __name__ == "__main__":
    console_main()
