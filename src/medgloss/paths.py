"""Expanding the command line's paths into the files to check."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import DocumentError

# Folders that never hold documentation to check.
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"})


def iter_files(paths: Iterable[str], extensions: Iterable[str] | None = None) -> Iterator[str]:
    """Files named on the command line, and the files under directories (sorted, hidden skipped).

    Under a directory only files with one of ``extensions`` (lower-case, with the dot) are
    taken; a file named explicitly is always taken.  ``-`` (standard input) passes through.
    """
    wanted = None if extensions is None else frozenset(extensions)
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and (wanted is None or Path(name).suffix.lower() in wanted):
                        yield str(Path(root) / name)
        elif path.exists():
            yield str(path)
        else:
            raise DocumentError("no such file or directory", raw)
