"""On-disk cache of compiled glossaries, so that start-up does not pay for inflection.

The cache entry is named after the glossary's content fingerprint and medgloss's code; a
changed glossary or a new release simply misses.  It holds plain data only (the entries, keys
and forms, through :mod:`medgloss.cache.codec`, signed by :mod:`medgloss.cache.store`), and each
automaton as pyahocorasick's own node tables (bytes given to its unpickling constructor, never
to pickle), each a part of the entry read into a bytes object of its own.  A run first reads
the entry's gate, a small entry with one anchor word of each key: a text with no anchor has no
hit, and a clean line of prose is checked without the entry.  Otherwise the run reads the whole
entry and checks its signature, then restores or decodes a part only when it first uses it.
A corrupt, unsigned or foreign entry is ignored and rebuilt.  ``MEDGLOSS_CACHE_DIR`` moves the cache,
``MEDGLOSS_NO_CACHE=1`` disables it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import ahocorasick

from ..cache.codec import Codec, CodecError
from ..cache.store import building, cache_dir, load_entry, load_parts, source_digest, store_entry, store_parts
from ..french.forms import Form
from ..glossary.calques import Calque
from ..glossary.model import Glossary
from .calque_table import CalqueTable
from .compiled import CalqueEntries, CompiledGlossary, Deferred, Entry, KeyIndex, compile_glossary, key_anchors

_MEMO: dict[str, CompiledGlossary] = {}
_CODEC = Codec([Entry, Form, Calque])


# The compiled form depends on these modules too: a change to inflection or folding must
# not be hidden by a cache built by the previous code.
_COMPILER_MODULES = ("matching/compiled.py", "matching/cache.py", "matching/calque_table.py", "french/forms.py", "french/nominal.py", "french/lexicon.py",
                     "french/verbs.py", "text/fold.py", "glossary/model.py", "glossary/calques.py", "glossary/senses.py", "glossary/sense_words.py",
                     "glossary/variety.py", "french/lexicon_words.py", "french/freedict.py", "french/literal_words.py",
                     "french/literal_adjectives.py", "french/everyday_senses.py", "cache/codec.py",
                     "matching/english.py")


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
    # Installing FreeDict or Lexique later changes the generated calques; the automata are
    # stored in pyahocorasick's own layout, which another build of it may not read.
    digest.update(_installed(DICT_PATH) + _installed(lexique_path()) + _installed(Path(ahocorasick.__file__)))
    return digest.hexdigest()[:12]


def derived_name(glossary: Glossary, part: str, modules: Sequence[str]) -> str | None:
    """The cache entry name of a table a check derives from ``glossary``'s compiled form with the
    code of ``modules`` (paths in the package), or ``None`` when it cannot be cached."""
    name = _entry_name(glossary, part)
    return None if name is None else f"{name.removesuffix('.msgpack')}-{source_digest(modules).hexdigest()[:12]}.msgpack"


def _entry_name(glossary: Glossary, part: str = "compiled") -> str | None:
    if cache_dir() is None or not glossary.fingerprint:
        return None
    return f"{part}-{glossary.fingerprint[:24]}-{_compiler_digest()}.msgpack"


class _Later(Sequence[Any]):
    """A sequence of known length whose items come from ``get()``, called on first read (the
    whole compiled glossary behind a gate, or a packed part decoded)."""

    def __init__(self, length: int, get: Callable[[], Sequence[Any]]) -> None:
        self._length = length
        self._get = get

    def __getitem__(self, index: Any) -> Any:
        return self._get()[index]

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[Any]:
        return iter(self._get())


class _Packed(_Later):
    """A sequence kept packed until first read.  The entry buckets and the generated calques are
    most of the compiled glossary (0.25 s of a one-line check's 0.3 s to decode it), and a text
    without a glossary term, or without a calque, never reads them.

    ``build`` makes the sequence of the decoded value (``None`` if it does not fit); a part that
    does not decode or fit (never seen: the entry is signed, and named after the codec and the
    classes) is taken from the glossary compiled again, ``fresh()``: never an empty part that
    would miss findings."""

    def __init__(self, length: int, blob: bytes, build: Callable[[Any], Sequence[Any] | None],
                 fresh: Callable[[], Sequence[Any]]) -> None:
        super().__init__(length, self._loaded)  # the length known without decoding: « if not index.entries » stays free
        self._blob: bytes | None = blob
        self._build: Callable[[Any], Sequence[Any] | None] | None = build
        self._fresh: Callable[[], Sequence[Any]] | None = fresh
        self._items: Sequence[Any] = []

    def _loaded(self) -> Sequence[Any]:
        if self._blob is not None:
            assert self._build is not None and self._fresh is not None
            try:
                items = self._build(_CODEC.unpackb(self._blob))
            except (CodecError, TypeError, ValueError, IndexError):
                items = None
            self._items = items if items is not None and len(items) == self._length else self._fresh()
            self._blob = self._build = self._fresh = None
        return self._items



class _Buckets(Sequence[tuple[Entry, ...]]):
    """The entry buckets of the main automaton, each packed on its own and decoded when a hit
    reads it: a line with one glossary term decoded all 14,000 (a tenth of a second).  A part
    that does not decode (never seen: the entry is signed) is taken from the glossary compiled
    again, ``fresh()``."""

    def __init__(self, length: int, blob: bytes, fresh: Callable[[], Sequence[tuple[Entry, ...]]]) -> None:
        self._length = length
        self._blob: bytes | None = blob
        self._fresh = fresh
        self._packed: Sequence[Any] = ()
        self._decoded: dict[int, tuple[Entry, ...]] = {}
        self._whole: Sequence[tuple[Entry, ...]] | None = None

    def _bucket(self, index: int) -> tuple[Entry, ...]:
        if self._blob is not None:
            try:
                packed = _CODEC.unpackb(self._blob)
            except (CodecError, TypeError, ValueError):
                packed = None
            self._blob = None
            if isinstance(packed, (tuple, list)) and len(packed) == self._length and all(type(p) is bytes for p in packed):
                self._packed = packed
            else:
                self._whole = self._fresh()
        if self._whole is not None:
            return self._whole[index]
        bucket = self._decoded.get(index)
        if bucket is None:
            try:
                bucket = _CODEC.unpackb(self._packed[index])
            except (CodecError, TypeError, ValueError):
                bucket = None
            if not (isinstance(bucket, tuple) and all(type(e) is Entry for e in bucket)):
                self._whole = self._fresh()
                return self._whole[index]
            self._decoded[index] = bucket
        return bucket

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self._bucket(i) for i in range(*index.indices(self._length))]
        if not -self._length <= index < self._length:
            raise IndexError(index)
        return self._bucket(index % self._length)

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[tuple[Entry, ...]]:
        return (self._bucket(i) for i in range(self._length))


def _calque_table(value: Any) -> CalqueTable | None:
    return CalqueTable.from_columns(value) if isinstance(value, tuple) else None


def _calque_buckets(calques: Sequence[Calque], value: Any) -> CalqueEntries | None:
    table = calques._loaded() if isinstance(calques, _Packed) else calques
    if not isinstance(table, CalqueTable) or not isinstance(value, tuple) or len(value) != 2:
        return None
    return CalqueEntries.from_columns(table, value)


def _automaton_state(automaton: "ahocorasick.Automaton") -> tuple[list[bytes], tuple[Any, ...]]:
    """The automaton as pyahocorasick pickles it: its node tables (bytes), and in plain data
    its kind, store, key type, word count, longest word and the values of its words."""
    nodes, kind, store, key_type, count, longest, values = automaton.__reduce__()[1]
    return list(nodes), (len(nodes), kind, store, key_type, count, longest,
                         tuple(values) if values is not None else None)


# The layout of a stored compiled glossary (an entry of another layout is a miss): parts
# [head, the main automaton's node tables…, the calques' node tables…, then the packed entries,
# keys, context forms, target forms, calques (the columns of their table), calque entries (the
# positions of the calques of each bucket) and calque keys].  The head holds the layout, the
# glossary's fingerprint, each automaton's state without its node tables, and the lengths of
# the packed sequences.
_FORMAT = 6
_BLOBS = 7


def _pack(result: CompiledGlossary) -> list[bytes]:
    calques = result.calque_index
    packed = _CODEC.packb
    nodes, state = _automaton_state(result.automaton)
    calque_nodes, calque_state = _automaton_state(calques.automaton) if calques else ([], None)
    table = result.calques if isinstance(result.calques, CalqueTable) else CalqueTable.of(result.calques)
    buckets: CalqueEntries | None = None
    if calques is not None:
        entries = calques.entries
        buckets = entries if isinstance(entries, CalqueEntries) else CalqueEntries.of(
            table, [[e.index for e in bucket] for bucket in entries])
    head = packed((_FORMAT, result.glossary.fingerprint, state, calque_state,
                   len(result.entries), len(table), len(buckets) if buckets is not None else None))
    return [head, *nodes, *calque_nodes,
            packed([packed(bucket) for bucket in result.entries]), packed(result.keys), packed(result.context_forms),
            packed(result.target_forms), packed(table.columns()),
            packed(buckets.columns()) if buckets is not None else b"", packed(calques.keys) if calques else b""]


def _automaton(keys: dict[str, int]) -> "ahocorasick.Automaton":
    """The automaton of ``keys`` as :func:`~medgloss.matching.compiled.index_keys` builds it."""
    automaton = ahocorasick.Automaton()
    for key, index in keys.items():
        automaton.add_word(f" {key} ", (index, len(key)))
    if keys:
        automaton.make_automaton()
    return automaton


def _restored(state: tuple[Any, ...], nodes: list[bytes], index: KeyIndex) -> "ahocorasick.Automaton":
    """The automaton of a stored ``state``: pyahocorasick copies its node tables back, a third
    of the time of adding 42,000 calque keys and linking them again.  A state it refuses (it
    never should: the entry is signed, and named after pyahocorasick's build) is rebuilt from
    the index's keys."""
    _, kind, store, key_type, count, longest, values = state
    try:
        return ahocorasick.Automaton(nodes, kind, store, key_type, count, longest,
                                     list(values) if values is not None else None)
    except (ValueError, TypeError):
        return _automaton(index.keys)


def _is_state(state: Any) -> bool:
    return (isinstance(state, tuple) and len(state) == 7 and all(isinstance(v, int) for v in state[:6])
            and state[0] >= 0 and (state[6] is None or isinstance(state[6], tuple)))


def _decoded(blob: bytes, fresh: Callable[[], Any]) -> Deferred[Any]:
    """``blob``, a part of a signed entry, decoded on first use.  A part that does not decode
    to a dict (never seen: the entry's name changes with the codec and the classes) is taken
    from the glossary compiled again, ``fresh()``: never an empty part that would miss findings."""

    def decode() -> Any:
        try:
            value = _CODEC.unpackb(blob)
        except (CodecError, TypeError, ValueError):
            value = None
        return value if isinstance(value, dict) else fresh()

    return Deferred(decode)


def _unpack(parts: list[bytes], glossary: Glossary,
            build: Callable[[Glossary], CompiledGlossary] = compile_glossary) -> CompiledGlossary | None:
    """The compiled glossary of a stored entry, or ``None`` if the entry does not fit.

    Only the head is decoded here; the automata are restored and the other parts decoded when
    first used (:class:`~medgloss.matching.compiled.Deferred`)."""
    try:
        layout, fingerprint, state, calque_state, entries, calques, calque_entries = _CODEC.unpackb(parts[0])
    except (CodecError, TypeError, ValueError, IndexError):
        return None
    if layout != _FORMAT or fingerprint != glossary.fingerprint or not _is_state(state):
        return None
    if calque_state is not None and not _is_state(calque_state):
        return None
    main_nodes = state[0]
    calque_nodes = calque_state[0] if calque_state is not None else 0
    if len(parts) != 1 + main_nodes + calque_nodes + _BLOBS:
        return None
    if not (isinstance(entries, int) and isinstance(calques, int) and isinstance(calque_entries, (int, type(None)))):
        return None
    nodes = parts[1 : 1 + main_nodes]
    calque_node_parts = parts[1 + main_nodes : 1 + main_nodes + calque_nodes]
    entries_blob, keys, context_forms, target_forms, calques_blob, calque_entries_blob, calque_keys = parts[-_BLOBS:]
    fresh = _Fresh(glossary, build)
    table = _Packed(calques, calques_blob, _calque_table, fresh.calques)
    calque_index = None
    if calque_state is not None and calque_entries is not None:
        calque_index = KeyIndex(None, _Packed(calque_entries, calque_entries_blob, partial(_calque_buckets, table),
                                              fresh.calque_entries),
                                _decoded(calque_keys, fresh.calque_keys))
        calque_index._automaton = Deferred(partial(_restored, calque_state, calque_node_parts, calque_index))
    result = CompiledGlossary(glossary, None, _Buckets(entries, entries_blob, fresh.entries),
                              _decoded(keys, fresh.keys),
                              _decoded(context_forms, fresh.context_forms), _decoded(target_forms, fresh.target_forms),
                              table, calque_index)
    result._automaton = Deferred(partial(_restored, state, nodes, result))
    return result


class _Fresh:
    """The parts of ``glossary`` compiled again, for a stored part that cannot be read."""

    def __init__(self, glossary: Glossary, build: Callable[[Glossary], CompiledGlossary] = compile_glossary) -> None:
        self._glossary = glossary
        self._build = build
        self._compiled: CompiledGlossary | None = None

    def _get(self) -> CompiledGlossary:
        if self._compiled is None:
            self._compiled = self._build(self._glossary)
        return self._compiled

    def keys(self) -> dict[str, int]:
        return self._get().keys

    def entries(self) -> Sequence[tuple[Entry, ...]]:
        return self._get().entries

    def calques(self) -> Sequence[Calque]:
        return self._get().calques

    def calque_entries(self) -> Sequence[tuple[Entry, ...]]:
        index = self._get().calque_index
        return index.entries if index is not None else []

    def context_forms(self) -> dict[tuple[str, str, int], frozenset[str]]:
        return self._get().context_forms

    def target_forms(self) -> dict[tuple[str, str | None, str | None], tuple[Form, ...]]:
        return self._get().target_forms

    def calque_keys(self) -> dict[str, int]:
        index = self._get().calque_index
        return index.keys if index is not None else {}


def _stored(name: str | None, glossary: Glossary,
            build: Callable[[Glossary], CompiledGlossary]) -> CompiledGlossary | None:
    parts = load_parts(name) if name is not None else None
    return _unpack(parts, glossary, build) if parts is not None else None


def _compiled_once(name: str, glossary: Glossary, build: Callable[[Glossary], CompiledGlossary]) -> CompiledGlossary:
    with building(name):
        result = _stored(name, glossary, build)  # compiled by another run while this one waited
        if result is None:
            result = build(glossary)
            store_parts(name, _pack(result))
            _store_gate(name, result)
    return result


# The gate of a stored compiled glossary: a small entry of its own with the anchors of its two
# automata (matching.compiled.key_anchors) and the lengths of its sequences.  A run reads it
# first; the entry itself (36 MB, a tenth of a second to read, verify and restore) is read only
# when a text holds an anchor, which a clean line of prose mostly does not.
_GATE_CODEC = Codec([])


def _gate_name(name: str) -> str:
    return name.removesuffix(".msgpack") + "-anchors.msgpack"


def _store_gate(name: str, result: CompiledGlossary) -> None:
    from ..french.word_frequencies import zipf_frequency

    def rarity(word: str) -> float:
        return zipf_frequency(word, "fr")

    calques = result.calque_index
    gate = (_FORMAT, result.glossary.fingerprint, len(result.entries), "\n".join(sorted(key_anchors(result.keys, rarity))),
            len(result.calques), len(calques.entries) if calques is not None else None,
            "\n".join(sorted(key_anchors(calques.keys, rarity))) if calques is not None else None)
    store_entry(_gate_name(name), _GATE_CODEC.packb(gate))


def _load_gate(name: str, glossary: Glossary) -> tuple[int, frozenset[str], int, int | None, frozenset[str] | None] | None:
    payload = load_entry(_gate_name(name))
    try:
        gate = _GATE_CODEC.unpackb(payload) if payload is not None else None
    except (CodecError, TypeError, ValueError):
        return None
    if not (isinstance(gate, tuple) and len(gate) == 7):
        return None
    layout, fingerprint, entries, anchors, calques, calque_entries, calque_anchors = gate
    if layout != _FORMAT or fingerprint != glossary.fingerprint or not glossary.fingerprint:
        return None
    if not (isinstance(entries, int) and isinstance(anchors, str) and isinstance(calques, int)):
        return None
    if calque_entries is None and calque_anchors is None:
        return entries, _words(anchors), calques, None, None
    if isinstance(calque_entries, int) and isinstance(calque_anchors, str):
        return entries, _words(anchors), calques, calque_entries, _words(calque_anchors)
    return None


def _words(joined: str) -> frozenset[str]:
    return frozenset(joined.split("\n")) if joined else frozenset()


class _Whole:
    """The stored compiled glossary behind a gate, read (or compiled again) on first use."""

    def __init__(self, name: str, glossary: Glossary, build: Callable[[Glossary], CompiledGlossary]) -> None:
        self._name, self._glossary, self._build = name, glossary, build
        self._value: CompiledGlossary | None = None

    def get(self) -> CompiledGlossary:
        if self._value is None:
            self._value = _stored(self._name, self._glossary, self._build) or _compiled_once(
                self._name, self._glossary, self._build)
        return self._value

    def calques(self) -> KeyIndex:
        index = self.get().calque_index
        if index is None:  # never: the gate and the entry have one name and one glossary
            index = KeyIndex(_automaton({}), [], {})
        return index


def _gated(name: str, glossary: Glossary, build: Callable[[Glossary], CompiledGlossary]) -> CompiledGlossary | None:
    """The compiled glossary of ``name`` with its anchors, every other part read on first use;
    ``None`` without a gate that fits."""
    gate = _load_gate(name, glossary)
    if gate is None:
        return None
    entries, anchors, calques, calque_entries, calque_anchors = gate
    whole = _Whole(name, glossary, build)
    calque_index = None
    if calque_entries is not None:
        calque_index = KeyIndex(Deferred(lambda: whole.calques().automaton),
                                _Later(calque_entries, lambda: whole.calques().entries),
                                Deferred(lambda: whole.calques().keys), calque_anchors)
    result = CompiledGlossary(glossary, Deferred(lambda: whole.get().automaton), _Later(entries, lambda: whole.get().entries),
                              Deferred(lambda: whole.get().keys), Deferred(lambda: whole.get().context_forms),
                              Deferred(lambda: whole.get().target_forms), _Later(calques, lambda: whole.get().calques),
                              calque_index)
    result.anchors = anchors
    return result


def cached_compiled(glossary: Glossary, part: str = "compiled",
                    build: Callable[[Glossary], CompiledGlossary] = compile_glossary) -> CompiledGlossary:
    """``build(glossary)``, from memory, from the disk cache (entry ``part``), or built now.

    ``part`` names one compiled form of the glossary: ``compiled`` (its French automaton, see
    :func:`compiled`) or another one, such as the English automata of
    :mod:`medgloss.matching.english`, which grew to half a second of every check's start-up."""
    memo_key = f"{part}:{glossary.fingerprint or id(glossary)}"
    if memo_key in _MEMO:
        return _MEMO[memo_key]
    name = _entry_name(glossary, part)
    result = _gated(name, glossary, build) if name is not None else None
    if result is None:
        result = _stored(name, glossary, build)
        if result is not None and name is not None:
            _store_gate(name, result)  # an entry stored before gates were
    if result is None:
        result = build(glossary) if name is None else _compiled_once(name, glossary, build)
    _MEMO[memo_key] = result
    return result


def compiled(glossary: Glossary) -> CompiledGlossary:
    """The compiled form of ``glossary``, from memory, from the disk cache, or built now."""
    return cached_compiled(glossary)
