"""Expanding the command line's paths into the files to check.

Directories are walked in sorted order.  As git does, a ``.gitignore`` file applies to its own
folder and everything below it, the deepest file with a matching pattern decides (so ``!keep.md``
in a subfolder re-includes a file), and the ``.gitignore`` files of the folders above the walked
one, up to the repository's top, count too.  Exclude patterns (configuration ``exclude`` and
``--exclude``/``--extend-exclude``, gitignore syntax) are matched against the path relative to
the project root; they apply while walking, not to files named explicitly (as in ruff).
Only regular files are taken on a walk: FIFOs, devices and sockets are skipped (a file named
explicitly is refused when it is read, by :func:`medgloss.documents.io.read_with_snapshot`).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from .config import DEFAULT_EXCLUDE

if TYPE_CHECKING:
    import pathspec

# Folders that never hold documentation to check.
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"})

_Spec = tuple[Path, "pathspec.GitIgnoreSpec"]


# pathspec is imported where a pattern is compiled: checking files named on the command line
# (a one-line check) never needs it.
def _compiles(line: str) -> bool:
    import pathspec

    try:
        pathspec.GitIgnoreSpec.from_lines([line])
    except Exception:  # noqa: BLE001 - pathspec raises re.error, ValueError or its own error
        return False
    return True


def tolerant_spec(lines: Sequence[str]) -> pathspec.GitIgnoreSpec:
    """``lines`` as git reads a ``.gitignore``: a pattern git cannot use (``[z-a]``, a lone
    ``\\``) matches nothing instead of stopping the run."""
    import pathspec

    try:
        return pathspec.GitIgnoreSpec.from_lines(lines)
    except Exception:  # noqa: BLE001 - see _compiles
        return pathspec.GitIgnoreSpec.from_lines([line for line in lines if _compiles(line)])


def strict_spec(lines: Sequence[str], what: str) -> pathspec.GitIgnoreSpec:
    """``lines`` given by the user (``--exclude``, configuration): a bad one is a one-line error."""
    for line in lines:
        if not _compiles(line):
            raise ConfigError(f"invalid {what} pattern {line!r} (gitignore syntax)")
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _gitignore(folder: Path) -> pathspec.GitIgnoreSpec | None:
    try:
        info = os.stat(folder / ".gitignore")
        if not stat.S_ISREG(info.st_mode) or info.st_size > 1 << 24:
            return None  # a FIFO named .gitignore must not block the walk
        lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return tolerant_spec(lines)


def _ancestor_specs(root: Path) -> list[_Spec]:
    """``.gitignore`` files above ``root``, up to the folder holding ``.git`` (outermost first)."""
    specs: list[_Spec] = []
    for folder in root.resolve().parents:
        spec = _gitignore(folder)
        if spec is not None:
            specs.append((folder, spec))
        if (folder / ".git").exists():
            break
    else:
        return []  # not inside a repository: ignore files above the walk do not apply
    return specs[::-1]


def _ignored(path: Path, is_dir: bool, specs: Sequence[_Spec]) -> bool:
    """True if the deepest ``.gitignore`` with a matching pattern ignores ``path`` (absolute)."""
    for folder, spec in reversed(specs):
        try:
            relative = path.relative_to(folder).as_posix()
        except ValueError:
            continue
        result = spec.check_file(relative + "/" if is_dir else relative)
        if result.include is not None:
            return result.include
    return False


class FileFilter:
    """Which files under a walked directory are taken."""

    def __init__(
        self,
        extensions: Iterable[str] | None = None,
        *,
        exclude: Sequence[str] = (),
        include: Sequence[str] = (),
        root: str | Path | None = None,
        respect_gitignore: bool = True,
    ) -> None:
        self.extensions = None if extensions is None else frozenset(extensions)
        # A user's pattern is checked now, so that a bad one stops the run before any file is
        # read; medgloss's own defaults need no check.  The specs are compiled when a walk
        # first asks (files named on the command line never do, nor import pathspec).
        for lines, what in ((exclude, "exclude"), (include, "include")):
            checked = [line for line in lines if line not in DEFAULT_EXCLUDE]
            if checked:
                strict_spec(checked, what)
        self._patterns = (tuple(exclude), tuple(include))
        self._specs: tuple[pathspec.GitIgnoreSpec | None, pathspec.GitIgnoreSpec | None] | None = None
        self.root = Path(root or Path.cwd()).resolve()
        self.respect_gitignore = respect_gitignore

    def _compiled(self) -> tuple[pathspec.GitIgnoreSpec | None, pathspec.GitIgnoreSpec | None]:
        if self._specs is None:
            exclude, include = self._patterns
            self._specs = (strict_spec(exclude, "exclude") if exclude else None,
                           strict_spec(include, "include") if include else None)
        return self._specs

    @property
    def exclude(self) -> pathspec.GitIgnoreSpec | None:
        """The exclude patterns (configuration ``exclude``, ``--exclude``…), if any."""
        return self._compiled()[0]

    @property
    def include(self) -> pathspec.GitIgnoreSpec | None:
        """The include globs, if any."""
        return self._compiled()[1]

    def _relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def excluded(self, path: Path, is_dir: bool) -> bool:
        """True if an exclude pattern names ``path``."""
        if self.exclude is None:
            return False
        relative = self._relative(path)
        return self.exclude.match_file(relative + "/" if is_dir else relative)

    def wanted(self, path: Path) -> bool:
        """True if a file found while walking is one to check (by include globs or extension)."""
        if self.include is not None:
            return self.include.match_file(self._relative(path))
        return self.extensions is None or path.suffix.lower() in self.extensions


def _walk(top: Path, rules: FileFilter) -> Iterator[str]:
    base_specs = _ancestor_specs(top) if rules.respect_gitignore else []
    specs_of: dict[str, list[_Spec]] = {}
    for root, dirs, files in os.walk(top):
        here = Path(root)
        specs = specs_of.get(root, base_specs)
        if rules.respect_gitignore:
            spec = _gitignore(here)
            if spec is not None:
                specs = [*specs, (here.resolve(), spec)]
        kept = []
        for name in sorted(dirs):
            child = here / name
            if name in SKIPPED_DIRS or name.startswith("."):
                continue
            if rules.excluded(child, True) or _ignored(child.resolve(), True, specs):
                continue
            specs_of[str(child)] = specs
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            path = here / name
            if name.startswith(".") or not rules.wanted(path) or rules.excluded(path, False):
                continue
            if specs and _ignored(path.resolve(), False, specs):
                continue
            if not _regular(path):
                continue  # a FIFO would block the walk, a device be read forever
            yield str(path)


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # vanished or unreadable: reading it reports the error for that file


def iter_files(paths: Iterable[str], extensions: Iterable[str] | None = None, *, rules: FileFilter | None = None) -> Iterator[str]:
    """Files named on the command line, and the files under directories (sorted, hidden skipped).

    Under a directory only files with one of ``extensions`` (lower-case, with the dot) are
    taken, or those ``rules.include`` names; a file named explicitly is always taken.  ``-``
    (standard input) and paths that do not exist pass through, so that reading them reports
    the error for that path alone and the other files are still checked.
    """
    rules = rules or FileFilter(extensions)
    if rules.extensions is None and extensions is not None:
        rules.extensions = frozenset(extensions)
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            yield from _walk(path, rules)
        else:
            yield raw
