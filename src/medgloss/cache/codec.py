"""Plain-data serialisation for the caches: msgpack with a closed list of types.

A cache entry must never be able to run code when it is read, so there is no pickle here.
Tuples are msgpack arrays; lists, frozensets, enums and dataclasses travel as msgpack
extension types; a dataclass or
enum is rebuilt only if its name is in the ``types`` the caller allows, by calling its
constructor with the stored field values.  Anything else in the data is a :class:`CodecError`.
This module must not import the classes it serialises (it sits below them in the layers).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
from collections.abc import Callable, Iterable
from typing import Any

import msgpack

# Tuples are msgpack's own arrays (read back as tuples by msgpack's C code: the lexicon's
# paradigms and the compiled glossary hold a hundred thousand of them, and an extension type
# each, decoded by a Python hook, was most of the start-up of a check).  Lists, rarer in cached
# data, are the extension type instead.
_LIST, _FROZENSET, _OBJECT, _ENUM = 5, 2, 3, 4
_PLAIN = (str, int, float, bool, bytes, type(None))


_EMPTY: frozenset[Any] = frozenset()


class CodecError(ValueError):
    """The data holds something outside the allowed types."""


def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


class _Boxed:
    """A value msgpack must hand to ``default`` (an extension type's code and its items)."""

    __slots__ = ("code", "items")

    def __init__(self, code: int, items: tuple) -> None:
        self.code, self.items = code, items


class Codec:
    """Packs and unpacks values made of builtins and the dataclasses/enums in ``types``."""

    def __init__(self, types: Iterable[type]) -> None:
        self._types = {cls.__qualname__: cls for cls in types}
        self._fields = {name: _fields(cls) for name, cls in self._types.items() if dataclasses.is_dataclass(cls)}
        # For decoding (a cached glossary is 10,000 objects, each decoded by _ext): the class
        # and its number of stored values by name, and each enum's members by value.
        self._makers = {name: (self._types[name], len(fields) + 1) for name, fields in self._fields.items()}
        self._members: dict[tuple[str, Any], enum.Enum] = {}

    def _prepare(self, value: Any) -> Any:
        """``value`` with every list, set, enum and dataclass boxed (msgpack would pack a list
        as an array and a ``str`` enum as a string)."""
        kind = type(value)
        if kind in _PLAIN:
            return value
        if isinstance(value, tuple) and not isinstance(value, enum.Enum):  # a named tuple too, as before
            return tuple(self._prepare(v) for v in value)
        if kind is dict:
            return {self._prepare(k): self._prepare(v) for k, v in value.items()}
        if kind is list:
            return _Boxed(_LIST, tuple(self._prepare(v) for v in value))
        if kind is frozenset or kind is set:
            return _Boxed(_FROZENSET, tuple(self._prepare(v) for v in sorted(value, key=repr)))
        name = kind.__qualname__
        if isinstance(value, enum.Enum):
            if self._types.get(name) is not kind:
                raise CodecError(f"enum {name} is not allowed in this cache")
            return _Boxed(_ENUM, (name, self._prepare(value.value)))
        fields = self._fields.get(name)
        if fields is None or self._types[name] is not kind:
            raise CodecError(f"type {name} is not allowed in this cache")
        return _Boxed(_OBJECT, (name, *(self._prepare(getattr(value, f)) for f in fields)))

    @staticmethod
    def _pack(value: Any) -> bytes:
        # strict_types: a tuple reaches _default, which gives it back as msgpack's array.
        # surrogatepass: a file name that is not valid UTF-8 reaches the findings as surrogates.
        return msgpack.packb(value, default=Codec._default, strict_types=True, use_bin_type=True,
                             unicode_errors="surrogatepass")

    @staticmethod
    def _default(value: Any) -> Any:
        if type(value) is tuple:
            return list(value)
        if type(value) is _Boxed:
            return msgpack.ExtType(value.code, Codec._pack(value.items))
        raise CodecError(f"type {type(value).__qualname__} is not allowed in this cache")

    def _ext(self, code: int, data: bytes, unpack_items: Callable[[bytes], Any], sets: dict[bytes, frozenset[Any]]) -> Any:
        if code == _FROZENSET:
            # One object for each distinct set of one unpacking (its packed bytes name it): a
            # compiled glossary's 14,000 entries hold 83 distinct sets of analyses, and 216
            # bytes for each copy (with its tuples) was megabytes of a check's peak.  A
            # frozenset cannot change, and what it holds is hashable, so sharing it is safe.
            shared = sets.get(data)
            if shared is not None:
                return shared
        items = unpack_items(data)
        if type(items) is not tuple:
            raise CodecError("malformed extension in cache data")
        if code == _OBJECT and items:
            maker = self._makers.get(items[0])
            if maker is not None and len(items) == maker[1]:
                return maker[0](*items[1:])
        elif code == _LIST:
            return list(items)
        elif code == _FROZENSET:
            # One shared empty set: a compiled glossary's 51,000 calques hold four each, and
            # 200 bytes apiece was 44 MB of a check's peak.
            value = frozenset(items) if items else _EMPTY
            sets[data] = value
            return value
        elif code == _ENUM and len(items) == 2 and isinstance(items[0], str):
            member = self._members.get(items)
            if member is not None:
                return member
            cls = self._types.get(items[0])
            if cls is not None and issubclass(cls, enum.Enum):
                member = cls(items[1])
                self._members[items] = member
                return member
        raise CodecError("unknown or malformed object in cache data")

    def packb(self, value: Any) -> bytes:
        """``value`` as bytes; :class:`CodecError` for a type this codec does not allow."""
        try:
            return self._pack(self._prepare(value))
        except CodecError:
            raise
        except (ValueError, TypeError, OverflowError, RecursionError) as exc:
            raise CodecError(f"cannot pack cache data: {exc}") from exc

    def unpackb(self, data: bytes) -> Any:
        """The value packed in ``data``; :class:`CodecError` (or ``ValueError``) if malformed."""
        # The memo of shared sets lives for this call only: nothing decoded stays referenced
        # by the codec, and calls from two threads never share it.
        sets: dict[bytes, frozenset[Any]] = {}

        def ext(code: int, items: bytes) -> Any:
            return self._ext(code, items, unpack_items, sets)

        unpack_items = functools.partial(msgpack.unpackb, ext_hook=ext, raw=False, strict_map_key=False,
                                         use_list=False, unicode_errors="surrogatepass")
        try:
            return unpack_items(data)
        except CodecError:
            raise
        except (ValueError, TypeError, msgpack.UnpackException) as exc:
            raise CodecError(f"malformed cache data: {exc}") from exc


__all__ = ["Codec", "CodecError"]
