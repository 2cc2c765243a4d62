"""Where caches live, keys that change with medgloss's code, and atomic writes of entries.

``MEDGLOSS_CACHE_DIR`` moves the caches, ``MEDGLOSS_NO_CACHE=1`` disables them.  A failure to
write only costs speed; nothing here decides what is cached.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .. import __version__


def cache_dir() -> Path | None:
    """Where compiled glossaries are kept, or ``None`` if caching is disabled."""
    if os.environ.get("MEDGLOSS_NO_CACHE"):
        return None
    configured = os.environ.get("MEDGLOSS_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("medgloss"))


def source_digest(names: Iterable[str]) -> "hashlib._Hash":
    """sha256 of medgloss's version and of the package modules ``names`` (paths relative to the
    package), for cache keys that a change of code must invalidate."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(__version__.encode())
    for name in names:
        digest.update(name.encode() + b"\0")
        try:
            digest.update((root / name).read_bytes())
        except OSError:
            pass  # the name alone: a module that is gone still changes the key
    return digest


def store_pickle(path: Path, result: object) -> None:
    """Write ``result`` to the cache file ``path`` atomically; failures only cost speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".compiled-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache directory only costs speed
