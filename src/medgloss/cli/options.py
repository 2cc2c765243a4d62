"""Options shared by several sub-commands, and turning them into a glossary."""

from __future__ import annotations

import argparse

from ..glossary import Glossary, load_glossary
from ..i18n import _


def add_glossary_options(parser: argparse.ArgumentParser) -> None:
    """``--glossary`` (repeatable) and ``--no-default-glossary``."""
    parser.add_argument(
        "--glossary",
        action="append",
        default=[],
        metavar="FILE_OR_DIR",
        help=_("extra glossary file or folder, layered over the bundled one (repeatable)"),
    )
    parser.add_argument(
        "--no-default-glossary",
        action="store_true",
        help=_("do not load the glossary bundled with medgloss"),
    )


def glossary_from_args(args: argparse.Namespace) -> Glossary:
    """Load the glossary the options ask for."""
    return load_glossary(args.glossary, include_default=not args.no_default_glossary)


def comma_list(value: str) -> list[str]:
    """``A,B , C`` → ``["A", "B", "C"]``."""
    return [item.strip() for item in value.split(",") if item.strip()]
