"""On-disk cache of compiled glossaries, so that start-up does not pay for inflection.

The cache file is named after the glossary's content fingerprint and medgloss's version; a
changed glossary or a new release simply misses.  A corrupt or unreadable cache is ignored
and rebuilt.  ``MEDGLOSS_CACHE_DIR`` moves the cache, ``MEDGLOSS_NO_CACHE=1`` disables it.
"""

from __future__ import annotations

import pickle
from functools import lru_cache
from pathlib import Path

from ..cache.store import cache_dir, source_digest, store_pickle
from ..glossary.model import Glossary
from .compiled import CompiledGlossary, compile_glossary

_MEMO: dict[str, CompiledGlossary] = {}


# The compiled form depends on these modules too: a change to inflection or folding must
# not be hidden by a cache built by the previous code.
_COMPILER_MODULES = ("matching/compiled.py", "french/forms.py", "french/nominal.py",
                     "french/verbs.py", "text/fold.py", "glossary/model.py", "glossary/calques.py",
                     "french/lexicon_words.py", "french/freedict.py")


def _installed(path: Path | None) -> bytes:
    """What the installed dictionaries the calques come from look like (absent, or size and date)."""
    try:
        stat = path.stat() if path is not None else None
    except OSError:
        stat = None
    return f"{stat.st_size}:{stat.st_mtime_ns}".encode() if stat is not None else b"absent"


@lru_cache(maxsize=1)
def _compiler_digest() -> str:
    from ..french.freedict import DICT_PATH
    from ..french.lexicon_words import lexique_path

    digest = source_digest(_COMPILER_MODULES)
    # Installing FreeDict or Lexique later changes the generated calques.
    digest.update(_installed(DICT_PATH) + _installed(lexique_path()))
    return digest.hexdigest()[:12]


def _cache_file(glossary: Glossary) -> Path | None:
    folder = cache_dir()
    if folder is None or not glossary.fingerprint:
        return None
    return folder / f"compiled-{glossary.fingerprint[:24]}-{_compiler_digest()}.pickle"


def compiled(glossary: Glossary) -> CompiledGlossary:
    """The compiled form of ``glossary``, from memory, from the disk cache, or built now."""
    memo_key = glossary.fingerprint or str(id(glossary))
    if memo_key in _MEMO:
        return _MEMO[memo_key]
    path = _cache_file(glossary)
    result: CompiledGlossary | None = None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as handle:
                loaded = pickle.load(handle)  # noqa: S301 - our own cache file, in the user's cache dir
            if isinstance(loaded, CompiledGlossary):
                # The pickled glossary is equal by fingerprint; keep the caller's live object.
                loaded.glossary = glossary
                result = loaded
        except Exception:  # noqa: BLE001 - any unreadable cache is rebuilt
            result = None
    if result is None:
        result = compile_glossary(glossary)
        if path is not None:
            store_pickle(path, result)
    _MEMO[memo_key] = result
    return result
