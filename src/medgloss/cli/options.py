"""Options shared by several sub-commands, and turning them into a glossary."""

from __future__ import annotations

import argparse
from pathlib import Path
from collections.abc import Iterable

from ..workspace.config import Config, merged, resolve_config
from ..glossary import Glossary, load_glossary
from ..glossary.model import VARIETIES
from ..glossary.variety import for_variety
from ..i18n import _
from ..workspace.paths import FileFilter


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


def add_variety_option(parser: argparse.ArgumentParser) -> None:
    """``--variety``: the variety of French the texts are written in."""
    parser.add_argument("--variety", choices=VARIETIES, default=None,
                        help=_("variety of French of the texts (default: the configured one, else fr-FR)"))


def glossary_from_args(args: argparse.Namespace, config: Config | None = None) -> Glossary:
    """Load the glossary the options ask for (the configuration's glossaries first), as read
    in the variety of French given by ``--variety`` or the configuration."""
    extra = [*(config.glossary if config is not None else []), *args.glossary]
    glossary = load_glossary(extra, include_default=not args.no_default_glossary)
    variety = getattr(args, "variety", None) or (config.variety if config is not None else None)
    return for_variety(glossary, variety) if variety else glossary


def add_file_options(parser: argparse.ArgumentParser, *, config_option: bool = True) -> None:
    """``--config``, ``--exclude``, ``--extend-exclude`` and ``--no-respect-gitignore``."""
    if config_option:
        parser.add_argument("--config", metavar="FILE", help=_("configuration file (pyproject.toml or .medgloss.toml)"))
    parser.add_argument("--exclude", type=comma_list, default=None, metavar="PATTERN,...",
                        help=_("paths not to check under folders (gitignore syntax; replaces the configured list)"))
    parser.add_argument("--extend-exclude", type=comma_list, default=[], metavar="PATTERN,...",
                        help=_("more paths not to check, added to the configured list"))
    parser.add_argument("--no-respect-gitignore", action="store_true",
                        help=_("also check files that .gitignore files ignore"))


def _start(args: argparse.Namespace) -> Path | None:
    """Where the configuration search starts: the first checked path, as ruff does."""
    paths = [p for p in getattr(args, "paths", None) or () if isinstance(p, str) and p != "-"]
    return Path(paths[0]) if paths and Path(paths[0]).exists() else None


def project_config(args: argparse.Namespace) -> Config:
    """The project configuration with the command line's options laid over it."""
    config = resolve_config(getattr(args, "config", None), _start(args))
    extend = [*config.extend_exclude, *args.extend_exclude]
    config = merged(config, select=getattr(args, "select", None), ignore=getattr(args, "ignore", None),
                    exclude=args.exclude, extend_exclude=extend)
    if args.no_respect_gitignore:
        config.respect_gitignore = False
    return config


def file_filter(config: Config, extensions: Iterable[str]) -> FileFilter:
    """Which files to take under folders, from the configuration."""
    return FileFilter(extensions, exclude=config.all_excludes, include=config.include, root=config.root,
                      respect_gitignore=config.respect_gitignore)


def comma_list(value: str) -> list[str]:
    """``A,B , C`` → ``["A", "B", "C"]``."""
    return [item.strip() for item in value.split(",") if item.strip()]
