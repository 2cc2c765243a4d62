"""On-disk cache of compiled glossaries, so that start-up does not pay for inflection.

The cache entry is named after the glossary's content fingerprint and medgloss's code; a
changed glossary or a new release simply misses.  It holds plain data only (the entries, keys
and forms, through :mod:`medgloss.cache.codec`, signed by :mod:`medgloss.cache.store`); the
automaton is rebuilt from the keys, which is quick next to inflecting.  A corrupt, unsigned or
foreign entry is ignored and rebuilt.  ``MEDGLOSS_CACHE_DIR`` moves the cache,
``MEDGLOSS_NO_CACHE=1`` disables it.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from ..cache.codec import Codec, CodecError
from ..cache.store import cache_dir, load_entry, source_digest, store_entry
from ..french.forms import Form
from ..glossary.model import Glossary
from .compiled import CompiledGlossary, Entry, compile_glossary

_MEMO: dict[str, CompiledGlossary] = {}
_CODEC = Codec([Entry, Form])


# The compiled form depends on these modules too: a change to inflection or folding must
# not be hidden by a cache built by the previous code.
_COMPILER_MODULES = ("matching/compiled.py", "matching/cache.py", "french/forms.py", "french/nominal.py", "french/lexicon.py",
                     "french/verbs.py", "text/fold.py", "glossary/model.py", "cache/codec.py")


@lru_cache(maxsize=1)
def _compiler_digest() -> str:
    return source_digest(_COMPILER_MODULES).hexdigest()[:12]


def _entry_name(glossary: Glossary) -> str | None:
    if cache_dir() is None or not glossary.fingerprint:
        return None
    return f"compiled-{glossary.fingerprint[:24]}-{_compiler_digest()}.msgpack"


def _pack(result: CompiledGlossary) -> bytes:
    return _CODEC.packb([result.glossary.fingerprint, result.entries, result.keys, result.context_forms, result.target_forms])


def _unpack(payload: bytes, glossary: Glossary) -> CompiledGlossary | None:
    try:
        fingerprint, entries, keys, context_forms, target_forms = _CODEC.unpackb(payload)
    except (CodecError, TypeError, ValueError):
        return None
    if fingerprint != glossary.fingerprint or not isinstance(keys, dict) or not isinstance(entries, list):
        return None
    automaton = ahocorasick.Automaton()
    for key, index in keys.items():
        automaton.add_word(f" {key} ", (index, len(key)))
    if entries:
        automaton.make_automaton()
    return CompiledGlossary(glossary, automaton, entries, keys, context_forms, target_forms)


def compiled(glossary: Glossary) -> CompiledGlossary:
    """The compiled form of ``glossary``, from memory, from the disk cache, or built now."""
    memo_key = glossary.fingerprint or str(id(glossary))
    if memo_key in _MEMO:
        return _MEMO[memo_key]
    name = _entry_name(glossary)
    payload = load_entry(name) if name is not None else None
    result = _unpack(payload, glossary) if payload is not None else None
    if result is None:
        result = compile_glossary(glossary)
        if name is not None:
            store_entry(name, _pack(result))
    _MEMO[memo_key] = result
    return result
