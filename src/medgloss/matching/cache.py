"""On-disk cache of compiled glossaries, so that start-up does not pay for inflection.

The cache entry is named after the glossary's content fingerprint and medgloss's code; a
changed glossary or a new release simply misses.  It holds plain data only (the entries, keys
and forms, through :mod:`medgloss.cache.codec`, signed by :mod:`medgloss.cache.store`); the
automaton is rebuilt from the keys, which is quick next to inflecting.  A corrupt, unsigned or
foreign entry is ignored and rebuilt.  ``MEDGLOSS_CACHE_DIR`` moves the cache,
``MEDGLOSS_NO_CACHE=1`` disables it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from ..cache.codec import Codec, CodecError
from ..cache.store import building, cache_dir, load_entry, source_digest, store_entry
from ..french.forms import Form
from ..glossary.calques import Calque
from ..glossary.model import Glossary
from .compiled import CompiledGlossary, Entry, KeyIndex, compile_glossary

_MEMO: dict[str, CompiledGlossary] = {}
_CODEC = Codec([Entry, Form, Calque])


# The compiled form depends on these modules too: a change to inflection or folding must
# not be hidden by a cache built by the previous code.
_COMPILER_MODULES = ("matching/compiled.py", "matching/cache.py", "french/forms.py", "french/nominal.py", "french/lexicon.py",
                     "french/verbs.py", "text/fold.py", "glossary/model.py", "glossary/calques.py", "glossary/senses.py", "glossary/sense_words.py",
                     "glossary/variety.py", "french/lexicon_words.py", "french/freedict.py", "french/literal_words.py",
                     "french/literal_adjectives.py", "french/everyday_senses.py", "cache/codec.py")


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


def _entry_name(glossary: Glossary) -> str | None:
    if cache_dir() is None or not glossary.fingerprint:
        return None
    return f"compiled-{glossary.fingerprint[:24]}-{_compiler_digest()}.msgpack"


class _Packed(Sequence[Any]):
    """A list kept packed until first read.  The entry buckets and the generated calques are
    most of the compiled glossary (0.25 s of a one-line check's 0.3 s to decode it), and a text
    without a glossary term, or without a calque, never reads them."""

    def __init__(self, length: int, blob: bytes) -> None:
        self._length = length  # known without decoding: « if not index.entries » stays free
        self._blob: bytes | None = blob
        self._items: list[Any] = []

    def _loaded(self) -> list[Any]:
        if self._blob is not None:
            items = _CODEC.unpackb(self._blob)
            self._items = list(items) if isinstance(items, (list, tuple)) else []
            self._blob = None
        return self._items

    def __getitem__(self, index: Any) -> Any:
        return self._loaded()[index]

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[Any]:
        return iter(self._loaded())


def _pack(result: CompiledGlossary) -> bytes:
    calques = result.calque_index
    return _CODEC.packb([result.glossary.fingerprint, (len(result.entries), _CODEC.packb(list(result.entries))),
                         result.keys, result.context_forms,
                         result.target_forms, (len(result.calques), _CODEC.packb(list(result.calques))),
                         (len(calques.entries), _CODEC.packb(list(calques.entries))) if calques else None,
                         calques.keys if calques else None])


def _automaton(keys: dict[str, int]) -> "ahocorasick.Automaton":
    """The automaton of ``keys`` as :func:`~medgloss.matching.compiled.index_keys` builds it."""
    automaton = ahocorasick.Automaton()
    for key, index in keys.items():
        automaton.add_word(f" {key} ", (index, len(key)))
    if keys:
        automaton.make_automaton()
    return automaton


def _unpack(payload: bytes, glossary: Glossary) -> CompiledGlossary | None:
    try:
        fingerprint, entries, keys, context_forms, target_forms, calques, calque_entries, calque_keys = (
            _CODEC.unpackb(payload))
    except (CodecError, TypeError, ValueError):
        return None
    if fingerprint != glossary.fingerprint or not isinstance(keys, dict) or not _packed_pair(entries):
        return None
    if not _packed_pair(calques):
        return None
    calque_index = None
    if isinstance(calque_keys, dict) and _packed_pair(calque_entries):
        calque_index = KeyIndex(_automaton(calque_keys), _Packed(*calque_entries), calque_keys)  # type: ignore[arg-type]
    return CompiledGlossary(glossary, _automaton(keys), _Packed(*entries), keys, context_forms,  # type: ignore[arg-type]
                            target_forms, _Packed(*calques), calque_index)  # type: ignore[arg-type]


def _packed_pair(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], int) and isinstance(value[1], bytes)


def _stored(name: str | None, glossary: Glossary) -> CompiledGlossary | None:
    payload = load_entry(name) if name is not None else None
    return _unpack(payload, glossary) if payload is not None else None


def _compiled_once(name: str, glossary: Glossary) -> CompiledGlossary:
    with building(name):
        result = _stored(name, glossary)  # compiled by another run while this one waited
        if result is None:
            result = compile_glossary(glossary)
            store_entry(name, _pack(result))
    return result


def compiled(glossary: Glossary) -> CompiledGlossary:
    """The compiled form of ``glossary``, from memory, from the disk cache, or built now."""
    memo_key = glossary.fingerprint or str(id(glossary))
    if memo_key in _MEMO:
        return _MEMO[memo_key]
    name = _entry_name(glossary)
    result = _stored(name, glossary)
    if result is None:
        result = compile_glossary(glossary) if name is None else _compiled_once(name, glossary)
    _MEMO[memo_key] = result
    return result
