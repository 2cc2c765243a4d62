"""Glossaries held by the language server, reloaded when their files change.

A glossary is loaded once per set of files and kept while the files stay as they were: the
check of each keystroke costs one ``stat`` per glossary file, not a reload.  When a file
changes, the next check loads it again; when the new version is wrong, the error is raised
(the server shows it) and the last good version stays available, so the user keeps their
diagnostics while they repair the file.  This module must not check documents.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import GlossaryError
from ..glossary import Glossary, load_glossary
from ..glossary.loader import glossary_files

Key = tuple[tuple[str, ...], bool]


def _signature(paths: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    """Paths, modification times and sizes of the user's glossary files (folders expanded).

    The bundled glossary is left out: it changes only when medgloss is reinstalled, which
    restarts the server anyway.
    """
    signature = []
    try:
        files = glossary_files(paths)
    except GlossaryError:
        files = [Path(p) for p in paths]
    except OSError:
        files = [Path(p) for p in paths]
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            signature.append((str(path), -1, -1))
            continue
        signature.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(signature)


@dataclass
class _Entry:
    signature: tuple[tuple[str, int, int], ...]
    glossary: Glossary | None
    error: GlossaryError | None
    last_good: Glossary | None


class GlossaryCache:
    """Loaded glossaries by (files, bundled or not); safe to use from several threads."""

    def __init__(self) -> None:
        self._entries: dict[Key, _Entry] = {}
        self._lock = threading.Lock()

    def get(self, paths: tuple[str, ...], include_default: bool = True) -> tuple[Glossary | None, GlossaryError | None]:
        """The glossary of ``paths`` and the error of its current files, if any.

        With an error, the glossary returned is the last version that loaded (``None`` if
        none ever did).
        """
        key = (paths, include_default)
        signature = _signature(paths)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry.signature == signature:
                return (entry.glossary or entry.last_good), entry.error
            last_good = entry.glossary or entry.last_good if entry is not None else None
            try:
                glossary = load_glossary(list(paths), include_default=include_default)
            except GlossaryError as error:
                self._entries[key] = _Entry(signature, None, error, last_good)
                return last_good, error
            except OSError as error:
                wrapped = GlossaryError(f"cannot read glossary: {error.strerror or error}", error.filename)
                self._entries[key] = _Entry(signature, None, wrapped, last_good)
                return last_good, wrapped
            self._entries[key] = _Entry(signature, glossary, None, glossary)
            return glossary, None

    def forget(self) -> None:
        """Drop every signature so that the next :meth:`get` looks at the files again."""
        with self._lock:
            for entry in self._entries.values():
                entry.signature = ()


__all__ = ["GlossaryCache"]
